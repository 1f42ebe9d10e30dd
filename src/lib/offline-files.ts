// The build's list of its files, each with a hash of its content: a deploy's service worker
// compares it with the list of the deploy before to know which saved files changed. Keys are
// site paths as a browser asks for them (`/es/intro/` for `es/intro/index.html`), without
// the base path.

export interface OfflineFiles {
  /** A hash of the whole list: it changes whenever any file does. */
  version: string;
  files: Record<string, string>;
}

/** The site path a browser asks for to get an output file (folder pages end in `/`). */
export function sitePathOfFile(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Paths of the new build whose content is not what the old build served, and paths it no longer has. */
export function changedFiles(previous: OfflineFiles['files'], next: OfflineFiles['files']): { changed: string[]; removed: string[] } {
  return {
    changed: Object.keys(next).filter((path) => previous[path] !== undefined && previous[path] !== next[path]),
    removed: Object.keys(previous).filter((path) => next[path] === undefined),
  };
}

/** The one cache the service worker and the save control keep the site's files in. */
export const OFFLINE_CACHE = 'course';

/** Where a language's reader saves the course for offline reading, with what it will take. */
export function offlineSavePath(lang: string): string {
  return `/${lang}/offline-save.json`;
}

export interface OfflineSave {
  /** The build the list was made from. */
  version: string;
  bytes: number;
  /** URLs, base path included. */
  files: string[];
}

/** A page's images, as site paths: every `src` and `srcset` candidate under the base path. */
export function imagesOfPage(html: string, base: string): string[] {
  const urls = [...html.matchAll(/<img\b[^>]*>/gi)].flatMap(([tag]) => {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    const srcset = /\ssrcset="([^"]+)"/i.exec(tag)?.[1];
    return [...(src ? [src] : []), ...(srcset?.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) ?? [])];
  });
  return [...new Set(urls.filter((url) => url.startsWith(base)).map((url) => `/${url.slice(base.length).split(/[?#]/)[0]}`))];
}

/** Search index files name their language: `en_1a2b.pf_fragment`, `wasm.en.pagefind`, `pagefind.en_9c.pf_meta`. */
function searchFileLanguage(path: string, languages: readonly string[]): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return [...languages, 'unknown'].find((lang) => new RegExp(`(^|[._])${lang}[._]`).test(name));
}

/** A file only that language's readers use: its pages and its own part of the search index (shared code and images are not). */
export function belongsToLanguage(path: string, lang: string, languages: readonly string[]): boolean {
  return path.startsWith(`/${lang}/`) || (path.startsWith('/pagefind/') && searchFileLanguage(path, languages) === lang);
}

/**
 * What a reader saves to read one language offline: its pages and the files beside them
 * (not the read-all views, which repeat the pages' text), the site's styles, scripts and
 * icons, the images its pages show, and its part of the search index.
 */
export function filesToSave(paths: readonly string[], lang: string, languages: readonly string[], images: ReadonlySet<string>): string[] {
  return paths.filter((path) => {
    if (path.startsWith(`/${lang}/`)) return !path.endsWith('/all/') && path !== offlineSavePath(lang);
    if (path.startsWith('/pagefind/')) {
      const owner = searchFileLanguage(path, languages);
      return owner === undefined || owner === lang;
    }
    return /^\/_astro\/.+\.(css|js)$/.test(path) || path === '/favicon.svg' || path.startsWith('/icons/') || images.has(path);
  });
}

/** The palette's light and dark value of a colour, from a stylesheet that writes it `--name: light-dark(#light, #dark)`. */
export function paletteColor(css: string, name: string): { light: string; dark: string } {
  const found = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{3,8}),\\s*(#[0-9a-f]{3,8})\\)`, 'i').exec(css);
  if (!found) throw new Error(`the palette has no colour --${name} written as light-dark(#…, #…)`);
  return { light: found[1], dark: found[2] };
}

export interface WebManifestInput {
  lang: string;
  title: string;
  description?: string;
  /** Course index of the language, under the base path. */
  startUrl: string;
  /** The base path: every language of the course belongs to the installed app. */
  scope: string;
  background: string;
  theme: string;
  icons: { src: string; size: number }[];
}

/** A language's web app manifest: what a phone shows when it offers to install the course. */
export function webManifest(input: WebManifestInput) {
  return {
    id: input.startUrl,
    name: input.title,
    short_name: input.title,
    ...(input.description ? { description: input.description } : {}),
    lang: input.lang,
    start_url: input.startUrl,
    scope: input.scope,
    display: 'standalone',
    background_color: input.background,
    theme_color: input.theme,
    icons: input.icons.map(({ src, size }) => ({ src, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
}
