// What each page shows around the lesson text, computed from the course tree: the
// head (title, canonical, alternates), the course tree, the page trail, previous/next
// and the language switcher. Components only render these models.
import { languageTargets, neighbours, nodePath, type Course, type LessonNode, type ReadingPage, type SectionNode } from './course.ts';
import { absoluteUrl, indexPath, sectionPath, withBase } from './urls.ts';
import type { UiStrings } from '../i18n/types.ts';
import { plural } from '../i18n/templates.ts';

export interface SiteContext {
  /** Absolute site URL without trailing slash. */
  site: string;
  /** Base path with leading and trailing slash. */
  base: string;
  course: Course;
  lang: string;
  strings: UiStrings;
  courseTitle: string;
  /** Every language's interface strings, for the switcher's language names. */
  stringsOf: (lang: string) => UiStrings;
  listLanguages: (langs: readonly string[]) => string;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

export interface HeadModel {
  title: string;
  description: string;
  canonical: string;
  alternates: Alternate[];
  previous?: string;
  next?: string;
  noindex: boolean;
}

/**
 * hreflang alternates: every language the page exists in, and x-default, which is always
 * the page in the course's default language when it exists there (the first one otherwise).
 */
export function alternatesFor(context: SiteContext, paths: { lang: string; path: string }[]): Alternate[] {
  if (paths.length < 2) return [];
  const list = paths.map(({ lang, path }) => ({ hreflang: lang, href: absoluteUrl(context.site, context.base, path) }));
  const fallback = paths.find((entry) => entry.lang === context.course.locales[0]) ?? paths[0];
  return [...list, { hreflang: 'x-default', href: absoluteUrl(context.site, context.base, fallback.path) }];
}

/** The same lesson page in every language it exists in (page 1 where counts differ). */
export function lessonAlternates(context: SiteContext, node: LessonNode, page: number): { lang: string; path: string }[] {
  if (!node.record) return [];
  return [
    { lang: node.lang, path: nodePath(node, page) },
    ...languageTargets(context.course, node, page)
      .filter((target) => target.kind === 'page' && target.samePage)
      .map((target) => ({ lang: target.lang, path: target.path })),
  ];
}

export interface TreeLesson {
  /** `<lang>:<identity>`: where the reader's progress in this lesson is kept. */
  progressKey?: string;
  pageCount: number;
  title: string;
  /** Set when the title is in another language than the page. */
  titleLang?: string;
  href: string;
  current: boolean;
  /** "3 pages"; absent for a lesson not translated into this language. */
  pages?: string;
  /** "not translated · in Spanish" for lessons missing in this language. */
  untranslated?: string;
  draft: boolean;
  /** The ids of the lesson's quiz questions, space-separated, when it has any: its score is shown. */
  quizQuestions?: string;
}

export interface TreeSection {
  title: string;
  href: string;
  /** Lessons are listed for the current section only, so a page does not grow with the course. */
  lessons?: TreeLesson[];
}

/** Where the reader's progress in a lesson is kept (per language: translations differ). */
export function progressKey(node: LessonNode): string {
  return `${node.lang}:${node.identity}`;
}

export function treeLesson(context: SiteContext, node: LessonNode, current?: LessonNode): TreeLesson {
  return {
    progressKey: node.record ? progressKey(node) : undefined,
    pageCount: node.pageCount,
    title: node.title,
    titleLang: node.titleLang !== context.lang ? node.titleLang : undefined,
    href: withBase(context.base, nodePath(node)),
    current: node === current,
    pages: node.record ? plural(context.strings.pageCount, node.pageCount) : undefined,
    untranslated: node.record
      ? undefined
      : context.strings.notTranslatedBadge(context.listLanguages(node.translations.map((record) => record.lang))),
    draft: node.record?.draft ?? false,
    quizQuestions: node.record?.questions.length ? node.record.questions.map((question) => question.id).join(' ') : undefined,
  };
}

export function courseTree(context: SiteContext, currentSection?: SectionNode, currentLesson?: LessonNode): TreeSection[] {
  const language = context.course.languages[context.lang];
  return (language?.sections ?? []).map((section) => ({
    title: section.title,
    href: withBase(context.base, sectionPath(context.lang, section.slug)),
    lessons: section === currentSection ? section.lessons.map((lesson) => treeLesson(context, lesson, currentLesson)) : undefined,
  }));
}

export interface PagerLink {
  /** Site path without the base, for `<link rel>` in the head. */
  path: string;
  href: string;
  lessonTitle: string;
  titleLang?: string;
  /** The page's own title (its first heading), when it has one and it is not the lesson's. */
  pageTitle?: string;
}

function pagerLink(context: SiteContext, target: ReadingPage | undefined): PagerLink | undefined {
  if (!target) return undefined;
  const pageTitle = target.lesson.record?.pages[target.page - 1]?.title;
  const path = nodePath(target.lesson, target.page);
  return {
    path,
    href: withBase(context.base, path),
    lessonTitle: target.lesson.title,
    titleLang: target.lesson.titleLang !== context.lang ? target.lesson.titleLang : undefined,
    pageTitle: pageTitle && pageTitle !== target.lesson.title ? pageTitle : undefined,
  };
}

export function pager(context: SiteContext, node: LessonNode, page: number): { previous?: PagerLink; next?: PagerLink } {
  const { previous, next } = neighbours(context.course, node, page);
  return { previous: pagerLink(context, previous), next: pagerLink(context, next) };
}

export interface TrailModel {
  label: string;
  position: string;
  /** The pages listed, each with its number: a long lesson lists some of them. */
  pages: { number: number; href: string; label: string; current: boolean }[];
  /** The read-all view from a page, or back to page 1 from the read-all view. */
  otherView: { href: string; label: string };
}

/** Lessons with more pages than this list some of them in the trail. */
export const TRAIL_LIMIT = 15;

/**
 * The page numbers the trail of `page` lists. A short lesson lists them all. A long one is
 * cut into blocks of about √n pages and lists the first page of every block and every page
 * of the current block (and the last page): any page is then two steps from any other,
 * through the first page of its block, with a trail of about 2√n links.
 */
export function trailPages(pageCount: number, page: number | 'all'): number[] {
  const all = Array.from({ length: pageCount }, (_, index) => index + 1);
  if (pageCount <= TRAIL_LIMIT) return all;
  const block = Math.ceil(Math.sqrt(pageCount));
  const blockOf = (number: number) => Math.floor((number - 1) / block);
  const current = page === 'all' ? undefined : blockOf(page);
  return all.filter((number) => (number - 1) % block === 0 || blockOf(number) === current || number === pageCount);
}

export function pageTrail(context: SiteContext, node: LessonNode, page: number | 'all'): TrailModel {
  const facts = node.record?.pages ?? [];
  return {
    label: context.strings.lessonPages,
    position: page === 'all' ? context.strings.readAllNote : context.strings.pageOf(page, node.pageCount),
    pages: trailPages(facts.length, page).map((number) => ({
      number,
      href: withBase(context.base, nodePath(node, number)),
      label: facts[number - 1].title ?? context.strings.pageLabel(number),
      current: number === page,
    })),
    otherView:
      page === 'all'
        ? { href: withBase(context.base, nodePath(node, 1)), label: context.strings.readByPages }
        : { href: withBase(context.base, nodePath(node, 'all')), label: context.strings.readAll },
  };
}

export interface SwitcherLink {
  lang: string;
  name: string;
  href: string;
  current: boolean;
  /** Why the target is not the same page (fewer pages, not translated), in the target's language. */
  note?: string;
}

/** The language switcher of a lesson page: same lesson and page where it exists. */
export function lessonSwitcher(context: SiteContext, node: LessonNode, page: number | 'all'): SwitcherLink[] {
  const targets = languageTargets(context.course, node, page);
  return context.course.locales.map((lang) => {
    const name = context.stringsOf(lang).languageName;
    if (lang === context.lang) return { lang, name, href: withBase(context.base, nodePath(node, page)), current: true };
    const target = targets.find((candidate) => candidate.lang === lang)!;
    const note =
      target.kind === 'missing'
        ? context.stringsOf(lang).notTranslatedTitle
        : !target.samePage && page !== 'all'
          ? context.stringsOf(lang).differentPageCount
          : undefined;
    return { lang, name, href: withBase(context.base, target.path), current: false, note };
  });
}

/** The switcher of pages that exist in every language (course index, chooser, 404). */
export function pathSwitcher(context: SiteContext, pathOf: (lang: string) => string | undefined): SwitcherLink[] {
  return context.course.locales.map((lang) => ({
    lang,
    name: context.stringsOf(lang).languageName,
    href: withBase(context.base, pathOf(lang) ?? indexPath(lang)),
    current: lang === context.lang,
  }));
}

/** `<title>`: page and lesson first, course last, so tabs and results read well. */
export function lessonTitle(context: SiteContext, node: LessonNode, page: number | 'all'): string {
  const pageTitle = page === 'all' ? undefined : node.record?.pages[page - 1]?.title;
  const position =
    page === 'all' ? context.strings.readAll : node.pageCount > 1 ? context.strings.pageOf(page, node.pageCount) : undefined;
  const detail = [position, pageTitle].filter(Boolean).join(': ');
  return `${node.title}${detail ? ` — ${detail}` : ''} · ${context.courseTitle}`;
}

/** Meta description: the lesson's description on page 1, else the page's first paragraph. */
export function lessonDescription(node: LessonNode, page: number | 'all', fallback: string): string {
  const record = node.record;
  if (!record) return fallback;
  const pageIndex = page === 'all' ? 0 : page - 1;
  const excerpt = record.pages[pageIndex]?.excerpt;
  if (pageIndex === 0) return record.description ?? excerpt ?? fallback;
  return excerpt ?? record.description ?? fallback;
}
