// The content half of `npm run check`: the course compiled as the build compiles it,
// with lessons read instead of rendered, and the translation state of the course. Only
// lessons that changed since the last check or build are read (lesson-cache.ts).
import { pageCountOf } from '../lib/course.ts';
import { translationReport, type TranslationReport } from '../lib/check-report.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import { createLessonReader } from '../markdown/lesson-reader.ts';
import { analyzeInTurn, readLesson } from './analyze.ts';
import { compileCourse } from './compile.ts';
import { readHistory } from './git-history.ts';
import { readingVersion, readLessonCache, writeLessonCache } from './lesson-cache.ts';
import { pipelineOptions, projectPath, type CourseSettings } from './settings.ts';

export interface ContentCheck {
  lessonsFolder: string;
  problems: Problem[];
  translations: TranslationReport;
}

export async function checkContent(settings: CourseSettings): Promise<ContentCheck> {
  const cached = readLessonCache(settings);
  const compiled = await compileCourse(settings, {
    pipelineVersion: readingVersion(settings),
    previous: (id) => cached[id],
    history: readHistory(settings.lessonsDir),
    analyze: (sources, targets) => {
      const read = createLessonReader(pipelineOptions(settings, () => targets));
      return analyzeInTurn(sources, (source) => readLesson(read, source));
    },
  });
  writeLessonCache(settings, compiled);
  const lessons = compiled.lessons.map(({ compiled: { record } }) => ({
    lang: record.lang,
    identity: record.identity,
    file: record.file,
    pageCount: pageCountOf(record),
  }));
  return {
    lessonsFolder: projectPath(settings, settings.lessonsDir),
    problems: sortProblems(compiled.problems),
    translations: translationReport(
      lessons,
      compiled.sources.drafts.map((draft) => draft.file),
      settings.locales,
      compiled.translations,
    ),
  };
}
