// Starts the Astro CLI of a project (`astro build`, `astro dev`) as a maintainer's shell
// would: the project's own Astro, in the project folder, without a test runner's
// environment. The tests, the end-to-end builds and the benchmark all start Astro here.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

/** This repository. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

export interface AstroOptions {
  /** The Astro project to run; this repository by default. */
  projectDir?: string;
  /** Variables added to the environment (LESSONS_DIR, BASE_PATH, …). */
  env?: Record<string, string>;
  /** Flags for Node itself, such as `--cpu-prof`. */
  nodeArgs?: string[];
  /** A command that runs Node, such as GNU time: `['/usr/bin/time', '-v', '-o', file]`. */
  wrapper?: string[];
  /** Where the CLI's output goes: collected through pipes (the default), or the terminal. */
  stdio?: 'pipe' | 'inherit';
}

/**
 * The variables a maintainer's shell would pass: a test runner's NODE_ENV, TEST and
 * VITEST* would make Astro build in development mode; colours would garble captured
 * output; telemetry would try the network.
 */
export function shellEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['NODE_ENV', 'TEST', 'FORCE_COLOR'].includes(name) && !name.startsWith('VITEST')),
  );
  return { ...inherited, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** Starts `astro <args>`; the caller reads its output and waits for it or stops it. */
export function startAstro(args: string[], options: AstroOptions = {}): ChildProcess {
  const projectDir = options.projectDir ?? PROJECT_ROOT;
  const command = [...(options.wrapper ?? []), process.execPath, ...(options.nodeArgs ?? []), join(projectDir, 'node_modules/astro/bin/astro.mjs'), ...args];
  return spawn(command[0], command.slice(1), {
    cwd: projectDir,
    env: shellEnv(options.env ?? {}),
    stdio: options.stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the exit code once the process has ended. */
export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
}
