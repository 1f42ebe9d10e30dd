// Everything a page of the site shows, assembled from the course model: the routes hand
// these views to their components, and each page's cache key is a digest of its view,
// so a page is rendered again exactly when something it shows has changed.
import { uiStrings, listLanguages } from '../i18n/ui-strings.ts';
import { plural } from '../i18n/templates.ts';
import { languageTargets, nodePath, pageCountOf, untranslatedAnchor, type Course, type CourseMeta, type LessonNode, type LessonRecord, type SectionNode } from './course.ts';
import { digestOf } from './digest.ts';
import {
  alternatesFor,
  courseTree,
  lessonAlternates,
  lessonDescription,
  lessonSwitcher,
  lessonTitle,
  pager,
  pageTrail,
  pathSwitcher,
  progressKey,
  treeLesson,
  type HeadModel,
  type PagerLink,
  type SiteContext,
  type SwitcherLink,
  type TrailModel,
  type TreeLesson,
  type TreeSection,
} from './page-model.ts';
import { absoluteUrl, examPath, indexPath, lessonPath, offlinePath, questionBankPath, sectionPath, withBase } from './urls.ts';
import { DEFAULT_EXAM, type ExamDefaults } from './exam.ts';
import { questionAnchor } from './quiz-questions.ts';

export interface CourseSite {
  course: Course;
  courseMeta: Record<string, CourseMeta>;
  /** Absolute site URL without trailing slash. */
  site: string;
  /** Base path with leading and trailing slash. */
  base: string;
}

/** What the models of a page in `lang` are built from. */
export function siteContext(site: CourseSite, lang: string): SiteContext {
  const strings = uiStrings(lang);
  return {
    site: site.site,
    base: site.base,
    course: site.course,
    lang,
    strings,
    courseTitle: site.courseMeta[lang]?.title ?? strings.courseIndex,
    stringsOf: uiStrings,
    listLanguages: (langs) => listLanguages(lang, langs),
  };
}

/** Every page asks whether its language has an exam: each course's answer is computed once. */
const questionIdsByCourse = new WeakMap<Course, Map<string, Set<string>>>();

/** The questions of a language's course, each once (a question written twice in the course is one question). */
export function courseQuestionIds(course: Course, lang: string): Set<string> {
  let byLanguage = questionIdsByCourse.get(course);
  if (!byLanguage) questionIdsByCourse.set(course, (byLanguage = new Map()));
  let ids = byLanguage.get(lang);
  if (!ids) {
    const lessons = course.languages[lang].sections.flatMap((section) => section.lessons);
    byLanguage.set(lang, (ids = new Set(lessons.flatMap((lesson) => lesson.record?.questions.map((question) => question.id) ?? []))));
  }
  return ids;
}

function examHref(context: SiteContext): string | undefined {
  return courseQuestionIds(context.course, context.lang).size > 0 ? withBase(context.base, examPath(context.lang)) : undefined;
}

/** What every page shows around its content. */
export interface PageFrame {
  lang: string;
  head: HeadModel;
  switcher: SwitcherLink[];
  courseTitle: string;
  homeHref: string;
  /** The practice exam, when the language's course holds questions. */
  examHref?: string;
}

/** A route's pages, as `getStaticPaths()` returns them. */
export interface StaticPage<Params, View> {
  params: Params;
  props: { view: View };
  cacheKey: string;
}

/**
 * Views whose JSON is equal render the same page, given the same code. Parts that many
 * pages share (a lesson's course tree, its record) enter the key as their own digests,
 * computed once: the page's JSON leaves them out.
 */
function staticPage<Params, View>(params: Params, view: View, ...shared: string[]): StaticPage<Params, View> {
  const own = JSON.stringify(view, (key, value) => (SHARED_PARTS.has(key) ? undefined : value));
  return { params, props: { view }, cacheKey: digestOf(own, ...shared) };
}

/** View fields that enter cache keys as digests of their own. */
const SHARED_PARTS = new Set(['tree', 'record']);

export interface LessonPageView extends PageFrame {
  page: number | 'all';
  tree: TreeSection[];
  section: { title: string; href: string };
  title: string;
  titleLang?: string;
  draft: boolean;
  /** Where reading progress is kept: `<lang>:<identity>:<page>`, on numbered pages of a translated lesson. */
  progress?: string;
  /** The lesson text and its page trail; absent on the notice of an untranslated lesson. */
  lesson?: { record: LessonRecord; trail: TrailModel };
  /** The notice shown where the lesson is not translated: where it can be read. */
  untranslated?: { languages: string; links: { href: string; hreflang: string; label: string }[] };
  pager: { previous?: PagerLink; next?: PagerLink };
  /** Readers switching from a longer translation land on page 1: tell them why. */
  fewerPages: boolean;
  /**
   * Numbered pages of a lesson are searchable. Results are grouped by `lesson` (the
   * lesson's path in its language) and show `page`, the page label.
   */
  search?: { lesson: string; page: string };
  /** The lesson's quiz, when it has questions. */
  quiz?: QuizView;
  /** The frontmatter's `updated` date: as written (`YYYY-MM-DD`) and as readers of the page's language write it. */
  updated?: { iso: string; text: string };
  /** On a translation whose source changed since: when, and the same page in the source's language. */
  outdated?: { body: string; link: { href: string; hreflang: string; label: string } };
}

export interface QuizView {
  /** Where answers are kept: `<lang>:<identity>`. */
  key: string;
  /** Every question of the lesson, with a link to it. */
  questions: { id: string; title: string; href: string; answer: string[] }[];
  /** Questions shown on this page (all of them on the read-all view). */
  shown: string[];
  /** The last page and the read-all view show a summary. */
  summary: boolean;
}

function quizView(context: SiteContext, node: LessonNode, page: number | 'all'): QuizView | undefined {
  const questions = node.record?.questions ?? [];
  if (questions.length === 0) return undefined;
  return {
    key: progressKey(node),
    questions: questions.map((question) => ({
      id: question.id,
      title: context.strings.quizPageOf(question.title.replace(/\s*:\s*$/, ''), question.page),
      href: `${withBase(context.base, nodePath(node, question.page))}#${questionAnchor(question.id)}`,
      answer: question.answer,
    })),
    shown: questions.filter((question) => page === 'all' || question.page === page).map((question) => question.id),
    summary: page === 'all' || page === node.pageCount,
  };
}

function lessonPageView(site: CourseSite, section: SectionNode, node: LessonNode, tree: TreeSection[], page: number | 'all'): LessonPageView {
  const context = siteContext(site, node.lang);
  const { strings } = context;
  const readingPage = page === 'all' ? 1 : page;
  const neighbours = pager(context, node, readingPage);
  const record = node.record;
  return {
    lang: node.lang,
    page,
    head: {
      title: lessonTitle(context, node, page),
      description: lessonDescription(node, page, site.courseMeta[node.lang]?.description ?? node.title),
      canonical: absoluteUrl(context.site, context.base, nodePath(node, readingPage)),
      alternates: page === 'all' ? [] : alternatesFor(context, lessonAlternates(context, node, readingPage)),
      previous: page === 'all' || !neighbours.previous ? undefined : absoluteUrl(context.site, context.base, neighbours.previous.path),
      next: page === 'all' || !neighbours.next ? undefined : absoluteUrl(context.site, context.base, neighbours.next.path),
      noindex: !record,
    },
    switcher: lessonSwitcher(context, node, page),
    courseTitle: context.courseTitle,
    homeHref: withBase(context.base, indexPath(node.lang)),
    examHref: examHref(context),
    tree,
    section: { title: section.title, href: withBase(context.base, sectionPath(node.lang, section.slug)) },
    title: node.title,
    titleLang: node.titleLang !== node.lang ? node.titleLang : undefined,
    draft: record?.draft ?? false,
    progress: record && page !== 'all' ? `${progressKey(node)}:${page}` : undefined,
    lesson: record && { record, trail: pageTrail(context, node, page) },
    untranslated: record
      ? undefined
      : {
          languages: context.listLanguages(node.translations.map((translation) => translation.lang)),
          links: node.translations.map((translation) => ({
            href: withBase(context.base, lessonPath(translation.lang, translation.sectionSlug, translation.lessonSlug)),
            hreflang: translation.lang,
            label: strings.readInLanguage(strings.languageNames[translation.lang] ?? translation.lang),
          })),
        },
    pager: page === 'all' ? {} : neighbours,
    fewerPages: record !== undefined && page === 1 && node.translations.some((translation) => pageCountOf(translation) > node.pageCount),
    search: record && page !== 'all' ? { lesson: `${node.sectionSlug}/${node.lessonSlug}`, page: strings.pageOf(readingPage, node.pageCount) } : undefined,
    quiz: quizView(context, node, page),
    updated: record?.updated ? { iso: record.updated, text: strings.date(record.updated) } : undefined,
    outdated: outdatedNotice(context, node, page),
  };
}

function outdatedNotice(context: SiteContext, node: LessonNode, page: number | 'all'): LessonPageView['outdated'] {
  const translation = node.record?.translation;
  if (translation?.status !== 'outdated') return undefined;
  const target = languageTargets(context.course, node, page).find((candidate) => candidate.lang === translation.sourceLang);
  if (!target) return undefined;
  const { strings } = context;
  const language = strings.languageNames[translation.sourceLang] ?? translation.sourceLang;
  return {
    body: strings.outdatedBody(language, translation.sourceDate && strings.date(translation.sourceDate)),
    link: { href: withBase(context.base, target.path), hreflang: translation.sourceLang, label: strings.readUpdatedIn(language) },
  };
}

export type LessonPageParams = { lang: string; section: string; lesson: string; page?: string };

/**
 * Every page of every lesson: numbered pages and the read-all view, or the notice of an
 * untranslated lesson. In path order, the order Astro renders them in, which is the
 * order the search index takes them in.
 */
export function lessonPages(site: CourseSite): StaticPage<LessonPageParams, LessonPageView>[] {
  const pathOf = ({ params }: StaticPage<LessonPageParams, LessonPageView>) =>
    lessonPath(params.lang, params.section, params.lesson, params.page === undefined ? 1 : params.page === 'all' ? 'all' : Number(params.page));
  return sortedBy(pathOf, Object.values(site.course.languages).flatMap((language) =>
    language.sections.flatMap((section) =>
      section.lessons.flatMap((node) => {
        const pages: (number | 'all')[] = node.record ? [...Array.from({ length: node.pageCount }, (_, index) => index + 1), 'all'] : [1];
        const tree = courseTree(siteContext(site, node.lang), section, node);
        const shared = [digestOf(JSON.stringify(tree)), node.record ? digestOf(node.record.digest, JSON.stringify(node.record)) : ''];
        return pages.map((page) =>
          staticPage(
            { lang: node.lang, section: section.slug, lesson: node.lessonSlug, page: page === 1 ? undefined : String(page) },
            lessonPageView(site, section, node, tree, page),
            ...shared,
          ),
        );
      }),
    ),
  ));
}

function sortedBy<T>(key: (item: T) => string, items: T[]): T[] {
  const keyed = items.map((item) => [key(item), item] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

export interface SectionPageView extends PageFrame {
  title: string;
  tree: TreeSection[];
  lessons: TreeLesson[];
}

/** Every section's page, in every language. */
export function sectionPages(site: CourseSite): StaticPage<{ lang: string; section: string }, SectionPageView>[] {
  return Object.values(site.course.languages).flatMap((language) =>
    language.sections.map((section) => {
      const context = siteContext(site, language.lang);
      const existsIn = (other: string) => site.course.languages[other]?.sections.some((candidate) => candidate.slug === section.slug);
      const tree = courseTree(context, section);
      const view: SectionPageView = {
        lang: language.lang,
        head: {
          title: `${section.title} · ${context.courseTitle}`,
          description: `${section.title}: ${plural(context.strings.lessonCount, section.lessons.length)}`,
          canonical: absoluteUrl(context.site, context.base, sectionPath(language.lang, section.slug)),
          alternates: alternatesFor(
            context,
            site.course.locales.filter(existsIn).map((other) => ({ lang: other, path: sectionPath(other, section.slug) })),
          ),
          noindex: false,
        },
        switcher: pathSwitcher(context, (other) => (existsIn(other) ? sectionPath(other, section.slug) : indexPath(other))),
        courseTitle: context.courseTitle,
        homeHref: withBase(context.base, indexPath(language.lang)),
        examHref: examHref(context),
        title: section.title,
        tree,
        lessons: section.lessons.map((lesson) => treeLesson(context, lesson)),
      };
      return staticPage({ lang: language.lang, section: section.slug }, view, digestOf(JSON.stringify(tree)));
    }),
  );
}

export interface IndexPageView extends PageFrame {
  description?: string;
  /** Notices for lessons not translated into this language, shown when a switcher leads here. */
  untranslated: { anchor: string; notice: string; links: { href: string; hreflang: string; label: string }[] }[];
  sections: { slug: string; title: string; href: string; lessons: TreeLesson[] }[];
  /** How many questions the practice exam draws from (0: the course has no exam). */
  examQuestions: number;
}

/** Each language's course index. */
export function indexPages(site: CourseSite): StaticPage<{ lang: string }, IndexPageView>[] {
  return site.course.locales.map((lang) => {
    const context = siteContext(site, lang);
    const { strings } = context;
    const language = site.course.languages[lang];
    const description = site.courseMeta[lang]?.description;
    const view: IndexPageView = {
      lang,
      head: {
        title: context.courseTitle,
        description: description ?? context.courseTitle,
        canonical: absoluteUrl(context.site, context.base, indexPath(lang)),
        alternates: alternatesFor(context, site.course.locales.map((other) => ({ lang: other, path: indexPath(other) }))),
        noindex: false,
      },
      switcher: pathSwitcher(context, indexPath),
      courseTitle: context.courseTitle,
      homeHref: withBase(context.base, indexPath(lang)),
      examHref: examHref(context),
      description,
      examQuestions: courseQuestionIds(site.course, lang).size,
      untranslated: language.sections
        .flatMap((section) => section.lessons.filter((lesson) => !lesson.record))
        .map((lesson) => ({
          anchor: untranslatedAnchor(lesson.identity),
          notice: strings.untranslatedNotice(lesson.title, context.listLanguages(lesson.translations.map((record) => record.lang))),
          links: lesson.translations.map((record) => ({
            href: withBase(context.base, lessonPath(record.lang, record.sectionSlug, record.lessonSlug)),
            hreflang: record.lang,
            label: strings.readInLanguage(strings.languageNames[record.lang] ?? record.lang),
          })),
        })),
      sections: language.sections.map((section) => ({
        slug: section.slug,
        title: section.title,
        href: withBase(context.base, sectionPath(lang, section.slug)),
        lessons: section.lessons.map((lesson) => treeLesson(context, lesson)),
      })),
    };
    return staticPage({ lang }, view);
  });
}

export interface ExamQuizLink {
  title: string;
  href: string;
  questions: number;
}

export interface ExamPageView extends PageFrame {
  title: string;
  /** The question bank the exam script loads. */
  bankHref: string;
  /** The setup's starting values: the course's defaults, the count capped at what exists. */
  defaults: ExamDefaults & { suggestedMinutes: number };
  questions: number;
  /** The sections that hold questions, with their quizzes: the setup's choices, and the page without JavaScript. */
  sections: { slug: string; title: string; questions: number; quizzes: ExamQuizLink[] }[];
}

/** The practice exam of each language whose course holds questions. */
export function examPages(site: CourseSite): StaticPage<{ lang: string }, ExamPageView>[] {
  return site.course.locales.flatMap((lang) => {
    const context = siteContext(site, lang);
    const total = courseQuestionIds(site.course, lang).size;
    if (total === 0) return [];
    const hasExam = (other: string) => courseQuestionIds(site.course, other).size > 0;
    const strings = context.strings.exam;
    const sections = site.course.languages[lang].sections.flatMap((section) => {
      const ids = new Set(section.lessons.flatMap((lesson) => lesson.record?.questions.map((question) => question.id) ?? []));
      const quizzes = section.lessons
        .filter((lesson) => (lesson.record?.questions.length ?? 0) > 0)
        .map((lesson) => ({ title: lesson.title, href: withBase(context.base, nodePath(lesson)), questions: lesson.record!.questions.length }));
      return ids.size === 0 ? [] : [{ slug: section.slug, title: section.title, questions: ids.size, quizzes }];
    });
    const set = site.courseMeta[lang]?.exam ?? {};
    const questions = Math.min(set.questions ?? DEFAULT_EXAM.questions, total);
    const view: ExamPageView = {
      lang,
      head: {
        title: `${strings.title} · ${context.courseTitle}`,
        description: strings.lead,
        canonical: absoluteUrl(context.site, context.base, examPath(lang)),
        alternates: alternatesFor(context, site.course.locales.filter(hasExam).map((other) => ({ lang: other, path: examPath(other) }))),
        noindex: false,
      },
      switcher: pathSwitcher(context, (other) => (hasExam(other) ? examPath(other) : indexPath(other))),
      courseTitle: context.courseTitle,
      homeHref: withBase(context.base, indexPath(lang)),
      examHref: withBase(context.base, examPath(lang)),
      title: strings.title,
      bankHref: withBase(context.base, questionBankPath(lang)),
      defaults: {
        questions,
        minutes: set.minutes,
        pass: set.pass ?? DEFAULT_EXAM.pass,
        suggestedMinutes: set.minutes ?? Math.ceil(questions * DEFAULT_EXAM.minutesPerQuestion),
      },
      questions: total,
      sections,
    };
    return [staticPage({ lang }, view)];
  });
}

export interface OfflinePageView extends PageFrame {
  title: string;
}

/** Each language's offline page, which the service worker shows for a page it has not kept. Search engines leave it alone. */
export function offlinePages(site: CourseSite): StaticPage<{ lang: string }, OfflinePageView>[] {
  return site.course.locales.map((lang) => {
    const context = siteContext(site, lang);
    const view: OfflinePageView = {
      lang,
      head: {
        title: `${context.strings.offlineTitle} · ${context.courseTitle}`,
        description: context.strings.offlineBody,
        canonical: absoluteUrl(context.site, context.base, offlinePath(lang)),
        alternates: [],
        noindex: true,
      },
      switcher: pathSwitcher(context, offlinePath),
      courseTitle: context.courseTitle,
      homeHref: withBase(context.base, indexPath(lang)),
      title: context.strings.offlineTitle,
    };
    return staticPage({ lang }, view);
  });
}
