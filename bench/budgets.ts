// The budgets of SPEC §10, judged on measured medians. A budget that needs Starlight's
// figures is left undecided (pass: null) when the run skipped Starlight.

/** What the budgets need from one site built at one corpus size. */
export interface BudgetInput {
  lessonsPerLanguage: number;
  wallMs: number;
  maxRssMiB: number;
  lessonHtmlBytes: number;
  lessonJavascriptGzip: number;
  lessonFirstViewGzip: number;
}

export interface Verdict {
  budget: string;
  measured: string;
  pass: boolean | null;
}

export const BUILD_TIME_RATIO = 0.75;
/** 5 KB read as 5,000 bytes, the stricter of the two readings of "KB". */
export const JAVASCRIPT_GZIP_LIMIT = 5000;
export const FIRST_VIEW_RATIO = 0.5;
export const HTML_GROWTH_LIMIT = 0.1;
/** SPEC §10 names N=250; a run without it is judged at its largest size. */
export const REFERENCE_SIZE = 250;

export function referenceSize(sizes: readonly number[]): number {
  return sizes.includes(REFERENCE_SIZE) ? REFERENCE_SIZE : Math.max(...sizes);
}

const ratio = (value: number) => `${value.toFixed(2)}×`;

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

export function evaluateBudgets(ours: readonly BudgetInput[], starlight: readonly BudgetInput[] | null): Verdict[] {
  const sorted = [...ours].sort((a, b) => a.lessonsPerLanguage - b.lessonsPerLanguage);
  const size = referenceSize(sorted.map((result) => result.lessonsPerLanguage));
  const ourReference = sorted.find((result) => result.lessonsPerLanguage === size)!;
  const theirReference = starlight?.find((result) => result.lessonsPerLanguage === size) ?? null;
  const smallest = sorted[0];
  const largest = sorted[sorted.length - 1];
  const verdicts: Verdict[] = [];

  const buildRatio = theirReference ? ourReference.wallMs / theirReference.wallMs : null;
  verdicts.push({
    budget: `cold build at N=${size} ≤ ${BUILD_TIME_RATIO}× Starlight's wall time`,
    measured: buildRatio === null ? 'Starlight not built' : `${ratio(buildRatio)}`,
    pass: buildRatio === null ? null : buildRatio <= BUILD_TIME_RATIO,
  });

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

  const firstViewRatio = theirReference ? ourReference.lessonFirstViewGzip / theirReference.lessonFirstViewGzip : null;
  verdicts.push({
    budget: `lesson page first view (gzip) ≤ ${FIRST_VIEW_RATIO}× Starlight's`,
    measured:
      firstViewRatio === null
        ? 'Starlight not built'
        : `${ourReference.lessonFirstViewGzip} B vs ${theirReference!.lessonFirstViewGzip} B = ${ratio(firstViewRatio)}`,
    pass: firstViewRatio === null ? null : firstViewRatio <= FIRST_VIEW_RATIO,
  });

  const growth = largest.lessonHtmlBytes / smallest.lessonHtmlBytes - 1;
  verdicts.push({
    budget: `lesson page HTML grows < ${HTML_GROWTH_LIMIT * 100}% from the smallest to the largest N`,
    measured:
      sorted.length < 2
        ? 'needs two sizes'
        : `${smallest.lessonHtmlBytes} B → ${largest.lessonHtmlBytes} B (${(growth * 100).toFixed(1)}%, N=${smallest.lessonsPerLanguage}→${largest.lessonsPerLanguage})`,
    pass: sorted.length < 2 ? null : growth < HTML_GROWTH_LIMIT,
  });
  return verdicts;
}
