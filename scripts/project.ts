// The course settings as the build resolves them, for the commands that run outside
// Astro (`npm run check`, `translate`, `translation-diff`): read from astro.config.mjs
// and the environment (LESSONS_DIR, SITE_URL, BASE_PATH).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { courseSettings, type CourseSettings } from '../src/content/settings.ts';
import type { CourseIntegration } from '../src/integration/index.ts';

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

/** The course settings; exits with a message when astro.config.mjs does not use the course integration. */
export async function projectSettings(options: { includeDrafts: boolean }): Promise<CourseSettings> {
  const config: AstroConfigFile = (await import(pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href)).default;
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
