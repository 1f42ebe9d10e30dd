// One `astro build` of a project, measured: GNU time reports CPU time and peak memory of
// the whole process tree, and every log line is stamped on arrival for the phase
// breakdown. A cold build removes Astro's and Vite's caches and the output folder first;
// a rebuild keeps them, as a maintainer's second `npm run build` does.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { parseGnuTime } from './gnu-time.ts';
import { exited, startAstro } from '../scripts/astro-cli.ts';
import { buildPhases, type LogLine, type Phase } from './phases.ts';

export const GNU_TIME = '/usr/bin/time';

export interface BuildSpec {
  /** Project root holding astro.config.mjs and its own node_modules/astro. */
  projectDir: string;
  /** Absolute output folder. */
  outDir: string;
  env?: Record<string, string>;
  /** Where the stamped build log is written. */
  logFile: string;
  /** Options for the Node process that runs Astro, such as `--cpu-prof`. */
  nodeArgs?: string[];
}

export interface BuildMeasurement {
  wallMs: number;
  /** User + system CPU time of the build and every process it started. */
  cpuMs: number;
  maxRssMiB: number;
  phases: Phase[];
}

/** Everything Astro and Vite reuse between builds of a project. */
export function cacheDirs(projectDir: string): string[] {
  return [join(projectDir, '.astro'), join(projectDir, 'node_modules', '.astro'), join(projectDir, 'node_modules', '.vite')];
}

export function assertGnuTime(): void {
  if (!existsSync(GNU_TIME)) {
    throw new Error(`${GNU_TIME} (GNU time) is needed to measure CPU time and peak memory: apt-get install time`);
  }
}

export async function measureBuild(spec: BuildSpec, kind: 'cold' | 'rebuild'): Promise<BuildMeasurement> {
  if (kind === 'cold') for (const dir of [...cacheDirs(spec.projectDir), spec.outDir]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(spec.logFile), { recursive: true });
  const timeReport = `${spec.logFile}.time`;
  const lines: LogLine[] = [];
  const startedAt = performance.now();
  const child = startAstro(['build', '--outDir', spec.outDir], {
    projectDir: spec.projectDir,
    env: spec.env,
    nodeArgs: spec.nodeArgs,
    wrapper: [GNU_TIME, '-v', '-o', timeReport],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ atMs: performance.now() - startedAt, text }));
  }
  const exitCode = await exited(child);
  const wallMs = performance.now() - startedAt;
  writeFileSync(spec.logFile, lines.map((line) => `[+${Math.round(line.atMs)}ms] ${line.text}`).join('\n') + '\n');
  if (exitCode !== 0) {
    const tail = lines.slice(-25).map((line) => line.text).join('\n');
    throw new Error(`astro build in ${spec.projectDir} failed (exit ${exitCode}); log: ${spec.logFile}\n${tail}`);
  }
  const usage = parseGnuTime(readFileSync(timeReport, 'utf8'));
  return {
    wallMs,
    cpuMs: (usage.userSeconds + usage.systemSeconds) * 1000,
    maxRssMiB: usage.maxRssKiB / 1024,
    phases: buildPhases(lines, wallMs),
  };
}
