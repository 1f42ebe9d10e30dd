// One Markdown processor for every lesson, .md and .mdx: Astro's unified() pipeline
// (remark-gfm, Shiki) with our two plugins. Smart quotes stay off: they cost half of the
// Markdown time and lessons quote exam phrases verbatim.
import { relative, sep } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
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

/** Light and dark code colours as CSS variables; the stylesheet picks one per theme.
 * The high-contrast themes keep every token readable (axe colour-contrast) on our backgrounds. */
export const shikiConfig = {
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false,
} as const;
