// Test support: lesson records as the loader would make them, for course-model tests.
import type { LessonRecord } from './course.ts';

/** A lesson at `<section>/<name>` (or a flat `<name>` in `section-1`), two pages by default. */
export function testRecord(lang: string, identity: string, overrides: Partial<LessonRecord> = {}): LessonRecord {
  const [section, name] = identity.includes('/') ? identity.split('/') : ['section-1', identity];
  return {
    lang,
    identity,
    file: `lessons/${lang}/${identity}.md`,
    sectionLabel: section,
    sectionSlug: section,
    lessonSlug: name,
    fileName: name,
    title: `${name} (${lang})`,
    draft: false,
    pages: [{ title: 'One' }, { title: 'Two' }],
    ...overrides,
  };
}
