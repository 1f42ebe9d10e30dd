// Nothing silently lost (SPEC §9): after the build, every lesson file is either
// published with all its pages in dist/, or reported as a draft.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { INVENTORY_FILE, type InventoryEntry } from '../content/loader.ts';
import { readCourseSources } from '../content/scan.ts';
import type { CourseSettings } from '../content/settings.ts';
import { CourseError, error, type Problem } from '../lib/problems.ts';

export function inventoryProblems(settings: CourseSettings, distDir: string): Problem[] {
  const inventoryPath = join(settings.cacheDir, INVENTORY_FILE);
  const inventory: InventoryEntry[] = existsSync(inventoryPath) ? JSON.parse(readFileSync(inventoryPath, 'utf8')) : [];
  const byFile = new Map(inventory.map((entry) => [entry.file, entry]));
  const { lessons, drafts } = readCourseSources(settings);
  const problems: Problem[] = [];
  for (const source of [...lessons, ...drafts]) {
    const entry = byFile.get(source.file);
    if (!entry) {
      problems.push(error(source.file, 'this lesson was not published and no error explains why', 'run `npm run check` and report this as a bug'));
      continue;
    }
    for (const path of entry.paths) {
      if (!existsSync(join(distDir, path, 'index.html'))) {
        problems.push(error(source.file, `the page ${path} of this lesson is missing from the build`, 'report this as a bug'));
      }
    }
  }
  return problems;
}

export function checkInventory(settings: CourseSettings, distDir: string, logger: AstroIntegrationLogger) {
  const problems = inventoryProblems(settings, distDir);
  if (problems.length > 0) throw new CourseError(problems);
  const inventory: InventoryEntry[] = JSON.parse(readFileSync(join(settings.cacheDir, INVENTORY_FILE), 'utf8'));
  const published = inventory.filter((entry) => entry.status === 'published');
  logger.info(
    `${published.length} lessons published (${published.reduce((sum, entry) => sum + entry.paths.length, 0)} pages), ${inventory.length - published.length} drafts left out`,
  );
}
