import { describe, expect, it } from 'vitest';
import { buildCourse, languageTargets, neighbours, nodePath } from './course.ts';
import { lessonAt, testRecord as record } from './test-records.ts';

const options = { locales: ['es', 'en'], sectionWord: (lang: string) => (lang === 'es' ? 'Sección' : 'Section') };

describe('buildCourse', () => {
  const records = [
    record('es', 'section-2/lesson-1'),
    record('es', 'section-10/lesson-1'),
    record('es', 'section-1/lesson-10'),
    record('es', 'section-1/lesson-2'),
    record('en', 'section-1/lesson-2', { pages: [{}, {}, {}] }),
    record('en', 'section-1/only-english'),
  ];
  const { course, problems } = buildCourse(records, options);
  const es = course.languages.es;
  const en = course.languages.en;

  it('orders sections by their number and lessons naturally', () => {
    expect(problems).toEqual([]);
    expect(es.sections.map((section) => section.title)).toEqual(['Sección 1', 'Sección 2', 'Sección 10']);
    expect(es.sections[0].lessons.map((lesson) => lesson.lessonSlug)).toEqual(['lesson-2', 'lesson-10', 'only-english']);
  });

  it('shows a lesson missing in a language in that language, marked, in its section', () => {
    const missing = lessonAt(course, 'es', 'section-1', 'only-english');
    expect(missing.record).toBeUndefined();
    expect(missing.titleLang).toBe('en');
    expect(missing.translations.map((translation) => translation.lang)).toEqual(['en']);
    expect(en.sections.map((section) => section.slug)).toEqual(['section-1', 'section-2', 'section-10']);
  });

  it('lists every page in reading order, one notice page per untranslated lesson', () => {
    expect(es.reading.map((entry) => `${entry.lesson.lessonSlug}:${entry.page}`)).toEqual([
      'lesson-2:1',
      'lesson-2:2',
      'lesson-10:1',
      'lesson-10:2',
      'only-english:1',
      'lesson-1:1',
      'lesson-1:2',
      'lesson-1:1',
      'lesson-1:2',
    ]);
  });

  it('uses section metadata for titles and order', () => {
    const withMeta = buildCourse(records, {
      ...options,
      sectionMeta: (lang, slug) => (slug === 'section-10' ? { title: lang === 'es' ? 'Anexo' : 'Appendix', order: 0 } : undefined),
    });
    expect(withMeta.course.languages.es.sections.map((section) => section.title)).toEqual(['Anexo', 'Sección 1', 'Sección 2']);
  });
});

describe('neighbours', () => {
  const { course } = buildCourse([record('es', 'section-1/a'), record('es', 'section-2/b')], options);

  it('crosses page, lesson and section boundaries in both directions', () => {
    const a = lessonAt(course, 'es', 'section-1', 'a');
    const b = lessonAt(course, 'es', 'section-2', 'b');
    expect(neighbours(course, a, 1)).toEqual({ previous: undefined, next: { lesson: a, page: 2 } });
    expect(neighbours(course, a, 2)).toEqual({ previous: { lesson: a, page: 1 }, next: { lesson: b, page: 1 } });
    expect(neighbours(course, b, 2)).toEqual({ previous: { lesson: b, page: 1 }, next: undefined });
  });
});

describe('languageTargets', () => {
  const { course } = buildCourse(
    [
      record('es', 'section-1/same', { pages: [{}, {}, {}] }),
      record('en', 'section-1/same', { pages: [{}, {}, {}] }),
      record('es', 'section-1/longer', { pages: [{}, {}, {}] }),
      record('en', 'section-1/longer', { pages: [{}, {}] }),
      record('es', 'section-1/only-es'),
    ],
    options,
  );
  const find = (slug: string) => lessonAt(course, 'es', 'section-1', slug);

  it('lands on the same page when the translation has it', () => {
    expect(languageTargets(course, find('same'), 3)).toEqual([
      { lang: 'en', kind: 'page', path: '/en/section-1/same/3/', page: 3, samePage: true },
    ]);
  });

  it('lands on page 1, with a notice anchor, when the translation has fewer pages', () => {
    expect(languageTargets(course, find('longer'), 2)).toEqual([
      { lang: 'en', kind: 'page', path: '/en/section-1/longer/#fewer-pages', page: 1, samePage: false },
    ]);
    expect(languageTargets(course, find('longer'), 'all')[0]).toMatchObject({ path: '/en/section-1/longer/all/' });
  });

  it('leads to the other course index, with a notice anchor, when the lesson is not translated', () => {
    expect(languageTargets(course, find('only-es'), 1)).toEqual([
      { lang: 'en', kind: 'missing', path: '/en/#untranslated-section-1-only-es' },
    ]);
  });

  it('leads from a notice page to the lesson where it exists', () => {
    const notice = lessonAt(course, 'en', 'section-1', 'only-es');
    expect(languageTargets(course, notice, 1)).toEqual([
      { lang: 'es', kind: 'page', path: '/es/section-1/only-es/', page: 1, samePage: true },
    ]);
  });
});

describe('URL clashes', () => {
  it('reports two files of one language on one URL, naming both', () => {
    const { problems } = buildCourse(
      [record('en', 'section-1/a'), record('en', 'a', { file: 'lessons/en/2020-01-01-a.md', sectionSlug: 'section-1', lessonSlug: 'a' })],
      options,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('lessons/en/section-1/a.md');
    expect(problems[0].message).toContain('lessons/en/2020-01-01-a.md');
    expect(problems[0].message).toContain('/en/section-1/a/');
  });

  it('says why two dated Jekyll files of one lesson clash', () => {
    const { problems } = buildCourse(
      [
        record('en', 'lesson-1', { file: 'lessons/en/2024-1-5-lesson-1.md' }),
        record('en', 'lesson-1', { file: 'lessons/en/2024-2-1-lesson-1.md' }),
      ],
      options,
    );
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      [
        'lessons/en/2024-2-1-lesson-1.md',
        'this lesson and lessons/en/2024-1-5-lesson-1.md both map to the URL /en/section-1/lesson-1/ (URLs leave out the date prefix and the extension)',
      ],
    ]);
  });

  it('reports a lesson whose URL an untranslated lesson of another identity would take', () => {
    const { problems } = buildCourse(
      [record('es', 'a', { sectionSlug: 'section-1', lessonSlug: 'a' }), record('en', 'section-1/a')],
      options,
    );
    expect(problems.map((problem) => problem.file).sort()).toEqual(['lessons/en/section-1/a.md', 'lessons/es/a.md']);
    expect(problems[0].message).toContain('not translations of each other');
  });

  it('reports a file or section name that leaves nothing for the URL, and keeps the rest of the course', () => {
    const { course, problems } = buildCourse(
      [
        record('es', 'section-1/🚀', { fileName: '🚀', lessonSlug: '' }),
        record('es', '日本/a', { sectionLabel: '日本', sectionSlug: '' }),
        record('es', 'section-1/b'),
      ],
      options,
    );
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['lessons/es/section-1/🚀.md', 'the file name "🚀" has no letter or digit a URL can use'],
      ['lessons/es/日本/a.md', 'the section name "日本" has no letter or digit a URL can use'],
    ]);
    expect(course.languages.es.sections.flatMap((section) => section.lessons.map((lesson) => lesson.lessonSlug))).toEqual(['b']);
  });

  it('reports a section named like the practice exam, in a course that has one', () => {
    const question = { id: 'q1', page: 1, title: 'Question 1', answer: ['A'] };
    const withQuiz = buildCourse([record('en', 'exam/mock', { questions: [question] }), record('en', 'basics/intro')], options);
    expect(withQuiz.problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['lessons/en/exam/mock.md', "this lesson's section takes the URL /en/exam/, which is the practice exam's"],
    ]);
    expect(buildCourse([record('en', 'exam/notes'), record('en', 'basics/intro')], options).problems).toEqual([]);
  });

  it('reports a section named like the offline page, in any course', () => {
    expect(buildCourse([record('es', 'offline/sin-red'), record('es', 'basics/intro')], options).problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['lessons/es/offline/sin-red.md', "this lesson's section takes the URL /es/offline/, which is the offline page's"],
    ]);
  });

  it('keeps page paths stable', () => {
    const { course } = buildCourse([record('es', 'section-1/a')], options);
    const a = lessonAt(course, 'es', 'section-1', 'a');
    expect([nodePath(a), nodePath(a, 2), nodePath(a, 'all')]).toEqual(['/es/section-1/a/', '/es/section-1/a/2/', '/es/section-1/a/all/']);
  });
});
