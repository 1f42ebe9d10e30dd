// The course integration: lessons become a paginated bilingual site. It wires the Markdown
// processor and MDX, exposes the resolved settings to the site as `virtual:course/settings`
// and the code colours as `virtual:course/code-colors.css`, sets the Content Security
// Policy, keeps the pages a rebuild reuses in the output folder, checks after the build
// that every lesson was published, and writes the search index and the `_headers` file.
import { writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration, AstroIntegrationLogger, RefreshContentOptions } from 'astro';
import type { Plugin, UserConfig as ViteUserConfig, ViteDevServer } from 'vite';
import { courseSettings, pipelineOptions, type CourseOptions, type CourseSettings } from '../content/settings.ts';
import { lessonMdxProcessor, shikiConfig } from '../markdown/processor.ts';
import { viteMdxComments } from '../markdown/vite-mdx-comments.ts';
import { codeDigest } from '../content/pipeline-version.ts';
import { COURSE_LOADER, LESSONS_CHANGED, MODEL_ENTRY, type CourseModel } from '../content/entries.ts';
import { lessonsFolderState, linkLoopFilter } from '../content/sources.ts';
import { codeColorsModule } from './code-colors-module.ts';
import { checkInventory, readInventory } from './inventory.ts';
import { startSearchIndex, type SearchIndexing } from './pagefind.ts';
import { writeQuestionBanks } from './question-banks.ts';
import { writeOfflineFiles } from './offline-output.ts';
import { contentSecurityPolicy, headersFile, HEADERS_FILE } from './security-policy.ts';
import { finishOutput, prepareOutput } from './output-folder.ts';
import { processState } from './process-state.ts';

const SETTINGS_MODULE = 'virtual:course/settings';

/**
 * The settings as a module every page imports. It also carries a digest of this
 * integration's code: Astro's incremental build reuses a page whose own code is
 * unchanged, and would not see that the integration (its Vite options, its middleware)
 * changed what pages look like.
 */
function settingsModule(settings: () => CourseSettings): Plugin {
  const resolved = `\0${SETTINGS_MODULE}`;
  const integration = codeDigest(fileURLToPath(import.meta.url));
  return {
    name: 'course:settings',
    resolveId: (id) => (id === SETTINGS_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify({ ...settings(), integration })};` : undefined),
  };
}

/** Every MDX lesson makes Rolldown warn about Astro's own `"use astro:head-inject"`; it is harmless. */
const quietMdxDirective: NonNullable<NonNullable<NonNullable<ViteUserConfig['build']>['rolldownOptions']>['onLog']> = (
  level,
  log,
  handler,
) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};

/** In `astro dev`: course errors go to the browser's error overlay, also for pages opened after the error. */
function reportErrorsTo(server: ViteDevServer) {
  let current: Error | undefined;
  const send = () => current && server.environments.client.hot.send({ type: 'error', err: { message: current.message, stack: '' } });
  server.environments.client.hot.on('connection', send);
  processState().showError = (error) => {
    current = error;
    send();
  };
}

const WATCHED_EVENTS = ['change', 'add', 'unlink', 'addDir', 'unlinkDir'] as const;

/** How long to wait before asking again for a sync that Astro skipped. */
const SKIPPED_SYNC_PAUSE_MS = 50;
/** After this long without a run of the loader, the maintainer is told instead. */
const SKIPPED_SYNC_LIMIT_MS = 30_000;

const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

/**
 * In `astro dev`: a change under the lessons folder runs the course loader again through
 * Astro's content sync. The loader notes the folder's state before it reads it; runs follow
 * one another until the last one read the folder as it is now, so the last save always
 * wins, whether the watcher reported it, reported it late or missed it. Astro answers a
 * sync asked for while it reloads its content config (which every saved .md or .mdx file
 * makes it do) without running any loader: such a sync is asked for again.
 */
function reloadLessonsOnChange(server: ViteDevServer, lessonsDir: string, refreshContent: (options: RefreshContentOptions) => Promise<void>, logger: AstroIntegrationLogger) {
  let running = false;
  const reload = async () => {
    if (running) return;
    running = true;
    let skippedSince: number | undefined;
    for (;;) {
      const lastRun = processState().lessonsRead;
      await refreshContent({ loaders: [COURSE_LOADER], context: { [LESSONS_CHANGED]: true } }).catch((cause: Error) => logger.error(cause.message));
      const run = processState().lessonsRead;
      if (run === lastRun) {
        skippedSince ??= Date.now();
        if (Date.now() - skippedSince > SKIPPED_SYNC_LIMIT_MS) {
          logger.error(`Astro did not run the course loader for ${SKIPPED_SYNC_LIMIT_MS / 1000} s after a change in ${lessonsDir}; the pages may not show it. Save the lesson again or restart npm run dev.`);
          break;
        }
        await pause(SKIPPED_SYNC_PAUSE_MS);
        continue;
      }
      skippedSince = undefined;
      if (run?.state === lessonsFolderState(lessonsDir)) break;
    }
    running = false;
  };
  server.watcher.add(lessonsDir);
  for (const event of WATCHED_EVENTS) {
    server.watcher.on(event, (path: string) => {
      if (path.startsWith(lessonsDir)) void reload();
    });
  }
}

/** In `astro dev`: MDX lessons whose links resolve differently now are compiled again on their next request. */
function recompileWith(server: ViteDevServer) {
  processState().recompileMdx = (files) => {
    for (const environment of Object.values(server.environments)) {
      for (const file of files) {
        for (const module of environment.moduleGraph.getModulesByFile(file) ?? []) environment.moduleGraph.invalidateModule(module);
      }
    }
  };
}

/** A rebuild that rendered a few pages names them, so a maintainer sees what an edit touched. */
const LISTED_PAGES = 20;

function renderReport(rendered: ReadonlySet<string>, total: number): string {
  const reused = total - rendered.size;
  const report = `pages: ${rendered.size} rendered, ${reused} reused from the previous build`;
  return reused > 0 && rendered.size <= LISTED_PAGES ? `${report} (rendered: ${[...rendered].sort().join(' ')})` : report;
}

/**
 * In `astro dev` Astro serves optimized images as cacheable for a year, under a URL that
 * does not change when the image file does: a replaced image would not show on reload.
 * Lesson images are revalidated instead (Astro's ETag follows the image's content).
 */
function revalidateImages(server: ViteDevServer, base: string) {
  server.middlewares.use((request, response, next) => {
    if (request.url?.startsWith(`${base}_image`)) {
      const writeHead = response.writeHead.bind(response);
      response.writeHead = ((status: number, ...rest: unknown[]) => {
        response.setHeader('cache-control', 'no-cache');
        const headers = rest.find((item) => typeof item === 'object' && item !== null) as Record<string, unknown> | undefined;
        if (headers) for (const name of Object.keys(headers)) if (name.toLowerCase() === 'cache-control') headers[name] = 'no-cache';
        return writeHead(status, ...(rest as []));
      }) as typeof response.writeHead;
    }
    next();
  });
}

/** The integration, with the options `npm run check` reads back from astro.config.mjs. */
export type CourseIntegration = AstroIntegration & { courseOptions: CourseOptions };

export default function course(options: CourseOptions = {}): CourseIntegration {
  let settings: CourseSettings | undefined;
  let linkLoops: ReturnType<typeof linkLoopFilter> | undefined;
  let outDir: string | undefined;
  let publicDir: string | undefined;
  let search: SearchIndexing | undefined;
  let rendered = new Set<string>();
  return {
    name: 'course',
    courseOptions: options,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, addMiddleware }) => {
        const resolved = courseSettings(
          {
            root: fileURLToPath(config.root),
            publicDir: fileURLToPath(config.publicDir),
            cacheDir: fileURLToPath(config.cacheDir),
            site: config.site,
            base: config.base,
          },
          options,
          { includeDrafts: command === 'dev', lessonsDirOverride: process.env.LESSONS_DIR },
        );
        settings = resolved;
        linkLoops = linkLoopFilter(resolved.root);
        const builtSite = resolve(fileURLToPath(config.outDir));
        addMiddleware({ entrypoint: new URL('./locals-middleware.ts', import.meta.url), order: 'pre' });
        addMiddleware({ entrypoint: new URL('./page-sink.ts', import.meta.url), order: 'post' });
        updateConfig({
          markdown: {
            processor: lessonMdxProcessor(pipelineOptions(resolved, () => processState().linkTargets)),
            shikiConfig,
          },
          integrations: [mdx()],
          security: { csp: contentSecurityPolicy },
          vite: {
            plugins: [settingsModule(() => settings!), codeColorsModule(), viteMdxComments()],
            // The dev server's watcher would follow a symbolic link loop in the project forever
            // (the course reports one in the lessons instead), and need not crawl the built site.
            server: { watch: { ignored: [linkLoops.isBeyondLoop, (path: string) => path === builtSite || path.startsWith(`${builtSite}${sep}`)] } },
            build: {
              // One stylesheet for every page: a reader downloads it once and the whole site reuses it.
              cssCodeSplit: false,
              // Component scripts stay files, never inlined into pages: browsers cache them from
              // page to page, and a strict Content Security Policy allows them without hashes.
              assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
              rolldownOptions: { onLog: quietMdxDirective },
              // The course empties the output folder itself, keeping the pages a rebuild reuses.
              emptyOutDir: false,
            },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        for (const event of ['unlink', 'unlinkDir'] as const) server.watcher.on(event, linkLoops!.forget);
        reportErrorsTo(server);
        if (refreshContent) reloadLessonsOnChange(server, settings!.lessonsDir, refreshContent, logger);
        recompileWith(server);
        revalidateImages(server, settings!.base);
      },
      'astro:build:start': () => {
        const pagesKept = prepareOutput(outDir!, settings!.cacheDir);
        const indexing = startSearchIndex({
          pagesKept,
          distDir: outDir!,
          cacheDir: settings!.cacheDir,
          pagePaths: () => readInventory(settings!).flatMap((entry) => entry.searchPaths),
          changedLanguages: () => processState().changedLanguages ?? new Set(),
        });
        search = indexing;
        rendered = new Set();
        processState().pageSink = (sitePath, html) => {
          rendered.add(sitePath);
          indexing.offer(sitePath, html);
        };
      },
      'astro:build:done': async ({ dir, pages, assets, logger }) => {
        const distDir = fileURLToPath(dir);
        processState().pageSink = undefined;
        finishOutput(distDir, settings!.cacheDir, publicDir!, new Set([...assets.values()].flat().map((url) => fileURLToPath(url))));
        checkInventory(settings!, distDir, logger);
        logger.info(renderReport(rendered, pages.length));
        writeFileSync(join(distDir, HEADERS_FILE), headersFile(settings!.base));
        writeQuestionBanks(processState().storedCourse!.get(MODEL_ENTRY)!.data as unknown as CourseModel, distDir, settings!.base, logger);
        await search!.finish(logger);
        writeOfflineFiles(distDir, settings!.base, settings!.locales, settings!.defaultLocale);
      },
    },
  };
}
