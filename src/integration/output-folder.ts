// The output folder between builds. Astro empties it before a build, then copies back
// every page its incremental build reuses: on a course of thousands of pages, seconds
// spent deleting and copying files that end up as they were. The course's builds keep
// the pages instead when the folder holds what the last build wrote there, and delete
// afterwards the pages the build no longer has, so the result is the same.
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const RECORD_FILE = 'course-output.json';

interface OutputRecord {
  /** The output folder the last build finished writing. */
  outDir: string;
}

function recordPath(cacheDir: string): string {
  return join(cacheDir, RECORD_FILE);
}

function lastOutput(cacheDir: string): OutputRecord | undefined {
  try {
    return JSON.parse(readFileSync(recordPath(cacheDir), 'utf8')) as OutputRecord;
  } catch {
    return undefined;
  }
}

const isPage = (name: string) => name.endsWith('.html');

/** A repository in the output folder (a `gh-pages` worktree, say) is left alone, as Astro leaves it. */
export const REPOSITORY = '.git';

/** Deletes what `keep` does not keep, and the folders left empty. */
function prune(folder: string, keep: (path: string) => boolean) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === REPOSITORY) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      prune(path, keep);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (!keep(path)) {
      rmSync(path, { force: true });
    }
  }
}

/**
 * Before a build: empties the output folder as Astro would, except for its pages when
 * the last build to finish wrote them there (a build into another folder, or one that
 * stopped halfway, leaves pages that Astro's cache does not describe). Returns whether
 * pages were kept.
 */
export function prepareOutput(outDir: string, cacheDir: string): boolean {
  const keepPages = lastOutput(cacheDir)?.outDir === resolve(outDir);
  rmSync(recordPath(cacheDir), { force: true });
  if (existsSync(outDir)) prune(outDir, (path) => keepPages && isPage(path));
  return keepPages;
}

/**
 * After a build: deletes the pages it did not write or reuse (removed lessons, or ones
 * that moved), keeping the public folder's own HTML, and records the folder as the one
 * that holds this build's pages.
 */
export function finishOutput(outDir: string, cacheDir: string, publicDir: string, builtPages: ReadonlySet<string>) {
  const fromPublic = (path: string) => existsSync(join(publicDir, relative(outDir, path)));
  prune(outDir, (path) => !isPage(path) || builtPages.has(path) || fromPublic(path));
  writeFileSync(recordPath(cacheDir), JSON.stringify({ outDir: resolve(outDir) } satisfies OutputRecord));
}
