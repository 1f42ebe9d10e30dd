// The last save wins, on a busy machine: a maintainer saves one lesson in quick bursts
// while every core is taken, and the served page must end with the last save's text,
// every time. The gaps between saves are random but drawn from a seed, printed on a
// failure with the gaps and the server's output, so that a failing run can be replayed
// and read. No assertion here is on speed:
// a page is waited for until it shows the last save, within a bound that only a lost
// save exceeds.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../lib/random.ts';
import { astroDev, DEV_PORT, listFiles, ROOT, writeCourse, type DevServer } from './test-builds.ts';

const FIXTURE = join(ROOT, 'e2e/fixtures/course');
const ROUNDS = 10;
const SAVES = 20;
const LONGEST_GAP_MS = 400;
/** Far beyond any save's way to the page on a loaded machine: a page that waits longer lost the save. */
const LOST_AFTER_MS = 45_000;

const lessonsDir = writeCourse('dev-loop-stress', Object.fromEntries(listFiles(FIXTURE).map((path) => [path, readFileSync(join(FIXTURE, path))])));
const file = (path: string) => join(ROOT, lessonsDir, path);

let server: DevServer;
let burners: ChildProcess[] = [];

beforeAll(async () => {
  server = astroDev(lessonsDir, DEV_PORT + 2);
  expect((await server.fetch('/en/')).status).toBe(200);
  // Every core busy, as on a CI machine running other jobs: the server's file events and
  // its runs of the loader then interleave as they do when things go wrong.
  // Each burner stops itself after ten minutes, so a run killed before afterAll leaves no core busy.
  const burn = `const end = Date.now() + 600000; while (Date.now() < end) {}`;
  burners = Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', burn], { stdio: 'ignore' }));
}, 120_000);

afterAll(() => {
  for (const burner of burners) burner.kill();
  server?.process.kill();
});

const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

/** The page as served once it holds `word`, or the last one served when it never does. */
async function pageShowing(path: string, word: string): Promise<{ html: string; shown: boolean }> {
  const deadline = Date.now() + LOST_AFTER_MS;
  let html = '';
  while (Date.now() < deadline) {
    html = await (await server.fetch(path)).text();
    if (html.includes(word)) return { html, shown: true };
    await pause(100);
  }
  return { html, shown: false };
}

/** The last sentence a save wrote, as the lesson's text on the page shows it. */
function lastSaveShown(html: string): string | undefined {
  const body = html.slice(html.indexOf('class="lesson-body"'));
  return [...body.replace(/<[^>]+>/g, ' ').matchAll(/Saved (\w+)\./g)].at(-1)?.[1];
}

const LESSONS = [
  { format: 'md', lesson: 'en/01-basics/01-cloud.md', lastPage: '/en/01-basics/01-cloud/3/', seed: 23 },
  { format: 'mdx', lesson: 'en/02-compute/01-ec2.mdx', lastPage: '/en/02-compute/01-ec2/5/', seed: 2323 },
];

for (const { format, lesson, lastPage, seed } of LESSONS) describe(`a .${format} lesson saved in bursts beside a CPU burner`, () => {
  it(`${ROUNDS} rounds of ${SAVES} saves at random gaps: the page ends with the last save every time`, async () => {
    const gap = seededRandom(seed);
    for (let round = 1; round <= ROUNDS; round++) {
      const gaps: number[] = [];
      let last = '';
      for (let count = 1; count <= SAVES; count++) {
        last = `round${round}save${count}${lesson.endsWith('.mdx') ? 'x' : 'm'}word`;
        writeFileSync(file(lesson), `${readFileSync(file(lesson), 'utf8')}\n\nSaved ${last}.\n`);
        gaps.push(Math.round(gap() * LONGEST_GAP_MS));
        await pause(gaps.at(-1)!);
      }
      const { html, shown } = await pageShowing(lastPage, last);
      const context = `round ${round}, seed ${seed}, gaps ${gaps.join(' ')} ms; the server said:\n${server.output().split('\n').filter((line) => !/^\S+ \[\d{3}\]/.test(line)).join('\n').slice(-12000)}`;
      expect(shown, `the page never showed ${last} (${context})`).toBe(true);
      expect(lastSaveShown(html), context).toBe(last);
    }
  }, ROUNDS * (SAVES * LONGEST_GAP_MS + LOST_AFTER_MS + 5_000));
});
