// One Markdown processor for every lesson, .md and .mdx: Astro's unified() pipeline
// (remark-gfm, Shiki) with our two plugins. Smart quotes stay off: they cost half of the
// Markdown time and lessons quote exam phrases verbatim.
import { relative, sep } from 'node:path';
import { unified, type ShikiConfig } from '@astrojs/markdown-remark';
import { rehypeLesson } from './rehype-lesson.ts';
import { remarkLesson } from './remark-lesson.ts';

export interface LessonProcessorOptions {
  lessonsDir: string;
  locales: readonly string[];
  defaultLocale: string;
}

/** The lesson's language from its path (`<lessonsDir>/<lang>/…`). */
export function languageOfPath(lessonsDir: string, locales: readonly string[], filePath: string): string | undefined {
  const [lang] = relative(lessonsDir, filePath).split(sep);
  return locales.includes(lang) ? lang : undefined;
}

export function lessonProcessor(options: LessonProcessorOptions) {
  return unified({
    smartypants: false,
    remarkPlugins: [remarkLesson],
    rehypePlugins: [
      [
        rehypeLesson,
        {
          languageOf: (filePath: string) => languageOfPath(options.lessonsDir, options.locales, filePath),
          defaultLanguage: options.defaultLocale,
        },
      ],
    ],
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
