import { describe, expect, it } from 'vitest';
import { joinPages, rewriteLinks, splitPages } from './lesson-html.ts';
import type { LinkContext } from './links.ts';

const links: LinkContext = {
  base: '/curso/',
  lessonPaths: new Map([['es/s/b.md', '/es/s/b/']]),
  sitePaths: new Set(['/es/s/b/', '/es/s/b/2/']),
  publicFileExists: (path) => path === 'favicon.svg',
  lessonsFolder: 'lessons',
};

describe('pages of a rendered lesson', () => {
  const html = '<p>one</p>\n<hr data-pagebreak="true">\n<p>two</p><hr data-pagebreak>\n<p>three</p>';

  it('splits at the sentinel, whatever its attribute syntax', () => {
    expect(splitPages(html).map((page) => page.trim())).toEqual(['<p>one</p>', '<p>two</p>', '<p>three</p>']);
  });

  it('joins all pages with a visible rule', () => {
    expect(joinPages(html)).toBe('<p>one</p>\n<hr class="page-break">\n<p>two</p><hr class="page-break">\n<p>three</p>');
  });
});

describe('rewriteLinks', () => {
  it('turns lesson files into page URLs and adds the base path to site paths', () => {
    const html = '<a href="b.md#x">B</a> <a href="/es/s/b/2/">p2</a> <img src="/favicon.svg" alt=""> <a href="https://x.org/">x</a>';
    expect(rewriteLinks(html, 'es/s/a.md', '/es/s/a/', links)).toBe(
      '<a href="/curso/es/s/b/#x">B</a> <a href="/curso/es/s/b/2/">p2</a> <img src="/curso/favicon.svg" alt=""> <a href="https://x.org/">x</a>',
    );
  });

  it('leaves code samples exactly as written', () => {
    const html = '<pre><code>&#x3C;a href="b.md"></code></pre><code> href="b.md"</code>';
    expect(rewriteLinks(html, 'es/s/a.md', '/es/s/a/', links)).toBe(html);
  });
});
