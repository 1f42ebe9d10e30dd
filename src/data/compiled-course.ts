// The compiled course as pages read it: the model, and a lesson's content ready to render,
// from the content loader's last good run. Nothing is computed here.
import { render } from 'astro:content';
import settings from 'virtual:course/settings';
import type { LessonRecord } from '../lib/course.ts';
import { lessonEntryId, MODEL_ENTRY, type CourseModel, type LessonEntryData } from '../content/entries.ts';
import { readPageHtml } from '../content/page-html.ts';
import { processState } from '../integration/process-state.ts';

function storedEntry(id: string) {
  const course = processState().storedCourse;
  if (!course) throw new Error('The course has not been compiled: the content loader has not run in this process.');
  const entry = course.get(id);
  if (!entry) throw new Error(`The compiled course has no entry ${id}.`);
  return entry;
}

export async function courseModel(): Promise<CourseModel> {
  return storedEntry(MODEL_ENTRY).data as unknown as CourseModel;
}

type RenderableEntry = Parameters<typeof render>[0];
type Content = Awaited<ReturnType<typeof render>>['Content'];

/**
 * What renders the shown page of a lesson (or all of them): an MDX lesson is one
 * component that shows the page it is asked for; a .md lesson has one per page.
 */
export type LessonContent = { format: 'mdx'; Content: Content } | { format: 'md'; pages: { number: number; Content: Content }[] };

export async function lessonContent(record: LessonRecord, page: number | 'all'): Promise<LessonContent> {
  const entry = storedEntry(lessonEntryId(record.id)) as unknown as RenderableEntry;
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
