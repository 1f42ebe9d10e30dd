// The pagebreak rules, one case per rule, run through the real remark/rehype plugins.
import { describe, expect, it } from 'vitest';
import { renderLesson } from './test-render.ts';

const text = (html: string) =>
  html
    .replace(/<span class="sr-only"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x3C;|&lt;/g, '<')
    .replace(/\s+/g, ' ')
    .trim();

describe('pagebreak markers', () => {
  it('a lesson without markers is one page', async () => {
    const { pages } = await renderLesson('One.\n\nTwo.\n');
    expect(pages).toHaveLength(1);
  });

  it.each([
    ['<!-- pagebreak -->'],
    ['<!--pagebreak-->'],
    ['<!--   PageBreak   -->'],
    ['   <!-- pagebreak -->'],
  ])('%s cuts in .md and .mdx', async (marker) => {
    for (const format of ['md', 'mdx'] as const) {
      const { pages } = await renderLesson(`First.\n\n${marker}\n\nSecond.\n`, { format });
      expect(pages.map(text)).toEqual(['First.', 'Second.']);
    }
  });

  it('{/* pagebreak */} cuts in .mdx', async () => {
    const { pages } = await renderLesson('First.\n\n{/* pagebreak */}\n\nSecond.\n', { format: 'mdx' });
    expect(pages.map(text)).toEqual(['First.', 'Second.']);
  });

  it.each(['md', 'mdx'] as const)('a marker right after a list item, no blank line, ends the list (%s)', async (format) => {
    const { pages } = await renderLesson('1. one\n2. two\n<!-- pagebreak -->\n3. three\n4. four\n', { format });
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/<ol>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ol>/);
    expect(pages[1]).toMatch(/<ol start="3">\s*<li>three<\/li>/);
  });

  it.each(['md', 'mdx'] as const)('a marker indented inside a list item splits the list and keeps numbering (%s)', async (format) => {
    const { pages } = await renderLesson('1. one\n2. two\n   <!-- pagebreak -->\n3. three\n', { format });
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('two');
    expect(pages[0]).not.toContain('three');
    expect(pages[1]).toMatch(/<ol start="3">/);
    expect(pages[1]).toContain('three');
  });

  it.each(['md', 'mdx'] as const)('a bullet list split inside an item continues on the next page (%s)', async (format) => {
    const { pages } = await renderLesson('- a\n  <!-- pagebreak -->\n  more about a\n- b\n', { format });
    expect(pages.map(text)).toEqual(['a', 'more about a b']);
    expect(pages[1]).toMatch(/<ul>\s*<li>more about a<\/li>\s*<li>b<\/li>/);
  });

  it('a nested list is split at every level', async () => {
    const { pages } = await renderLesson('1. one\n   - x\n     <!-- pagebreak -->\n   - y\n2. two\n');
    expect(pages).toHaveLength(2);
    expect(text(pages[0])).toBe('one x');
    // Item 1 continues on page 2, so the list starts at 1 again.
    expect(pages[1]).toMatch(/^\s*<ol>/);
    expect(text(pages[1])).toBe('y two');
  });

  it.each(['md', 'mdx'] as const)('a marker directly followed by a heading cuts before the heading (%s)', async (format) => {
    const { pages } = await renderLesson('Intro.\n<!-- pagebreak -->\n## Next part\nBody.\n', { format });
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatch(/<h2 id="next-part">Next part<\/h2>/);
  });

  it('markers inside fenced code, indented code and inline code do not cut and show as written', async () => {
    const fenced = await renderLesson('```html\n<!-- pagebreak -->\n```\n');
    const indented = await renderLesson('Text.\n\n    <!-- pagebreak -->\n');
    const inline = await renderLesson('Use `<!-- pagebreak -->` to cut.\n');
    for (const { pages } of [fenced, indented, inline]) {
      expect(pages).toHaveLength(1);
      expect(text(pages[0])).toContain('<!-- pagebreak -->');
    }
  });

  it('markers inside fenced and inline code in .mdx do not cut and show as written', async () => {
    const { pages } = await renderLesson('```html\n<!-- pagebreak -->\n```\n\nUse `<!-- pagebreak -->` here.\n', { format: 'mdx' });
    expect(pages).toHaveLength(1);
    expect(text(pages[0]).match(/<!-- pagebreak -->/g)).toHaveLength(2);
  });

  it.each(['md', 'mdx'] as const)('a marker inside a blockquote does not cut (%s)', async (format) => {
    const { pages } = await renderLesson('> Quoted.\n> <!-- pagebreak -->\n> Still quoted.\n\nAfter.\n', { format });
    expect(pages).toHaveLength(1);
  });

  it('a marker written inside a sentence is not a marker', async () => {
    const { pages } = await renderLesson('Text <!-- pagebreak --> more text.\n');
    expect(pages).toHaveLength(1);
  });

  it.each(['md', 'mdx'] as const)('leading, trailing and repeated markers give no empty page (%s)', async (format) => {
    const source = '<!-- pagebreak -->\n\nOne.\n\n<!-- pagebreak -->\n<!-- pagebreak -->\n\n<!-- pagebreak -->\n\nTwo.\n\n<!-- pagebreak -->\n';
    const { pages } = await renderLesson(source, { format });
    expect(pages.map(text)).toEqual(['One.', 'Two.']);
  });

  it('a trailing --- after the last marker does not make a page of its own', async () => {
    const { pages } = await renderLesson('One.\n\n<!-- pagebreak -->\n\nTwo.\n\n<!-- pagebreak -->\n\n---\n');
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('<hr>');
  });

  it('a page holding only definitions or comments is merged, and its definitions still work', async () => {
    const { pages } = await renderLesson('See [the docs][docs].\n\n<!-- pagebreak -->\n\n[docs]: https://example.org\n<!-- a note -->\n');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('href="https://example.org"');
  });

  it('link reference definitions work on whichever page uses them', async () => {
    const { pages } = await renderLesson('[docs]: https://example.org\n\nOne.\n\n<!-- pagebreak -->\n\nSee [docs].\n');
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('<a href="https://example.org">docs</a>');
  });

  it('footnotes appear on the page that cites them, with unique ids in the whole lesson', async () => {
    const { pages, html } = await renderLesson('One[^a].\n\n<!-- pagebreak -->\n\nTwo[^b] and again[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n');
    expect(pages[0]).toContain('Note A.');
    expect(pages[0]).not.toContain('Note B.');
    expect(pages[1]).toContain('Note B.');
    expect(pages[1]).toContain('Note A.');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages[1]).toMatch(/aria-describedby="footnote-label-2"/);
  });

  it('other HTML comments in .mdx are accepted and dropped', async () => {
    const { pages, html } = await renderLesson('<!-- a Jekyll note -->\nText.\n\n<!--\nmulti-line\n-->\n\nMore.\n', { format: 'mdx' });
    expect(pages).toHaveLength(1);
    expect(html).not.toContain('Jekyll note');
    expect(text(html)).toBe('Text. More.');
  });

  it.each(['md', 'mdx'] as const)('a misspelled marker does not cut and is reported (%s)', async (format) => {
    const { pages, analysis } = await renderLesson('One.\n\n<!-- pagepage -->\n\nTwo.\n\n<!-- page break -->\n', { format });
    expect(pages).toHaveLength(1);
    expect(analysis.lookalikes.map((lookalike) => lookalike.line)).toEqual([3, 7]);
  });

  it('records each page title (first heading) and excerpt (first paragraph)', async () => {
    const { analysis } = await renderLesson('Intro text.\n\n<!-- pagebreak -->\n\n## Part two\n\nSecond page text.\n');
    expect(analysis.pages).toEqual([
      { title: undefined, excerpt: 'Intro text.' },
      { title: 'Part two', excerpt: 'Second page text.' },
    ]);
  });
});

/** Deterministic random lessons: blocks of every kind, markers anywhere a line can hold one. */
function randomLesson(seed: number): { withMarkers: string; withoutMarkers: string } {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const word = () => ['alfa', 'beta', 'gamma', 'delta', 'épsilon', 'zeta', 'eta'][Math.floor(next() * 7)];
  const phrase = () => Array.from({ length: 2 + Math.floor(next() * 4) }, word).join(' ');
  const blocks: string[][] = [];
  for (let index = 0; index < 8; index++) {
    const kind = Math.floor(next() * 6);
    if (kind === 0) blocks.push([`## ${phrase()}`]);
    else if (kind === 1) blocks.push([`${phrase()}.`]);
    else if (kind === 2) blocks.push(Array.from({ length: 3 }, (_, item) => `${item + 1}. ${phrase()}`));
    else if (kind === 3) blocks.push(Array.from({ length: 3 }, () => `- ${phrase()}`));
    else if (kind === 4) blocks.push(['```', phrase(), '```']);
    else blocks.push([`> ${phrase()}`]);
  }
  const withMarkers: string[] = [];
  const withoutMarkers: string[] = [];
  for (const block of blocks) {
    block.forEach((line, index) => {
      withMarkers.push(line);
      withoutMarkers.push(line);
      const insideList = /^(\d+\.|-) /.test(line) && index < block.length - 1;
      const roll = next();
      if (insideList && roll < 0.3) withMarkers.push(line.startsWith('-') ? '  <!-- pagebreak -->' : '   <!-- pagebreak -->');
    });
    withMarkers.push('');
    withoutMarkers.push('');
    if (next() < 0.4) withMarkers.push('<!-- pagebreak -->', '');
  }
  return { withMarkers: withMarkers.join('\n'), withoutMarkers: withoutMarkers.join('\n') };
}

describe('nothing is lost', () => {
  it.each(Array.from({ length: 40 }, (_, seed) => seed + 1))('the pages of random lesson %i hold the whole lesson', async (seed) => {
    const { withMarkers, withoutMarkers } = randomLesson(seed);
    for (const format of ['md', 'mdx'] as const) {
      const paged = await renderLesson(withMarkers, { format });
      const whole = await renderLesson(withoutMarkers, { format });
      expect(text(paged.pages.join(' '))).toBe(text(whole.html));
    }
  });
});
