// Test support: runs a lesson through the same plugins the site uses, without Astro,
// and prints the HTML (MDX components and expressions are shown as placeholders).
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeLesson } from './rehype-lesson.ts';
import { ANALYSIS_KEY, remarkLesson, type LessonAnalysis } from './remark-lesson.ts';
import { htmlCommentsToMdx } from './mdx-comments.ts';
import { splitPages } from '../lib/lesson-html.ts';

const MDX_NODES: string[] = ['mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm'];

function mdxPlaceholders() {
  return (tree: Root) => {
    const replace = (node: { type: string; children?: unknown[]; name?: string; value?: string }) => {
      if (!node.children) return;
      node.children = (node.children as (typeof node)[]).flatMap((child) => {
        if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression' || child.type === 'mdxjsEsm') return [];
        if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
          replace(child);
          return [{ type: 'element', tagName: `x-${child.name?.toLowerCase()}`, properties: {}, children: child.children }];
        }
        replace(child);
        return [child];
      });
    };
    replace(tree as never);
  };
}

export interface TestRender {
  html: string;
  pages: string[];
  analysis: LessonAnalysis;
}

export async function renderLesson(
  source: string,
  options: { format?: 'md' | 'mdx'; title?: string; lang?: string } = {},
): Promise<TestRender> {
  const format = options.format ?? 'md';
  const frontmatter: Record<string, unknown> = { title: options.title ?? 'Lesson' };
  const file = new VFile({
    value: format === 'mdx' ? htmlCommentsToMdx(source) : source,
    path: `/course/lessons/${options.lang ?? 'en'}/section-1/lesson.${format}`,
    data: { astro: { frontmatter } },
  });
  const processor = unified().use(remarkParse);
  if (format === 'mdx') processor.use(remarkMdx);
  const result = await processor
    .use(remarkGfm)
    .use(remarkLesson)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: MDX_NODES } as Parameters<typeof remarkRehype>[0])
    .use(rehypeLesson, { languageOf: (path: string) => path.split('/')[3], defaultLanguage: 'en' })
    .use(mdxPlaceholders)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  const html = String(result);
  return {
    html,
    pages: splitPages(html),
    analysis: frontmatter[ANALYSIS_KEY] as LessonAnalysis,
  };
}
