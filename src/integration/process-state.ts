// What the integration (loaded by Node from astro.config.mjs) shares with the content
// loader, the MDX compiler and the middleware (loaded by Vite): the two load separate
// copies of every module, so the state lives on globalThis.
import type { LoaderContext } from 'astro/loaders';
import type { LinkTargets } from '../lib/links.ts';

type StoredEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

/** The `course` collection's entries as the content loader's last good run left them, by entry id. */
export type StoredCourse = ReadonlyMap<string, StoredEntry & { collection: string }>;

export interface ProcessState {
  /**
   * What the pages render. They read it here, not through Astro's content runtime: in
   * `astro dev` the runtime keeps the store it last loaded until a write invalidates it, and
   * a page request that loaded the store just before a write keeps the older one after it,
   * so a page could show an earlier save until the next one.
   */
  storedCourse?: StoredCourse;
  /**
   * In `astro dev`: the lessons folder's state (lessonsFolderState) as the content loader's
   * last run found it before reading the folder; a new object for every run.
   */
  lessonsRead?: { state: string };
  /** What lesson links resolve against, as the content loader last compiled the course. */
  linkTargets?: LinkTargets;
  /** In `astro dev`: shows a course error in the browser, or clears it (undefined). */
  showError?: (error: Error | undefined) => void;
  /** In `astro dev`: makes the server compile these MDX lessons again on their next request. */
  recompileMdx?: (files: readonly string[]) => void;
  /** The languages whose lessons the content loader read or rendered (or removed) in its last run. */
  changedLanguages?: ReadonlySet<string>;
  /** During `astro build`: receives each page Astro renders, with its site path. */
  pageSink?: (sitePath: string, html: string) => void;
}

const KEY = Symbol.for('course:process-state');

export function processState(): ProcessState {
  const holder = globalThis as { [KEY]?: ProcessState };
  return (holder[KEY] ??= {});
}
