// The search index. Pages mark what Pagefind indexes themselves (`data-pagefind-body` on
// lesson pages only) and `<html lang>` gives one index per language. Pages are read from
// the output folder once the build has written them, whether Astro rendered them in this
// build or reused them from the previous one, and added in one order: Pagefind's files
// depend on the order pages are added, and two builds of one course must be identical.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';

/** What `pagefind/pagefind-entry.json` says about the index it describes. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

export const SEARCH_BUNDLE = 'pagefind';

function check(result: { errors: string[] }) {
  if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
}

/** Indexes the searchable pages among `sitePaths` and writes `pagefind/` into the output folder. */
export async function writeSearchIndex(distDir: string, sitePaths: readonly string[], logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(errors.join('\n'));
  try {
    const added: Promise<{ errors: string[] }>[] = [];
    for (const sitePath of [...sitePaths].sort()) {
      const file = join(distDir, sitePath, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      // Pagefind would skip the others anyway: the site marks its indexed region.
      if (html.includes('data-pagefind-body')) added.push(index.addHTMLFile({ url: sitePath, content: html }));
    }
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
}
