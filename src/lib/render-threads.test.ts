import { describe, expect, it } from 'vitest';
import { renderThreadCount } from './render-threads.ts';

describe('renderThreadCount', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 2],
    [8, 7],
    [16, 15],
  ])('on %i cores, unset, renders on %i worker threads', (cores, threads) => {
    expect(renderThreadCount(undefined, cores)).toBe(threads);
    expect(renderThreadCount(' ', cores)).toBe(threads);
  });

  it('takes the number it is set to, 0 for the main thread', () => {
    expect(renderThreadCount('0', 8)).toBe(0);
    expect(renderThreadCount('2', 2)).toBe(2);
  });

  it.each(['two', '-1', '1.5'])('refuses %s, saying what to write', (setting) => {
    expect(() => renderThreadCount(setting, 8)).toThrow(`COURSE_RENDER_THREADS=${setting} is not a number of threads: set it to 0 (render in the main thread) or a whole number such as 7, or unset it`);
  });
});
