// The course, compiled from its lessons folder: the one place lessons are read,
// validated, analyzed (.md lessons rendered too), ordered, built into the course tree
// and checked. A lesson whose source, dependencies, link targets and pipeline are
// unchanged since the last compile is reused, not read again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uiStrings } from '../i18n/ui-strings.ts';
import { buildCourse, pageCountOf, type Course, type CourseMeta, type LessonRecord } from '../lib/course.ts';
import { digestOf } from '../lib/digest.ts';
import { lessonSlugOf } from '../lib/lessons.ts';
import { missingTarget, resolveLink, type LinkTargets } from '../lib/links.ts';
import { error, warning, type Problem } from '../lib/problems.ts';
import { slugify } from '../lib/slugs.ts';
import { isBlankBody } from '../lib/text.ts';
import { lessonPath } from '../lib/urls.ts';
import { translationStatuses, type TranslationStatus } from '../lib/translations.ts';
import type { LessonAnalysis } from '../markdown/remark-lesson.ts';
import type { History } from './git-history.ts';
import type { FailedLesson, LessonOutput } from './analyze.ts';
import { projectPath, type CourseSettings } from './settings.ts';
import { lessonBody, readCourseSources, type CourseSources, type LessonSource } from './sources.ts';

/** What a compile keeps of a lesson, to reuse it while nothing it depends on changes. */
export interface CompiledLesson {
  analysis: LessonAnalysis;
  rendered?: LessonOutput['rendered'];
  /** Digest of the lesson's source and the pipeline version. */
  sourceDigest: string;
  /** Digest of each file the lesson shows or imports, by absolute path. */
  dependencies: Record<string, string>;
  record: LessonRecord;
}

/** Reads or renders the lessons that cannot be reused, resolving their links against `targets`. */
export type Analyzer = (sources: readonly LessonSource[], targets: LinkTargets) => Promise<(LessonOutput | FailedLesson)[]>;

export interface CompileOptions {
  /** Changes whenever the pipeline's code, packages or options change. */
  pipelineVersion: string;
  /** The lesson as the last compile left it, if any. */
  previous: (id: string) => CompiledLesson | undefined;
  analyze: Analyzer;
  /** The lessons' git history; without it, translations are of unknown state. */
  history: History;
}

/** A lesson file in a language that has another, with how it stands against its source. */
export interface TranslationReportEntry {
  identity: string;
  lang: string;
  file: string;
  status: TranslationStatus;
}

export interface CompiledCourse {
  sources: CourseSources;
  /** Published lessons in file order. */
  lessons: { source: LessonSource; compiled: CompiledLesson; reused: boolean }[];
  course: Course;
  courseMeta: Map<string, CourseMeta>;
  linkTargets: LinkTargets;
  /** Every file of a lesson that exists in more than one language (drafts too). */
  translations: TranslationReportEntry[];
  problems: Problem[];
}

function fileDigest(path: string): string {
  return existsSync(path) ? digestOf(readFileSync(path)) : 'missing';
}

/** The site path of each lesson's first page, by its path under the lessons folder. */
export function lessonPathsOf(lessons: readonly LessonSource[]): Map<string, string> {
  return new Map(lessons.map((source) => [source.id, lessonPath(source.location.lang, slugify(source.sectionLabel), lessonSlugOf(source.location))]));
}

/** What every lesson's links resolve against: each lesson's first page, and the public folder. */
export function linkTargetsOf(settings: CourseSettings, lessonPaths: ReadonlyMap<string, string>): LinkTargets {
  return {
    base: settings.base,
    lessonPaths,
    publicFileExists: (path) => path !== '' && existsSync(join(settings.publicDir, path)),
    lessonsFolder: projectPath(settings, settings.lessonsDir),
  };
}

/** Whether a lesson compiled earlier still stands: same source, same files, links resolving the same way. */
function stillValid(previous: CompiledLesson | undefined, sourceDigest: string, source: LessonSource, targets: LinkTargets): previous is CompiledLesson {
  if (!previous || previous.sourceDigest !== sourceDigest) return false;
  if (Object.entries(previous.dependencies).some(([path, digest]) => fileDigest(path) !== digest)) return false;
  return previous.analysis.links.every(
    (link) => JSON.stringify(resolveLink(link.url, source.id, targets)) === JSON.stringify(link.resolved),
  );
}

function lessonRecord(source: LessonSource, analysis: LessonAnalysis, digest: string): LessonRecord {
  const { frontmatter, location } = source;
  return {
    id: source.id,
    lang: location.lang,
    identity: location.identity,
    file: source.file,
    format: source.format,
    sectionLabel: source.sectionLabel,
    sectionSlug: slugify(source.sectionLabel),
    lessonSlug: lessonSlugOf(location),
    fileName: location.fileName,
    title: frontmatter.title,
    description: frontmatter.description,
    lesson: frontmatter.lesson,
    order: frontmatter.order,
    draft: frontmatter.draft ?? false,
    updated: frontmatter.updated?.toISOString().slice(0, 10),
    pages: analysis.pages,
    empty: isBlankBody(lessonBody(source.text)),
    questions: analysis.questions,
    digest,
  };
}

function compiledLesson(source: LessonSource, output: LessonOutput, sourceDigest: string): CompiledLesson {
  const dependencies = Object.fromEntries(output.dependencies.map((path) => [path, fileDigest(path)]));
  const digest = digestOf(sourceDigest, JSON.stringify(dependencies), JSON.stringify(output.analysis.links));
  return {
    analysis: output.analysis,
    rendered: output.rendered,
    sourceDigest,
    dependencies,
    record: lessonRecord(source, output.analysis, digest),
  };
}

/** Every page of the site (without the base), for link checks. */
function sitePaths(course: Course): Set<string> {
  const paths = new Set<string>(['/', '/404.html', '/sitemap.xml', '/robots.txt']);
  for (const [lang, language] of Object.entries(course.languages)) {
    paths.add(`/${lang}/`);
    for (const section of language.sections) {
      paths.add(`/${lang}/${section.slug}/`);
      for (const lesson of section.lessons) {
        for (let page = 1; page <= lesson.pageCount; page++) paths.add(lessonPath(lang, lesson.sectionSlug, lesson.lessonSlug, page));
        if (lesson.record) paths.add(lessonPath(lang, lesson.sectionSlug, lesson.lessonSlug, 'all'));
      }
    }
  }
  return paths;
}

/** Broken links, missing images and marker look-alikes of one lesson. */
function lessonProblems(source: LessonSource, analysis: LessonAnalysis, pages: ReadonlySet<string>, settings: CourseSettings, targets: LinkTargets): Problem[] {
  const problems: Problem[] = [];
  const at = (ref: { line?: number; column?: number }) => ({ line: ref.line, column: ref.column });
  for (const link of analysis.links) {
    const missing = missingTarget(link.url, link.resolved, pages, targets);
    if (missing) problems.push(error(source.file, missing.reason, missing.fix, at(link)));
  }
  for (const image of analysis.images) {
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(image.url)) continue;
    const path = decodeURI(image.url.split(/[?#]/)[0]);
    const base = settings.base.replace(/\/$/, '');
    const target = path.startsWith('/')
      ? join(settings.publicDir, base && path.startsWith(`${base}/`) ? path.slice(base.length) : path)
      : join(source.absolutePath, '..', path);
    if (!existsSync(target)) {
      problems.push(
        error(
          source.file,
          `the image ${image.url} does not exist (looked for ${projectPath(settings, target)})`,
          path.startsWith('/') ? 'put the image in public/ or fix the path' : 'put the image next to the lesson or fix the relative path',
          at(image),
        ),
      );
    }
  }
  for (const nearMiss of analysis.quizNearMisses) problems.push(warning(source.file, nearMiss.message, nearMiss.fix, at(nearMiss)));
  for (const lookalike of analysis.lookalikes) {
    problems.push(
      warning(
        source.file,
        `${lookalike.text} looks like a pagebreak marker but is not one, so the lesson is not cut here`,
        'write the marker exactly as <!-- pagebreak --> on a line of its own',
        at(lookalike),
      ),
    );
  }
  return problems;
}

export async function compileCourse(settings: CourseSettings, options: CompileOptions): Promise<CompiledCourse> {
  const sources = readCourseSources(settings);
  const problems = [...sources.problems];
  const linkTargets = linkTargetsOf(settings, lessonPathsOf(sources.lessons));
  const sourceDigests = sources.lessons.map((source) => digestOf(options.pipelineVersion, source.id, source.text));
  const reusable = sources.lessons.map((source, index) => {
    const previous = options.previous(source.id);
    return stillValid(previous, sourceDigests[index], source, linkTargets) ? previous : undefined;
  });
  const stale = sources.lessons.filter((_, index) => !reusable[index]);
  const outputs = await options.analyze(stale, linkTargets);
  const fresh = new Map(stale.map((source, index) => [source, outputs[index]]));

  const lessons: CompiledCourse['lessons'] = [];
  sources.lessons.forEach((source, index) => {
    const previous = reusable[index];
    if (previous) {
      lessons.push({ source, compiled: previous, reused: true });
      return;
    }
    const output = fresh.get(source)!;
    problems.push(...output.problems);
    if ('analysis' in output) lessons.push({ source, compiled: compiledLesson(source, output, sourceDigests[index]), reused: false });
  });

  const translations = translationsOf(settings, [...sources.lessons, ...sources.drafts], options.history);
  const statusOf = new Map(translations.map((entry) => [entry.file, entry.status]));
  const built = buildCourse(
    lessons.map(({ compiled: { record } }) => {
      const status = statusOf.get(record.file);
      return status && status.status !== 'source' ? { ...record, translation: status } : record;
    }),
    {
      locales: settings.locales,
      sectionWord: (lang) => uiStrings(lang).sectionWord,
      sectionMeta: (lang, slug) => sources.sectionMetas.get(`${lang}/${slug}`),
    },
  );
  problems.push(...built.problems);
  const pages = sitePaths(built.course);
  for (const { source, compiled } of lessons) problems.push(...lessonProblems(source, compiled.analysis, pages, settings, linkTargets));
  return { sources, lessons, course: built.course, courseMeta: sources.courseMeta, linkTargets, translations, problems };
}

/** How each file of a lesson in several languages stands against the lesson's source. */
function translationsOf(settings: CourseSettings, files: readonly LessonSource[], history: History): TranslationReportEntry[] {
  const byIdentity = new Map<string, LessonSource[]>();
  for (const source of files) byIdentity.set(source.location.identity, [...(byIdentity.get(source.location.identity) ?? []), source]);
  return [...byIdentity].flatMap(([identity, group]) => {
    if (group.length < 2) return [];
    const inLocaleOrder = [...group].sort((a, b) => settings.locales.indexOf(a.location.lang) - settings.locales.indexOf(b.location.lang));
    const versions = inLocaleOrder.map((source) => ({
      lang: source.location.lang,
      file: source.file,
      draft: source.frontmatter.draft ?? false,
      source: source.frontmatter.source,
      history: history.available ? history.of(source.absolutePath) : undefined,
    }));
    const statuses = translationStatuses(versions, settings.defaultLocale, history.available ? undefined : history.reason);
    return versions.map((version) => ({ identity, lang: version.lang, file: version.file, status: statuses.get(version)! }));
  });
}

/** A lesson's numbered pages: what the search indexes (the read-all view repeats them). */
export function numberedPagePaths(record: LessonRecord): string[] {
  return Array.from({ length: pageCountOf(record) }, (_, index) => lessonPath(record.lang, record.sectionSlug, record.lessonSlug, index + 1));
}

/** Pages a lesson has, for messages and the inventory. */
export function pagePaths(record: LessonRecord): string[] {
  return [...numberedPagePaths(record), lessonPath(record.lang, record.sectionSlug, record.lessonSlug, 'all')];
}
