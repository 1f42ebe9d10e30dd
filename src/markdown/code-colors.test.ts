import { describe, expect, it } from 'vitest';
import { codeColorsCss, declarationClass, themeColors } from './code-colors.ts';
import { createPageRenderer, shikiConfig } from './processor.ts';

describe('declarationClass', () => {
  it.each([
    ['--shiki-light', '#A0111F', 'cl-a0111f'],
    ['--shiki-dark', '#ff9492', 'cd-ff9492'],
    ['--shiki-light-font-style', 'italic', 'code-italic'],
    ['--shiki-dark-font-weight', 'bold', 'code-bold'],
    ['--shiki-light-text-decoration', 'underline', 'code-underline'],
    ['--shiki-light-text-decoration', 'line-through', 'code-strike'],
    ['--shiki-light-bg', '#ffffff', undefined],
    [' overflow-x', ' auto', undefined],
    ['--shiki-light', 'url(x)', undefined],
  ])('%s: %s → %s', (property, value, name) => {
    expect(declarationClass(property, value)).toBe(name);
  });
});

describe('codeColorsCss', () => {
  it('writes one rule per colour and theme, lower case, in the content layer', () => {
    expect(codeColorsCss({ light: ['#A0111F', '#a0111f', '#fff'], dark: ['#FF9492'] })).toBe(
      '@layer content{.cl-a0111f{--shiki-light:#a0111f}.cl-fff{--shiki-light:#fff}.cd-ff9492{--shiki-dark:#ff9492}}\n',
    );
  });
});

describe('highlighted code', () => {
  const source = [
    '```ts',
    'const service = { tasks: 3 }; // a comment',
    '```',
    '',
    '```yaml',
    'name: "web"',
    '```',
    '',
    '```bash',
    'docker push "$REPO" && echo done',
    '```',
    '',
    '```markdown',
    '# Title with *emphasis* and **strong** text',
    '```',
    '',
    '```',
    '├─ Container 1',
    '```',
  ].join('\n');

  /** The source's blocks, as a lesson page shows them. */
  async function renderedHtml(): Promise<string> {
    const render = createPageRenderer(
      { lessonsDir: '/course/lessons', locales: ['en'], defaultLocale: 'en', linkTargets: () => undefined },
      { image: {} as never, syntaxHighlight: 'shiki' },
    );
    const { pages } = await render({ body: source, absolutePath: '/course/lessons/en/s/code.md', frontmatter: { title: 'Code' } });
    return pages.join('\n');
  }

  it('carries no style attribute, and every class it uses has a rule in the stylesheet', async () => {
    const html = await renderedHtml();
    expect(html).not.toContain('style=');
    const css = codeColorsCss({ light: await themeColors(shikiConfig.themes.light), dark: await themeColors(shikiConfig.themes.dark) });
    const used = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap(([, names]) => names.split(' ')).filter((name) => /^c[ld]-/.test(name)));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(css, name).toContain(`.${name}{`);
    expect(html).toContain('code-italic');
  });

  it('gives each block one class attribute, its colours', async () => {
    const blocks = (await renderedHtml()).match(/<pre[^>]*>/g)!;
    expect(blocks).toHaveLength(5);
    for (const block of blocks) expect(block).toMatch(/^<pre class="cl-[\da-f]+ cd-[\da-f]+" [^>]*>$/);
  });
});
