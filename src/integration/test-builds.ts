// Test support for the build tests: writes small courses into .work/ (inside the project,
// so messages show the paths maintainers see) and runs the real CLIs on them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { exited, PROJECT_ROOT as ROOT, shellEnv, startAstro } from '../../scripts/astro-cli.ts';

export { ROOT };
const WORK = join(ROOT, '.work');

/** A course.yml every test course can start from. */
export const COURSE_YML = 'es:\n  title: Curso de prueba\nen:\n  title: Test course\n';

/** Writes `files` (paths under the lessons folder) into a fresh folder; returns its project path. */
export function writeCourse(name: string, files: Record<string, string | Buffer>): string {
  const folder = join(WORK, 'courses', name);
  rmSync(folder, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return relative(ROOT, folder).split(sep).join('/');
}

/** An output folder for a build, emptied. */
export function outDir(name: string): string {
  const folder = join(WORK, 'out', name);
  rmSync(folder, { recursive: true, force: true });
  return folder;
}

export interface Run {
  status: number | null;
  /** stdout and stderr as the maintainer sees them, interleaved. */
  output: string;
}

/** Output as the maintainer sees it: stdout and stderr interleaved. */
async function collect(child: ChildProcess): Promise<Run> {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const status = await exited(child);
  return { status, output };
}

/** A Node script of this repository (`scripts/check.ts`, …), run as a maintainer would. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return collect(spawn(process.execPath, args, { cwd: ROOT, env: shellEnv(env) }));
}

/** `astro build` of the course in `lessonsDir` (a project path). */
export function astroBuild(lessonsDir: string, out: string, env: Record<string, string> = {}): Promise<Run> {
  return collect(startAstro(['build', '--outDir', out], { env: { LESSONS_DIR: lessonsDir, ...env } }));
}

/** `npm run check` on the course in `lessonsDir`. */
export function courseCheck(lessonsDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<Run> {
  return runNode(['scripts/check.ts', ...args], { LESSONS_DIR: lessonsDir, ...env });
}

/** The first port of this checkout's e2e range: e2e servers never run during the build tests. */
export const DEV_PORT = Number(process.env.E2E_PORT_BASE ?? 4330);

export interface DevServer {
  process: ChildProcess;
  origin: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Fetches a page, waiting for the server to come up. */
  fetch(path: string): Promise<Response>;
}

/** `astro dev` on the course in `lessonsDir`; stop it with `.process.kill()`. */
export function astroDev(lessonsDir: string, port: number): DevServer {
  const child = startAstro(['dev', '--port', String(port)], { env: { LESSONS_DIR: lessonsDir } });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const origin = `http://localhost:${port}`;
  return {
    process: child,
    origin,
    output: () => output,
    async fetch(path) {
      const deadline = Date.now() + 90_000;
      for (;;) {
        try {
          return await fetch(`${origin}${path}`);
        } catch (cause) {
          if (Date.now() > deadline) throw cause;
          await new Promise((resume) => setTimeout(resume, 250));
        }
      }
    },
  };
}

/** Every file under `folder`, as sorted paths relative to it. */
export function listFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? listFiles(path).map((inner) => `${name}/${inner}`) : [name];
    });
}

export function readText(folder: string, path: string): string {
  return readFileSync(join(folder, path), 'utf8');
}

/** One problem as the course report prints it. */
export function problemBlock(at: string, message: string, fix?: string): string {
  return `✖ ${at}\n  ${message}${fix ? `\n  → ${fix}` : ''}`;
}
