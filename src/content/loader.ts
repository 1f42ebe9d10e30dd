// The `lessons` collection: every lesson under the lessons folder, checked as a whole
// before anything is stored, so one build reports every problem at once (SPEC §9).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { lessonPath } from '../lib/course.ts';
import { CourseError, error, formatProblems } from '../lib/problems.ts';
import { ANALYSIS_KEY, type LessonAnalysis } from '../markdown/remark-lesson.ts';
import { renderLessons } from './render-pool.ts';
import type { RenderedLesson } from './render-worker.ts';
import { analyzeSource, inspectCourse, shiftAnalysis, type LessonAnalysisResult, type LessonSource } from './scan.ts';
import type { CourseSettings } from './settings.ts';

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
  const { store, parseData, generateDigest, logger, config } = context;
  const rendered = new Map<string, RenderedLesson>();

  const analyze = async (sources: LessonSource[]): Promise<LessonAnalysisResult[]> => {
    const markdown = sources.filter((source) => source.format === 'md');
    const results = await renderLessons(
      markdown,
      { lessonsDir: settings.lessonsDir, locales: settings.locales, defaultLocale: settings.defaultLocale },
      // What Astro hands its Markdown processor (Shiki's options, which hold functions, the
      // workers take from the same module as the integration), so workers render as Astro would.
      {
        image: config.image,
        syntaxHighlight: config.markdown.syntaxHighlight,
        gfm: config.markdown.gfm,
        smartypants: config.markdown.smartypants,
      },
    );
    return Promise.all(
      sources.map(async (source) => {
        if (source.format === 'mdx') return analyzeSource(source);
        const result = results.get(source.id)!;
        if (result instanceof Error) {
          return { problems: [error(source.file, `the lesson could not be rendered: ${result.message}`)] };
        }
        rendered.set(source.id, result);
        const analysis = result.metadata.frontmatter[ANALYSIS_KEY] as LessonAnalysis;
        return { analysis: shiftAnalysis(analysis, source.bodyLine - 1), problems: [] };
      }),
    );
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
