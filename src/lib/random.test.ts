import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

const draw = (seed: number, count: number) => {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => next());
};

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draw(23, 50)).toEqual(draw(23, 50));
  });

  it('gives another sequence for another seed', () => {
    expect(draw(23, 5)).not.toEqual(draw(24, 5));
  });

  it('draws numbers in [0, 1) spread over the whole range', () => {
    const values = draw(7, 1000);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Math.min(...values)).toBeLessThan(0.01);
    expect(Math.max(...values)).toBeGreaterThan(0.99);
  });
});
