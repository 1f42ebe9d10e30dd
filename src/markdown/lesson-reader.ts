// Reading a lesson without rendering it, for the course check: its Markdown tree and
// remark-lesson's analysis (pages, links, images). It loads neither Shiki nor the HTML
// side of the pipeline, which would double the check's start-up time.
import { relative, sep } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { LinkTargets } from '../lib/links.ts';
import { htmlCommentsToMdx } from './mdx-comments.ts';
import { remarkLesson } from './remark-lesson.ts';

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

/** remark-lesson's options from the pipeline's. */
export function remarkLessonOptions(options: LessonPipelineOptions) {
  return {
    lessonsDir: options.lessonsDir,
    linkTargets: options.linkTargets,
    languageOf: (filePath: string) => languageOfPath(options.lessonsDir, options.locales, filePath),
    defaultLanguage: options.defaultLocale,
  };
}

export interface LessonInput {
  /** The lesson with its frontmatter blanked out, so positions are file lines. */
  body: string;
  absolutePath: string;
  frontmatter: Record<string, unknown>;
}

/** Reads a lesson's pages and links without rendering it: what the course check needs. */
export function createLessonReader(options: LessonPipelineOptions) {
  const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkLesson, remarkLessonOptions(options));
  const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkLesson, remarkLessonOptions(options));
  return async (lesson: LessonInput, format: 'md' | 'mdx') => {
    const parser = format === 'mdx' ? mdx : markdown;
    const value = format === 'mdx' ? htmlCommentsToMdx(lesson.body) : lesson.body;
    const file = new VFile({ value, path: lesson.absolutePath, data: { astro: { frontmatter: { ...lesson.frontmatter } } } });
    const tree = parser.parse(file);
    await parser.run(tree, file);
    return { tree, analysis: file.data.lessonAnalysis! };
  };
}
