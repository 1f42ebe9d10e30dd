// What the integration (loaded by Node from astro.config.mjs) shares with the content
// loader, the MDX compiler and the middleware (loaded by Vite): the two load separate
// copies of every module, so the state lives on globalThis.
import type { LinkTargets } from '../lib/links.ts';

export interface ProcessState {
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
