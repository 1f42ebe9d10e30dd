// `node bench/profile.ts [--size 250]`: one cold build of our site under V8's sampling
// profiler, summarized as CPU self time per package/folder and the hottest functions.
// The .cpuprofile files stay in bench/.work/profile for Chrome DevTools or speedscope.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDirs } from './cold-build.ts';
import { writeCorpus } from './corpus.ts';
import { activity, codeOrigin, functionLabel, selfTimes, type CpuProfile, type SelfTime } from './cpu-profile.ts';
import { formatTable, seconds } from './report.ts';

const REPO = resolve(import.meta.dirname, '..');
const WORK = join(REPO, 'bench', '.work');

function table(title: string, rows: SelfTime[], total: number, limit: number): string {
  const lines = rows.slice(0, limit).map((row) => [row.name, seconds(row.ms), `${((row.ms / total) * 100).toFixed(1)}%`]);
  return `${title}\n${formatTable([['', 'self', 'share'], ...lines])}`;
}

const { values } = parseArgs({ options: { size: { type: 'string', default: '250' } }, strict: true });
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1) throw new Error(`--size expects a positive integer, got "${values.size}"`);

const corpusDir = join(WORK, `corpus-${size}`);
const outDir = join(WORK, 'dist', `profile-${size}`);
const profileDir = join(WORK, 'profile');
writeCorpus(corpusDir, size);
for (const dir of [...cacheDirs(REPO), outDir, profileDir]) rmSync(dir, { recursive: true, force: true });

console.log(`› profiling a cold build of our site at N=${size} …`);
const build = spawnSync(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
  { cwd: REPO, env: { ...process.env, LESSONS_DIR: corpusDir, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) throw new Error(`the profiled build failed (exit ${build.status})`);

const profiles = readdirSync(profileDir)
  .filter((name) => name.endsWith('.cpuprofile'))
  .map((name) => JSON.parse(readFileSync(join(profileDir, name), 'utf8')) as CpuProfile);
const byOrigin = selfTimes(profiles, (frame) => codeOrigin(frame, REPO, outDir));
const byFunction = selfTimes(profiles, (frame) => functionLabel(frame, REPO));
const total = byOrigin.reduce((sum, row) => sum + row.ms, 0);
console.log(`\n${profiles.length} thread profile(s), ${seconds(total)} sampled, in ${profileDir}\n`);
const byActivity = selfTimes(profiles, (frame) => activity(codeOrigin(frame, REPO, outDir)));
console.log(table('Self time by kind of work:', byActivity, total, 20));
console.log(`\n${table('Self time by package or folder:', byOrigin, total, 25)}`);
console.log(`\n${table('Hottest functions (self time):', byFunction, total, 30)}`);
