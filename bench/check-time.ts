// How long `npm run check -- --content-only` takes on a corpus: right after a build (which
// leaves the lessons it read in the cache folder) and with no cache at all; and, as the
// yardstick for the second, how long the build's parser alone takes on the same lessons.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exited, PROJECT_ROOT, shellEnv } from '../scripts/astro-cli.ts';
import { LESSON_CACHE_FILE } from '../src/content/lesson-cache.ts';

export interface CheckTime {
  afterBuildMs: number;
  coldMs: number;
  /** Parsing the corpus's lessons with micromark (remark-parse and remark-gfm), nothing else. */
  parseMs: number;
}

async function timedCheck(corpusDir: string): Promise<number> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['scripts/check.ts', '--content-only'], { cwd: PROJECT_ROOT, env: shellEnv({ LESSONS_DIR: corpusDir }), stdio: 'ignore' });
  const status = await exited(child);
  if (status !== 0) throw new Error(`npm run check -- --content-only found problems in ${corpusDir} (exit ${status})`);
  return performance.now() - startedAt;
}

async function parseTime(corpusDir: string): Promise<number> {
  const child = spawn(process.execPath, ['bench/parse-time.ts', corpusDir], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  const status = await exited(child);
  if (status !== 0) throw new Error(`bench/parse-time.ts could not parse ${corpusDir} (exit ${status})`);
  return Number(output.trim());
}

/** Call right after a build of the corpus: the first check finds that build's cache. */
export async function measureCheck(corpusDir: string): Promise<CheckTime> {
  const afterBuildMs = await timedCheck(corpusDir);
  rmSync(join(PROJECT_ROOT, 'node_modules/.astro', LESSON_CACHE_FILE), { force: true });
  const coldMs = await timedCheck(corpusDir);
  return { afterBuildMs, coldMs, parseMs: await parseTime(corpusDir) };
}
