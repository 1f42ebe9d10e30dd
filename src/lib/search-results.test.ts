import { describe, expect, it } from 'vitest';
import { searchHit, sectionChoices, type PagefindResultData, type PagefindSubResult } from './search-results.ts';

const page = '/es/02-compute/02-containers/2/?pagefind-highlight=tarea';

function result(subResults: PagefindSubResult[]): PagefindResultData {
  return {
    url: page,
    excerpt: 'Definir la <mark>tarea</mark> del servicio',
    meta: { title: 'Contenedores' },
    filters: { section: ['Cómputo'], page: ['Página 2 de 3'] },
    sub_results: subResults,
  };
}

describe('searchHit', () => {
  it('takes title from the meta, and section and page label from the filters', () => {
    const hit = searchHit(result([]));
    expect(hit).toMatchObject({ lessonTitle: 'Contenedores', section: 'Cómputo', page: 'Página 2 de 3' });
  });

  it('links the page and its excerpt when Pagefind found no parts', () => {
    const hit = searchHit(result([]));
    expect(hit.href).toBe(page);
    expect(hit.excerpt).toBe('Definir la <mark>tarea</mark> del servicio');
    expect(hit.heading).toBeUndefined();
  });

  it('lands on the heading with the most matches, with its excerpt', () => {
    const hit = searchHit(
      result([
        { title: 'Contenedores', url: page, excerpt: 'una <mark>tarea</mark>', locations: [3] },
        { title: 'Orquestación', url: `${page}#orquestacion`, excerpt: 'la <mark>tarea</mark> y otra <mark>tarea</mark>', locations: [9, 14], anchor: { id: 'orquestacion' } },
        { title: 'Costes', url: `${page}#costes`, excerpt: 'sin <mark>tarea</mark>', locations: [30], anchor: { id: 'costes' } },
      ]),
    );
    expect(hit.href).toBe(`${page}#orquestacion`);
    expect(hit.heading).toBe('Orquestación');
    expect(hit.excerpt).toBe('la <mark>tarea</mark> y otra <mark>tarea</mark>');
  });

  it('prefers the earliest part on a tie, and names no heading for the page start', () => {
    const hit = searchHit(
      result([
        { title: 'Contenedores', url: page, excerpt: 'una <mark>tarea</mark>', locations: [3] },
        { title: 'Orquestación', url: `${page}#orquestacion`, excerpt: 'otra <mark>tarea</mark>', locations: [9], anchor: { id: 'orquestacion' } },
      ]),
    );
    expect(hit.href).toBe(page);
    expect(hit.heading).toBeUndefined();
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
