// Where a lesson file sits says what it is: its language, its identity (the
// key shared by translations), its section and its URL segments.
import { slugify } from './slugs.ts';

export const LESSON_EXTENSIONS = ['.md', '.mdx'] as const;

/** Jekyll posts start with a date (`2024-1-5-section-8-lesson-2.md`); it is not part of the identity. */
export const JEKYLL_DATE_PREFIX = /^\d{4}-\d{1,2}-\d{1,2}-/;

export function isLessonFile(path: string): boolean {
  return LESSON_EXTENSIONS.some((extension) => path.endsWith(extension));
}

export interface LessonLocation {
  lang: string;
  /** Path under the language folder, without extension and Jekyll date prefix. */
  identity: string;
  /** The section folder, or undefined for a flat (Jekyll-style) lesson. */
  sectionFolder?: string;
  /** File name without extension, date prefix kept: the natural-sort key. */
  fileName: string;
}

export type LocationProblem =
  | { kind: 'outside-language'; message: string }
  | { kind: 'unknown-language'; lang: string; message: string };

/**
 * Reads a lesson's place from its path relative to the lessons folder
 * (`en/section-7/lesson-2.mdx`, `en/2024-1-5-section-8-lesson-2.md`).
 */
export function locateLesson(relativePath: string, locales: readonly string[]): LessonLocation | LocationProblem {
  const segments = relativePath.split('/');
  if (segments.length < 2) {
    return {
      kind: 'outside-language',
      message: `lessons must live in a language folder (${locales.map((l) => `${l}/`).join(', ')}); move it into one of them`,
    };
  }
  const [lang, ...rest] = segments;
  if (!locales.includes(lang)) {
    return {
      kind: 'unknown-language',
      lang,
      message: `"${lang}" is not a configured language (${locales.join(', ')}); move the lessons into one of those folders or add "${lang}" to the locales in astro.config.mjs`,
    };
  }
  const last = rest[rest.length - 1];
  const fileName = last.slice(0, last.lastIndexOf('.'));
  const identity = [...rest.slice(0, -1), fileName.replace(JEKYLL_DATE_PREFIX, '')].join('/');
  return { lang, identity, sectionFolder: rest.length > 1 ? rest[0] : undefined, fileName };
}

export function isLocationProblem(value: LessonLocation | LocationProblem): value is LocationProblem {
  return 'kind' in value;
}

/** The section label of a lesson: its folder, or the frontmatter `section` of a flat lesson. */
export function sectionLabelOf(location: LessonLocation, frontmatterSection: string | undefined): string | undefined {
  return location.sectionFolder ?? frontmatterSection;
}

/** The lesson's URL segment: its identity below the section folder, as one slug. */
export function lessonSlugOf(location: LessonLocation): string {
  const below = location.sectionFolder ? location.identity.split('/').slice(1) : location.identity.split('/');
  return slugify(below.join('-'));
}

export interface OrderKey {
  sectionOrder: number;
  sectionSlug: string;
  lesson?: number;
  order?: number;
  fileName: string;
}

const naturalCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order of names: `lesson-2` before `lesson-10`. */
export function compareNatural(a: string, b: string): number {
  return naturalCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Course order: section order, then `lesson`, then `order` (absent = 0),
 * then natural sort of file names. Lessons without a number follow numbered ones.
 */
export function compareLessons(a: OrderKey, b: OrderKey): number {
  return (
    a.sectionOrder - b.sectionOrder ||
    compareNatural(a.sectionSlug, b.sectionSlug) ||
    (a.lesson ?? Number.POSITIVE_INFINITY) - (b.lesson ?? Number.POSITIVE_INFINITY) ||
    (a.order ?? 0) - (b.order ?? 0) ||
    compareNatural(a.fileName, b.fileName)
  );
}
