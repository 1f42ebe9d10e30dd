import { describe, expect, it } from 'vitest';
import { median, summarize } from './stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});

describe('summarize', () => {
  it('keeps the samples in the order they were taken', () => {
    expect(summarize([12, 10, 30])).toEqual({ median: 12, min: 10, max: 30, samples: [12, 10, 30] });
  });
});
