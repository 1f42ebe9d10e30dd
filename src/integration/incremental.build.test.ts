// Rebuilds redo only what changed: a second build of an unchanged course renders no
// lesson and no lesson page; after one lesson is edited, that lesson and only the pages
// that show it; and every incremental build is byte-identical to a cold build of the
// same sources.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function differences(a: string, b: string): string[] {
  const files = listFiles(a);
  expect(listFiles(b)).toEqual(files);
  return files.filter((path) => !readFileSync(join(a, path)).equals(readFileSync(join(b, path))));
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

const runs: Record<'cold' | 'unchanged' | 'edited' | 'coldEdited', Run> = {} as never;
const outs = { cold: outDir('incremental-cold'), unchanged: outDir('incremental-unchanged'), edited: outDir('incremental-edited'), coldEdited: outDir('incremental-cold-edited') };

beforeAll(async () => {
  rmSync(CACHE, { recursive: true, force: true });
  runs.cold = await astroBuild(lessonsDir, outs.cold);
  runs.unchanged = await astroBuild(lessonsDir, outs.unchanged);
  const source = readFileSync(EDITED, 'utf8');
  expect(source).toContain(ORIGINAL);
  writeFileSync(EDITED, source.replace(ORIGINAL, EDITED_TEXT));
  runs.edited = await astroBuild(lessonsDir, outs.edited);
  rmSync(CACHE, { recursive: true, force: true });
  runs.coldEdited = await astroBuild(lessonsDir, outs.coldEdited);
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
    expect(counts(runs.unchanged, 'lessons')).toContain(`lessons: 0 read or rendered, ${LESSONS} reused`);
    expect(renderedPages(runs.unchanged)).toEqual(['/', '/404/']);
  });

  it('writes the same files', () => {
    expect(differences(outs.cold, outs.unchanged)).toEqual([]);
  });
});

describe('a build after one lesson was edited', () => {
  it('renders that lesson and only the pages that show its text', () => {
    expect(counts(runs.edited, 'lessons')).toContain(`lessons: 1 read or rendered, ${LESSONS - 1} reused`);
    expect(renderedPages(runs.edited)).toEqual(['/', '/404/', '/en/02-compute/02-containers/', '/en/02-compute/02-containers/2/', '/en/02-compute/02-containers/3/', '/en/02-compute/02-containers/all/']);
  });

  it('writes what a cold build of the same sources writes', () => {
    expect(readFileSync(join(outs.edited, 'en/02-compute/02-containers/index.html'), 'utf8')).toContain(EDITED_TEXT);
    expect(differences(outs.coldEdited, outs.edited)).toEqual([]);
  });
});
