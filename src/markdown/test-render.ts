// Test support: runs a lesson through the site's pipeline without Astro. `.md` goes
// through the real page renderer; `.mdx` through the same plugins, with MDX components
// and expressions shown as placeholders.
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { LinkTargets } from '../lib/links.ts';
import { htmlCommentsToMdx } from './mdx-comments.ts';
import type { LessonPipelineOptions } from './lesson-reader.ts';
import { compilePages, createPageRenderer } from './processor.ts';
import { rehypeLesson } from './rehype-lesson.ts';
import { remarkLesson, type LessonAnalysis } from './remark-lesson.ts';

const MDX_NODES: string[] = ['mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm'];
const LESSONS_DIR = '/course/lessons';

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
  /** The whole lesson: its pages, one after another. */
  html: string;
  pages: string[];
  analysis: LessonAnalysis;
}

export interface TestRenderOptions {
  format?: 'md' | 'mdx';
  title?: string;
  lang?: string;
  /** Path of the lesson under the lessons folder; `<lang>/section-1/lesson.<format>` by default. */
  id?: string;
  linkTargets?: LinkTargets;
}

function pipelineOptions(options: TestRenderOptions): LessonPipelineOptions {
  return { lessonsDir: LESSONS_DIR, locales: ['es', 'en'], defaultLocale: 'en', linkTargets: () => options.linkTargets };
}

async function renderMdx(source: string, path: string, frontmatter: Record<string, unknown>, options: TestRenderOptions) {
  const file = new VFile({ value: htmlCommentsToMdx(source), path, data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkLesson, { lessonsDir: LESSONS_DIR, linkTargets: () => options.linkTargets, languageOf: (filePath: string) => filePath.split('/')[3], defaultLanguage: 'en' })
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: MDX_NODES } as Parameters<typeof remarkRehype>[0])
    .use(rehypeLesson, { languageOf: (filePath: string) => filePath.split('/')[3], defaultLanguage: 'en', pages: 'elements' })
    .use(mdxPlaceholders)
    .use(compilePages)
    .process(file);
  return { pages: result.result as string[], analysis: result.data.lessonAnalysis! };
}

export async function renderLesson(source: string, options: TestRenderOptions = {}): Promise<TestRender> {
  const format = options.format ?? 'md';
  const frontmatter: Record<string, unknown> = { title: options.title ?? 'Lesson' };
  const path = `${LESSONS_DIR}/${options.id ?? `${options.lang ?? 'en'}/section-1/lesson.${format}`}`;
  const { pages, analysis } =
    format === 'mdx'
      ? await renderMdx(source, path, frontmatter, options)
      : await createPageRenderer(pipelineOptions(options), { image: {} as never, syntaxHighlight: false })({ body: source, absolutePath: path, frontmatter });
  return { html: pages.join('\n'), pages, analysis };
}
