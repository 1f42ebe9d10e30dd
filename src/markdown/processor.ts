// One lesson pipeline for .md and .mdx: unified with remark-gfm and Shiki, and our two
// plugins. MDX lessons compile through Astro's MDX integration with `lessonMdxProcessor`;
// .md lessons are rendered by the content loader with `createPageRenderer`, which writes
// each page's HTML on its own. Smart quotes stay off: they cost half of the Markdown time
// and lessons quote exam phrases verbatim.
import { remarkCollectImages, rehypeShiki, unified as astroUnified, type ShikiConfig } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { rehypeLesson, isPage } from './rehype-lesson.ts';
import { rehypeLessonImages } from './rehype-lesson-images.ts';
import { languageOfPath, remarkLessonOptions, type LessonInput, type LessonPipelineOptions } from './lesson-reader.ts';
import { remarkLesson, type LessonAnalysis } from './remark-lesson.ts';

function rehypeOptions(options: LessonPipelineOptions, pages: 'elements' | 'components') {
  return {
    languageOf: (filePath: string) => languageOfPath(options.lessonsDir, options.locales, filePath),
    defaultLanguage: options.defaultLocale,
    pages,
  };
}

/** Astro's `markdown.processor`: the MDX integration compiles .mdx lessons with it. */
export function lessonMdxProcessor(options: LessonPipelineOptions) {
  return astroUnified({
    smartypants: false,
    remarkPlugins: [[remarkLesson, remarkLessonOptions(options)]],
    rehypePlugins: [[rehypeLesson, rehypeOptions(options, 'components')]],
  });
}

type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

/**
 * Shiki stops colouring a line after 500 ms and leaves the rest of it plain. On a busy
 * machine the first code block of a build (while the grammar compiles) can hit that, and
 * two builds of one course came out different. Without the limit, same input, same output.
 */
const noTokenizeTimeLimit: ShikiTransformer = {
  name: 'course:no-tokenize-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

/** Light and dark code colours as CSS variables; the stylesheet picks one per theme.
 * The high-contrast themes keep every token readable (axe colour-contrast) on our backgrounds. */
export const shikiConfig = {
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false,
  transformers: [noTokenizeTimeLimit],
} satisfies Partial<ShikiConfig>;

/** What the .md renderer takes from Astro's configuration, so it renders as Astro would. */
export interface AstroMarkdownSettings {
  image: AstroConfig['image'];
  syntaxHighlight: AstroConfig['markdown']['syntaxHighlight'];
}

declare module 'unified' {
  interface CompileResultMap {
    /** The .md renderer's result: one HTML string per page. */
    pages: string[];
  }
}

/** Writes each page of the tree as its own HTML: the pages go to the site as they are. */
export const compilePages: Plugin<[], HastRoot, string[]> = function () {
  this.compiler = (tree) =>
    (tree as HastRoot).children.filter(isPage).map((page) => toHtml({ type: 'root', children: page.children }, { allowDangerousHtml: true }));
};

export interface RenderedPages {
  /** Each page's HTML; images next to the lesson are left for Astro to optimize. */
  pages: string[];
  analysis: LessonAnalysis;
  /** Images next to the lesson, as written (relative to it). */
  imagePaths: string[];
}

function excludedLanguages(syntaxHighlight: AstroMarkdownSettings['syntaxHighlight']): string[] | undefined {
  return typeof syntaxHighlight === 'object' ? syntaxHighlight.excludeLangs : undefined;
}

/**
 * HTML written in a lesson becomes elements through rehype-raw, which parses the whole
 * tree again with parse5: a tenth of a lesson's render time. Lessons without any skip it.
 */
const rehypeRawWhereWritten: Plugin<[], HastRoot> = function () {
  const raw = rehypeRaw.call(this);
  return (tree, file) => {
    let written = false;
    visit(tree, 'raw', () => {
      written = true;
      return EXIT;
    });
    return written ? raw(tree, file) : undefined;
  };
};

/** Renders .md lessons page by page. */
export function createPageRenderer(options: LessonPipelineOptions, astro: AstroMarkdownSettings) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkLesson, remarkLessonOptions(options))
    .use(remarkCollectImages, astro.image)
    .use(remarkRehype, { allowDangerousHtml: true });
  if (astro.syntaxHighlight) processor.use(rehypeShiki, shikiConfig, excludedLanguages(astro.syntaxHighlight));
  processor
    .use(rehypeLesson, rehypeOptions(options, 'elements'))
    .use(rehypeLessonImages)
    .use(rehypeRawWhereWritten)
    .use(compilePages);
  return async (lesson: LessonInput): Promise<RenderedPages> => {
    const file = new VFile({ value: lesson.body, path: lesson.absolutePath, data: { astro: { frontmatter: { ...lesson.frontmatter } } } });
    const result = await processor.process(file);
    const astroData = result.data.astro as { localImagePaths?: string[] } | undefined;
    return { pages: result.result as string[], analysis: result.data.lessonAnalysis!, imagePaths: astroData?.localImagePaths ?? [] };
  };
}
