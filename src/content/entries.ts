// The entries of the `course` collection, as the loader writes them and the pages read
// them: one per lesson (its record and analysis; MDX lessons render from it, .md lessons
// name the files holding their pages' HTML), and the course model.
import type { Course, CourseMeta, LessonRecord } from '../lib/course.ts';
import type { LessonAnalysis } from '../markdown/remark-lesson.ts';
import type { PageHtmlPlace } from './page-html.ts';

export const COLLECTION = 'course';

/** The name of the loader of the collection, by which `astro dev` asks it to run again. */
export const COURSE_LOADER = 'course';

/** Set in the context of a run asked for because lessons changed in `astro dev`. */
export const LESSONS_CHANGED = 'lessonsChanged';

/** The course model: every language's tree and the course's title and description. */
export const MODEL_ENTRY = 'model';

export type CourseModel = {
  course: Course;
  courseMeta: Record<string, CourseMeta>;
};

export type LessonEntryData = {
  record: LessonRecord;
  analysis: LessonAnalysis;
  /** Digest of the lesson's source and the pipeline version. */
  sourceDigest: string;
  /** Digest of each file the lesson shows or imports, by absolute path. */
  dependencies: Record<string, string>;
  /** .md lessons: where each page's HTML is (page-html.ts), and the images Astro optimizes in them. */
  pageHtml?: { place: PageHtmlPlace; imagePaths: string[] };
};

export function lessonEntryId(lessonId: string): string {
  return `lesson:${lessonId}`;
}
