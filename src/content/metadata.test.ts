// course.yml: a language's title and description, and its practice exam's defaults.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from '../lib/problems.ts';
import { readCourseMeta } from './metadata.ts';
import { courseSettings } from './settings.ts';

const root = mkdtempSync(join(tmpdir(), 'course-metadata-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const settings = courseSettings({ root, publicDir: join(root, 'public'), cacheDir: join(root, 'cache'), base: '/' }, { locales: ['es', 'en'] }, { includeDrafts: false });

function read(yaml: string) {
  mkdirSync(settings.lessonsDir, { recursive: true });
  writeFileSync(join(settings.lessonsDir, 'course.yml'), yaml);
  const problems: Problem[] = [];
  return { metas: readCourseMeta(settings, problems), problems };
}

describe('the practice exam settings of course.yml', () => {
  it('are read per language, each optional', () => {
    const { metas, problems } = read('es:\n  title: Curso\n  exam: { questions: 65, minutes: 90, pass: 70 }\nen:\n  title: Course\n  exam:\n    pass: 80\n');
    expect(problems).toEqual([]);
    expect(metas.get('es')).toEqual({ title: 'Curso', exam: { questions: 65, minutes: 90, pass: 70 } });
    expect(metas.get('en')).toEqual({ title: 'Course', exam: { pass: 80 } });
  });

  it('are absent when not written', () => {
    expect(read('es:\n  title: Curso\nen:\n  title: Course\n').metas.get('en')).toEqual({ title: 'Course' });
  });

  it.each([
    ['questions: 0', 'no question'],
    ['questions: 2.5', 'half a question'],
    ['pass: 120', 'a pass mark above 100'],
    ['minutes: -5', 'negative minutes'],
    ['timer: 90', 'an unknown setting'],
  ])('are an error naming course.yml and the fix for %s (%s)', (setting) => {
    const { metas, problems } = read(`es:\n  title: Curso\nen:\n  title: Course\n  exam: { ${setting} }\n`);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'lessons/course.yml', message: 'the practice exam settings of "en" are invalid', fix: expect.stringContaining('exam: { questions: 65, minutes: 90, pass: 70 }') }),
    ]);
    expect(metas.get('en')).toEqual({ title: 'Course' });
  });
});
