// Reads the report of GNU time (`/usr/bin/time -v`): it is the standard tool that
// gives CPU time and peak memory of a command including the processes it starts
// (Astro spawns Pagefind's native binary, for one), which Node alone cannot observe.

export interface ResourceUsage {
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** Largest resident set of any single process of the command, in KiB. */
  maxRssKiB: number;
  exitStatus: number;
}

/** `h:mm:ss`, `m:ss` or `m:ss.cc` as printed by GNU time, in seconds. */
export function parseClock(text: string): number {
  const parts = text.trim().split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !Number.isFinite(part))) {
    throw new Error(`unreadable elapsed time "${text}"`);
  }
  return parts.reduce((total, part) => total * 60 + part, 0);
}

function field(report: string, label: string): string {
  const line = report.split('\n').find((candidate) => candidate.trim().startsWith(label));
  if (!line) throw new Error(`GNU time report has no "${label}" line`);
  return line.slice(line.lastIndexOf(': ') + 2).trim();
}

export function parseGnuTime(report: string): ResourceUsage {
  return {
    wallSeconds: parseClock(field(report, 'Elapsed (wall clock) time')),
    userSeconds: Number(field(report, 'User time (seconds)')),
    systemSeconds: Number(field(report, 'System time (seconds)')),
    maxRssKiB: Number(field(report, 'Maximum resident set size (kbytes)')),
    exitStatus: Number(field(report, 'Exit status')),
  };
}
