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
