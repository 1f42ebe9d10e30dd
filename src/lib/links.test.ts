import { describe, expect, it } from 'vitest';
import { linkHref, missingTarget, resolveLink, type LinkTargets } from './links.ts';

function targets(base: string): LinkTargets {
  return {
    base,
    lessonPaths: new Map([
      ['en/section-8/lesson-3.md', '/en/section-8/lesson-3/'],
      ['en/section-8/lesson-4.md', '/en/section-8/lesson-4/'],
      ['en/2024-01-05-flat.mdx', '/en/section-9/flat/'],
    ]),
    publicFileExists: (path) => path === 'images/logo.png' || path === 'files/README',
    lessonsFolder: 'lessons',
  };
}

const from = 'en/section-8/lesson-4.md';
const sitePaths = new Set(['/', '/en/', '/en/section-8/lesson-3/', '/en/section-8/lesson-3/2/', '/en/section-8/lesson-4/']);

describe('resolveLink', () => {
  it.each([
    ['https://aws.amazon.com/', { kind: 'external' }],
    ['mailto:team@example.org', { kind: 'external' }],
    ['//cdn.example.org/x.js', { kind: 'external' }],
    ['#overview', { kind: 'anchor' }],
    ['lesson-3.md', { kind: 'internal', path: '/en/section-8/lesson-3/', hash: '' }],
    ['./lesson-3.md#storage', { kind: 'internal', path: '/en/section-8/lesson-3/', hash: '#storage' }],
    ['../2024-01-05-flat.mdx', { kind: 'internal', path: '/en/section-9/flat/', hash: '' }],
    ['/en/section-8/lesson-3/2/', { kind: 'internal', path: '/en/section-8/lesson-3/2/', hash: '' }],
    ['/en/section-8/lesson-3/2', { kind: 'internal', path: '/en/section-8/lesson-3/2/', hash: '' }],
    ['/en/section-8/lesson-3/index.html', { kind: 'internal', path: '/en/section-8/lesson-3/', hash: '' }],
    ['../lesson-3/', { kind: 'internal', path: '/en/section-8/lesson-3/', hash: '' }],
    ['/images/logo.png', { kind: 'internal', path: '/images/logo.png', hash: '' }],
    ['/files/README', { kind: 'internal', path: '/files/README', hash: '' }],
  ])('%s', (url, expected) => {
    expect(resolveLink(url, from, targets('/'))).toEqual(expected);
  });

  it('accepts site paths with or without the base path', () => {
    const withBasePath = targets('/curso-aws/');
    expect(resolveLink('/curso-aws/en/section-8/lesson-3/', from, withBasePath)).toMatchObject({ path: '/en/section-8/lesson-3/' });
    expect(resolveLink('/en/section-8/lesson-3/', from, withBasePath)).toMatchObject({ path: '/en/section-8/lesson-3/' });
  });
});

describe('linkHref', () => {
  it('points internal links at the site under the base path, and leaves the rest as written', () => {
    expect(linkHref(resolveLink('lesson-3.md#x', from, targets('/curso/')), '/curso/')).toBe('/curso/en/section-8/lesson-3/#x');
    expect(linkHref(resolveLink('/images/logo.png', from, targets('/curso/')), '/curso/')).toBe('/curso/images/logo.png');
    expect(linkHref(resolveLink('https://x.org/', from, targets('/curso/')), '/curso/')).toBeUndefined();
    expect(linkHref(resolveLink('#a', from, targets('/curso/')), '/curso/')).toBeUndefined();
  });
});

describe('missingTarget', () => {
  const check = (url: string) => missingTarget(url, resolveLink(url, from, targets('/')), sitePaths, targets('/'));

  it.each(['lesson-3.md', '/en/section-8/lesson-3/2', '/images/logo.png', 'https://x.org/'])('accepts %s', (url) => {
    expect(check(url)).toBeUndefined();
  });

  it.each([
    ['lesson-9.md', 'lessons/en/section-8/lesson-9.md'],
    ['/en/section-8/lesson-3/7/', '/en/section-8/lesson-3/7/'],
    ['../missing/', '/en/section-8/missing/'],
  ])('reports %s as leading nowhere', (url, named) => {
    expect(check(url)?.reason).toContain(named);
  });
});

describe('broken lesson links', () => {
  it('names the lessons folder and suggests the lesson a Jekyll link probably meant', () => {
    expect(resolveLink('../flat.md', from, targets('/'))).toEqual({
      kind: 'broken',
      reason: 'the link ../flat.md points to lessons/en/flat.md, which is not a published lesson',
      fix: 'did you mean lessons/en/2024-01-05-flat.mdx? Link to the file by its full name',
    });
  });

  it('falls back to general advice when no lesson is alike', () => {
    const resolved = resolveLink('lesson-9.md', from, targets('/'));
    expect(resolved.kind === 'broken' && resolved.fix).toContain('check the file name');
  });
});
