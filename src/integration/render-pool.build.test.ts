// .md lessons render the same on worker threads as in the loader's own thread: a cold build
// of the test course each way writes the same files, byte for byte. (A machine with more
// than two cores uses the threads unless told otherwise.)
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { astroBuild, listFiles, outDir, ROOT, writeCourse, type Run } from './test-builds.ts';

const FIXTURE = join(ROOT, 'e2e/fixtures/course');
const CACHE = join(ROOT, 'node_modules/.astro');
const lessonsDir = writeCourse('render-pool', Object.fromEntries(listFiles(FIXTURE).map((path) => [path, readFileSync(join(FIXTURE, path))])));
const WAYS = [
  { threads: '0', pool: false },
  { threads: '2', pool: true },
];
const POOL_STARTED = '.md lessons render on 2 worker threads';

const builds: { run: Run; folder: string }[] = [];

beforeAll(async () => {
  for (const { threads } of WAYS) {
    rmSync(CACHE, { recursive: true, force: true });
    const folder = outDir(`render-pool-${threads}`);
    builds.push({ run: await astroBuild(lessonsDir, folder, { COURSE_RENDER_THREADS: threads }), folder });
  }
}, 300_000);

it('builds each way, saying when it renders on threads', () => {
  WAYS.forEach(({ pool }, index) => {
    const { run } = builds[index];
    expect(run.status, run.output).toBe(0);
    expect(run.output.includes(POOL_STARTED), run.output).toBe(pool);
  });
});

it('writes the same files, byte for byte', () => {
  const [main, pool] = builds.map(({ folder }) => folder);
  const files = listFiles(main);
  expect(files.filter((path) => path.endsWith('.html')).length).toBeGreaterThan(20);
  expect(listFiles(pool)).toEqual(files);
  expect(files.filter((path) => !readFileSync(join(main, path)).equals(readFileSync(join(pool, path))))).toEqual([]);
});
