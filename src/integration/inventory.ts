// Nothing silently lost: after the build, every lesson file is either published with
// all its pages in dist/, or reported as a draft.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { INVENTORY_FILE, type InventoryEntry } from '../content/loader.ts';
import { listLessonFiles } from '../content/sources.ts';
import type { CourseSettings } from '../content/settings.ts';
import { CourseError, error, type Problem } from '../lib/problems.ts';

/** What the loader recorded for this build. */
export function readInventory(settings: CourseSettings): InventoryEntry[] {
  const path = join(settings.cacheDir, INVENTORY_FILE);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : [];
}

/**
 * Lesson files are listed from the folder itself, not from what the loader read, so a
 * file the loader missed is caught too.
 */
export function inventoryProblems(settings: CourseSettings, distDir: string, inventory = readInventory(settings)): Problem[] {
  const byFile = new Map(inventory.map((entry) => [entry.file, entry]));
  const problems: Problem[] = [];
  for (const file of listLessonFiles(settings)) {
    const entry = byFile.get(file);
    if (!entry) {
      problems.push(error(file, 'this lesson was not published and no error explains why', 'run `npm run check` and report this as a bug'));
      continue;
    }
    for (const path of entry.paths) {
      if (!existsSync(join(distDir, path, 'index.html'))) {
        problems.push(error(file, `the page ${path} of this lesson is missing from the build`, 'report this as a bug'));
      }
    }
  }
  return problems;
}

/** Checks the build against the inventory. */
export function checkInventory(settings: CourseSettings, distDir: string, logger: AstroIntegrationLogger) {
  const inventory = readInventory(settings);
  const problems = inventoryProblems(settings, distDir, inventory);
  if (problems.length > 0) throw new CourseError(problems);
  const published = inventory.filter((entry) => entry.status === 'published');
  logger.info(
    `${published.length} lessons published (${published.reduce((sum, entry) => sum + entry.paths.length, 0)} pages), ${inventory.length - published.length} drafts left out`,
  );
}
