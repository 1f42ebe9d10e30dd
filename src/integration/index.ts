// The course integration: lessons become a paginated bilingual site. It wires the Markdown
// processor and MDX, exposes the resolved settings to the site as `virtual:course/settings`,
// checks after the build that every lesson was published, and writes the search index.
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import type { Plugin, UserConfig as ViteUserConfig } from 'vite';
import { courseSettings, type CourseOptions, type CourseSettings } from '../content/settings.ts';
import { lessonProcessor, shikiConfig } from '../markdown/index.ts';
import { viteMdxComments } from '../markdown/vite-mdx-comments.ts';
import { checkInventory } from './inventory.ts';
import { startSearchIndex, type SearchIndexing } from './pagefind.ts';

const SETTINGS_MODULE = 'virtual:course/settings';

function settingsModule(settings: () => CourseSettings): Plugin {
  const resolved = `\0${SETTINGS_MODULE}`;
  return {
    name: 'course:settings',
    resolveId: (id) => (id === SETTINGS_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(settings())};` : undefined),
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

/** The integration, with the options `npm run check` reads back from astro.config.mjs. */
export type CourseIntegration = AstroIntegration & { courseOptions: CourseOptions };

export default function course(options: CourseOptions = {}): CourseIntegration {
  let settings: CourseSettings | undefined;
  let search: SearchIndexing | undefined;
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
        addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'post' });
        const { lessonsDir, locales, defaultLocale } = resolved;
        updateConfig({
          markdown: {
            processor: lessonProcessor({ lessonsDir, locales, defaultLocale }),
            shikiConfig,
          },
          integrations: [mdx()],
          vite: {
            plugins: [settingsModule(() => settings!), viteMdxComments()],
            build: { rolldownOptions: { onLog: quietMdxDirective } },
          },
        });
      },
      'astro:build:start': async () => {
        search = await startSearchIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        checkInventory(settings!, fileURLToPath(dir), logger);
        await search!.finish(fileURLToPath(dir), logger);
      },
    },
  };
}
