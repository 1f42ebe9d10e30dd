// Splits one `astro build` into phases from the moments its log lines arrived. Astro
// stamps its lines with whole seconds only, so the harness records each line's arrival
// itself (milliseconds since the command started) and this module reads the markers
// Astro 7 prints between its phases.
import { median } from './stats.ts';

export interface LogLine {
  /** Milliseconds from the start of the command to the arrival of the line. */
  atMs: number;
  text: string;
}

export interface Phase {
  name: string;
  ms: number;
}

interface Boundary {
  /** The phase that ends where this marker appears. */
  phase: string;
  matches: (text: string) => boolean;
}

const tagged = (tag: string, message: string) => (text: string) =>
  text.includes(`[${tag}]`) && text.includes(message);

// In the order Astro 7 prints them (core/build/index.js, static-build.js, generate.js).
const BOUNDARIES: Boundary[] = [
  { phase: 'startup (Node, config, integrations, Vite setup)', matches: tagged('content', 'Syncing content') },
  { phase: 'content sync (load + render Markdown)', matches: tagged('content', 'Synced content') },
  { phase: 'types and route collection', matches: tagged('build', 'entrypoints...') },
  { phase: 'Vite bundling', matches: (text) => /(generating|prerendering) static routes/.test(text) },
  {
    phase: 'page generation',
    matches: (text) => text.includes('✓ Completed in') && !text.includes('['),
  },
  { phase: 'after generation (images, assets)', matches: tagged('build', '✓ Completed in') },
  { phase: 'astro:build:done hooks (Pagefind, checks)', matches: (text) => /page\(s\) built in/.test(text) },
];

const EXIT_PHASE = 'shutdown';

// Astro colours its output when it thinks it is on a terminal; markers are matched on plain text.
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Durations of the phases, in order, ending at `exitMs`. A marker that never appears
 * merges its phase into the next one, so the durations always add up to `exitMs`.
 */
export function buildPhases(lines: readonly LogLine[], exitMs: number): Phase[] {
  const phases: Phase[] = [];
  let startMs = 0;
  let pending: string[] = [];
  let cursor = 0;
  for (const boundary of BOUNDARIES) {
    pending.push(boundary.phase);
    const found = lines.findIndex((line, index) => index >= cursor && boundary.matches(line.text.replace(ANSI, '')));
    if (found === -1) continue;
    phases.push({ name: pending.join(' + '), ms: lines[found].atMs - startMs });
    startMs = lines[found].atMs;
    cursor = found + 1;
    pending = [];
  }
  pending.push(EXIT_PHASE);
  phases.push({ name: pending.join(' + '), ms: exitMs - startMs });
  return phases;
}

/** Median duration of each phase over several builds, in the order of the first build. */
export function medianPhases(builds: readonly Phase[][]): Phase[] {
  const names = [...new Set(builds.flatMap((phases) => phases.map((phase) => phase.name)))];
  return names.map((name) => {
    const durations = builds.flatMap((phases) => phases.filter((phase) => phase.name === name).map((phase) => phase.ms));
    return { name, ms: median(durations) };
  });
}
