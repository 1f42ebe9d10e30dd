// The performance budgets, judged on measured medians. A budget that needs Starlight's
// figures, or a measurement the run did not take, is left undecided (pass: null).
import { median } from './stats.ts';

/** What the budgets need from one site built at one corpus size. */
export interface BudgetInput {
  lessonsPerLanguage: number;
  wallMs: number;
  maxRssMiB: number;
  lessonHtmlGzip: number;
  lessonJavascriptGzip: number;
  lessonFirstViewGzip: number;
  /** `npm run check -- --content-only`, ours only, and the build's parser alone on the same lessons. */
  check?: { afterBuildMs: number; coldMs: number; parseMs: number };
}

/** What the budgets need from the maintainer's measurements of one site at the reference size. */
export interface MaintainerInput {
  /** Median wall time of a build after one lesson was edited, caches kept. */
  rebuildMs: number | null;
  /** From starting `astro dev` to the first lesson page served. */
  devStartMs: number | null;
  /** Milliseconds from each save to the page showing it; null for a save that never showed. */
  editLoopMs: (number | null)[] | null;
}

export interface Verdict {
  budget: string;
  measured: string;
  pass: boolean | null;
}

/** Cold build time against Starlight's, at the corpus sizes it is set for. */
export const COLD_BUILD_RATIOS: ReadonlyArray<{ size: number; ratio: number }> = [
  { size: 50, ratio: 0.85 },
  { size: 250, ratio: 0.85 },
  { size: 1000, ratio: 0.6 },
];
/** Peak memory of a cold build against Starlight's, at every size. */
export const MEMORY_RATIO = 0.75;
export const REBUILD_RATIO = 0.4;
/** `npm run dev`: start to the first lesson page, and save to page, against Starlight's. */
export const DEV_START_RATIO = 1;
export const EDIT_LOOP_RATIO = 0.4;
/** 5 KB read as 5,000 bytes, the stricter of the two readings of "KB". */
export const JAVASCRIPT_GZIP_LIMIT = 5000;
export const FIRST_VIEW_RATIO = 0.15;
/** The practice exam page's JavaScript, read as the lesson page's is (10 KB as 10,000 bytes). */
export const EXAM_JAVASCRIPT_GZIP_LIMIT = 10000;
export const HTML_GROWTH_LIMIT = 0.1;
/** `npm run check -- --content-only` on the 2,000-lesson course (N=1000). */
export const CHECK_LIMIT_MS = 5000;
/** With no cache, the check's work beyond parsing, as a share of the parser's own time. */
export const CHECK_OVERHEAD_RATIO = 0.3;
export const CHECK_SIZE = 1000;
/** The maintainer's measurements are taken at N=250, or at the largest size of a run without it. */
export const REFERENCE_SIZE = 250;

export function referenceSize(sizes: readonly number[]): number {
  return sizes.includes(REFERENCE_SIZE) ? REFERENCE_SIZE : Math.max(...sizes);
}

const ratio = (value: number) => `${value.toFixed(2)}×`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Linear (or better) growth: between each pair of consecutive sizes the measure grows by
 * no more than the number of lessons does, i.e. the cost per lesson does not rise with N.
 * With two sizes this catches superlinear growth; it cannot tell a fixed start-up cost
 * from a per-lesson one, which is why the report also prints the marginal cost.
 */
export function linearGrowth(points: ReadonlyArray<{ size: number; value: number }>): boolean | null {
  if (points.length < 2) return null;
  return points.slice(1).every((point, index) => point.value / points[index].value <= point.size / points[index].size);
}

function growthText(points: ReadonlyArray<{ size: number; value: number }>): string {
  return points
    .slice(1)
    .map((point, index) => {
      const previous = points[index];
      return `${ratio(point.value / previous.value)} for ${ratio(point.size / previous.size)} lessons (N=${previous.size}→${point.size})`;
    })
    .join('; ');
}

/** Median of the saves that showed; a lost save counts as slower than any that showed. */
export function editLoopMedian(samples: readonly (number | null)[]): number {
  return median(samples.map((sample) => sample ?? Number.POSITIVE_INFINITY));
}

function compared(
  budget: string,
  ours: number | null | undefined,
  theirs: number | null | undefined,
  limit: number,
  show: (value: number) => string,
): Verdict {
  if (ours == null || theirs == null) return { budget, measured: ours == null ? 'not measured' : 'Starlight not measured', pass: null };
  return { budget, measured: `${show(ours)} vs ${show(theirs)} = ${ratio(ours / theirs)}`, pass: ours / theirs <= limit };
}

export function evaluateBudgets(
  ours: readonly BudgetInput[],
  starlight: readonly BudgetInput[] | null,
  maintainer: { ours: MaintainerInput; starlight: MaintainerInput | null },
): Verdict[] {
  const sorted = [...ours].sort((a, b) => a.lessonsPerLanguage - b.lessonsPerLanguage);
  const size = referenceSize(sorted.map((result) => result.lessonsPerLanguage));
  const at = (sites: readonly BudgetInput[] | null, n: number) => sites?.find((result) => result.lessonsPerLanguage === n);
  const ourReference = at(sorted, size)!;
  const theirReference = at(starlight, size);
  const verdicts: Verdict[] = [];

  for (const { size: n, ratio: limit } of COLD_BUILD_RATIOS) {
    if (!at(sorted, n)) continue;
    verdicts.push(compared(`cold build at N=${n} ≤ ${limit}× Starlight's`, at(sorted, n)!.wallMs, at(starlight, n)?.wallMs, limit, seconds));
  }
  for (const result of sorted) {
    const n = result.lessonsPerLanguage;
    verdicts.push(compared(`peak memory at N=${n} ≤ ${MEMORY_RATIO}× Starlight's`, result.maxRssMiB, at(starlight, n)?.maxRssMiB, MEMORY_RATIO, (mib) => `${Math.round(mib)} MiB`));
  }
  verdicts.push(
    compared(`rebuild after one edit at N=${size} ≤ ${REBUILD_RATIO}× Starlight's`, maintainer.ours.rebuildMs, maintainer.starlight?.rebuildMs, REBUILD_RATIO, seconds),
  );
  verdicts.push(
    compared(`npm run dev at N=${size}: start to first lesson page ≤ Starlight's`, maintainer.ours.devStartMs, maintainer.starlight?.devStartMs, DEV_START_RATIO, seconds),
  );

  const ourSaves = maintainer.ours.editLoopMs;
  const theirSaves = maintainer.starlight?.editLoopMs;
  verdicts.push(
    ourSaves === null
      ? { budget: 'edit loop: every save shows', measured: 'not measured', pass: null }
      : {
          budget: 'edit loop: every save shows',
          measured: `${ourSaves.filter((sample) => sample !== null).length} of ${ourSaves.length}`,
          pass: ourSaves.every((sample) => sample !== null),
        },
  );
  verdicts.push(
    compared(
      `edit loop at N=${size}: median save-to-page time ≤ ${EDIT_LOOP_RATIO}× Starlight's`,
      ourSaves ? editLoopMedian(ourSaves) : null,
      theirSaves ? editLoopMedian(theirSaves) : null,
      EDIT_LOOP_RATIO,
      seconds,
    ),
  );

  for (const [label, pick] of [
    ['build time', (result: BudgetInput) => result.wallMs],
    ['peak memory', (result: BudgetInput) => result.maxRssMiB],
  ] as const) {
    const points = sorted.map((result) => ({ size: result.lessonsPerLanguage, value: pick(result) }));
    verdicts.push({
      budget: `${label} grows at most linearly with N`,
      measured: points.length < 2 ? 'needs two sizes' : growthText(points),
      pass: linearGrowth(points),
    });
  }
  verdicts.push({
    budget: `JS before interaction on a lesson page ≤ ${JAVASCRIPT_GZIP_LIMIT} B gzip`,
    measured: `${ourReference.lessonJavascriptGzip} B`,
    pass: ourReference.lessonJavascriptGzip <= JAVASCRIPT_GZIP_LIMIT,
  });
  verdicts.push(
    compared(`lesson page first view (gzip) ≤ ${FIRST_VIEW_RATIO}× Starlight's`, ourReference.lessonFirstViewGzip, theirReference?.lessonFirstViewGzip, FIRST_VIEW_RATIO, (bytes) => `${bytes} B`),
  );

  // Judged at the size the budget names, when the run measured it (`--sizes …,1000`).
  const checked = at(sorted, CHECK_SIZE)?.check;
  if (checked) {
    verdicts.push({
      budget: `npm run check -- --content-only at N=${CHECK_SIZE} ≤ ${seconds(CHECK_LIMIT_MS)}, after a build`,
      measured: `${seconds(checked.afterBuildMs)} (with no cache at all: ${seconds(checked.coldMs)})`,
      pass: checked.afterBuildMs <= CHECK_LIMIT_MS,
    });
    const overhead = checked.coldMs - checked.parseMs;
    verdicts.push({
      budget: `npm run check -- --content-only at N=${CHECK_SIZE} with no cache: work beyond parsing ≤ ${CHECK_OVERHEAD_RATIO * 100}% of micromark's own parse time`,
      measured: `${seconds(checked.coldMs)} − ${seconds(checked.parseMs)} parsing = ${seconds(overhead)} (${((overhead / checked.parseMs) * 100).toFixed(0)}%)`,
      pass: overhead <= CHECK_OVERHEAD_RATIO * checked.parseMs,
    });
  }

  // From the smallest size to the reference size, the span the budget is set for (N=50 → N=250).
  const smallest = sorted[0];
  const growth = ourReference.lessonHtmlGzip / smallest.lessonHtmlGzip - 1;
  verdicts.push({
    budget: `lesson page HTML (gzip) grows < ${HTML_GROWTH_LIMIT * 100}% from the smallest N to N=${size}`,
    measured:
      smallest === ourReference
        ? 'needs two sizes'
        : `${smallest.lessonHtmlGzip} B → ${ourReference.lessonHtmlGzip} B (${(growth * 100).toFixed(1)}%, N=${smallest.lessonsPerLanguage}→${size})`,
    pass: smallest === ourReference ? null : growth < HTML_GROWTH_LIMIT,
  });
  return verdicts;
}

export function examBudget(exam: { page: string; javascriptGzip: number }): Verdict {
  return {
    budget: `JS of the practice exam page ≤ ${EXAM_JAVASCRIPT_GZIP_LIMIT} B gzip`,
    measured: `${exam.javascriptGzip} B (${exam.page} of the repository's course)`,
    pass: exam.javascriptGzip <= EXAM_JAVASCRIPT_GZIP_LIMIT,
  };
}
