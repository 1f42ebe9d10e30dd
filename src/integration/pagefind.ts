// The search index. Pages mark what Pagefind indexes themselves (`data-pagefind-body` on
// lesson pages only) and `<html lang>` gives one index per language.
//
// Pagefind's files depend on the order pages are added, and two builds of one course
// must be identical: each language's pages are added in path order. Each language is
// indexed on its own (Pagefind writes a language's files from that language's pages
// only) and kept in the cache folder by a digest of its pages, so a rebuild indexes
// again only the languages whose pages changed, and does so while Astro writes the
// pages: Pagefind's own process works on the second core.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { packageVersion } from '../content/pipeline-version.ts';
import { digestOf } from '../lib/digest.ts';

/** What `pagefind/pagefind-entry.json` says about the index it describes. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
  include_characters: string[];
}

export const SEARCH_BUNDLE = 'pagefind';
const ENTRY_FILE = 'pagefind-entry.json';
const PAGEFIND_VERSION = packageVersion('pagefind', fileURLToPath(import.meta.url));

function check(result: { errors: string[] }) {
  if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
}

const BODY_ATTRIBUTE = /\sdata-pagefind-body[\s=>]/g;

/**
 * The site marks the region Pagefind indexes; pages without one are not searchable. The
 * attribute is found by a plain search, then known to be inside a tag when the nearest
 * `<` before it is nearer than the nearest `>` (text cannot hold a bare `<`).
 */
function isSearchable(html: string): boolean {
  for (const match of html.matchAll(BODY_ATTRIBUTE)) {
    if (html.lastIndexOf('<', match.index) > html.lastIndexOf('>', match.index)) return true;
  }
  return false;
}

/** A page's language as Pagefind reads it, from `<html lang>`. */
const languageOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';

/**
 * What Pagefind reads of a lesson page: its language and its article, which holds every
 * region and attribute Pagefind indexes. The index is the same as from the whole page,
 * and parsing the rest of the page (head, header, course tree) took a third of the time.
 */
function searchInput(html: string): string {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>');
  return start === -1 || end === -1 ? html : `<html lang="${languageOf(html)}"><body>${html.slice(start, end + '</article>'.length)}</body></html>`;
}

/** Pagefind's scripts, styles and fallback WebAssembly: the same in every language's output. */
function sharedFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => item.name)
    .filter((name) => name !== ENTRY_FILE && !/^pagefind\..+\.pf_meta$/.test(name) && (!/^wasm\..+\.pagefind$/.test(name) || name === 'wasm.unknown.pagefind'));
}

/** Files of a Pagefind output that belong to one language, as paths inside it. */
function languageFiles(folder: string, hash: string, wasm: string): string[] {
  const prefix = `${hash.split('_')[0]}_`;
  return [
    `pagefind.${hash}.pf_meta`,
    `wasm.${wasm}.pagefind`,
    ...['index', 'fragment', 'filter'].flatMap((kind) =>
      existsSync(join(folder, kind)) ? readdirSync(join(folder, kind)).filter((name) => name.startsWith(prefix)).map((name) => `${kind}/${name}`) : [],
    ),
  ];
}

/** Links the cached files into the output (thousands of small files: copying them takes seconds), or copies them across file systems. */
function placeFiles(from: string, to: string, files: readonly string[]) {
  for (const folder of new Set(files.map((file) => dirname(join(to, file))))) mkdirSync(folder, { recursive: true });
  for (const file of files) {
    try {
      linkSync(join(from, file), join(to, file));
    } catch {
      copyFileSync(join(from, file), join(to, file));
    }
  }
}

/** A page's content, and its size when it was read from the output folder (a file being copied there may be read short). */
/** A page waiting for its turn to be indexed: its HTML, and its size when it was read from the output folder. */
interface WaitingPage {
  content: string;
  readSize?: number;
}

/** A page the index has seen: only what is needed to know whether it still stands (its HTML is not kept). */
interface SeenPage {
  digest: string;
  searchable: boolean;
  readSize?: number;
}

const seen = (content: string, readSize?: number): SeenPage => ({ digest: digestOf(content), searchable: isSearchable(content), readSize });

/**
 * One language's pages, in path order. An eager language (one whose lessons changed, or
 * every language of a first build, when the output folder started empty) is indexed
 * while Astro writes its pages: each page is added once every page before it has been,
 * whether Astro rendered it (and handed it over) or reused it (and copied it into the
 * output folder). A page's HTML is let go once it is indexed: a large course's pages
 * would otherwise all be held in memory.
 */
class LanguageIndex {
  readonly paths: string[];
  private readonly waiting = new Map<string, WaitingPage>();
  private readonly seenPages = new Map<string, SeenPage>();
  private next = 0;
  private index: Promise<PagefindIndex> | undefined;
  private readonly added: Promise<{ errors: string[] }>[] = [];
  /** Pages `final` read from the output folder, until they are indexed or the index is found in the cache. */
  private readInFinal = new Map<string, string>();
  readonly eager: boolean;

  constructor(paths: readonly string[], eager: boolean) {
    this.paths = [...paths].sort();
    this.eager = eager;
  }

  private indexing(): Promise<PagefindIndex> {
    this.index ??= createIndex().then(({ index, errors }) => {
      if (!index) throw new Error(errors.join('\n'));
      return index;
    });
    return this.index;
  }

  private add(url: string, content: string) {
    if (isSearchable(content)) this.added.push(this.indexing().then((index) => index.addHTMLFile({ url, content: searchInput(content) })));
  }

  /** A page as Astro rendered it. */
  offer(path: string, html: string) {
    if (!this.seenPages.has(path)) this.waiting.set(path, { content: html });
  }

  /**
   * Adds the pages that are next in path order and available: offered, or (with
   * `lookInDist`, a few times a second rather than at every page) copied into the output
   * folder from the previous build.
   */
  pump(distDir: string, lookInDist: boolean) {
    if (!this.eager) return;
    while (this.next < this.paths.length) {
      const path = this.paths[this.next];
      const page = this.waiting.get(path) ?? (lookInDist ? fromDist(distDir, path) : undefined);
      if (!page) return;
      this.add(path, page.content);
      this.waiting.delete(path);
      this.seenPages.set(path, seen(page.content, page.readSize));
      this.next++;
    }
  }

  /**
   * Every page as it finally stands in the output folder, and whether the eager index saw
   * each one as it stands (a page copied while it was being read was not).
   */
  final(distDir: string): { pages: { url: string; digest: string }[]; indexedAsFinal: boolean } {
    let indexedAsFinal = this.eager && this.next === this.paths.length;
    const pages = this.paths.flatMap((url) => {
      let page = this.seenPages.get(url);
      if (page?.readSize !== undefined && statSync(join(distDir, url, 'index.html')).size !== page.readSize) page = undefined;
      if (!page) {
        indexedAsFinal = false;
        const waiting = this.waiting.get(url) ?? fromDist(distDir, url);
        page = waiting && seen(waiting.content);
        if (page?.searchable) this.readInFinal.set(url, waiting!.content);
      }
      return page?.searchable ? [{ url, digest: page.digest }] : [];
    });
    return { pages, indexedAsFinal };
  }

  /** Writes the index of these pages into `folder`: the eager index if it saw them all as they stand, a new one otherwise. */
  async write(pages: readonly { url: string }[], indexedAsFinal: boolean, distDir: string, folder: string): Promise<void> {
    if (!indexedAsFinal) {
      const read = this.readInFinal;
      await this.discard();
      this.index = undefined;
      this.added.length = 0;
      for (const page of pages) this.add(page.url, read.get(page.url) ?? fromDist(distDir, page.url)!.content);
    }
    this.readInFinal = new Map();
    (await Promise.all(this.added)).forEach(check);
    rmSync(folder, { recursive: true, force: true });
    check(await (await this.indexing()).writeFiles({ outputPath: folder }));
  }

  /** Drops the pages added so far. */
  async discard(): Promise<void> {
    this.readInFinal = new Map();
    await Promise.all(this.added);
    await (await this.index)?.deleteIndex();
  }
}

function fromDist(distDir: string, path: string): WaitingPage | undefined {
  let content: string;
  try {
    content = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  } catch {
    return undefined;
  }
  return { content, readSize: Buffer.byteLength(content) };
}

export interface SearchIndexing {
  /** Hands over a page Astro rendered. */
  offer(sitePath: string, html: string): void;
  /** Writes `pagefind/` into the output folder. */
  finish(logger: AstroIntegrationLogger): Promise<void>;
}

export interface SearchIndexOptions {
  /** The output folder. */
  distDir: string;
  cacheDir: string;
  /** The lesson pages to index (numbered; the read-all view repeats them): known once the course is compiled, before Astro writes pages. */
  pagePaths: () => readonly string[];
  /** Languages whose lessons were read or rendered in this build: their pages changed. */
  changedLanguages: () => ReadonlySet<string>;
  /** The output folder kept the last build's pages: one found there may yet be rendered again. */
  pagesKept: boolean;
}

/** How often pages Astro copied from the previous build are looked for while it writes the others. */
const PUMP_INTERVAL_MS = 100;

/** Starts the search index of a build. */
export function startSearchIndex(options: SearchIndexOptions): SearchIndexing {
  let languages: Map<string, LanguageIndex> | undefined;
  const indexes = () => {
    if (!languages) {
      const changed = options.changedLanguages();
      const byLanguage = new Map<string, string[]>();
      for (const path of options.pagePaths()) {
        const lang = path.split('/')[1];
        byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), path]);
      }
      languages = new Map([...byLanguage].map(([lang, paths]) => [lang, new LanguageIndex(paths, changed.has(lang) && !options.pagesKept)]));
    }
    return languages;
  };
  const pump = (lookInDist: boolean) => {
    for (const language of indexes().values()) language.pump(options.distDir, lookInDist);
  };
  let pumping: ReturnType<typeof setInterval> | undefined;
  return {
    offer(sitePath, html) {
      pumping ??= setInterval(() => pump(true), PUMP_INTERVAL_MS);
      indexes().get(languageOf(html))?.offer(sitePath, html);
      pump(false);
    },
    async finish(logger) {
      clearInterval(pumping);
      const cache = join(options.cacheDir, 'search');
      const output = join(options.distDir, SEARCH_BUNDLE);
      const reindexed: string[] = [];
      try {
        const written = await Promise.all(
          [...indexes()].sort(([a], [b]) => (a < b ? -1 : 1)).map(async ([lang, language]) => {
            language.pump(options.distDir, true);
            const { pages, indexedAsFinal } = language.final(options.distDir);
            const folder = join(cache, `${lang}-${digestOf(PAGEFIND_VERSION, ...pages.flatMap((page) => [page.url, page.digest]))}`);
            if (existsSync(join(folder, ENTRY_FILE))) {
              await language.discard();
            } else {
              for (const stale of existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith(`${lang}-`)) : []) rmSync(join(cache, stale), { recursive: true, force: true });
              await language.write(pages, indexedAsFinal, options.distDir, folder);
              reindexed.push(lang);
            }
            return { lang, pages: pages.length, folder, entry: JSON.parse(readFileSync(join(folder, ENTRY_FILE), 'utf8')) as PagefindEntry };
          }),
        );
        mkdirSync(output, { recursive: true });
        const combined: PagefindEntry = { version: '', languages: {}, include_characters: [] };
        for (const { folder, entry } of written) {
          placeFiles(folder, output, sharedFiles(folder));
          for (const [lang, language] of Object.entries(entry.languages)) {
            placeFiles(folder, output, languageFiles(folder, language.hash, language.wasm));
            combined.languages[lang] = language;
          }
          combined.version = entry.version;
          combined.include_characters = entry.include_characters;
        }
        writeFileSync(join(output, ENTRY_FILE), JSON.stringify(combined));
        const counts = written.map(({ lang, pages }) => `${lang} ${pages}`).join(', ');
        const total = written.reduce((sum, { pages }) => sum + pages, 0);
        const work = reindexed.length === written.length ? '' : `; indexed again: ${reindexed.length === 0 ? 'none' : reindexed.join(', ')}`;
        logger.info(`search index: ${total} lesson pages (${counts}) in ${SEARCH_BUNDLE}/${work}`);
      } finally {
        await close();
      }
    },
  };
}
