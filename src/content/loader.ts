// The `lessons` collection: every lesson under the lessons folder, checked as a whole
// before anything is stored, so one build reports every problem at once (SPEC §9).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { lessonPath } from '../lib/course.ts';
import { CourseError, error, formatProblems } from '../lib/problems.ts';
import { ANALYSIS_KEY, type LessonAnalysis } from '../markdown/remark-lesson.ts';
import { analyzeSource, inspectCourse, shiftAnalysis, type LessonSource } from './scan.ts';
import type { CourseSettings } from './settings.ts';

type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** What the build must find in `dist/`: read back by the integration when the build is done. */
export interface InventoryEntry {
  file: string;
  status: 'published' | 'draft';
  paths: string[];
}

export const INVENTORY_FILE = 'course-inventory.json';

export function lessonLoader(settings: CourseSettings): Loader {
  return {
    name: 'course-lessons',
    load: async (context) => {
      const { logger, watcher } = context;
      await loadLessons(context, settings);
      if (!watcher) return;
      watcher.add(settings.lessonsDir);
      const reload = (path: string) => {
        if (!path.startsWith(settings.lessonsDir)) return;
        // In `astro dev` a broken lesson is reported and the last good course stays up.
        loadLessons(context, settings).catch((cause: Error) => logger.error(cause.message));
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}

async function loadLessons(context: LoaderContext, settings: CourseSettings) {
  const { store, parseData, renderMarkdown, generateDigest, logger } = context;
  const rendered = new Map<string, Rendered>();

  const analyze = async (source: LessonSource) => {
    if (source.format === 'mdx') return analyzeSource(source);
    try {
      const result = await renderMarkdown(source.text, { fileURL: pathToFileURL(source.absolutePath) });
      rendered.set(source.id, result);
      const analysis = result.metadata?.frontmatter?.[ANALYSIS_KEY] as LessonAnalysis;
      return { analysis: shiftAnalysis(analysis, source.bodyLine - 1), problems: [] };
    } catch (cause) {
      return { problems: [error(source.file, `the lesson could not be rendered: ${(cause as Error).message}`)] };
    }
  };

  const inspected = await inspectCourse(settings, analyze);
  const warnings = inspected.problems.filter((problem) => problem.severity === 'warning');
  if (warnings.length > 0) logger.warn(`\n${formatProblems(warnings)}`);
  for (const draft of inspected.sources.drafts) logger.info(`draft, not published: ${draft.file}`);
  if (inspected.problems.some((problem) => problem.severity === 'error')) throw new CourseError(inspected.problems);

  store.clear();
  for (const { source } of inspected.lessons) {
    const data = await parseData({ id: source.id, data: { ...source.frontmatter }, filePath: source.absolutePath });
    const html = rendered.get(source.id);
    store.set({
      id: source.id,
      data,
      filePath: source.file,
      digest: generateDigest(source.text),
      // Markdown keeps its rendered HTML; images next to it are bundled as assets. MDX renders at build.
      ...(html ? { rendered: html, assetImports: html.metadata?.imagePaths } : { deferredRender: true }),
    });
  }

  const inventory: InventoryEntry[] = [
    ...inspected.lessons.map(({ source, record }) => ({
      file: source.file,
      status: 'published' as const,
      paths: [
        ...record.pages.map((_, index) => lessonPath(record.lang, record.sectionSlug, record.lessonSlug, index + 1)),
        lessonPath(record.lang, record.sectionSlug, record.lessonSlug, 'all'),
      ],
    })),
    ...inspected.sources.drafts.map((source) => ({ file: source.file, status: 'draft' as const, paths: [] })),
  ];
  mkdirSync(settings.cacheDir, { recursive: true });
  writeFileSync(join(settings.cacheDir, INVENTORY_FILE), JSON.stringify(inventory, null, 2));
}
