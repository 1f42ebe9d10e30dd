import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPageHtml, prunePageHtml, readPageHtml, writePageHtml } from './page-html.ts';

describe('page HTML files', () => {
  it('reads back each page of each lesson written together, whatever its characters', () => {
    const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
    const [first, second] = writePageHtml(cache, 'build', [['<p>Lección uno</p>', '<p>Página dos 🚀</p>'], ['<p>Otra</p>']]);
    expect(first.file).toBe(second.file);
    expect(readPageHtml(cache, first, 1)).toBe('<p>Lección uno</p>');
    expect(readPageHtml(cache, first, 2)).toBe('<p>Página dos 🚀</p>');
    expect(readPageHtml(cache, second, 1)).toBe('<p>Otra</p>');
  });

  it('names a file by what it holds, and writes it once', () => {
    const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
    const [once] = writePageHtml(cache, 'build', [['<p>A</p>']]);
    const writtenAt = statSync(join(cache, 'lesson-pages', once.file)).mtimeMs;
    const [again] = writePageHtml(cache, 'build', [['<p>A</p>']]);
    const [other] = writePageHtml(cache, 'build', [['<p>B</p>']]);
    expect(again.file).toBe(once.file);
    expect(other.file).not.toBe(once.file);
    // Not written again: a page may be reading it.
    expect(statSync(join(cache, 'lesson-pages', once.file)).mtimeMs).toBe(writtenAt);
  });

  it('prunes the files no lesson is in', () => {
    const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
    const [kept] = writePageHtml(cache, 'build', [['<p>Nuevo</p>']]);
    const [stale] = writePageHtml(cache, 'build', [['<p>Viejo</p>']]);
    prunePageHtml(cache, 'build', new Set([kept.file]));
    expect(hasPageHtml(cache, kept)).toBe(true);
    expect(hasPageHtml(cache, stale)).toBe(false);
    expect(readdirSync(join(cache, 'lesson-pages/build')).map((name) => `build/${name}`)).toEqual([kept.file]);
  });

  it("leaves the files of the dev server's store alone when a build prunes, and the other way round", () => {
    const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
    const [dev] = writePageHtml(cache, 'dev', [['<p>Guardado en dev</p>']]);
    const [build] = writePageHtml(cache, 'build', [['<p>Construido</p>']]);
    prunePageHtml(cache, 'build', new Set());
    expect(hasPageHtml(cache, dev)).toBe(true);
    expect(hasPageHtml(cache, build)).toBe(false);
    prunePageHtml(cache, 'dev', new Set());
    expect(hasPageHtml(cache, dev)).toBe(false);
  });

  it('says what to do when the file is missing', () => {
    const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
    expect(() => readPageHtml(cache, { file: 'build/gone.html', offsets: [0, 10] }, 1)).toThrow(/build\/gone\.html are missing from .*lesson-pages.*Run the command again/);
  });
});
