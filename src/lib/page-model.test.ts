import { describe, expect, it } from 'vitest';
import { listLanguages, uiStrings } from '../i18n/ui-strings.ts';
import { buildCourse, type LessonRecord } from './course.ts';
import { lessonAt, testRecord } from './test-records.ts';
import {
  courseTree,
  lessonAlternates,
  alternatesFor,
  lessonDescription,
  lessonSwitcher,
  lessonTitle,
  pager,
  pageTrail,
  TRAIL_LIMIT,
  trailPages,
  type SiteContext,
} from './page-model.ts';
import { sitemapEntries, sitemapXml } from './sitemap.ts';

const record = (lang: string, identity: string, overrides: Partial<LessonRecord> = {}) =>
  testRecord(lang, identity, {
    title: `${identity.split('/')[1]}-${lang}`,
    pages: [{ title: 'Intro', excerpt: 'First words.' }, { title: 'Details', excerpt: 'Second words.' }],
    ...overrides,
  });

const { course } = buildCourse(
  [
    record('es', 'section-1/a', { description: 'Descripción.' }),
    record('en', 'section-1/a'),
    record('es', 'section-1/b', { updated: '2024-05-31' }),
    record('es', 'section-2/c', { pages: [{}] }),
    record('en', 'section-2/c', { pages: [{}] }),
  ],
  { locales: ['es', 'en'], sectionWord: (lang) => uiStrings(lang).sectionWord },
);

function contextFor(lang: string, base = '/'): SiteContext {
  return {
    site: 'https://example.org',
    base,
    course,
    lang,
    strings: uiStrings(lang),
    courseTitle: 'Curso',
    stringsOf: uiStrings,
    listLanguages: (langs) => listLanguages(lang, langs),
  };
}

const es = contextFor('es', '/curso/');
const a = lessonAt(course, 'es', 'section-1', 'a');
const b = lessonAt(course, 'es', 'section-1', 'b');
const bInEnglish = lessonAt(course, 'en', 'section-1', 'b');

describe('head', () => {
  it('titles a page with lesson, page and course', () => {
    expect(lessonTitle(es, a, 2)).toBe('a-es — Página 2 de 2: Details · Curso');
    expect(lessonTitle(es, a, 'all')).toBe('a-es — Leer la lección completa · Curso');
    expect(lessonTitle(es, lessonAt(course, 'es', 'section-2', 'c'), 1)).toBe('c-es · Curso');
  });

  it('describes page 1 with the description and later pages with their first paragraph', () => {
    expect(lessonDescription(a, 1, 'fallback')).toBe('Descripción.');
    expect(lessonDescription(a, 2, 'fallback')).toBe('Second words.');
    expect(lessonDescription(b, 1, 'fallback')).toBe('First words.');
  });

  it('lists hreflang alternates with x-default only where the lesson exists', () => {
    expect(alternatesFor(es, lessonAlternates(es, a, 2))).toEqual([
      { hreflang: 'es', href: 'https://example.org/curso/es/section-1/a/2/' },
      { hreflang: 'en', href: 'https://example.org/curso/en/section-1/a/2/' },
      { hreflang: 'x-default', href: 'https://example.org/curso/es/section-1/a/2/' },
    ]);
    expect(alternatesFor(es, lessonAlternates(es, b, 1))).toEqual([]);
    expect(lessonAlternates(contextFor('en'), bInEnglish, 1)).toEqual([]);
  });
});

describe('course tree', () => {
  it('lists lessons of the current section only, marking the current one and untranslated ones', () => {
    const en = contextFor('en');
    const tree = courseTree(en, course.languages.en.sections[0], bInEnglish);
    expect(tree.map((section) => [section.title, section.lessons?.length])).toEqual([
      ['Section 1', 2],
      ['Section 2', undefined],
    ]);
    expect(tree[0].lessons![1]).toMatchObject({
      title: 'b-es',
      titleLang: 'es',
      current: true,
      untranslated: 'not translated · in Spanish',
      href: '/en/section-1/b/',
    });
  });
});

describe('previous and next', () => {
  it('labels targets with the lesson title and the page title', () => {
    expect(pager(es, a, 2)).toEqual({
      previous: { path: '/es/section-1/a/', href: '/curso/es/section-1/a/', lessonTitle: 'a-es', titleLang: undefined, pageTitle: 'Intro' },
      next: { path: '/es/section-1/b/', href: '/curso/es/section-1/b/', lessonTitle: 'b-es', titleLang: undefined, pageTitle: 'Intro' },
    });
  });
});

describe('page trail', () => {
  it('links every page, labelled by its first heading, and the read-all view', () => {
    expect(pageTrail(es, a, 1)).toEqual({
      label: 'Páginas de la lección',
      position: 'Página 1 de 2',
      pages: [
        { number: 1, href: '/curso/es/section-1/a/', label: 'Intro', current: true },
        { number: 2, href: '/curso/es/section-1/a/2/', label: 'Details', current: false },
      ],
      otherView: { href: '/curso/es/section-1/a/all/', label: 'Leer la lección completa' },
    });
    expect(pageTrail(es, a, 'all').otherView).toEqual({ href: '/curso/es/section-1/a/', label: 'Leer por páginas' });
  });
});

describe('language switcher', () => {
  it('links the same page in the other language, or its index with a notice', () => {
    expect(lessonSwitcher(es, a, 2).map(({ lang, href, current, note }) => ({ lang, href, current, note }))).toEqual([
      { lang: 'es', href: '/curso/es/section-1/a/2/', current: true, note: undefined },
      { lang: 'en', href: '/curso/en/section-1/a/2/', current: false, note: undefined },
    ]);
    expect(lessonSwitcher(es, b, 1)[1]).toMatchObject({
      href: '/curso/en/#untranslated-section-1-b',
      note: 'This lesson is not translated into English yet',
    });
  });
});

describe('sitemap', () => {
  it('lists indexable pages with alternates, without notices or read-all views', () => {
    const entries = sitemapEntries(contextFor('es', '/curso/'));
    const locs = entries.map((entry) => entry.loc);
    expect(locs).toContain('https://example.org/curso/en/section-1/a/2/');
    expect(locs).not.toContain('https://example.org/curso/en/section-1/b/');
    expect(locs.some((loc) => loc.endsWith('/all/'))).toBe(false);
    const xml = sitemapXml(entries);
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/curso/en/section-1/a/"/>');
    expect(xml.match(/<url>/g)).toHaveLength(locs.length);
  });

  it("gives a lesson's pages the lesson's updated date as lastmod, and nothing else one", () => {
    const entries = sitemapEntries(contextFor('es'));
    expect(entries.filter((entry) => entry.lastmod).map((entry) => [entry.loc, entry.lastmod])).toEqual([
      ['https://example.org/es/section-1/b/', '2024-05-31'],
      ['https://example.org/es/section-1/b/2/', '2024-05-31'],
    ]);
    expect(sitemapXml(entries)).toContain('<loc>https://example.org/es/section-1/b/2/</loc>\n    <lastmod>2024-05-31</lastmod>');
  });
});

describe('trailPages', () => {
  it('lists every page of a lesson up to the limit', () => {
    expect(trailPages(TRAIL_LIMIT, 7)).toHaveLength(TRAIL_LIMIT);
  });

  it.each([16, 100, 300])('with %i pages, reaches any page from any other in two steps, with about 2√n links', (count) => {
    const links = (page: number) => new Set(trailPages(count, page));
    for (let from = 1; from <= count; from++) {
      const near = links(from);
      expect(near.size).toBeLessThanOrEqual(2 * Math.ceil(Math.sqrt(count)) + 1);
      const reached = new Set([from, ...near, ...[...near].flatMap((step) => [...links(step)])]);
      expect(reached.size, `from page ${from}`).toBe(count);
    }
  });

  it('lists the first page of every block, the current block and the last page', () => {
    expect(trailPages(300, 40)).toEqual([1, 19, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 73, 91, 109, 127, 145, 163, 181, 199, 217, 235, 253, 271, 289, 300]);
    expect(trailPages(300, 'all')).toEqual([1, 19, 37, 55, 73, 91, 109, 127, 145, 163, 181, 199, 217, 235, 253, 271, 289, 300]);
  });
});
