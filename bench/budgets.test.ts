import { describe, expect, it } from 'vitest';
import { editLoopMedian, evaluateBudgets, examBudget, linearGrowth, referenceSize, type BudgetInput, type MaintainerInput } from './budgets.ts';

function site(size: number, overrides: Partial<BudgetInput> = {}): BudgetInput {
  return {
    lessonsPerLanguage: size,
    wallMs: 1000 + size * 10,
    maxRssMiB: 500 + size,
    lessonHtmlGzip: 2500 + size / 10,
    lessonJavascriptGzip: 2000,
    lessonFirstViewGzip: 7000,
    ...overrides,
  };
}

const fast: MaintainerInput = { rebuildMs: 3000, devStartMs: 2500, editLoopMs: [300, 400, 500] };
const slow: MaintainerInput = { rebuildMs: 9000, devStartMs: 3000, editLoopMs: [1000, 1200, 1300] };

describe('referenceSize', () => {
  it('is N=250 when measured, the largest size otherwise', () => {
    expect(referenceSize([50, 250, 500])).toBe(250);
    expect(referenceSize([10, 20])).toBe(20);
  });
});

describe('linearGrowth', () => {
  it('accepts growth up to the growth in lessons', () => {
    expect(linearGrowth([{ size: 50, value: 4 }, { size: 250, value: 12 }])).toBe(true);
    expect(linearGrowth([{ size: 50, value: 4 }, { size: 250, value: 20 }])).toBe(true);
  });

  it('rejects superlinear growth between any two consecutive sizes', () => {
    expect(linearGrowth([{ size: 50, value: 4 }, { size: 100, value: 6 }, { size: 200, value: 13 }])).toBe(false);
  });

  it('cannot judge a single size', () => {
    expect(linearGrowth([{ size: 50, value: 4 }])).toBeNull();
  });
});

describe('editLoopMedian', () => {
  it('counts a save that never showed as slower than any that did', () => {
    expect(editLoopMedian([300, null, 500])).toBe(500);
    expect(editLoopMedian([null, null, 500])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('evaluateBudgets', () => {
  const ours = [site(50), site(250)];
  const starlight = [site(50, { wallMs: 9000, maxRssMiB: 2000 }), site(250, { wallMs: 12000, maxRssMiB: 2000, lessonFirstViewGzip: 50000 })];
  const passes = (verdicts: ReturnType<typeof evaluateBudgets>) => Object.fromEntries(verdicts.map((verdict) => [verdict.budget, verdict.pass]));

  it('passes a site that meets every budget', () => {
    const verdicts = evaluateBudgets(ours, starlight, { ours: fast, starlight: slow });
    expect(verdicts.filter((verdict) => verdict.pass !== true)).toEqual([]);
    expect(verdicts[0]).toMatchObject({ budget: "cold build at N=50 ≤ 0.85× Starlight's", measured: '1.50 s vs 9.00 s = 0.17×' });
    expect(verdicts[1]).toMatchObject({ budget: "cold build at N=250 ≤ 0.85× Starlight's", measured: '3.50 s vs 12.00 s = 0.29×' });
  });

  it('fails each budget that is exceeded', () => {
    const heavy = [
      site(50, { wallMs: 8000, lessonHtmlGzip: 2000 }),
      site(250, { wallMs: 16000, maxRssMiB: 1600, lessonHtmlGzip: 2300, lessonJavascriptGzip: 5001, lessonFirstViewGzip: 7600 }),
    ];
    const verdicts = passes(evaluateBudgets(heavy, starlight, { ours: { rebuildMs: 3700, devStartMs: 3100, editLoopMs: [900, null, 1400] }, starlight: slow }));
    expect(verdicts).toEqual({
      "cold build at N=50 ≤ 0.85× Starlight's": false,
      "cold build at N=250 ≤ 0.85× Starlight's": false,
      "peak memory at N=50 ≤ 0.75× Starlight's": true,
      "peak memory at N=250 ≤ 0.75× Starlight's": false,
      "rebuild after one edit at N=250 ≤ 0.4× Starlight's": false,
      "npm run dev at N=250: start to first lesson page ≤ Starlight's": false,
      'edit loop: every save shows': false,
      "edit loop at N=250: median save-to-page time ≤ 0.4× Starlight's": false,
      'build time grows at most linearly with N': true,
      'peak memory grows at most linearly with N': true,
      'JS before interaction on a lesson page ≤ 5000 B gzip': false,
      "lesson page first view (gzip) ≤ 0.15× Starlight's": false,
      'lesson page HTML (gzip) grows < 10% from the smallest N to N=250': false,
    });
  });

  it('judges N=1000 against its own ratio when it was measured', () => {
    const large = [site(250), site(1000, { wallMs: 30000 })];
    const theirs = [site(250, { wallMs: 12000 }), site(1000, { wallMs: 50000 })];
    const verdicts = evaluateBudgets(large, theirs, { ours: fast, starlight: slow });
    expect(verdicts.slice(0, 2).map(({ budget, pass }) => [budget, pass])).toEqual([
      ["cold build at N=250 ≤ 0.85× Starlight's", true],
      ["cold build at N=1000 ≤ 0.6× Starlight's", true],
    ]);
  });

  it('judges HTML growth from the smallest size to the reference size, N=250', () => {
    const sizes = [site(50, { lessonHtmlGzip: 3000 }), site(250, { lessonHtmlGzip: 3150 }), site(1000, { lessonHtmlGzip: 4000 })];
    expect(passes(evaluateBudgets(sizes, null, { ours: fast, starlight: null }))['lesson page HTML (gzip) grows < 10% from the smallest N to N=250']).toBe(true);
  });

  it('judges npm run check at N=1000, after a build and with no cache, when the run measured it', () => {
    const check = (afterBuildMs: number, coldMs = 6000) =>
      passes(evaluateBudgets([site(250), site(1000, { check: { afterBuildMs, coldMs, parseMs: 5000 } })], null, { ours: fast, starlight: null }));
    const overhead = "npm run check -- --content-only at N=1000 with no cache: work beyond parsing ≤ 30% of micromark's own parse time";
    expect(check(1800)['npm run check -- --content-only at N=1000 ≤ 5.00 s, after a build']).toBe(true);
    expect(check(5200)['npm run check -- --content-only at N=1000 ≤ 5.00 s, after a build']).toBe(false);
    expect(check(1800, 6500)[overhead]).toBe(true);
    expect(check(1800, 6600)[overhead]).toBe(false);
    expect(Object.keys(passes(evaluateBudgets(ours, null, { ours: fast, starlight: null }))).some((budget) => budget.startsWith('npm run check'))).toBe(false);
  });

  it('leaves the comparisons with Starlight undecided when it was not built', () => {
    const verdicts = passes(evaluateBudgets(ours, null, { ours: fast, starlight: null }));
    expect(verdicts["cold build at N=250 ≤ 0.85× Starlight's"]).toBeNull();
    expect(verdicts["peak memory at N=50 ≤ 0.75× Starlight's"]).toBeNull();
    expect(verdicts["rebuild after one edit at N=250 ≤ 0.4× Starlight's"]).toBeNull();
    expect(verdicts["npm run dev at N=250: start to first lesson page ≤ Starlight's"]).toBeNull();
    expect(verdicts['edit loop: every save shows']).toBe(true);
    expect(verdicts['JS before interaction on a lesson page ≤ 5000 B gzip']).toBe(true);
  });
});

describe('examBudget', () => {
  it('passes the exam page at 10,000 bytes of compressed JavaScript and fails it above', () => {
    expect(examBudget({ page: '/en/exam/', javascriptGzip: 10000 }).pass).toBe(true);
    expect(examBudget({ page: '/en/exam/', javascriptGzip: 10001 }).pass).toBe(false);
  });
});
