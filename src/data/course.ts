// The compiled course as pages read it from the content store: the model, and a lesson's
// content ready to render. Nothing is computed here.
import { getEntry, render } from 'astro:content';
import settings from 'virtual:course/settings';
import type { LessonRecord } from '../lib/course.ts';
import { COLLECTION, lessonEntryId, MODEL_ENTRY, type CourseModel, type LessonEntryData } from '../content/entries.ts';
import { readPageHtml } from '../content/page-html.ts';

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
  const entry = (await getEntry(COLLECTION, lessonEntryId(record.id)))!;
  if (record.format === 'mdx') return { format: 'mdx', Content: (await render(entry)).Content };
  const { place, imagePaths } = (entry.data as unknown as LessonEntryData).pageHtml!;
  const numbers = page === 'all' ? record.pages.map((_, index) => index + 1) : [page];
  // Astro renders the page's HTML as it renders a stored entry's, optimizing its images.
  const pages = numbers.map(async (number) => {
    const rendered = { html: readPageHtml(settings.cacheDir, place, number), metadata: { imagePaths } };
    return { number, Content: (await render({ ...entry, rendered })).Content };
  });
  return { format: 'md', pages: await Promise.all(pages) };
}
