import { describe, expect, it } from 'vitest';
import { htmlCommentsToMdx } from './mdx-comments.ts';

describe('htmlCommentsToMdx', () => {
  it('turns markers and other comments into MDX comments', () => {
    expect(htmlCommentsToMdx('a\n<!-- pagebreak -->\n<!--PageBreak-->\nb <!-- note --> c\n')).toBe(
      'a\n{/* pagebreak */}\n{/* pagebreak */}\nb {/* note */} c\n',
    );
  });

  it('keeps every line where it was, even for comments spanning lines', () => {
    const source = 'one\n<!-- a\nlong */ note\n-->two\nthree';
    const result = htmlCommentsToMdx(source);
    expect(result).toBe('one\n{/* a\nlong * / note\n*/}two\nthree');
    expect(result.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('leaves fenced code, inline code and frontmatter alone', () => {
    const source = '---\ntitle: "<!-- x -->"\n---\n```html\n<!-- pagebreak -->\n```\n> ~~~\n> <!-- kept -->\n> ~~~\nUse `<!-- pagebreak -->` or ``<!-- x -->``.\n- ```\n  <!-- in list fence -->\n  ```\n';
    expect(htmlCommentsToMdx(source)).toBe(source);
  });

  it('converts comments after an unclosed backtick', () => {
    expect(htmlCommentsToMdx('a ` b <!-- c -->')).toBe('a ` b {/* c */}');
  });
});
