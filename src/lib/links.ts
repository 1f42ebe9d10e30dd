// Links written in lessons: to another lesson file (`../section-8/lesson-3.md`), to a
// site path with or without the base (`/en/section-7/lesson-2/3/`), or outside the
// site. The lesson pipeline resolves each link once, rewrites it to the URL it resolved
// to, and records the resolution; the course check then verifies the target exists.
import { isLessonFile, JEKYLL_DATE_PREFIX } from './lessons.ts';
import { withBase } from './urls.ts';

/** What links are resolved against: known before any lesson is rendered. */
export interface LinkTargets {
  /** Base path of the site, with leading and trailing slash (`/`, `/curso-aws/`). */
  base: string;
  /** Site path of page 1 of each lesson, by its path under the lessons folder. */
  lessonPaths: ReadonlyMap<string, string>;
  /** Whether `public/<path>` exists (path without leading slash). */
  publicFileExists: (path: string) => boolean;
  /** The lessons folder as maintainers see it (`lessons`), for messages. */
  lessonsFolder: string;
}

export type ResolvedLink =
  | { kind: 'external' | 'anchor' }
  /** A page or file of the site; `path` is without the base. Whether a page exists is checked with the course. */
  | { kind: 'internal'; path: string; hash: string }
  | { kind: 'broken'; reason: string; fix: string };

const SCHEME = /^[a-z][a-z\d+.-]*:|^\/\//i;

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

function publicFile(path: string, targets: Pick<LinkTargets, 'publicFileExists'>): boolean {
  return path !== '/' && targets.publicFileExists(safeDecode(path).replace(/^\//, ''));
}

/** A site path as its page's canonical form: `/en/x` and `/en/x/index.html` are `/en/x/`. Public files stay as written. */
function sitePath(path: string, hash: string, targets: LinkTargets): ResolvedLink {
  if (publicFile(path, targets)) return { kind: 'internal', path, hash };
  const withoutIndex = path.replace(/\/index\.html$/, '/');
  const last = withoutIndex.slice(withoutIndex.lastIndexOf('/') + 1);
  return { kind: 'internal', path: last === '' || last.includes('.') ? withoutIndex : `${withoutIndex}/`, hash };
}

/** A published lesson the link probably meant: same path but for a Jekyll date prefix or the extension. */
function sameLessonAs(target: string, lessonPaths: ReadonlyMap<string, string>): string | undefined {
  const key = (path: string) => {
    const slash = path.lastIndexOf('/') + 1;
    return path.slice(0, slash) + path.slice(slash).replace(JEKYLL_DATE_PREFIX, '').replace(/\.mdx?$/, '');
  };
  return [...lessonPaths.keys()].find((candidate) => key(candidate) === key(target));
}

/** Resolves a link written in the lesson at `from` (its path under the lessons folder). */
export function resolveLink(url: string, from: string, targets: LinkTargets): ResolvedLink {
  if (url === '' || SCHEME.test(url)) return { kind: 'external' };
  if (url.startsWith('#')) return { kind: 'anchor' };
  const [path, hash] = splitHash(url);
  if (path === '') return { kind: 'anchor' };
  if (path.startsWith('/')) {
    const base = targets.base.replace(/\/$/, '');
    return sitePath(base && (path === base || path.startsWith(`${base}/`)) ? path.slice(base.length) || '/' : path, hash, targets);
  }
  if (isLessonFile(path)) {
    const target = joinPath(from.slice(0, from.lastIndexOf('/')), safeDecode(path));
    const lessonPath = targets.lessonPaths.get(target);
    if (lessonPath) return { kind: 'internal', path: lessonPath, hash };
    const likely = sameLessonAs(target, targets.lessonPaths);
    return {
      kind: 'broken',
      reason: `the link ${url} points to ${targets.lessonsFolder}/${target}, which is not a published lesson`,
      fix: likely
        ? `did you mean ${targets.lessonsFolder}/${likely}? Link to the file by its full name`
        : 'check the file name and the ../ steps, or remove `draft: true` from the target lesson',
    };
  }
  // Other relative links are read from the lesson's first page, whichever page shows them.
  return sitePath(`/${joinPath(targets.lessonPaths.get(from) ?? '/', path)}`, hash, targets);
}

/** Where a resolved link leads in the built site, or undefined when it stays as written. */
export function linkHref(resolved: ResolvedLink, base: string): string | undefined {
  return resolved.kind === 'internal' ? `${withBase(base, resolved.path)}${resolved.hash}` : undefined;
}

/** Why a link that resolved inside the site leads nowhere, given every page of the course. */
export function missingTarget(
  url: string,
  resolved: ResolvedLink,
  sitePaths: ReadonlySet<string>,
  targets: Pick<LinkTargets, 'base' | 'publicFileExists'>,
): { reason: string; fix: string } | undefined {
  if (resolved.kind === 'broken') return resolved;
  if (resolved.kind !== 'internal' || sitePaths.has(resolved.path) || publicFile(resolved.path, targets)) return undefined;
  return {
    reason: `the link ${url} leads to ${withBase(targets.base, resolved.path)}, which is not a page of this course`,
    fix: 'link to a lesson file (e.g. `../section-8/lesson-3.md`) or to an existing page, or fix the spelling',
  };
}
