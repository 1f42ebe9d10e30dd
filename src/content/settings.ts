// What the course build needs to know about the project, resolved once from
// astro.config.mjs and the environment (LESSONS_DIR, SITE_URL, BASE_PATH).
import { relative, sep } from 'node:path';

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
