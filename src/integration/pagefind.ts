// The search index. Pages mark what Pagefind indexes themselves (`data-pagefind-body` on
// lesson pages only) and `<html lang>` gives one index per language.
//
// Pagefind's files depend on the order pages are added, and two builds of one course
// must be identical: each language's pages are added in path order. Pages Astro renders
// arrive in about that order (the lesson route lists its pages so), and are added while
// Astro renders the others, so Pagefind's own process indexes on the second core; pages
// reused from the previous build are read from the output folder at the end.
//
// Each language is indexed on its own (Pagefind writes a language's files from that
// language's pages only) and kept in the cache folder by a digest of its pages, so a
// rebuild indexes again only the languages whose pages changed.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The site marks the region Pagefind indexes; pages without one are not searchable. */
const isSearchable = (html: string) => html.includes('data-pagefind-body');

/** A page's language as Pagefind reads it, from `<html lang>`. */
const languageOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';

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

/** One language's pages, added to its own index in path order as they become available. */
class LanguageIndex {
  readonly paths: string[];
  private readonly waiting = new Map<string, string>();
  private next = 0;
  private index: Promise<PagefindIndex> | undefined;
  private readonly added: Promise<{ errors: string[] }>[] = [];

  constructor(paths: readonly string[]) {
    this.paths = [...paths].sort();
  }

  private indexing(): Promise<PagefindIndex> {
    this.index ??= createIndex().then(({ index, errors }) => {
      if (!index) throw new Error(errors.join('\n'));
      return index;
    });
    return this.index;
  }

  /** A page as rendered; it is added once every page before it in path order has been. */
  offer(path: string, html: string) {
    if (this.next >= this.paths.length) return;
    this.waiting.set(path, html);
    while (this.next < this.paths.length && this.waiting.has(this.paths[this.next])) {
      const page = this.paths[this.next++];
      const content = this.waiting.get(page)!;
      this.waiting.delete(page);
      if (isSearchable(content)) this.added.push(this.indexing().then((index) => index.addHTMLFile({ url: page, content })));
    }
  }

  /** Every page's content, from what was offered or from the output folder. */
  contents(distDir: string, offered: ReadonlyMap<string, string>): { url: string; content: string }[] {
    return this.paths.flatMap((url) => {
      const content = offered.get(url) ?? (existsSync(join(distDir, url, 'index.html')) ? readFileSync(join(distDir, url, 'index.html'), 'utf8') : '');
      return isSearchable(content) ? [{ url, content }] : [];
    });
  }

  /** Writes the index of these pages into `folder`, adding those that were not offered in time. */
  async write(pages: readonly { url: string; content: string }[], folder: string): Promise<void> {
    const done = new Set(this.paths.slice(0, this.next));
    for (const page of pages) if (!done.has(page.url)) this.added.push(this.indexing().then((index) => index.addHTMLFile(page)));
    (await Promise.all(this.added)).forEach(check);
    rmSync(folder, { recursive: true, force: true });
    check(await (await this.indexing()).writeFiles({ outputPath: folder }));
  }

  /** Drops the pages added so far: the cache already holds this language's index. */
  async discard(): Promise<void> {
    await Promise.all(this.added);
    await (await this.index)?.deleteIndex();
  }
}

export interface SearchIndexing {
  /** Hands over a page Astro rendered. */
  offer(sitePath: string, html: string): void;
  /** Writes `pagefind/` into the output folder. */
  finish(distDir: string, logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * Starts the search index of a build whose lesson pages (numbered and read-all views) are
 * `pagePaths`, read when the first page arrives: the course is compiled by then.
 */
export function startSearchIndex(pagePaths: () => readonly string[], cacheDir: string): SearchIndexing {
  let languages: Map<string, LanguageIndex> | undefined;
  const offered = new Map<string, string>();
  const indexes = () => {
    if (!languages) {
      const byLanguage = new Map<string, string[]>();
      for (const path of pagePaths()) {
        const lang = path.split('/')[1];
        byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), path]);
      }
      languages = new Map([...byLanguage].map(([lang, paths]) => [lang, new LanguageIndex(paths)]));
    }
    return languages;
  };
  return {
    offer(sitePath, html) {
      if (isSearchable(html)) offered.set(sitePath, html);
      indexes().get(languageOf(html))?.offer(sitePath, html);
    },
    async finish(distDir, logger) {
      const cache = join(cacheDir, 'search');
      const output = join(distDir, SEARCH_BUNDLE);
      const reindexed: string[] = [];
      try {
        const written = await Promise.all(
          [...indexes()].sort(([a], [b]) => (a < b ? -1 : 1)).map(async ([lang, language]) => {
            const pages = language.contents(distDir, offered);
            const folder = join(cache, `${lang}-${digestOf(PAGEFIND_VERSION, ...pages.flatMap((page) => [page.url, page.content]))}`);
            if (existsSync(join(folder, ENTRY_FILE))) {
              await language.discard();
            } else {
              for (const stale of existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith(`${lang}-`)) : []) rmSync(join(cache, stale), { recursive: true, force: true });
              await language.write(pages, folder);
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
