// One lesson pipeline for .md and .mdx: unified with remark-gfm and Shiki, and our two
// plugins. MDX lessons compile through Astro's MDX integration with `lessonMdxProcessor`;
// .md lessons are rendered by the content loader with `createPageRenderer`, which writes
// each page's HTML on its own. Smart quotes stay off: they cost half of the Markdown time
// and lessons quote exam phrases verbatim.
import { relative, sep } from 'node:path';
import { remarkCollectImages, rehypeShiki, unified as astroUnified, type ShikiConfig } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { LinkTargets } from '../lib/links.ts';
import { htmlCommentsToMdx } from './mdx-comments.ts';
import { rehypeLesson, isPage } from './rehype-lesson.ts';
import { rehypeLessonImages } from './rehype-lesson-images.ts';
import { remarkLesson, type LessonAnalysis } from './remark-lesson.ts';

export interface LessonPipelineOptions {
  /** The lessons folder (absolute). */
  lessonsDir: string;
  locales: readonly string[];
  defaultLocale: string;
  /** What links resolve against; without it links stay as written. */
  linkTargets?: () => LinkTargets | undefined;
}

/** The lesson's language from its path (`<lessonsDir>/<lang>/…`). */
export function languageOfPath(lessonsDir: string, locales: readonly string[], filePath: string): string | undefined {
  const [lang] = relative(lessonsDir, filePath).split(sep);
  return locales.includes(lang) ? lang : undefined;
}

function remarkOptions(options: LessonPipelineOptions) {
  return {
    lessonsDir: options.lessonsDir,
    linkTargets: options.linkTargets,
    languageOf: (filePath: string) => languageOfPath(options.lessonsDir, options.locales, filePath),
    defaultLanguage: options.defaultLocale,
  };
}

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
    remarkPlugins: [[remarkLesson, remarkOptions(options)]],
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

export interface LessonInput {
  /** The lesson with its frontmatter blanked out, so positions are file lines. */
  body: string;
  absolutePath: string;
  frontmatter: Record<string, unknown>;
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
    .use(remarkLesson, remarkOptions(options))
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

/** Reads a lesson's pages and links without rendering it: what the course check needs. */
export function createLessonReader(options: LessonPipelineOptions) {
  const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkLesson, remarkOptions(options));
  const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkLesson, remarkOptions(options));
  return async (lesson: LessonInput, format: 'md' | 'mdx') => {
    const parser = format === 'mdx' ? mdx : markdown;
    const value = format === 'mdx' ? htmlCommentsToMdx(lesson.body) : lesson.body;
    const file = new VFile({ value, path: lesson.absolutePath, data: { astro: { frontmatter: { ...lesson.frontmatter } } } });
    const tree = parser.parse(file);
    await parser.run(tree, file);
    return { tree, analysis: file.data.lessonAnalysis! };
  };
}
