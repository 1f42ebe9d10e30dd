// Every URL the site builds: site paths (without the base path) for pages, and the
// helpers that turn them into links under the base path or absolute URLs.

/** Site path of a lesson page; `all` is the read-all view. */
export function lessonPath(lang: string, sectionSlug: string, lessonSlug: string, page: number | 'all' = 1): string {
  const tail = page === 'all' ? 'all/' : page > 1 ? `${page}/` : '';
  return `/${lang}/${sectionSlug}/${lessonSlug}/${tail}`;
}

export function sectionPath(lang: string, sectionSlug: string): string {
  return `/${lang}/${sectionSlug}/`;
}

/** A language's course index. */
export function indexPath(lang: string): string {
  return `/${lang}/`;
}

/** The practice exam's place in each language, where a section could otherwise be. */
export const EXAM_SEGMENT = 'exam';

/** A language's practice exam. */
export function examPath(lang: string): string {
  return `/${lang}/${EXAM_SEGMENT}/`;
}

/** The question bank a language's exam page loads: written by the build beside the page. */
export function questionBankPath(lang: string): string {
  return `${examPath(lang)}questions.json`;
}

/** The page a reader sees offline for a page not saved, in each language, where a section could otherwise be. */
export const OFFLINE_SEGMENT = 'offline';

export function offlinePath(lang: string): string {
  return `/${lang}/${OFFLINE_SEGMENT}/`;
}

/** A language's web app manifest: an installed course opens on that language's index. */
export function webManifestPath(lang: string): string {
  return `/${lang}/manifest.webmanifest`;
}

/** The service worker sits at the top of the site, so its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';

/** Every file of the build with a hash of its content, which the service worker compares between deploys. */
export const OFFLINE_FILES_PATH = '/offline-files.json';

/** The installed course's icon, square, in the sizes phones ask for. */
export const APP_ICON_SIZES = [192, 512] as const;

export function appIconPath(size: number): string {
  return `/icons/icon-${size}.png`;
}

/** `base` has a leading and a trailing slash (`/`, `/curso-aws/`). */
export function withBase(base: string, path: string): string {
  return base === '/' ? path : `${base.replace(/\/$/, '')}${path}`;
}

/** `site` is the absolute site URL without a trailing slash. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return `${site}${withBase(base, path)}`;
}

/** The base path as the site uses it: leading and trailing slash, `/` when empty. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
