import { describe, expect, it } from 'vitest';
import { translationDraft } from './translation-draft.ts';

const LESSON = `---
layout: posts
title: 'Understanding ECS'
section: Section-7
lesson: 2
draft: false
---

### Understanding ECS

Text with \`<!-- pagebreak -->\` in code.

<!-- pagebreak -->

| Service | Role |
| --- | --- |
| ECS | Runs containers |

\`\`\`bash
aws ecs list-clusters
\`\`\`

   <!--pagebreak-->
`;

describe('translationDraft', () => {
  const draft = translationDraft(LESSON, { sourceLang: 'en', note: 'Translate from English.', format: 'md' });

  it('keeps the frontmatter, marks a draft translated from the source language', () => {
    expect(draft.startsWith("---\nlayout: posts\ntitle: 'Understanding ECS'\nsection: Section-7\nlesson: 2\ndraft: true\nsource: en\n---\n\n")).toBe(true);
    expect(draft.match(/^draft:/gm)).toHaveLength(1);
  });

  it('puts the line for the translator at the top of the body, as a comment', () => {
    expect(draft).toContain('---\n\n<!-- Translate from English. -->\n\n### Understanding ECS');
  });

  it('keeps the body as it is: markers, tables and code in place', () => {
    expect(draft.slice(draft.indexOf('### Understanding'))).toBe(LESSON.slice(LESSON.indexOf('### Understanding')));
  });

  it('writes an MDX comment in an .mdx lesson, and keeps a source the lesson names', () => {
    const mdx = translationDraft('---\ntitle: A\nsource: es\n---\nBody\n', { sourceLang: 'en', note: 'Traduce */ esto.', format: 'mdx' });
    expect(mdx).toBe('---\ntitle: A\nsource: es\ndraft: true\n---\n\n{/* Traduce * / esto. */}\n\nBody\n');
  });

  it('keeps Windows line endings', () => {
    const crlf = translationDraft('---\r\ntitle: A\r\n---\r\nBody\r\n', { sourceLang: 'es', note: 'N', format: 'md' });
    expect(crlf).toBe('---\r\ntitle: A\r\ndraft: true\r\nsource: es\r\n---\r\n\r\n<!-- N -->\r\n\r\nBody\r\n');
  });
});
