import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.ts';

describe('writeCorpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the same course every time', () => {
    const first = writeCorpus(join(root, 'a'), 12).map((file) => [relative(join(root, 'a'), file), readFileSync(file, 'utf8')]);
    const second = writeCorpus(join(root, 'b'), 12).map((file) => [relative(join(root, 'b'), file), readFileSync(file, 'utf8')]);
    expect(second).toEqual(first);
  });

  it('writes N lessons per language in sections of ten, and the course metadata', () => {
    const dir = join(root, 'c');
    const files = writeCorpus(dir, 12).map((file) => relative(dir, file));
    expect(files).toHaveLength(24);
    expect(files).toContain(join('es', 'section-02', 'lesson-012.md'));
    expect(files).toContain(join('en', 'section-01', 'lesson-010.md'));
    expect(readFileSync(join(dir, 'course.yml'), 'utf8')).toMatch(/^es:\n {2}title: .+\n/);
  });

  it('gives each lesson three pagebreak markers and Spanish accents', () => {
    const [spanish] = writeCorpus(join(root, 'd'), 1);
    const text = readFileSync(spanish, 'utf8');
    expect(text.match(/^<!-- pagebreak -->$/gm)).toHaveLength(3);
    expect(text).toMatch(/[áéíóú]/);
  });
});
