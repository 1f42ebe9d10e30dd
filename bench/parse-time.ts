// The yardstick for `npm run check` with no cache: how long the build's parser (micromark,
// through remark-parse and remark-gfm) takes on its own to parse every lesson of a corpus.
// Run as `node bench/parse-time.ts <corpus>` in a process of its own, as the check runs,
// it prints the milliseconds the parsing took, file reading excluded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { frontmatterBlock } from '../src/lib/frontmatter-block.ts';

export function lessonBodies(corpusDir: string): string[] {
  return readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path))
    .sort()
    .map((path) => {
      const text = readFileSync(join(corpusDir, path), 'utf8');
      return text.slice(frontmatterBlock(text)?.block.length ?? 0);
    });
}

export function parseMs(bodies: readonly string[]): number {
  const parser = unified().use(remarkParse).use(remarkGfm);
  const startedAt = performance.now();
  for (const body of bodies) parser.parse(body);
  return performance.now() - startedAt;
}

if (import.meta.main) console.log(parseMs(lessonBodies(process.argv[2])).toFixed(0));
