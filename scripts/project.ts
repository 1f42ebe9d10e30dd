// The course settings as the build resolves them, for the commands that run outside
// Astro (`npm run check`, `translate`, `translation-diff`): read from astro.config.mjs
// and the environment (LESSONS_DIR, SITE_URL, BASE_PATH).
import * as nodeModule from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { courseSettings, type CourseSettings } from '../src/content/settings.ts';
import type { CourseIntegration } from '../src/integration/course-integration.ts';

interface AstroConfigFile {
  root?: string;
  publicDir?: string;
  cacheDir?: string;
  site?: string;
  base?: string;
  integrations?: { name: string }[];
}

/** The project this command belongs to, whatever folder it is run from. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** `defineConfig` returns its argument: all these commands need of `astro/config`. */
const DEFINE_CONFIG_ONLY = `data:text/javascript,${encodeURIComponent('export const defineConfig = (config) => config;')}`;

/**
 * The default export of an Astro config file. Astro's own `astro/config` loads Vite and
 * takes most of a second, longer than checking a small course, so while the file loads it
 * stands in for a module that has only `defineConfig`. A config that imports anything else
 * from `astro/config` fails to link against it and is then loaded with the real one.
 */
export async function loadAstroConfig(file: string): Promise<AstroConfigFile> {
  const url = pathToFileURL(file).href;
  // Node before 22.15 has no in-thread module hooks: there the file loads as it is.
  if (nodeModule.registerHooks) {
    const hooks = nodeModule.registerHooks({
      resolve: (specifier, context, nextResolve) =>
        specifier === 'astro/config' ? { url: DEFINE_CONFIG_ONLY, shortCircuit: true } : nextResolve(specifier, context),
    });
    try {
      return (await import(`${url}?define-config-only`)).default;
    } catch (cause) {
      if (!(cause instanceof SyntaxError)) throw cause;
    } finally {
      hooks.deregister();
    }
  }
  return (await import(url)).default;
}

/** The course settings; exits with a message when astro.config.mjs does not use the course integration. */
export async function projectSettings(options: { includeDrafts: boolean }): Promise<CourseSettings> {
  const config = await loadAstroConfig(join(PROJECT_ROOT, 'astro.config.mjs'));
  const root = resolve(PROJECT_ROOT, config.root ?? '.');
  const integration = config.integrations?.find((candidate): candidate is CourseIntegration => candidate.name === 'course');
  if (!integration) {
    console.error('astro.config.mjs does not use the course integration, so there is no course here.');
    process.exit(2);
  }
  return courseSettings(
    {
      root,
      publicDir: resolve(root, config.publicDir ?? 'public'),
      cacheDir: resolve(root, config.cacheDir ?? 'node_modules/.astro'),
      site: config.site,
      base: config.base ?? '/',
    },
    integration.courseOptions,
    { includeDrafts: options.includeDrafts, lessonsDirOverride: process.env.LESSONS_DIR },
  );
}
