// Links written in lessons: to another lesson file (`../section-8/lesson-3.md`), to a
// site path with or without the base (`/en/section-7/lesson-2/3/`), or outside the
// site. One resolver serves the build check and the rewriting of rendered pages.
import { isLessonFile, JEKYLL_DATE_PREFIX } from './lessons.ts';

export interface LinkContext {
  /** Base path of the site, with leading and trailing slash (`/`, `/curso-aws/`). */
  base: string;
  /** Site path of page 1 of each lesson, by its path under the lessons folder. */
  lessonPaths: ReadonlyMap<string, string>;
  /** Every page the site has (site paths without the base). */
  sitePaths: ReadonlySet<string>;
  /** Whether `public/<path>` exists (path without leading slash). */
  publicFileExists: (path: string) => boolean;
  /** The lessons folder as maintainers see it (`lessons`), for messages. */
  lessonsFolder: string;
}

export type ResolvedLink =
  | { kind: 'external' | 'anchor' }
  /** A page or file of the site; `path` is without the base. */
  | { kind: 'internal'; path: string; hash: string }
  | { kind: 'broken'; reason: string; fix: string };

const SCHEME = /^[a-z][a-z\d+.-]*:|^\/\//i;

export function withBase(base: string, path: string): string {
  return base === '/' ? path : `${base.replace(/\/$/, '')}${path}`;
}

function splitHash(url: string): [string, string] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}

/** Resolves `relative` against a directory path (posix, no leading slash needed). */
function joinPath(directory: string, relative: string): string {
  const parts = directory.split('/').filter(Boolean);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A site path as its page's canonical form: `/en/x` and `/en/x/index.html` are `/en/x/`. */
function normalizeSitePath(path: string): string {
  const withoutIndex = path.replace(/\/index\.html$/, '/');
  const last = withoutIndex.slice(withoutIndex.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? withoutIndex : `${withoutIndex}/`;
}

function checkSitePath(path: string, hash: string, context: LinkContext, written: string): ResolvedLink {
  const normalized = normalizeSitePath(path);
  if (context.sitePaths.has(normalized)) return { kind: 'internal', path: normalized, hash };
  if (context.publicFileExists(safeDecode(path).replace(/^\//, ''))) return { kind: 'internal', path, hash };
  return {
    kind: 'broken',
    reason: `the link ${written} leads to ${withBase(context.base, normalized)}, which is not a page of this course`,
    fix: 'link to a lesson file (e.g. `../section-8/lesson-3.md`) or to an existing page, or fix the spelling',
  };
}

/** A published lesson the link probably meant: same path but for a Jekyll date prefix or the extension. */
function sameLessonAs(target: string, lessonPaths: ReadonlyMap<string, string>): string | undefined {
  const key = (path: string) => {
    const slash = path.lastIndexOf('/') + 1;
    return path.slice(0, slash) + path.slice(slash).replace(JEKYLL_DATE_PREFIX, '').replace(/\.mdx?$/, '');
  };
  return [...lessonPaths.keys()].find((candidate) => key(candidate) === key(target));
}

/**
 * Resolves a link written in the lesson at `from` (path under the lessons folder,
 * whose page 1 is at `fromPath`).
 */
export function resolveLink(url: string, from: string, fromPath: string, context: LinkContext): ResolvedLink {
  if (url === '' || SCHEME.test(url)) return { kind: 'external' };
  if (url.startsWith('#')) return { kind: 'anchor' };
  const [path, hash] = splitHash(url);
  if (path === '') return { kind: 'anchor' };
  if (path.startsWith('/')) {
    const base = context.base.replace(/\/$/, '');
    const sitePath = base && (path === base || path.startsWith(`${base}/`)) ? path.slice(base.length) || '/' : path;
    return checkSitePath(sitePath, hash, context, url);
  }
  if (isLessonFile(path)) {
    const target = joinPath(from.slice(0, from.lastIndexOf('/')), safeDecode(path));
    const lessonPath = context.lessonPaths.get(target);
    if (lessonPath) return { kind: 'internal', path: lessonPath, hash };
    const likely = sameLessonAs(target, context.lessonPaths);
    return {
      kind: 'broken',
      reason: `the link ${url} points to ${context.lessonsFolder}/${target}, which is not a published lesson`,
      fix: likely
        ? `did you mean ${context.lessonsFolder}/${likely}? Link to the file by its full name`
        : 'check the file name and the ../ steps, or remove `draft: true` from the target lesson',
    };
  }
  // Other relative links are read from the lesson's first page, whichever page shows them.
  return checkSitePath(`/${joinPath(fromPath, path)}`, hash, context, url);
}
