// What the course build needs to know about the project, resolved once from
// astro.config.mjs and the environment (LESSONS_DIR, SITE_URL, BASE_PATH).
import { relative, resolve, sep } from 'node:path';
import { UI_LANGUAGES } from '../i18n/ui-strings.ts';
import type { LinkTargets } from '../lib/links.ts';
import { normalizeBase } from '../lib/urls.ts';
import type { LessonPipelineOptions } from '../markdown/lesson-reader.ts';

export interface CourseSettings {
  /** Project root (absolute). */
  root: string;
  /** The lessons folder (absolute). */
  lessonsDir: string;
  /** The public folder (absolute). */
  publicDir: string;
  /** Where build bookkeeping such as the lesson inventory is written (absolute). */
  cacheDir: string;
  locales: readonly string[];
  defaultLocale: string;
  /** Absolute site URL without trailing slash (`https://example.org`). */
  site: string;
  /** Base path with leading and trailing slash (`/`, `/curso-aws/`). */
  base: string;
  /** Drafts are shown in `astro dev` and left out of builds. */
  includeDrafts: boolean;
}

/** A path relative to the project root, with forward slashes, for messages. */
export function projectPath(settings: Pick<CourseSettings, 'root'>, absolutePath: string): string {
  return relative(settings.root, absolutePath).split(sep).join('/');
}

/** What astro.config.mjs passes to the course integration. */
export interface CourseOptions {
  /** The lessons folder, relative to the project root. `LESSONS_DIR` overrides it. */
  lessonsDir?: string;
  locales?: string[];
  defaultLocale?: string;
}

/** The parts of Astro's resolved configuration the course needs (absolute paths). */
export interface ProjectConfig {
  root: string;
  publicDir: string;
  cacheDir: string;
  site?: string;
  base: string;
}

/**
 * The course settings, resolved the same way by the build and by `npm run check`.
 * `lessonsDirOverride` is the LESSONS_DIR environment variable.
 */
export function courseSettings(
  project: ProjectConfig,
  options: CourseOptions,
  { includeDrafts, lessonsDirOverride }: { includeDrafts: boolean; lessonsDirOverride?: string },
): CourseSettings {
  const locales = options.locales ?? ['es', 'en'];
  const defaultLocale = options.defaultLocale ?? locales[0];
  checkLocales(locales, defaultLocale);
  return {
    root: project.root,
    lessonsDir: resolve(project.root, lessonsDirOverride || options.lessonsDir || 'lessons'),
    publicDir: project.publicDir,
    cacheDir: project.cacheDir,
    locales,
    defaultLocale,
    site: (project.site ?? 'http://localhost:4321').replace(/\/$/, ''),
    base: normalizeBase(project.base),
    includeDrafts,
  };
}

/**
 * Every configured locale needs the interface in its language, and the default locale
 * must be one of them: stop at start-up with the fix rather than fail on the first page.
 */
export function checkLocales(locales: readonly string[], defaultLocale: string) {
  const where = 'the course integration in astro.config.mjs';
  if (locales.length === 0) throw new Error(`No locales are configured in ${where}: set locales, for example ['es', 'en'].`);
  const missing = locales.filter((locale) => !UI_LANGUAGES.includes(locale));
  if (missing.length > 0) {
    throw new Error(
      `The locales in ${where} include ${missing.map((locale) => `"${locale}"`).join(', ')}, but the interface is written only in ${UI_LANGUAGES.join(', ')}. ` +
        `Add src/i18n/<locale>.ts (a copy of src/i18n/en.ts, translated) and list it in src/i18n/ui-strings.ts, or remove the locale.`,
    );
  }
  if (!locales.includes(defaultLocale)) {
    throw new Error(`The default locale "${defaultLocale}" in ${where} is not one of its locales (${locales.join(', ')}): add it to locales or choose one of them.`);
  }
}

/** The lesson pipeline's options for this course. */
export function pipelineOptions(settings: CourseSettings, linkTargets?: () => LinkTargets | undefined): LessonPipelineOptions {
  return { lessonsDir: settings.lessonsDir, locales: settings.locales, defaultLocale: settings.defaultLocale, linkTargets };
}
