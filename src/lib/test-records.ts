// Test support: lesson records as the loader would make them, for course-model tests.
import type { Course, LessonNode, LessonRecord } from './course.ts';

/** A lesson at `<section>/<name>` (or a flat `<name>` in `section-1`), two pages by default. */
export function testRecord(lang: string, identity: string, overrides: Partial<LessonRecord> = {}): LessonRecord {
  const [section, name] = identity.includes('/') ? identity.split('/') : ['section-1', identity];
  return {
    id: `${lang}/${identity}.md`,
    lang,
    identity,
    file: `lessons/${lang}/${identity}.md`,
    format: 'md',
    sectionLabel: section,
    sectionSlug: section,
    lessonSlug: name,
    fileName: name,
    title: `${name} (${lang})`,
    draft: false,
    pages: [{ title: 'One' }, { title: 'Two' }],
    empty: false,
    questions: [],
    digest: `digest of ${lang}/${identity}`,
    ...overrides,
  };
}

/** The lesson node at a section and lesson slug of one language's tree. */
export function lessonAt(course: Course, lang: string, sectionSlug: string, lessonSlug: string): LessonNode {
  const node = course.languages[lang]?.sections
    .find((section) => section.slug === sectionSlug)
    ?.lessons.find((lesson) => lesson.lessonSlug === lessonSlug);
  if (!node) throw new Error(`no lesson ${lang}/${sectionSlug}/${lessonSlug} in the test course`);
  return node;
}
