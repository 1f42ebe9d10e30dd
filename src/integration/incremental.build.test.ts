// Rebuilds redo only what changed: a second build of an unchanged course renders no
// lesson and no lesson page; after one lesson is edited, that lesson and only the pages
// that show it; and every incremental build is byte-identical to a cold build of the
// same sources, whether it keeps the pages of the build before in its output folder or
// builds into another one.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, listFiles, outDir, ROOT, writeCourse, type Run } from './test-builds.ts';

const FIXTURE = join(ROOT, 'e2e/fixtures/course');
const CACHE = join(ROOT, 'node_modules/.astro');
const lessonsDir = writeCourse('incremental', Object.fromEntries(listFiles(FIXTURE).map((path) => [path, readFileSync(join(FIXTURE, path))])));
const EDITED = join(ROOT, lessonsDir, 'en/02-compute/02-containers.md');
/** Published lessons of the course: every lesson file but the drafts. */
const LESSONS = listFiles(FIXTURE).filter((path) => /\.mdx?$/.test(path) && !readFileSync(join(FIXTURE, path), 'utf8').includes('draft: true')).length;
const ORIGINAL = 'A container packages an application';
const EDITED_TEXT = 'A container, edited, packages an application';

type Snapshot = Map<string, Buffer>;

function snapshot(folder: string): Snapshot {
  return new Map(listFiles(folder).map((path) => [path, readFileSync(join(folder, path))]));
}

function differences(a: Snapshot, b: Snapshot): string[] {
  expect([...b.keys()]).toEqual([...a.keys()]);
  return [...a].filter(([path, content]) => !content.equals(b.get(path)!)).map(([path]) => path);
}

function counts(run: Run, what: 'lessons' | 'pages') {
  const line = run.output.split('\n').find((text) => text.includes(`[course] ${what}: `))!;
  expect(line, run.output).toBeDefined();
  return line;
}

/** The pages the build log names as rendered. */
function renderedPages(run: Run): string[] {
  return /\(rendered: ([^)]*)\)/.exec(counts(run, 'pages'))?.[1].split(' ') ?? [];
}

const runs: Record<'cold' | 'elsewhere' | 'unchanged' | 'edited' | 'coldEdited', Run> = {} as never;
const built: Record<keyof typeof runs, Snapshot> = {} as never;
const [site, elsewhere, coldEdited] = [outDir('incremental'), outDir('incremental-elsewhere'), outDir('incremental-cold-edited')];
/** A page of a lesson since removed, left in the output folder. */
const STALE_PAGE = join(site, 'en/02-compute/removed/index.html');
/** A page no edit touches, and when its file was last written after each build into the first folder. */
const UNTOUCHED_PAGE = join(site, 'en/01-basics/01-cloud/index.html');
const writtenAt: number[] = [];

beforeAll(async () => {
  const build = async (name: keyof typeof runs, folder: string) => {
    runs[name] = await astroBuild(lessonsDir, folder);
    built[name] = snapshot(folder);
  };
  rmSync(CACHE, { recursive: true, force: true });
  await build('cold', site);
  // Into another folder: Astro copies the pages it reuses from its cache.
  await build('elsewhere', elsewhere);
  // Back into the first folder, which the last build did not write: emptied, then copied into.
  await build('unchanged', site);
  writtenAt.push(statSync(UNTOUCHED_PAGE).mtimeMs);
  const source = readFileSync(EDITED, 'utf8');
  expect(source).toContain(ORIGINAL);
  writeFileSync(EDITED, source.replace(ORIGINAL, EDITED_TEXT));
  mkdirSync(join(STALE_PAGE, '..'), { recursive: true });
  writeFileSync(STALE_PAGE, '<h1>Removed</h1>');
  // Into the folder the last build wrote: the pages it reuses stay where they are.
  await build('edited', site);
  writtenAt.push(statSync(UNTOUCHED_PAGE).mtimeMs);
  rmSync(CACHE, { recursive: true, force: true });
  await build('coldEdited', coldEdited);
}, 300_000);
it('builds', () => {
  for (const run of Object.values(runs)) expect(run.status, run.output).toBe(0);
});

describe('a second build of an unchanged course', () => {
  it('renders every lesson and page the first time', () => {
    expect(counts(runs.cold, 'lessons')).toContain(`lessons: ${LESSONS} read or rendered, 0 reused`);
    expect(counts(runs.cold, 'pages')).toMatch(/pages: \d+ rendered, 0 reused/);
  });

  it('renders no lesson, and no page but the two that have no cache key', () => {
    for (const run of [runs.elsewhere, runs.unchanged]) {
      expect(counts(run, 'lessons')).toContain(`lessons: 0 read or rendered, ${LESSONS} reused`);
      expect(renderedPages(run)).toEqual(['/', '/404/']);
    }
  });

  it('writes the same files, into another folder or the same one', () => {
    expect(differences(built.cold, built.elsewhere)).toEqual([]);
    expect(differences(built.cold, built.unchanged)).toEqual([]);
  });
});

describe('a build after one lesson was edited', () => {
  it('renders that lesson and only the pages that show its text', () => {
    expect(counts(runs.edited, 'lessons')).toContain(`lessons: 1 read or rendered, ${LESSONS - 1} reused`);
    expect(renderedPages(runs.edited)).toEqual(['/', '/404/', '/en/02-compute/02-containers/', '/en/02-compute/02-containers/2/', '/en/02-compute/02-containers/3/', '/en/02-compute/02-containers/all/']);
  });

  it('leaves the pages it reuses in place when it builds into the folder the last build wrote', () => {
    expect(writtenAt[1]).toBe(writtenAt[0]);
  });

  it('writes what a cold build of the same sources writes, without the pages of removed lessons', () => {
    expect(built.edited.get('en/02-compute/02-containers/index.html')!.toString()).toContain(EDITED_TEXT);
    expect(differences(built.coldEdited, built.edited)).toEqual([]);
  });
});
