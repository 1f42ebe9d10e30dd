import { describe, expect, it } from 'vitest';
import {
  LessonResults,
  pageHit,
  sectionChoices,
  type PagefindFilters,
  type PagefindResponse,
  type PagefindResultData,
  type PagefindSearch,
  type PagefindSubResult,
} from './search-results.ts';

const url = '/es/02-compute/02-containers/2/?pagefind-highlight=tarea';

function pageData(subResults: PagefindSubResult[]): PagefindResultData {
  return {
    url,
    excerpt: 'Definir la <mark>tarea</mark> del servicio',
    meta: { title: 'Contenedores' },
    filters: { section: ['Cómputo'], page: ['Página 2 de 3'], lesson: ['02-compute/02-containers'] },
    sub_results: subResults,
  };
}

describe('pageHit', () => {
  it('takes the page label from the filters', () => {
    expect(pageHit(pageData([])).page).toBe('Página 2 de 3');
  });

  it('links the page and its excerpt when Pagefind found no parts', () => {
    const hit = pageHit(pageData([]));
    expect(hit.href).toBe(url);
    expect(hit.excerpt).toBe('Definir la <mark>tarea</mark> del servicio');
    expect(hit.heading).toBeUndefined();
  });

  it('lands on the heading with the most matches, with its excerpt', () => {
    const hit = pageHit(
      pageData([
        { title: 'Contenedores', url, excerpt: 'una <mark>tarea</mark>', locations: [3] },
        { title: 'Orquestación', url: `${url}#orquestacion`, excerpt: 'la <mark>tarea</mark> y otra <mark>tarea</mark>', locations: [9, 14], anchor: { id: 'orquestacion' } },
        { title: 'Costes', url: `${url}#costes`, excerpt: 'sin <mark>tarea</mark>', locations: [30], anchor: { id: 'costes' } },
      ]),
    );
    expect(hit.href).toBe(`${url}#orquestacion`);
    expect(hit.heading).toBe('Orquestación');
    expect(hit.excerpt).toBe('la <mark>tarea</mark> y otra <mark>tarea</mark>');
  });

  it('prefers the earliest part on a tie, and names no heading for the page start', () => {
    const hit = pageHit(
      pageData([
        { title: 'Contenedores', url, excerpt: 'una <mark>tarea</mark>', locations: [3] },
        { title: 'Orquestación', url: `${url}#orquestacion`, excerpt: 'otra <mark>tarea</mark>', locations: [9], anchor: { id: 'orquestacion' } },
      ]),
    );
    expect(hit.href).toBe(url);
    expect(hit.heading).toBeUndefined();
  });
});

/** A matching page of the fake index: `lesson` and page number, in ranking order. */
type IndexedPage = [lesson: string, page: number, section?: string];

/**
 * A stand-in for Pagefind over a fixed ranking: it applies the section and lesson
 * filters and the `not` exclusion the way Pagefind does, and records which fragments
 * were loaded and which filters each search used.
 */
function fakeIndex(ranking: IndexedPage[]) {
  const loaded: string[] = [];
  const searches: PagefindFilters[] = [];
  const matches = (page: IndexedPage, filters: PagefindFilters) => {
    const [lesson, , section = 'Cómputo'] = page;
    const excluded = (filters.not as { lesson: { any: string[] } } | undefined)?.lesson.any ?? [];
    return (
      (filters.section === undefined || filters.section === section) &&
      (filters.lesson === undefined || filters.lesson === lesson) &&
      !excluded.includes(lesson)
    );
  };
  const engine: PagefindSearch = {
    async search(_query, { filters }): Promise<PagefindResponse> {
      searches.push(filters);
      const found = ranking.filter((page) => matches(page, filters));
      const counts: Record<string, number> = {};
      for (const [lesson] of ranking) counts[lesson] = 0;
      for (const [lesson] of found) counts[lesson]++;
      return {
        results: found.map(([lesson, page, section = 'Cómputo']) => ({
          id: `${lesson}/${page}`,
          async data() {
            loaded.push(`${lesson}/${page}`);
            return {
              url: `/es/${lesson}/${page}/`,
              excerpt: `${lesson} ${page}`,
              meta: { title: lesson.toUpperCase() },
              filters: { section: [section], page: [`Página ${page}`], lesson: [lesson] },
              sub_results: [],
            };
          },
        })),
        filters: { lesson: counts },
      };
    },
  };
  return { engine, loaded, searches };
}

async function lessonResults(ranking: IndexedPage[], filters: PagefindFilters = {}) {
  const index = fakeIndex(ranking);
  const first = await index.engine.search('tarea', { filters });
  return { ...index, results: new LessonResults(index.engine, 'tarea', filters, first) };
}

const shown = (lessons: Awaited<ReturnType<LessonResults['next']>>) =>
  lessons.map((lesson) => [lesson.lessonTitle, lesson.best.page, ...lesson.others.map((page) => page.page)]);

describe('LessonResults', () => {
  it('counts lessons and pages from the lesson filter, loading no fragment', async () => {
    const { results, loaded } = await lessonResults([['a', 1], ['b', 1], ['a', 2], ['c', 4], ['a', 3]]);
    expect(results.counts).toEqual({ lessons: 3, pages: 5 });
    expect(loaded).toEqual([]);
  });

  it("gives one entry per lesson in the order of its best page, with up to three more of its pages, best first", async () => {
    const { results } = await lessonResults([['a', 2], ['b', 1], ['a', 5], ['a', 1], ['c', 3], ['a', 4], ['b', 2], ['a', 3]]);
    expect(shown(await results.next(10))).toEqual([
      ['A', 'Página 2', 'Página 5', 'Página 1', 'Página 4'],
      ['B', 'Página 1', 'Página 2'],
      ['C', 'Página 3'],
    ]);
    expect(results.remaining).toBe(0);
  });

  it('hands out the next lessons on demand, never one twice', async () => {
    const ranking: IndexedPage[] = Array.from({ length: 25 }, (_, index) => [`l${index}`, 1]);
    const { results } = await lessonResults(ranking);
    const first = await results.next(10);
    expect(first.map((lesson) => lesson.lessonTitle)).toEqual(ranking.slice(0, 10).map(([lesson]) => lesson.toUpperCase()));
    expect(results.remaining).toBe(15);
    const second = await results.next(10);
    expect(second.map((lesson) => lesson.lessonTitle)).toEqual(ranking.slice(10, 20).map(([lesson]) => lesson.toUpperCase()));
    expect((await results.next(10)).map((lesson) => lesson.lessonTitle)).toEqual(ranking.slice(20).map(([lesson]) => lesson.toUpperCase()));
    expect(results.remaining).toBe(0);
  });

  it('skips past a lesson that holds the top pages instead of loading every one of them', async () => {
    const ranking: IndexedPage[] = [...Array.from({ length: 40 }, (_, index): IndexedPage => ['big', index + 1]), ['small', 1], ['tiny', 1]];
    const { results, loaded } = await lessonResults(ranking);
    expect(shown(await results.next(3))).toEqual([
      ['BIG', 'Página 1', 'Página 2', 'Página 3', 'Página 4'],
      ['SMALL', 'Página 1'],
      ['TINY', 'Página 1'],
    ]);
    // Three fragments to find the lessons (big/1..3 in one round, then small and tiny), three more for big's other pages.
    expect(new Set(loaded)).toEqual(new Set(['big/1', 'big/2', 'big/3', 'small/1', 'tiny/1', 'big/4']));
  });

  it('keeps the section filter in every search it makes', async () => {
    const ranking: IndexedPage[] = [['a', 1, 'Redes'], ['b', 1, 'Cómputo'], ['a', 2, 'Redes'], ['c', 1, 'Redes']];
    const { results, searches } = await lessonResults(ranking, { section: 'Redes' });
    expect(shown(await results.next(1))).toEqual([['A', 'Página 1', 'Página 2']]);
    expect(shown(await results.next(1))).toEqual([['C', 'Página 1']]);
    expect(searches.every((filters) => filters.section === 'Redes')).toBe(true);
    expect(results.counts).toEqual({ lessons: 2, pages: 3 });
  });
});

describe('sectionChoices', () => {
  it('sorts sections alphabetically in the reader language, numbers by value', () => {
    const filters = { section: { 'Sección 10': 2, Fundamentos: 4, 'Sección 9': 1, Cómputo: 3 }, page: { 'Página 1 de 1': 5 } };
    expect(sectionChoices(filters, 'es')).toEqual(['Cómputo', 'Fundamentos', 'Sección 9', 'Sección 10']);
  });

  it('offers nothing when the index has no sections', () => {
    expect(sectionChoices({}, 'en')).toEqual([]);
  });
});
