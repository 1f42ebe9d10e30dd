import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('defaults to N=50 and N=250, three runs, ten saves, Starlight on', () => {
    expect(parseOptions([])).toEqual({
      sizes: [50, 250],
      runs: 3,
      saves: 10,
      starlight: true,
      refreshStarlight: false,
      page: '/es/section-01/lesson-005/',
      output: 'bench/results.json',
    });
  });

  it('sorts and deduplicates sizes and normalizes the page path', () => {
    const options = parseOptions(['--sizes', '250, 50,250', '--runs', '1', '--page', 'en/section-02/lesson-013', '--no-starlight']);
    expect(options.sizes).toEqual([50, 250]);
    expect(options.runs).toBe(1);
    expect(options.page).toBe('/en/section-02/lesson-013/');
    expect(options.starlight).toBe(false);
  });

  it('rejects sizes and run counts that are not positive integers', () => {
    expect(() => parseOptions(['--sizes', '50,abc'])).toThrow(/positive integers/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/positive integers/);
    expect(() => parseOptions(['--bogus'])).toThrow();
  });
});
