import { describe, expect, it } from 'vitest';
import { evaluateBudgets, linearGrowth, referenceSize, type BudgetInput } from './budgets.ts';

function site(size: number, overrides: Partial<BudgetInput> = {}): BudgetInput {
  return {
    lessonsPerLanguage: size,
    wallMs: 1000 + size * 10,
    maxRssMiB: 500 + size,
    lessonHtmlBytes: 8000 + size,
    lessonJavascriptGzip: 2000,
    lessonFirstViewGzip: 7000,
    ...overrides,
  };
}

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

describe('evaluateBudgets', () => {
  const ours = [site(50), site(250)];

  it('passes a site that meets every budget', () => {
    const starlight = [site(50, { wallMs: 9000 }), site(250, { wallMs: 12000, lessonFirstViewGzip: 30000 })];
    const verdicts = evaluateBudgets(ours, starlight);
    expect(verdicts.map((verdict) => verdict.pass)).toEqual([true, true, true, true, true, true]);
    expect(verdicts[0].measured).toBe('0.29×');
  });

  it('fails each budget that is exceeded', () => {
    const slow = [site(50, { lessonHtmlBytes: 8000 }), site(250, { wallMs: 11000, lessonHtmlBytes: 9000, lessonJavascriptGzip: 5001 })];
    const starlight = [site(50), site(250, { wallMs: 12000, lessonFirstViewGzip: 10000 })];
    const verdicts = evaluateBudgets(slow, starlight);
    expect(verdicts.map((verdict) => verdict.pass)).toEqual([false, false, true, false, false, false]);
  });

  it('leaves the comparisons with Starlight undecided when it was not built', () => {
    const verdicts = evaluateBudgets(ours, null);
    expect(verdicts[0].pass).toBeNull();
    expect(verdicts[4].pass).toBeNull();
    expect(verdicts[3].pass).toBe(true);
  });
});
