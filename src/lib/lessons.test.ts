import { describe, expect, it } from 'vitest';
import { compareLessons, compareNatural, isLocationProblem, lessonSlugOf, locateLesson, sectionLabelOf, type OrderKey } from './lessons.ts';

const locales = ['es', 'en'];

describe('locateLesson', () => {
  it('reads a foldered lesson', () => {
    expect(locateLesson('en/section-7/lesson-2.mdx', locales)).toEqual({
      lang: 'en',
      identity: 'section-7/lesson-2',
      sectionFolder: 'section-7',
      fileName: 'lesson-2',
    });
  });

  it('drops the Jekyll date prefix from a flat lesson identity', () => {
    const location = locateLesson('en/2024-1-5-section-8-lesson-2.md', locales);
    expect(location).toEqual({ lang: 'en', identity: 'section-8-lesson-2', sectionFolder: undefined, fileName: '2024-1-5-section-8-lesson-2' });
  });

  it('gives the same identity to a translation with or without a date prefix', () => {
    const english = locateLesson('en/2024-03-18-ecs-fargate-ecr.mdx', locales);
    const spanish = locateLesson('es/ecs-fargate-ecr.mdx', locales);
    expect(!isLocationProblem(english) && !isLocationProblem(spanish) && english.identity === spanish.identity).toBe(true);
  });

  it('rejects unknown language folders and files outside a language folder', () => {
    expect(locateLesson('fr/lesson.md', locales)).toMatchObject({ kind: 'unknown-language', lang: 'fr' });
    expect(locateLesson('lesson.md', locales)).toMatchObject({ kind: 'outside-language' });
  });
});

describe('sections and slugs', () => {
  it('takes the section from the folder, or from the frontmatter of a flat lesson', () => {
    const foldered = locateLesson('es/section-7/a.md', locales);
    const flat = locateLesson('es/2020-01-01-a.md', locales);
    if (isLocationProblem(foldered) || isLocationProblem(flat)) throw new Error('unexpected');
    expect(sectionLabelOf(foldered, 'Section-9')).toBe('section-7');
    expect(sectionLabelOf(flat, 'Section-9')).toBe('Section-9');
    expect(sectionLabelOf(flat, undefined)).toBeUndefined();
  });

  it('makes one URL segment of the identity below the section folder', () => {
    const nested = locateLesson('es/section-7/labs/Lección 2.md', locales);
    const flat = locateLesson('en/2024-1-5-section-8-lesson-2.md', locales);
    if (isLocationProblem(nested) || isLocationProblem(flat)) throw new Error('unexpected');
    expect(lessonSlugOf(nested)).toBe('labs-leccion-2');
    expect(lessonSlugOf(flat)).toBe('section-8-lesson-2');
  });
});

describe('course order', () => {
  const key = (fileName: string, extra: Partial<OrderKey> = {}): OrderKey => ({ sectionOrder: 1, sectionSlug: 's', fileName, ...extra });

  it('sorts file names naturally: lesson-2 before lesson-10', () => {
    expect(['lesson-10', 'lesson-2', 'lesson-1'].sort(compareNatural)).toEqual(['lesson-1', 'lesson-2', 'lesson-10']);
  });

  it('orders by section, then lesson, then order (absent = 0), then file name', () => {
    const keys = [
      key('z-lab', { lesson: 2, order: 1 }),
      key('b', { lesson: 2 }),
      key('a', { lesson: 10 }),
      key('c', { lesson: 1 }),
      key('first', { sectionOrder: 0, lesson: 99 }),
      key('unnumbered'),
    ];
    expect([...keys].sort(compareLessons).map((entry) => entry.fileName)).toEqual(['first', 'c', 'b', 'z-lab', 'a', 'unnumbered']);
  });

  it('puts a hands-on lesson (same number, order: 1) right after its lesson', () => {
    const keys = [key('2023-05-09-lab', { lesson: 1, order: 1 }), key('2023-05-10-next', { lesson: 2 }), key('2023-05-02-intro', { lesson: 1 })];
    expect(keys.sort(compareLessons).map((entry) => entry.fileName)).toEqual(['2023-05-02-intro', '2023-05-09-lab', '2023-05-10-next']);
  });
});
