// The lessons as `npm run check` reads them, kept in the cache folder between runs: a
// check reads again only the lessons that changed. A build writes the same file, so a
// check after a build reads nothing new either. What check needs of a lesson (its pages,
// links, images, questions) is what the build finds too; the build's rendered pages
// are left out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestOf } from '../lib/digest.ts';
import type { CompiledCourse, CompiledLesson } from './compile.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { pipelineOptions, type CourseSettings } from './settings.ts';

export const LESSON_CACHE_FILE = 'check-lessons.json';

interface LessonCache {
  version: string;
  lessons: Record<string, CompiledLesson>;
}

/** The version of a lesson's reading: the pipeline's code and the course's options. */
export function readingVersion(settings: CourseSettings): string {
  return pipelineVersion({ reading: pipelineOptions(settings), base: settings.base });
}

/** The lessons the last check or build read, by id; none when the pipeline or options changed. */
export function readLessonCache(settings: CourseSettings): Record<string, CompiledLesson> {
  try {
    const cache: LessonCache = JSON.parse(readFileSync(join(settings.cacheDir, LESSON_CACHE_FILE), 'utf8'));
    return cache.version === readingVersion(settings) ? cache.lessons : {};
  } catch {
    return {};
  }
}

/** Keeps the lessons of a compile; a lesson with a problem is left out, to be read (and reported) again. */
export function writeLessonCache(settings: CourseSettings, compiled: CompiledCourse) {
  const version = readingVersion(settings);
  const withProblems = new Set(compiled.problems.map((problem) => problem.file));
  const lessons = compiled.lessons
    .filter(({ source }) => !withProblems.has(source.file))
    .map(({ source, compiled: lesson }): [string, CompiledLesson] => [
      source.id,
      { analysis: lesson.analysis, dependencies: lesson.dependencies, record: lesson.record, sourceDigest: digestOf(version, source.id, source.text) },
    ]);
  mkdirSync(settings.cacheDir, { recursive: true });
  writeFileSync(join(settings.cacheDir, LESSON_CACHE_FILE), JSON.stringify({ version, lessons: Object.fromEntries(lessons) } satisfies LessonCache));
}
