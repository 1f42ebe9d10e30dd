// The course integration: lessons become a paginated bilingual site. It wires the Markdown
// processor and MDX, exposes the resolved settings to the site as `virtual:course/settings`,
// checks after the build that every lesson was published, and writes the search index.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import type { Plugin, UserConfig as ViteUserConfig } from 'vite';
import type { CourseSettings } from '../content/settings.ts';
import { lessonProcessor, shikiConfig } from '../markdown/index.ts';
import { viteMdxComments } from '../markdown/vite-mdx-comments.ts';
import { checkInventory } from './inventory.ts';
import { writeSearchIndex } from './pagefind.ts';

export interface CourseOptions {
  /** The lessons folder, relative to the project root. `LESSONS_DIR` overrides it. */
  lessonsDir?: string;
  locales?: string[];
  defaultLocale?: string;
}

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

function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export default function course(options: CourseOptions = {}): AstroIntegration {
  const locales = options.locales ?? ['es', 'en'];
  const defaultLocale = options.defaultLocale ?? locales[0];
  let settings: CourseSettings | undefined;
  return {
    name: 'course',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const lessonsDir = resolve(root, process.env.LESSONS_DIR || options.lessonsDir || 'lessons');
        settings = {
          root,
          lessonsDir,
          publicDir: fileURLToPath(config.publicDir),
          cacheDir: fileURLToPath(config.cacheDir),
          locales,
          defaultLocale,
          site: (config.site ?? 'http://localhost:4321').replace(/\/$/, ''),
          base: normalizeBase(config.base),
          includeDrafts: command === 'dev',
        };
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
      'astro:build:done': async ({ dir, logger }) => {
        checkInventory(settings!, fileURLToPath(dir), logger);
        await writeSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
