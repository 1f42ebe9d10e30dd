import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPageHtml, pageHtmlName, prunePageHtml, readPageHtml, writePageHtml } from './page-html.ts';

describe('page HTML files', () => {
  it('names each page of a lesson version apart', () => {
    expect(pageHtmlName('digest-1', 1)).not.toBe(pageHtmlName('digest-1', 2));
    expect(pageHtmlName('digest-1', 1)).not.toBe(pageHtmlName('digest-2', 1));
    expect(pageHtmlName('digest-1', 1)).toBe(pageHtmlName('digest-1', 1));
  });

  it('reads back what was written, and prunes the files no lesson names', () => {
    const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
    const [kept, stale] = [pageHtmlName('new', 1), pageHtmlName('old', 1)];
    writePageHtml(cache, kept, '<p>Nuevo</p>');
    writePageHtml(cache, stale, '<p>Viejo</p>');
    expect(readPageHtml(cache, kept)).toBe('<p>Nuevo</p>');
    prunePageHtml(cache, new Set([kept]));
    expect(hasPageHtml(cache, kept)).toBe(true);
    expect(hasPageHtml(cache, stale)).toBe(false);
    expect(readdirSync(join(cache, 'lesson-pages'))).toEqual([kept]);
  });

  it('says what to do when a page file is missing', () => {
    const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
    expect(() => readPageHtml(cache, pageHtmlName('gone', 1))).toThrow(/is missing from .*lesson-pages.*Run the command again/);
  });
});
