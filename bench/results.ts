// The shape of bench/results.json: everything the printed report shows, plus samples.
import type { Verdict } from './budgets.ts';
import type { CheckTime } from './check-time.ts';
import type { DistStats } from './dist-stats.ts';
import type { EditLoopMeasurement } from './edit-loop.ts';
import type { ExamWeight } from './exam-weight.ts';
import type { PageWeight } from './page-weight.ts';
import type { Phase } from './phases.ts';
import type { Summary } from './stats.ts';

export interface SizeResult {
  lessonsPerLanguage: number;
  wallMs: Summary;
  cpuMs: Summary;
  maxRssMiB: Summary;
  /** Median duration of each build phase over the runs. */
  phases: Phase[];
  /** Output of the last run (builds are deterministic). */
  dist: DistStats;
  lessonPage: PageWeight;
  /** `npm run check -- --content-only` on the corpus: ours only. */
  check?: CheckTime;
}

/** What a maintainer waits for, measured at one corpus size. */
export interface MaintainerResult {
  /** Builds after one lesson was edited, caches kept. */
  rebuild: { wallMs: Summary; cpuMs: Summary; maxRssMiB: Summary; phases: Phase[] };
  editLoop: EditLoopMeasurement;
}

export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    /** One-minute load average when the run started and when it ended. */
    loadAverage: { start: number; end: number };
    node: string;
  };
  versions: { astro: string; starlight: string | null; starlightAstro: string | null };
  options: { sizes: number[]; runs: number; page: string; saves: number };
  ours: SizeResult[];
  starlight: SizeResult[] | null;
  maintainer: { lessonsPerLanguage: number; ours: MaintainerResult; starlight: MaintainerResult | null };
  exam: ExamWeight;
  budgets: Verdict[];
}
