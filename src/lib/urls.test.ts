import { describe, expect, it } from 'vitest';
import { absoluteUrl, indexPath, lessonPath, normalizeBase, sectionPath, withBase } from './urls.ts';

describe('site paths', () => {
  it('name lesson pages, the read-all view, sections and course indexes', () => {
    expect(lessonPath('es', 'section-7', 'ecs')).toBe('/es/section-7/ecs/');
    expect(lessonPath('es', 'section-7', 'ecs', 1)).toBe('/es/section-7/ecs/');
    expect(lessonPath('es', 'section-7', 'ecs', 3)).toBe('/es/section-7/ecs/3/');
    expect(lessonPath('es', 'section-7', 'ecs', 'all')).toBe('/es/section-7/ecs/all/');
    expect(sectionPath('en', 'section-7')).toBe('/en/section-7/');
    expect(indexPath('en')).toBe('/en/');
  });
});

describe('withBase and absoluteUrl', () => {
  it('prefix site paths with the base path and the site', () => {
    expect(withBase('/', '/en/')).toBe('/en/');
    expect(withBase('/curso-aws/', '/en/')).toBe('/curso-aws/en/');
    expect(absoluteUrl('https://me.github.io', '/curso-aws/', '/en/')).toBe('https://me.github.io/curso-aws/en/');
  });

  it.each([
    ['', '/'],
    ['/', '/'],
    ['curso-aws', '/curso-aws/'],
    ['/curso-aws', '/curso-aws/'],
    ['//curso-aws//', '/curso-aws/'],
  ])('normalizeBase(%j) is %j', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });
});
