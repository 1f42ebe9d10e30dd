import { describe, expect, it } from 'vitest';
import { SlugRegistry, slugify } from './slugs.ts';

describe('slugify', () => {
  it.each([
    ['Section-7-ECS', 'section-7-ecs'],
    ['Comparación ECS vs Fargate', 'comparacion-ecs-vs-fargate'],
    ['  ¿Cuál es la diferencia?  ', 'cual-es-la-diferencia'],
    ['Año 2024 — Niño & Ñandú', 'ano-2024-nino-nandu'],
    ['lesson_2.final', 'lesson-2-final'],
    ['---', ''],
  ])('%s -> %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('SlugRegistry', () => {
  it('suffixes repeats and never hands out a slug twice', () => {
    const ids = new SlugRegistry();
    expect(['Resumen', 'Resumen', 'resumen-2', 'Résumé', '!!'].map((text) => ids.unique(text, 'section'))).toEqual([
      'resumen',
      'resumen-2',
      'resumen-2-2',
      'resume',
      'section',
    ]);
  });
});
