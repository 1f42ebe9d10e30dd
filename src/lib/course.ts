// The course tree per language, built once from the lessons: sections in order, their
// lessons (translated or not), and the reading order every page's previous/next and
// language links are taken from.
import { compareLessons, compareNatural, type OrderKey } from './lessons.ts';
import { error, type Problem } from './problems.ts';
import { sectionDisplayName, sectionOrderFromLabel } from './sections.ts';
import type { TranslationStatus } from './translations.ts';
import { EXAM_SEGMENT, examPath, indexPath, lessonPath, OFFLINE_SEGMENT, offlinePath } from './urls.ts';

/** What a page shows first: its title in the page trail and the pager, its excerpt in meta descriptions. */
export interface PageSummary {
  /** Text of the page's first heading. */
  title?: string;
  /** Text of the page's first paragraph, shortened. */
  excerpt?: string;
}

/** A quiz question of a lesson, as summaries and scores need it. */
export interface QuestionSummary {
  /** A digest of the question's words: answers are kept under it. */
  id: string;
  page: number;
  /** Text of the question's heading. */
  title: string;
  /** Labels of the right options. */
  answer: string[];
}

/** One lesson file in one language, as the course needs it. */
export interface LessonRecord {
  /** Path under the lessons folder: the lesson's key in the content store. */
  id: string;
  lang: string;
  identity: string;
  /** Path relative to the project root, for messages. */
  file: string;
  format: 'md' | 'mdx';
  sectionLabel: string;
  sectionSlug: string;
  lessonSlug: string;
  fileName: string;
  title: string;
  description?: string;
  lesson?: number;
  order?: number;
  draft: boolean;
  /** `YYYY-MM-DD`. */
  updated?: string;
  pages: PageSummary[];
  /** A title and nothing else yet: readers see a notice saying so. */
  empty: boolean;
  /** Its quiz questions, in order. */
  questions: QuestionSummary[];
  /** How the lesson stands against its source, for a translation (absent for the source itself). */
  translation?: TranslationStatus;
  /** Changes whenever anything the lesson's text shows changes: its source, images, imports, links, our pipeline. */
  digest: string;
}

/** A course's title and short description in one language, and its practice exam's defaults. */
export interface CourseMeta {
  title: string;
  description?: string;
  exam?: ExamSettings;
}

/** What `course.yml` may set for a language's practice exam: the number of questions, a time limit, the pass mark (percent). */
export interface ExamSettings {
  questions?: number;
  minutes?: number;
  pass?: number;
}

export interface SectionMeta {
  title?: string;
  order?: number;
}

export interface BuildCourseOptions {
  locales: readonly string[];
  /** The reader's word for "section", per language ("Sección", "Section"). */
  sectionWord: (lang: string) => string;
  /** Title and order from `_section.yml` / `_sections.yml`, when the course has them. */
  sectionMeta?: (lang: string, slug: string) => SectionMeta | undefined;
}

export interface LessonNode {
  identity: string;
  /** The reader's language: the tree this node belongs to. */
  lang: string;
  sectionSlug: string;
  lessonSlug: string;
  /** The lesson in the reader's language, or undefined when it is not translated yet. */
  record?: LessonRecord;
  /** The same lesson in every language it exists in (course locale order). */
  translations: LessonRecord[];
  title: string;
  /** Language of `title`: the source language when the lesson is not translated. */
  titleLang: string;
  pageCount: number;
  /** Where the lesson's first page sits in its language's reading order. */
  readingStart: number;
}

export interface SectionNode {
  slug: string;
  lang: string;
  title: string;
  order: number;
  lessons: LessonNode[];
}

export interface ReadingPage {
  lesson: LessonNode;
  page: number;
}

export interface LanguageCourse {
  lang: string;
  sections: SectionNode[];
  /** Every page in course order: lesson pages, and one notice page per untranslated lesson. */
  reading: ReadingPage[];
}

export interface Course {
  locales: readonly string[];
  languages: Record<string, LanguageCourse>;
}

export function nodePath(node: LessonNode, page: number | 'all' = 1): string {
  return lessonPath(node.lang, node.sectionSlug, node.lessonSlug, page);
}

/** The page count a reader sees: a lesson always has at least one page. */
export function pageCountOf(record: LessonRecord): number {
  return Math.max(1, record.pages.length);
}

function orderKey(record: LessonRecord, sectionOrder: number): OrderKey {
  return {
    sectionOrder,
    sectionSlug: record.sectionSlug,
    lesson: record.lesson,
    order: record.order,
    fileName: record.fileName,
  };
}

function urlKey(lang: string, record: LessonRecord): string {
  return lessonPath(lang, record.sectionSlug, record.lessonSlug);
}

/** Builds every language's tree; URL clashes come back as problems naming both files. */
export function buildCourse(records: readonly LessonRecord[], options: BuildCourseOptions): { course: Course; problems: Problem[] } {
  const problems: Problem[] = [];
  const localeRank = (lang: string) => options.locales.indexOf(lang);

  // Two files of one language on one URL: the second would silently replace the first.
  const byUrl = new Map<string, LessonRecord>();
  const kept: LessonRecord[] = [];
  for (const record of [...records].sort((a, b) => compareNatural(a.file, b.file))) {
    // A name of emoji or of a script without Latin letters leaves nothing for the URL.
    if (record.sectionSlug === '' || record.lessonSlug === '') {
      const [what, name] = record.sectionSlug === '' ? ['section', record.sectionLabel] : ['file', record.fileName];
      problems.push(
        error(record.file, `the ${what} name "${name}" has no letter or digit a URL can use`, `rename the ${what === 'file' ? 'file' : 'section folder (or its `section` label)'} with at least one letter (a–z, accents are fine) or digit`),
      );
      continue;
    }
    const key = urlKey(record.lang, record);
    const other = byUrl.get(key);
    if (other) {
      // Same identity: the two files differ only in what URLs leave out.
      const why = record.identity === other.identity ? ' (URLs leave out the date prefix and the extension)' : '';
      problems.push(
        error(
          record.file,
          `this lesson and ${other.file} both map to the URL ${key}${why}`,
          'rename one of the files (or change its `section`) so each lesson has its own URL',
        ),
      );
      continue;
    }
    byUrl.set(key, record);
    kept.push(record);
  }

  // A course with questions has a practice exam where a section of that name would be.
  if (kept.some((record) => record.questions.length > 0)) {
    for (const record of kept.filter((candidate) => candidate.sectionSlug === EXAM_SEGMENT)) {
      problems.push(
        error(record.file, `this lesson's section takes the URL ${examPath(record.lang)}, which is the practice exam's`, 'rename the section folder (or set its `section` label) to another name'),
      );
    }
  }

  // Every language has an offline page where a section of that name would be.
  for (const record of kept.filter((candidate) => candidate.sectionSlug === OFFLINE_SEGMENT)) {
    problems.push(error(record.file, `this lesson's section takes the URL ${offlinePath(record.lang)}, which is the offline page's`, 'rename the section folder (or set its `section` label) to another name'));
  }

  const byIdentity = new Map<string, LessonRecord[]>();
  for (const record of kept) {
    byIdentity.set(record.identity, [...(byIdentity.get(record.identity) ?? []), record]);
  }
  for (const list of byIdentity.values()) list.sort((a, b) => localeRank(a.lang) - localeRank(b.lang));

  const languages: Record<string, LanguageCourse> = {};
  for (const lang of options.locales) {
    const sections = new Map<string, SectionNode & { keys: Map<LessonNode, OrderKey> }>();
    const sectionOrder = (slug: string, label: string) =>
      options.sectionMeta?.(lang, slug)?.order ??
      options.locales.map((other) => options.sectionMeta?.(other, slug)?.order).find((order) => order !== undefined) ??
      sectionOrderFromLabel(label);

    for (const translations of byIdentity.values()) {
      const record = translations.find((candidate) => candidate.lang === lang);
      const source = record ?? translations[0];
      if (!record) {
        const clash = byUrl.get(urlKey(lang, source));
        if (clash) {
          problems.push(
            error(
              clash.file,
              `this lesson has the URL that the untranslated lesson ${source.file} would take in "${lang}", but their paths differ (${clash.identity} and ${source.identity}), so they are not translations of each other`,
              `give the two files the same path under lessons/${clash.lang}/ and lessons/${source.lang}/ if they are one lesson, or rename one of them`,
            ),
          );
          continue;
        }
      }
      let section = sections.get(source.sectionSlug);
      if (!section) {
        const meta = options.sectionMeta?.(lang, source.sectionSlug);
        section = {
          slug: source.sectionSlug,
          lang,
          title: meta?.title ?? sectionDisplayName(source.sectionLabel, options.sectionWord(lang)),
          order: sectionOrder(source.sectionSlug, source.sectionLabel),
          lessons: [],
          keys: new Map(),
        };
        sections.set(source.sectionSlug, section);
      }
      const node: LessonNode = {
        identity: source.identity,
        lang,
        sectionSlug: source.sectionSlug,
        lessonSlug: source.lessonSlug,
        record,
        translations,
        title: source.title,
        titleLang: source.lang,
        pageCount: record ? pageCountOf(record) : 1,
        readingStart: 0,
      };
      section.lessons.push(node);
      section.keys.set(node, orderKey(source, section.order));
    }

    const ordered = [...sections.values()].sort((a, b) => a.order - b.order || compareNatural(a.slug, b.slug));
    for (const section of ordered) {
      section.lessons.sort((a, b) => compareLessons(section.keys.get(a)!, section.keys.get(b)!));
    }
    const tree: SectionNode[] = ordered.map(({ keys: _keys, ...section }) => section);
    const reading: ReadingPage[] = [];
    for (const lesson of tree.flatMap((section) => section.lessons)) {
      lesson.readingStart = reading.length;
      for (let page = 1; page <= lesson.pageCount; page++) reading.push({ lesson, page });
    }
    languages[lang] = { lang, sections: tree, reading };
  }
  return { course: { locales: options.locales, languages }, problems };
}

/** The pages before and after one page in its language's reading order. */
export function neighbours(course: Course, node: LessonNode, page: number): { previous?: ReadingPage; next?: ReadingPage } {
  const reading = course.languages[node.lang]?.reading ?? [];
  const index = node.readingStart + page - 1;
  return { previous: reading[index - 1], next: reading[index + 1] };
}

export type LanguageTarget =
  | { lang: string; kind: 'page'; path: string; page: number; samePage: boolean }
  | { lang: string; kind: 'missing'; path: string };

/**
 * Where the language switcher leads from page `page` of a lesson: the same page in the
 * other language, page 1 when that translation has fewer pages, or the other
 * language's course index (with a notice) when the lesson is not translated.
 */
export function languageTargets(course: Course, node: LessonNode, page: number | 'all'): LanguageTarget[] {
  return course.locales
    .filter((lang) => lang !== node.lang)
    .map((lang): LanguageTarget => {
      const other = node.translations.find((record) => record.lang === lang);
      if (!other) return { lang, kind: 'missing', path: `${indexPath(lang)}#${untranslatedAnchor(node.identity)}` };
      const otherCount = pageCountOf(other);
      const fewerPages = page !== 'all' && node.record !== undefined && otherCount < node.pageCount;
      const target = page === 'all' ? 'all' : fewerPages ? 1 : Math.min(page, otherCount);
      const path = lessonPath(lang, other.sectionSlug, other.lessonSlug, target);
      return {
        lang,
        kind: 'page',
        // Page 1 then explains why the reader did not land on the same page.
        path: fewerPages && page !== 1 ? `${path}#${FEWER_PAGES_ANCHOR}` : path,
        page: target === 'all' ? 1 : target,
        samePage: target === page,
      };
    });
}

/** The page-1 anchor that shows "this translation has fewer pages". */
export const FEWER_PAGES_ANCHOR = 'fewer-pages';

/** The course index anchor that shows the "not translated" notice for a lesson. */
export function untranslatedAnchor(identity: string): string {
  return `untranslated-${identity.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
