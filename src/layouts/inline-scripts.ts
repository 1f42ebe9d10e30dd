// The only scripts written into pages: they must run before the first paint, so they
// cannot wait for a file. The Content Security Policy allows each by its hash, computed
// from these same strings.
import { createHash } from 'node:crypto';
import { LANGUAGE_KEY, THEME_KEY } from '../scripts/storage.ts';

/** Applies a theme the reader chose before (ThemeToggle.astro), and marks the page as having JavaScript. */
export const THEME_SCRIPT = `try{const t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t)document.documentElement.dataset.theme=t}catch{}document.documentElement.classList.add('js')`;

/** On the chooser at the site root: a returning reader goes straight to the language they read last. */
export const LANGUAGE_REDIRECT_SCRIPT = `try{const l=localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)});const{locales,base}=document.currentScript.dataset;if(locales.split(' ').includes(l))location.replace(base+l+'/')}catch{}`;

/** `sha256-…` sources for the policy's script-src. */
export const INLINE_SCRIPT_HASHES = [THEME_SCRIPT, LANGUAGE_REDIRECT_SCRIPT].map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const);
