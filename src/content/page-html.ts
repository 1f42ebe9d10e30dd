// The HTML of each page of a .md lesson, one file per page in the cache folder, named by
// the page's digest. Astro's content store is read whole and built into the site's code
// on every build and every dev change: a course's pages there would make every rebuild
// carry megabytes it does not need. A file is only ever written under a new name, so a
// page served while a lesson is being rendered again reads either version, whole.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestOf } from '../lib/digest.ts';

const FOLDER = 'lesson-pages';

function pageHtmlPath(cacheDir: string, name: string): string {
  return join(cacheDir, FOLDER, name);
}

/** The file name of a page of a lesson, from the lesson's digest. */
export function pageHtmlName(lessonDigest: string, page: number): string {
  return `${digestOf(lessonDigest, String(page))}.html`;
}

export function writePageHtml(cacheDir: string, name: string, html: string) {
  mkdirSync(join(cacheDir, FOLDER), { recursive: true });
  writeFileSync(pageHtmlPath(cacheDir, name), html);
}

export function hasPageHtml(cacheDir: string, name: string): boolean {
  return existsSync(pageHtmlPath(cacheDir, name));
}

export function readPageHtml(cacheDir: string, name: string): string {
  try {
    return readFileSync(pageHtmlPath(cacheDir, name), 'utf8');
  } catch (cause) {
    throw new Error(
      `The rendered page ${name} is missing from ${join(cacheDir, FOLDER)} (was the cache folder cleaned during the build?). Run the command again: the lesson is rendered anew.`,
      { cause },
    );
  }
}

/** Deletes the page files not in `kept`: those of lessons since edited or removed. */
export function prunePageHtml(cacheDir: string, kept: ReadonlySet<string>) {
  const folder = join(cacheDir, FOLDER);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (!kept.has(name)) rmSync(join(folder, name), { force: true });
}
