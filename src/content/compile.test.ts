// Reusing lessons: a lesson is read again exactly when its source, a file it shows, a
// lesson it links to or the pipeline changed.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createLessonReader } from '../markdown/lesson-reader.ts';
import { analyzeInTurn, readLesson } from './analyze.ts';
import { compileCourse, type Analyzer, type CompiledCourse, type CompiledLesson } from './compile.ts';
import { moduleGraph, pipelineVersion } from './pipeline-version.ts';
import { courseSettings, pipelineOptions } from './settings.ts';

const root = mkdtempSync(join(tmpdir(), 'course-compile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const settings = courseSettings(
  { root, publicDir: join(root, 'public'), cacheDir: join(root, 'cache'), base: '/' },
  { locales: ['es', 'en'] },
  { includeDrafts: false },
);

function write(path: string, content: string | Buffer) {
  mkdirSync(dirname(join(root, 'lessons', path)), { recursive: true });
  writeFileSync(join(root, 'lessons', path), content);
}

/** Compiles the course as the loader does, remembering what it compiled and which lessons it read. */
function compiler() {
  let previous = new Map<string, CompiledLesson>();
  return async (version: string): Promise<{ read: string[]; compiled: CompiledCourse }> => {
    const read: string[] = [];
    const analyze: Analyzer = (sources, targets) => {
      read.push(...sources.map((source) => source.id));
      const reader = createLessonReader(pipelineOptions(settings, () => targets));
      return analyzeInTurn(sources, (source) => readLesson(reader, source));
    };
    const compiled = await compileCourse(settings, {
      pipelineVersion: version,
      previous: (id) => previous.get(id),
      analyze,
      history: { available: false, reason: 'not read by this test' },
    });
    previous = new Map(compiled.lessons.map(({ source, compiled: lesson }) => [source.id, lesson]));
    return { read: read.sort(), compiled };
  };
}

const VERSION = pipelineVersion({ lessonsDir: '/course/lessons', option: 1 });

beforeEach(() => {
  rmSync(join(root, 'lessons'), { recursive: true, force: true });
  write('course.yml', 'es:\n  title: Curso\nen:\n  title: Course\n');
  write('en/s1/a.md', '---\ntitle: A\n---\n\nSee [B](./b.md) and ![a dot](./dot.png).\n');
  write('en/s1/b.md', '---\ntitle: B\n---\n\nPage one.\n\n<!-- pagebreak -->\n\nPage two.\n');
  write('en/s1/c.mdx', '---\ntitle: C\n---\n\nimport Note from "./note.mdx";\n\n<Note />\n');
  write('en/s1/note.mdx', '---\ntitle: Note\n---\n\nA note.\n');
  write('en/s1/dot.png', Buffer.from([1, 2, 3]));
});

describe('compileCourse reuses what has not changed', () => {
  it('reads every lesson once, then none while nothing changes', async () => {
    const compile = compiler();
    expect((await compile(VERSION)).read).toEqual(['en/s1/a.md', 'en/s1/b.md', 'en/s1/c.mdx', 'en/s1/note.mdx']);
    const again = await compile(VERSION);
    expect(again.read).toEqual([]);
    expect(again.compiled.lessons.every((lesson) => lesson.reused)).toBe(true);
    expect(again.compiled.problems).toEqual([]);
  });

  it('reads a lesson whose source changed, and only that one', async () => {
    const compile = compiler();
    await compile(VERSION);
    write('en/s1/b.md', '---\ntitle: B\n---\n\nPage one, edited.\n');
    const { read, compiled } = await compile(VERSION);
    expect(read).toEqual(['en/s1/b.md']);
    expect(compiled.lessons.find((lesson) => lesson.source.id === 'en/s1/b.md')!.compiled.record.pages).toHaveLength(1);
  });

  it('reads a lesson whose image or MDX import changed', async () => {
    const compile = compiler();
    await compile(VERSION);
    write('en/s1/dot.png', Buffer.from([4, 5, 6]));
    expect((await compile(VERSION)).read).toEqual(['en/s1/a.md']);
    write('en/s1/note.mdx', '---\ntitle: Note\n---\n\nAnother note.\n');
    expect((await compile(VERSION)).read).toEqual(['en/s1/c.mdx', 'en/s1/note.mdx']);
  });

  it('reads a lesson again when a lesson it links to moves', async () => {
    const compile = compiler();
    await compile(VERSION);
    renameSync(join(root, 'lessons/en/s1'), join(root, 'lessons/en/s2'));
    const { read } = await compile(VERSION);
    // Every id changed with the folder: nothing to reuse.
    expect(read).toHaveLength(4);
    write('en/s2/b.md', '---\ntitle: B\nsection: s3\n---\n\nPage one.\n');
    renameSync(join(root, 'lessons/en/s2/b.md'), join(root, 'lessons/en/b.md'));
    write('en/s2/a.md', '---\ntitle: A\n---\n\nSee [B](../b.md) and ![a dot](./dot.png).\n');
    await compile(VERSION);
    // The flat lesson's section decides its URL: A's link now resolves elsewhere.
    write('en/b.md', '---\ntitle: B\nsection: s4\n---\n\nPage one.\n');
    expect((await compile(VERSION)).read).toEqual(['en/b.md', 'en/s2/a.md']);
  });

  it('reads every lesson when the pipeline version changes', async () => {
    const compile = compiler();
    await compile(VERSION);
    const { read } = await compile(pipelineVersion({ lessonsDir: '/course/lessons', option: 2 }));
    expect(read).toHaveLength(4);
  });

  it('gives a lesson a new digest exactly when something it shows changed', async () => {
    const compile = compiler();
    const digests = async () => (await compile(VERSION)).compiled.lessons.map((lesson) => lesson.compiled.record.digest);
    const first = await digests();
    expect(await digests()).toEqual(first);
    write('en/s1/dot.png', Buffer.from([7]));
    const after = await digests();
    expect(after[0]).not.toBe(first[0]);
    expect(after.slice(1)).toEqual(first.slice(1));
  });
});

describe('pipelineVersion', () => {
  it('covers the code of every plugin module and the packages they use', () => {
    const { modules, packages } = moduleGraph(join(import.meta.dirname, '../markdown/processor.ts'));
    const files = [...modules.keys()].map((file) => file.slice(file.lastIndexOf('/src/') + 1));
    expect(files).toEqual(
      expect.arrayContaining(['src/markdown/remark-lesson.ts', 'src/markdown/rehype-lesson.ts', 'src/lib/pagination.ts', 'src/lib/pagebreak.ts', 'src/i18n/es.ts']),
    );
    expect([...packages]).toEqual(expect.arrayContaining(['remark-gfm', '@astrojs/markdown-remark', 'hastscript']));
  });

  it('is the same for the same options and differs when an option changes', () => {
    expect(pipelineVersion({ lessonsDir: '/a', base: '/' })).toBe(pipelineVersion({ lessonsDir: '/a', base: '/' }));
    expect(pipelineVersion({ lessonsDir: '/a', base: '/' })).not.toBe(pipelineVersion({ lessonsDir: '/a', base: '/curso/' }));
  });
});
