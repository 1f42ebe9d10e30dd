// The search index (SPEC §7): Pagefind reads the built pages and writes `pagefind/` next
// to them. Pages mark what it indexes themselves (`data-pagefind-body` on lesson pages
// only), and `<html lang>` gives one index per language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';

/** What `pagefind/pagefind-entry.json` says about the index it describes. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

export const SEARCH_BUNDLE = 'pagefind';

export async function writeSearchIndex(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const outputPath = join(distDir, SEARCH_BUNDLE);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // Pagefind reports the HTML files it read; the entry file says what each language's index holds.
    const entry: PagefindEntry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const languages = Object.entries(entry.languages);
    const total = languages.reduce((sum, [, { page_count }]) => sum + page_count, 0);
    const counts = languages.map(([lang, { page_count }]) => `${lang} ${page_count}`).join(', ');
    logger.info(`search index: ${total} lesson pages (${counts}) in ${SEARCH_BUNDLE}/`);
  } finally {
    await close();
  }
}
