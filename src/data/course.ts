// The compiled course as pages read it from the content store: the model, and a lesson's
// content ready to render. Nothing is computed here.
import { getEntry, render } from 'astro:content';
import type { LessonRecord } from '../lib/course.ts';
import { COLLECTION, lessonEntryId, MODEL_ENTRY, pageEntryId, type CourseModel } from '../content/entries.ts';

export async function courseModel(): Promise<CourseModel> {
  const entry = await getEntry(COLLECTION, MODEL_ENTRY);
  if (!entry) throw new Error('The course has not been compiled: the content store has no course model.');
  return entry.data as unknown as CourseModel;
}

type Content = Awaited<ReturnType<typeof render>>['Content'];

/**
 * What renders the shown page of a lesson (or all of them): an MDX lesson is one
 * component that shows the page it is asked for; a .md lesson has one per page.
 */
export type LessonContent = { format: 'mdx'; Content: Content } | { format: 'md'; pages: { number: number; Content: Content }[] };

export async function lessonContent(record: LessonRecord, page: number | 'all'): Promise<LessonContent> {
  if (record.format === 'mdx') {
    return { format: 'mdx', Content: (await render((await getEntry(COLLECTION, lessonEntryId(record.id)))!)).Content };
  }
  const numbers = page === 'all' ? record.pages.map((_, index) => index + 1) : [page];
  const pages = await Promise.all(
    numbers.map(async (number) => ({ number, Content: (await render((await getEntry(COLLECTION, pageEntryId(record.id, number)))!)).Content })),
  );
  return { format: 'md', pages };
}
