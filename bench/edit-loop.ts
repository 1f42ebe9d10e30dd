// The maintainer's edit loop: `astro dev` on a course, the time from its start until it
// serves the lesson's page, then one lesson saved again and again a few seconds apart, and
// for each save the time until the served page that shows the end of the lesson contains
// the new text. A save that never shows is recorded as such.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startAstro } from '../scripts/astro-cli.ts';

export interface EditLoopSpec {
  /** Project root holding astro.config.mjs and its own node_modules/astro. */
  projectDir: string;
  env?: Record<string, string>;
  port: number;
  /** The lesson file that is saved. */
  lessonFile: string;
  /** Site path of the page that shows the end of that lesson. */
  page: string;
  saves: number;
  /** Time from one save to the next. */
  gapMs: number;
  /** Where the dev server's output is written. */
  logFile: string;
}

export interface EditLoopMeasurement {
  /** Milliseconds from starting `astro dev` until it served the lesson's page. */
  startMs: number;
  /** Milliseconds from each save until the page showed it; null when it never did. */
  samplesMs: (number | null)[];
}

/** How long a save may take to show before it counts as lost. */
const GIVE_UP_MS = 30_000;
const POLL_MS = 50;

const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

async function pageText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls until the page contains `text`; the milliseconds it took, or null. */
async function timeUntilShown(url: string, text: string, startedAt: number, limitMs: number): Promise<number | null> {
  while (performance.now() - startedAt < limitMs) {
    if ((await pageText(url))?.includes(text)) return performance.now() - startedAt;
    await pause(POLL_MS);
  }
  return null;
}

export async function measureEditLoop(spec: EditLoopSpec): Promise<EditLoopMeasurement> {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  const original = readFileSync(spec.lessonFile, 'utf8');
  const startedAt = performance.now();
  const server = startAstro(['dev', '--port', String(spec.port)], { projectDir: spec.projectDir, env: spec.env });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const url = `http://localhost:${spec.port}${spec.page}`;
  try {
    const startMs = await timeUntilShown(url, '<html', startedAt, 120_000);
    if (startMs === null) throw new Error(`astro dev in ${spec.projectDir} never served ${spec.page}; log: ${spec.logFile}`);
    const samplesMs: (number | null)[] = [];
    for (let save = 0; save < spec.saves; save++) {
      const word = `editloop${Date.now().toString(36)}n${save}`;
      const savedAt = performance.now();
      appendFileSync(spec.lessonFile, `\n\nSaved as ${word}.\n`);
      samplesMs.push(await timeUntilShown(url, word, savedAt, GIVE_UP_MS));
      await pause(Math.max(0, spec.gapMs - (performance.now() - savedAt)));
    }
    return { startMs, samplesMs };
  } finally {
    server.kill();
    await new Promise((exited) => server.once('exit', exited));
    writeFileSync(spec.lessonFile, original);
    writeFileSync(spec.logFile, log);
  }
}
