// The course as the pages see it: lessons from the collection, the tree built from them,
// course metadata and the link resolver. Built once per build (every request in dev).
import { getCollection, render, type CollectionEntry } from 'astro:content';
import settings from 'virtual:course/settings';
import { readCourseMeta, readSectionMetas, type CourseMeta } from '../content/metadata.ts';
import { courseFromRecords, lessonRecord, linkContext } from '../content/scan.ts';
import type { Course, LessonRecord } from '../lib/course.ts';
import type { SiteContext } from '../lib/page-model.ts';
import { listLanguages, uiStrings } from '../i18n/index.ts';
import type { LinkContext } from '../lib/links.ts';
import type { Problem } from '../lib/problems.ts';
import { ANALYSIS_KEY, type LessonAnalysis } from '../markdown/remark-lesson.ts';

export type LessonEntry = CollectionEntry<'lessons'>;

export interface Site {
  course: Course;
  courseMeta: Map<string, CourseMeta>;
  links: LinkContext;
  /** The collection entry behind a lesson record. */
  entryOf: (record: LessonRecord) => LessonEntry;
}

let built: Promise<Site> | undefined;

async function buildSite(): Promise<Site> {
  const entries = (await getCollection('lessons')).sort((a, b) => (a.id < b.id ? -1 : 1));
  const lessons = await Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter } = await render(entry);
      const analysis = remarkPluginFrontmatter[ANALYSIS_KEY] as LessonAnalysis | undefined;
      return { id: entry.id, entry, record: lessonRecord(entry.id, entry.filePath ?? entry.id, entry.data, analysis, settings.locales) };
    }),
  );
  const ignored: Problem[] = []; // The loader already reported these.
  const { course } = courseFromRecords(
    lessons.map((lesson) => lesson.record),
    settings,
    readSectionMetas(settings, ignored),
  );
  const entryByFile = new Map(lessons.map((lesson) => [lesson.record.file, lesson.entry]));
  return {
    course,
    courseMeta: readCourseMeta(settings, ignored),
    links: linkContext(settings, course, lessons),
    entryOf: (record) => entryByFile.get(record.file)!,
  };
}

export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return buildSite();
  return (built ??= buildSite());
}

export { settings };

/** Everything a page in `lang` needs to build its models. */
export function contextFor(site: Site, lang: string): SiteContext {
  const strings = uiStrings(lang);
  return {
    site: settings.site,
    base: settings.base,
    course: site.course,
    lang,
    strings,
    courseTitle: site.courseMeta.get(lang)?.title ?? strings.courseIndex,
    stringsOf: uiStrings,
    listLanguages: (langs) => listLanguages(lang, langs),
  };
}

/** The page's language from its URL (`<base><lang>/…`), for components inside lesson content. */
export function languageOfUrl(url: URL): string {
  const [lang] = url.pathname.slice(settings.base.length).split('/');
  return settings.locales.includes(lang) ? lang : settings.defaultLocale;
}
