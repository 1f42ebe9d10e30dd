// `node bench/profile.ts [--size 250]`: one cold build of our site under V8's sampling
// profiler, summarized as time per kind of work, per build phase, per package/folder and
// per function. Samples count wall time on the main thread: idle is time spent waiting
// (for Rolldown's native threads, the file system or child processes), and on a busy
// machine the shares still hold while the seconds stretch. The .cpuprofile files stay
// in bench/.work/profile for Chrome DevTools or speedscope.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assertGnuTime, coldBuild } from './cold-build.ts';
import { writeCorpus } from './corpus.ts';
import {
  activity,
  codeOrigin,
  functionLabel,
  selfTimes,
  selfTimesByPhase,
  type CallFrame,
  type CpuProfile,
  type SelfTime,
} from './cpu-profile.ts';
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
assertGnuTime();

const corpusDir = join(WORK, `corpus-${size}`);
const outDir = join(WORK, 'dist', `profile-${size}`);
const profileDir = join(WORK, 'profile');
writeCorpus(corpusDir, size);
rmSync(profileDir, { recursive: true, force: true });

console.log(`› profiling a cold build of our site at N=${size} …`);
const build = await coldBuild({
  projectDir: REPO,
  outDir,
  env: { LESSONS_DIR: corpusDir },
  logFile: join(WORK, 'logs', `profile-${size}.log`),
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
});

const profiles = readdirSync(profileDir)
  .filter((name) => name.endsWith('.cpuprofile'))
  .map((name) => JSON.parse(readFileSync(join(profileDir, name), 'utf8')) as CpuProfile);
const kindOfWork = (frame: CallFrame) => activity(codeOrigin(frame, REPO, outDir));
const byActivity = selfTimes(profiles, kindOfWork);
const total = byActivity.reduce((sum, row) => sum + row.ms, 0);

console.log(
  `\n${profiles.length} thread profile(s), ${seconds(total)} sampled; build ${seconds(build.wallMs)} wall, ` +
    `${seconds(build.cpuMs)} CPU, ${Math.round(build.maxRssMiB)} MiB peak (the profiler adds overhead)\n`,
);
console.log(table('Time by kind of work:', byActivity, total, 20));
console.log('\nTime by build phase and kind of work (top 6 per phase):');
for (const phase of selfTimesByPhase(profiles, build.phases, kindOfWork)) {
  const top = phase.selfTimes.slice(0, 6).map((row) => `${row.name} ${seconds(row.ms)}`);
  console.log(`  ${phase.phase}: ${seconds(phase.ms)}${top.length > 0 ? `\n      ${top.join('; ')}` : ''}`);
}
console.log(`\n${table('Time by package or folder:', selfTimes(profiles, (frame) => codeOrigin(frame, REPO, outDir)), total, 25)}`);
console.log(`\n${table('Hottest functions (self time):', selfTimes(profiles, (frame) => functionLabel(frame, REPO)), total, 30)}`);
