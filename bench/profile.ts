// `node bench/profile.ts [--size 250]`: one cold build of our site with V8's CPU profiler
// on (`node --cpu-prof`). Open the profiles in Chrome DevTools (Performance panel, "Load
// profile") or at https://www.speedscope.app to see where the time goes.
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assertGnuTime, measureBuild } from './build.ts';
import { writeCorpus } from './corpus.ts';
import { seconds } from './report.ts';

const REPO = resolve(import.meta.dirname, '..');
const WORK = join(REPO, 'bench', '.work');
const PROFILES = join(WORK, 'profile');

const { values } = parseArgs({ options: { size: { type: 'string', default: '250' } } });
const size = Number(values.size);
assertGnuTime();
const corpusDir = join(WORK, `corpus-${size}`);
writeCorpus(corpusDir, size);
rmSync(PROFILES, { recursive: true, force: true });
const build = await measureBuild(
  {
    projectDir: REPO,
    outDir: join(WORK, 'dist', `profile-${size}`),
    env: { LESSONS_DIR: corpusDir },
    logFile: join(WORK, 'logs', `profile-${size}.log`),
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${PROFILES}`],
  },
  'cold',
);
console.log(`Cold build at N=${size}: ${seconds(build.wallMs)}, ${build.phases.map((phase) => `${phase.name} ${seconds(phase.ms)}`).join(', ')}`);
console.log(`CPU profiles (the main thread and each worker) in ${PROFILES}:`);
for (const file of readdirSync(PROFILES).sort()) console.log(`  ${file}`);
