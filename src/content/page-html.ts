// The HTML of the pages of .md lessons, kept in the cache folder rather than in Astro's
// content store: the store is read whole and built into the site's code on every build
// and every dev change, and a course's pages there would make each rebuild carry
// megabytes it does not need. The pages one compile renders go into one file (creating
// thousands of small files costs seconds on some disks), named by what it holds; each
// lesson keeps where its pages are in it. A file is never rewritten, so a page served
// while lessons are rendered again reads either version, whole. `astro dev` keeps a
// content store of its own, apart from the one `build`, `check` and `sync` share: each
// keeps its files apart too, so that `npm run check` beside a running dev server never
// prunes what the dev server's pages read.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestOf } from '../lib/digest.ts';

const FOLDER = 'lesson-pages';

/** Where a lesson's pages are: the file, and the byte offset of each page and of their end. */
export interface PageHtmlPlace {
  file: string;
  offsets: number[];
}

/** Whose content store names the files. */
export type PageHtmlOwner = 'dev' | 'build';

function pathOf(cacheDir: string, file: string): string {
  return join(cacheDir, FOLDER, file);
}

/** Writes the pages of some lessons (each lesson's pages, in order) into one file; returns each lesson's place. */
export function writePageHtml(cacheDir: string, owner: PageHtmlOwner, lessons: readonly (readonly string[])[]): PageHtmlPlace[] {
  const buffers = lessons.map((pages) => pages.map((html) => Buffer.from(html)));
  const file = `${owner}/${digestOf(...buffers.flat())}.html`;
  let offset = 0;
  const places = buffers.map((pages) => ({ file, offsets: [offset, ...pages.map((page) => (offset += page.length))] }));
  // A file of that name holds these very pages, and may be being read.
  if (!existsSync(pathOf(cacheDir, file))) {
    mkdirSync(join(cacheDir, FOLDER, owner), { recursive: true });
    writeFileSync(pathOf(cacheDir, file), Buffer.concat(buffers.flat()));
  }
  return places;
}

export function hasPageHtml(cacheDir: string, place: PageHtmlPlace): boolean {
  return existsSync(pathOf(cacheDir, place.file));
}

/** The HTML of page `page` (from 1) of the lesson at `place`. */
export function readPageHtml(cacheDir: string, place: PageHtmlPlace, page: number): string {
  const [start, end] = [place.offsets[page - 1], place.offsets[page]];
  let descriptor: number;
  try {
    descriptor = openSync(pathOf(cacheDir, place.file), 'r');
  } catch (cause) {
    throw new Error(
      `The rendered pages ${place.file} are missing from ${join(cacheDir, FOLDER)} (was the cache folder cleaned during the build?). Run the command again: the lessons are rendered anew.`,
      { cause },
    );
  }
  try {
    const bytes = Buffer.alloc(end - start);
    readSync(descriptor, bytes, 0, bytes.length, start);
    return bytes.toString();
  } finally {
    closeSync(descriptor);
  }
}

/** Deletes the owner's files that no lesson's pages are in any more. */
export function prunePageHtml(cacheDir: string, owner: PageHtmlOwner, kept: ReadonlySet<string>) {
  const folder = join(cacheDir, FOLDER, owner);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (!kept.has(`${owner}/${name}`)) rmSync(join(folder, name), { force: true });
}
