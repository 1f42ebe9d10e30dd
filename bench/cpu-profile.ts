// Reads V8 CPU profiles (`node --cpu-prof`) into self time per package and per
// function: which code the build spends its time in, in all and per build phase.

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

export interface CpuProfile {
  /** Microseconds on the process's monotonic clock when sampling began. */
  startTime: number;
  nodes: Array<{ id: number; callFrame: CallFrame }>;
  samples: number[];
  /** Microseconds between a sample and the previous one. */
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
}

/**
 * Where a frame's code comes from: an npm package, a folder of our src/, the files the
 * build itself generated (pages and components compiled into `buildDir`), Node's core,
 * or V8's own buckets (GC, idle, program).
 */
export function codeOrigin(frame: CallFrame, projectDir: string, buildDir: string): string {
  if (frame.url === '') return frame.functionName.startsWith('(') ? frame.functionName : 'node native (fs, module compile, text)';
  if (frame.url.startsWith('wasm://')) return 'WebAssembly';
  const path = frame.url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const [first, second] = path.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (path.startsWith('node:')) return 'node core';
  if (path.startsWith(buildDir)) return 'compiled pages and components';
  if (path.startsWith(`${projectDir}/src/`)) return `src/${path.slice(projectDir.length + 5).split('/')[0]}`;
  return 'other';
}

// Packages grouped by the work they do in a build, first match wins.
const ACTIVITIES: Array<[string, RegExp]> = [
  ['Markdown parsing (micromark, mdast)', /^(micromark|mdast-util-|remark-|decode-named-character-reference|character-entities|markdown-table)/],
  ['syntax highlighting (Shiki, Oniguruma WebAssembly)', /^(@shikijs\/|shiki$|WebAssembly$)/],
  ['HTML trees (hast, unist, rehype)', /^(hast|unist-|rehype-|hastscript|property-information|html-void-elements|zwitch|space-separated-tokens|comma-separated-tokens|stringify-entities|ccount|web-namespaces)/],
  ['unified pipeline (unified, vfile, trough)', /^(unified|vfile|trough|bail|devlop|@astrojs\/markdown-remark)$/],
  ['bundling (Vite, Rolldown)', /^(vite|rolldown|@rolldown\/.*|esbuild|@oxc-project\/.*|lightningcss|postcss)$/],
  ['Astro core and compiler', /^(astro|@astrojs\/.*)$/],
  ['serialization (devalue)', /^devalue$/],
  ['our src/', /^src\//],
  ['our pages and components (compiled)', /^compiled pages and components$/],
  ['Node core and native bindings', /^node (core|native)/],
];

/** The kind of work a code origin (see codeOrigin) does; V8's own buckets stay as they are. */
export function activity(origin: string): string {
  if (origin.startsWith('(')) return origin;
  return ACTIVITIES.find(([, pattern]) => pattern.test(origin))?.[0] ?? 'other packages';
}

/** Self time of each frame, in ms, keyed as `by` names it; largest first. */
export function selfTimes(profiles: readonly CpuProfile[], by: (frame: CallFrame) => string): SelfTime[] {
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, index) => {
      const key = by(frames.get(id)!);
      totals.set(key, (totals.get(key) ?? 0) + profile.timeDeltas[index] / 1000);
    });
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/** `name (file:line)` with the file shortened to what follows node_modules/ or the project. */
export function functionLabel(frame: CallFrame, projectDir: string): string {
  if (frame.url === '') return frame.functionName;
  const path = frame.url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  const short = modules !== -1 ? path.slice(modules + '/node_modules/'.length) : path.replace(`${projectDir}/`, '');
  return `${frame.functionName || '(anonymous)'} (${short}:${frame.lineNumber + 1})`;
}

export interface PhaseSelfTimes {
  phase: string;
  ms: number;
  selfTimes: SelfTime[];
}

/**
 * Self times split by build phase. Phases are laid end to end from the start of the
 * process; sampling starts a few milliseconds after it, which is negligible against
 * phases that last seconds. Threads share one clock, so the earliest profile sets zero.
 */
export function selfTimesByPhase(
  profiles: readonly CpuProfile[],
  phases: ReadonlyArray<{ name: string; ms: number }>,
  by: (frame: CallFrame) => string,
): PhaseSelfTimes[] {
  const ends = phases.map((_, index) => phases.slice(0, index + 1).reduce((sum, phase) => sum + phase.ms, 0));
  const totals = phases.map(() => new Map<string, number>());
  const zero = Math.min(...profiles.map((profile) => profile.startTime));
  for (const profile of profiles) {
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    let clock = profile.startTime;
    profile.samples.forEach((id, index) => {
      clock += profile.timeDeltas[index];
      const atMs = (clock - zero) / 1000;
      const phase = ends.findIndex((end) => atMs <= end);
      const bucket = totals[phase === -1 ? phases.length - 1 : phase];
      const key = by(frames.get(id)!);
      bucket.set(key, (bucket.get(key) ?? 0) + profile.timeDeltas[index] / 1000);
    });
  }
  return phases.map((phase, index) => ({
    phase: phase.name,
    ms: phase.ms,
    selfTimes: [...totals[index]].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
  }));
}
