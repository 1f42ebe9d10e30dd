// The search index (SPEC §7). Pages mark what Pagefind indexes themselves
// (`data-pagefind-body` on lesson pages only) and `<html lang>` gives one index per
// language. Pages are handed to Pagefind while Astro is still generating the others
// (see search-middleware.ts), so its own process indexes on the second core instead of
// after the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';

/** What `pagefind/pagefind-entry.json` says about the index it describes. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

export const SEARCH_BUNDLE = 'pagefind';

/** Where generated pages go: the middleware and the integration live in separate bundles. */
const PAGE_SINK = Symbol.for('course:search-page-sink');

export type PageSink = (sitePath: string, html: string) => void;

export function pageSink(): PageSink | undefined {
  return (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK];
}

function setPageSink(sink: PageSink | undefined) {
  (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK] = sink;
}

function check(result: { errors: string[] }) {
  if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
}

export interface SearchIndexing {
  /** Writes `pagefind/` into the output folder once every page has been added. */
  finish(distDir: string, logger: AstroIntegrationLogger): Promise<void>;
}

/** Starts a Pagefind index that takes lesson pages as Astro generates them. */
export async function startSearchIndex(): Promise<SearchIndexing> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(errors.join('\n'));
  const added: Promise<{ errors: string[] }>[] = [];
  setPageSink((sitePath, html) => {
    // Pagefind would skip the others anyway (the site marks its indexed region).
    if (html.includes('data-pagefind-body')) added.push(index.addHTMLFile({ url: sitePath, content: html }));
  });
  return {
    async finish(distDir, logger) {
      try {
        setPageSink(undefined);
        (await Promise.all(added)).forEach(check);
        const outputPath = join(distDir, SEARCH_BUNDLE);
        check(await index.writeFiles({ outputPath }));
        const entry: PagefindEntry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
        const languages = Object.entries(entry.languages);
        const total = languages.reduce((sum, [, { page_count }]) => sum + page_count, 0);
        const counts = languages.map(([lang, { page_count }]) => `${lang} ${page_count}`).join(', ');
        logger.info(`search index: ${total} lesson pages (${counts}) in ${SEARCH_BUNDLE}/`);
      } finally {
        await close();
      }
    },
  };
}
