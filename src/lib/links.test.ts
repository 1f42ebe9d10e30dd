import { describe, expect, it } from 'vitest';
import { resolveLink, withBase, type LinkContext } from './links.ts';

function context(base: string): LinkContext {
  return {
    base,
    lessonPaths: new Map([
      ['en/section-8/lesson-3.md', '/en/section-8/lesson-3/'],
      ['en/2024-01-05-flat.mdx', '/en/section-9/flat/'],
    ]),
    sitePaths: new Set(['/', '/en/', '/en/section-8/lesson-3/', '/en/section-8/lesson-3/2/', '/en/section-8/lesson-4/']),
    publicFileExists: (path) => path === 'images/logo.png',
    lessonsFolder: 'lessons',
  };
}

const from = 'en/section-8/lesson-4.md';
const fromPath = '/en/section-8/lesson-4/';

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
  ])('%s', (url, expected) => {
    expect(resolveLink(url, from, fromPath, context('/'))).toEqual(expected);
  });

  it('accepts site paths with or without the base path', () => {
    const withBasePath = context('/curso-aws/');
    expect(resolveLink('/curso-aws/en/section-8/lesson-3/', from, fromPath, withBasePath)).toMatchObject({ path: '/en/section-8/lesson-3/' });
    expect(resolveLink('/en/section-8/lesson-3/', from, fromPath, withBasePath)).toMatchObject({ path: '/en/section-8/lesson-3/' });
  });

  it.each([
    ['lesson-9.md', 'lessons/en/section-8/lesson-9.md'],
    ['/en/section-8/lesson-3/7/', '/en/section-8/lesson-3/7/'],
    ['../missing/', '/en/section-8/missing/'],
  ])('reports %s as leading nowhere', (url, named) => {
    const resolved = resolveLink(url, from, fromPath, context('/'));
    expect(resolved.kind).toBe('broken');
    expect(resolved.kind === 'broken' && resolved.reason).toContain(named);
  });
});

describe('withBase', () => {
  it('prefixes site paths with the base path', () => {
    expect(withBase('/', '/en/')).toBe('/en/');
    expect(withBase('/curso-aws/', '/en/')).toBe('/curso-aws/en/');
  });
});

describe('broken lesson links', () => {
  it('names the lessons folder and suggests the lesson a Jekyll link probably meant', () => {
    const resolved = resolveLink('../flat.md', from, fromPath, context('/'));
    expect(resolved).toEqual({
      kind: 'broken',
      reason: 'the link ../flat.md points to lessons/en/flat.md, which is not a published lesson',
      fix: 'did you mean lessons/en/2024-01-05-flat.mdx? Link to the file by its full name',
    });
  });

  it('falls back to general advice when no lesson is alike', () => {
    const resolved = resolveLink('lesson-9.md', from, fromPath, context('/'));
    expect(resolved.kind === 'broken' && resolved.fix).toContain('check the file name');
  });
});
