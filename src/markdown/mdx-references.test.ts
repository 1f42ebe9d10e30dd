import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { relativeImports, undefinedComponents } from './mdx-references.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;

describe('undefinedComponents', () => {
  it('accepts what the page and MDX provide, HTML elements and fragments', () => {
    const tree = parse('<Callout type="tip">Hi</Callout>\n\n<Comparison />\n\n<Fragment>x</Fragment>\n\n<div><span>a</span></div>\n\n<>frag</>\n');
    expect(undefinedComponents(tree)).toEqual([]);
  });

  it('accepts components the lesson imports or exports', () => {
    const tree = parse(
      "import Diagram from '../diagram.astro';\nimport * as Icons from 'icons';\nexport const Note = () => null;\nexport function Box() {}\n\n<Diagram />\n\n<Icons.Cloud />\n\n<Note />\n\n<Box />\n",
    );
    expect(undefinedComponents(tree)).toEqual([]);
  });

  it('reports every component nothing defines, with its position', () => {
    const tree = parse('# Title\n\nText with <Badge /> inline.\n\n<Chart.Bar />\n\n<Unknown>\n  body\n</Unknown>\n');
    expect(undefinedComponents(tree)).toEqual([
      { name: 'Badge', line: 3, column: 11 },
      { name: 'Chart.Bar', line: 5, column: 1 },
      { name: 'Unknown', line: 7, column: 1 },
    ]);
  });
});

describe('relativeImports', () => {
  it('lists imports by relative path only, each at its path', () => {
    const tree = parse("import A from './a.astro';\nimport B from '../shared/b.ts';\nimport { z } from 'astro/zod';\n\nText\n");
    expect(relativeImports(tree)).toEqual([
      { name: './a.astro', line: 1, column: 15 },
      { name: '../shared/b.ts', line: 2, column: 15 },
    ]);
  });
});
