import { describe, expect, it } from 'vitest';
import { parseSectionLabel, sectionDisplayName, sectionOrderFromLabel } from './sections.ts';

describe('section labels', () => {
  it.each([
    ['Section-7', 'Sección', 'Sección 7'],
    ['Section-7', 'Section', 'Section 7'],
    ['Section-7-ECS', 'Sección', 'Sección 7 · ECS'],
    ['section-07', 'Section', 'Section 7'],
    ['07-redes', 'Sección', 'Sección 7 · Redes'],
    ['Sección-3', 'Section', 'Section 3'],
    ['Module-2-Networking', 'Sección', 'Module 2 · Networking'],
    ['getting-started', 'Section', 'Getting started'],
    ['S3-Buckets', 'Section', 'S3 Buckets'],
  ])('%s shows as "%s …" -> %s', (label, word, shown) => {
    expect(sectionDisplayName(label, word)).toBe(shown);
  });

  it('orders by the number in the label; unnumbered sections last', () => {
    expect(sectionOrderFromLabel('Section-12')).toBe(12);
    expect(sectionOrderFromLabel('01-basics')).toBe(1);
    expect(sectionOrderFromLabel('appendix')).toBe(Number.POSITIVE_INFINITY);
    expect(parseSectionLabel('Section-7-ECS')).toEqual({ number: 7, name: 'ECS', word: undefined });
  });
});
