// The content half of `npm run check`: every check the build makes, without building
// (lessons are parsed, not rendered), and the translation state of the course.
import { translationReport, type TranslationReport } from '../lib/check-report.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import { analyzeSource, inspectCourse } from './scan.ts';
import { projectPath, type CourseSettings } from './settings.ts';

export interface ContentCheck {
  lessonsFolder: string;
  problems: Problem[];
  translations: TranslationReport;
}

export async function checkContent(settings: CourseSettings): Promise<ContentCheck> {
  const inspected = await inspectCourse(settings, (sources) => Promise.all(sources.map(analyzeSource)));
  const lessons = inspected.lessons.map(({ record }) => ({
    lang: record.lang,
    identity: record.identity,
    file: record.file,
    pageCount: Math.max(1, record.pages.length),
  }));
  return {
    lessonsFolder: projectPath(settings, settings.lessonsDir),
    problems: sortProblems(inspected.problems),
    translations: translationReport(
      lessons,
      inspected.sources.drafts.map((draft) => draft.file),
      settings.locales,
    ),
  };
}
