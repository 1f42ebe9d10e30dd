// The `course` collection: the compiled course in Astro's content store. Astro keeps the
// store between builds (and for the life of `astro dev`), so a lesson whose source, files
// and pipeline are unchanged is reused instead of read again. Pages read the collection as
// each run of the loader leaves it, handed over in this process. In `astro dev` every
// change under the lessons folder runs the loader again (the integration asks Astro for
// it), and the course is compiled again from what changed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { digestOf } from '../lib/digest.ts';
import type { LinkTargets } from '../lib/links.ts';
import { CourseError, error, formatProblems } from '../lib/problems.ts';
import { renderThreadCount, RENDER_THREADS_VARIABLE } from '../lib/render-threads.ts';
import { processState } from '../integration/process-state.ts';
import { createLessonReader } from '../markdown/lesson-reader.ts';
import { createPageRenderer, type AstroMarkdownSettings } from '../markdown/processor.ts';
import { analyzeInTurn, readLesson, renderedLesson, type FailedLesson, type LessonOutput } from './analyze.ts';
import { compileCourse, numberedPagePaths, pagePaths, type Analyzer, type CompiledCourse, type CompiledLesson } from './compile.ts';
import { readHistory } from './git-history.ts';
import { COLLECTION, COURSE_LOADER, LESSONS_CHANGED, lessonEntryId, MODEL_ENTRY, type CourseModel, type LessonEntryData } from './entries.ts';
import { hasPageHtml, prunePageHtml, writePageHtml, type PageHtmlOwner } from './page-html.ts';
import { writeLessonCache } from './lesson-cache.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { createRenderPool, type RenderPool } from './render-pool.ts';
import { lessonBody, lessonsFolderState, type LessonSource } from './sources.ts';
import { pipelineOptions, type CourseSettings } from './settings.ts';

/**
 * A run starts the render threads only with more .md lessons to render than this per
 * thread: a thread first loads the renderer and its highlighter, which costs more than
 * rendering a few lessons (a rebuild after one edit renders in the main thread).
 */
const LESSONS_PER_THREAD = 4;

/** What the build must find in `dist/`: read back by the integration when the build is done. */
export interface InventoryEntry {
  file: string;
  status: 'published' | 'draft';
  paths: string[];
  /** The pages the search indexes. */
  searchPaths: string[];
}

export const INVENTORY_FILE = 'course-inventory.json';

export function courseLoader(settings: CourseSettings): Loader {
  let compiler: ReturnType<typeof courseCompiler> | undefined;
  return {
    name: COURSE_LOADER,
    load: async (context) => {
      compiler ??= courseCompiler(context, settings);
      if (!context.refreshContextData?.[LESSONS_CHANGED]) return compiler.update();
      await compiler.update().catch((cause: Error) => {
        // The last good course stays up; the maintainer sees why the change is not shown.
        context.logger.error(cause.message);
        processState().showError?.(cause);
      });
    },
  };
}

function courseCompiler(context: LoaderContext, settings: CourseSettings) {
  const { store, logger, config } = context;
  const astro: AstroMarkdownSettings = { image: config.image, syntaxHighlight: config.markdown.syntaxHighlight };
  let targets: LinkTargets | undefined;
  const options = pipelineOptions(settings, () => targets);
  const version = pipelineVersion({ ...options, base: settings.base, astro });
  const read = createLessonReader(options);
  const render = createPageRenderer(options, astro);
  let lessonCacheWritten = false;
  let pageFilesPruned = false;
  const pageHtmlOwner: PageHtmlOwner = context.watcher ? 'dev' : 'build';

  const threads = renderThreadCount(process.env[RENDER_THREADS_VARIABLE], availableParallelism());
  // `astro dev` keeps its threads for the next save; a build stops them once it has rendered.
  let pool: RenderPool | undefined;
  const renderMarkdown = async (source: LessonSource): Promise<LessonOutput | FailedLesson> => {
    const input = { body: lessonBody(source.text), absolutePath: source.absolutePath, frontmatter: source.frontmatter };
    try {
      return renderedLesson(source, await (pool ? pool.render(input) : render(input)));
    } catch (cause) {
      return { problems: [error(source.file, `the lesson could not be rendered: ${(cause as Error).message}`)] };
    }
  };

  const previous = (id: string): CompiledLesson | undefined => {
    const data = store.get(lessonEntryId(id))?.data as LessonEntryData | undefined;
    // A .md lesson is reused with the pages it rendered, while their files are there.
    if (data?.record.format === 'md' && !(data.pageHtml && hasPageHtml(settings.cacheDir, data.pageHtml.place))) return undefined;
    return data;
  };

  return {
    async update() {
      if (context.watcher) processState().lessonsRead = { state: lessonsFolderState(settings.lessonsDir) };
      const analyze: Analyzer = (sources, linkTargets) => {
        targets = linkTargets;
        const markdown = sources.filter((source) => source.format === 'md');
        if (!pool && threads > 0 && markdown.length > LESSONS_PER_THREAD * threads) {
          pool = createRenderPool(threads, { settings, astro });
          logger.info(`.md lessons render on ${threads} worker threads`);
        }
        pool?.setLessonPaths(linkTargets.lessonPaths);
        // With a pool, every .md lesson is handed to it at once, while this thread reads the MDX ones.
        const rendering = new Map(pool ? markdown.map((source) => [source, renderMarkdown(source)]) : []);
        return analyzeInTurn(sources, (source) => rendering.get(source) ?? (source.format === 'md' ? renderMarkdown(source) : readLesson(read, source)));
      };
      const history = readHistory(settings.lessonsDir);
      const compiled = await compileCourse(settings, { pipelineVersion: version, previous, analyze, history });
      if (!context.watcher && pool) {
        await pool.close();
        pool = undefined;
      }
      const warnings = compiled.problems.filter((problem) => problem.severity === 'warning');
      if (warnings.length > 0) logger.warn(`\n${formatProblems(warnings)}`);
      for (const draft of compiled.sources.drafts) logger.info(`draft, not published: ${draft.file}`);
      if (compiled.problems.some((problem) => problem.severity === 'error')) throw new CourseError(compiled.problems);
      const removed = writeStore(store, compiled, version, settings.cacheDir, pageHtmlOwner);
      // Once per process, before any page is served: the files of pages no lesson has any more.
      if (!pageFilesPruned) prunePageHtml(settings.cacheDir, pageHtmlOwner, pageFilesOf(store));
      pageFilesPruned = true;
      processState().changedLanguages = new Set([
        ...compiled.lessons.filter((lesson) => !lesson.reused).map((lesson) => lesson.compiled.record.lang),
        ...removed.map((id) => id.split('/')[0]),
      ]);
      publishStoredCourse(store);
      writeInventory(settings, compiled);
      // What `npm run check` needs: after a build, and once when `astro dev` starts (later
      // saves follow too quickly to rewrite it each time; check reads what changed since).
      if (!context.watcher || !lessonCacheWritten) writeLessonCache(settings, compiled);
      lessonCacheWritten = true;
      publishLinkTargets(compiled);
      processState().showError?.(undefined);
      const reused = compiled.lessons.filter((lesson) => lesson.reused).length;
      logger.info(`lessons: ${compiled.lessons.length - reused} read or rendered, ${reused} reused`);
    },
  };
}

/** Stores what changed, removes what is gone, and the course model when it changed; returns the lessons removed. */
function writeStore(store: LoaderContext['store'], compiled: CompiledCourse, version: string, cacheDir: string, owner: PageHtmlOwner): string[] {
  const kept = new Set<string>([MODEL_ENTRY]);
  const rendered = compiled.lessons.filter(({ compiled: lesson, reused }) => !reused && lesson.rendered);
  const places = rendered.length > 0 ? writePageHtml(cacheDir, owner, rendered.map(({ compiled: lesson }) => lesson.rendered!.pages)) : [];
  const placeOf = new Map(rendered.map(({ source }, index) => [source.id, places[index]]));
  for (const { source, compiled: lesson, reused } of compiled.lessons) {
    const { record } = lesson;
    const id = lessonEntryId(record.id);
    kept.add(id);
    if (reused) {
      keepImports(store, id, source.file);
      continue;
    }
    const data: LessonEntryData = { record, analysis: lesson.analysis, sourceDigest: lesson.sourceDigest, dependencies: lesson.dependencies };
    if (lesson.rendered) {
      // .md lessons are rendered here, page by page; the pages read their HTML from its file.
      const { imagePaths } = lesson.rendered;
      const pageHtml = { place: placeOf.get(source.id)!, imagePaths };
      store.set({ id, data: { ...data, pageHtml }, digest: record.digest, filePath: source.file, assetImports: imagePaths });
    } else {
      // MDX lessons are compiled by Vite and rendered by the pages.
      store.set({ id, data, digest: record.digest, filePath: source.file, deferredRender: true });
    }
  }
  const removed: string[] = [];
  for (const id of store.keys()) {
    if (kept.has(id)) continue;
    store.delete(id);
    if (id.startsWith(lessonEntryId(''))) removed.push(id.slice(lessonEntryId('').length));
  }
  const model: CourseModel = { course: compiled.course, courseMeta: Object.fromEntries(compiled.courseMeta) };
  const digest = digestOf(
    version,
    ...compiled.lessons.map((lesson) => lesson.compiled.record.digest),
    JSON.stringify(compiled.translations),
    JSON.stringify([...compiled.sources.sectionMetas]),
    JSON.stringify(model.courseMeta),
  );
  store.set({ id: MODEL_ENTRY, data: model, digest });
  return removed;
}

/** Astro's store has no method for it, but its scoped store has one. */
type StoreWithAssets = LoaderContext['store'] & { addAssetImports(assets: string[], filePath: string): void };

/**
 * A reused entry is not set again, so its module and image imports are declared again:
 * Astro writes the files listing them anew from what was declared in this run.
 */
function keepImports(store: LoaderContext['store'], id: string, file: string) {
  const entry = store.get(id);
  if (entry?.deferredRender) store.addModuleImport(file);
  if (entry?.assetImports?.length) (store as StoreWithAssets).addAssetImports(entry.assetImports, file);
}

/** The files of the stored lessons' pages. */
function pageFilesOf(store: LoaderContext['store']): Set<string> {
  return new Set(store.values().flatMap((entry) => (entry.data as Partial<LessonEntryData>).pageHtml?.place.file ?? []));
}

/** One snapshot of the whole collection, taken once the run has stored everything: a page never sees half a run. */
function publishStoredCourse(store: LoaderContext['store']) {
  processState().storedCourse = new Map(store.entries().map(([id, entry]) => [id, { ...entry, collection: COLLECTION }]));
}

/** What the build must publish, for the check when it is done. */
function writeInventory(settings: CourseSettings, compiled: CompiledCourse) {
  const inventory: InventoryEntry[] = [
    ...compiled.lessons.map(({ source, compiled: lesson }) => ({
      file: source.file,
      status: 'published' as const,
      paths: pagePaths(lesson.record),
      searchPaths: numberedPagePaths(lesson.record),
    })),
    ...compiled.sources.drafts.map((source) => ({ file: source.file, status: 'draft' as const, paths: [], searchPaths: [] })),
  ];
  mkdirSync(settings.cacheDir, { recursive: true });
  writeFileSync(join(settings.cacheDir, INVENTORY_FILE), JSON.stringify(inventory, null, 2));
}

/** MDX lessons resolve their links when Vite compiles them: they get the new targets, and recompile if a target moved. */
function publishLinkTargets(compiled: CompiledCourse) {
  const state = processState();
  const before = state.linkTargets;
  state.linkTargets = compiled.linkTargets;
  if (before && JSON.stringify([...before.lessonPaths]) !== JSON.stringify([...compiled.linkTargets.lessonPaths])) {
    state.recompileMdx?.(compiled.lessons.filter(({ source }) => source.format === 'mdx').map(({ source }) => source.absolutePath));
  }
}
