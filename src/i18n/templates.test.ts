import { describe, expect, it } from 'vitest';
import { fill, plural } from './templates.ts';

describe('fill', () => {
  it('replaces every placeholder it has a value for', () => {
    expect(fill('{right} of {total} right, {right}!', { right: 2, total: 3 })).toBe('2 of 3 right, 2!');
  });

  it('leaves unknown placeholders and other braces as written', () => {
    expect(fill('{query} in {nowhere} {}', { query: 'vpc' })).toBe('vpc in {nowhere} {}');
  });

  it('inserts values literally, even when they look like placeholders', () => {
    expect(fill('No results for “{query}”.', { query: '{total} $&' })).toBe('No results for “{total} $&”.');
  });
});

describe('plural', () => {
  const lessons = { one: '{count} lección', other: '{count} lecciones' };

  it.each([
    [0, '0 lecciones'],
    [1, '1 lección'],
    [2, '2 lecciones'],
    [21, '21 lecciones'],
  ])('%i → %s', (count, text) => {
    expect(plural(lessons, count)).toBe(text);
  });
});
