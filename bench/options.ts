// Command-line options of `npm run bench` (`npm run bench -- --sizes 50,250 --runs 3`).
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Lessons per language of each corpus, ascending. */
  sizes: number[];
  /** Cold builds per site and size, and rebuilds after one edit at the reference size. */
  runs: number;
  /** Saves of one lesson in `astro dev`, a few seconds apart, at the reference size. */
  saves: number;
  /** Build the Starlight yardstick too (the budgets compare against it). */
  starlight: boolean;
  /** Reinstall the latest Starlight instead of reusing bench/.work/starlight. */
  refreshStarlight: boolean;
  /** The lesson page weighed on both sites, as a site path. */
  page: string;
  /** Where the JSON results go. */
  output: string;
}

export const USAGE = `Usage: npm run bench -- [--sizes 50,250] [--runs 3] [--saves 10] [--page /es/section-01/lesson-005/]
                       [--no-starlight] [--refresh-starlight] [--output bench/results.json]`;

function positiveInteger(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${option} expects positive integers, got "${text}"`);
  return value;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '50,250' },
      runs: { type: 'string', default: '3' },
      saves: { type: 'string', default: '10' },
      page: { type: 'string', default: '/es/section-01/lesson-005/' },
      output: { type: 'string', default: 'bench/results.json' },
      'no-starlight': { type: 'boolean', default: false },
      'refresh-starlight': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sizes = [...new Set(values.sizes.split(',').map((size) => positiveInteger(size.trim(), 'sizes')))].sort(
    (a, b) => a - b,
  );
  const page = values.page.startsWith('/') ? values.page : `/${values.page}`;
  return {
    sizes,
    runs: positiveInteger(values.runs, 'runs'),
    saves: positiveInteger(values.saves, 'saves'),
    starlight: !values['no-starlight'],
    refreshStarlight: values['refresh-starlight'],
    page: page.endsWith('/') || page.endsWith('.html') ? page : `${page}/`,
    output: values.output,
  };
}
