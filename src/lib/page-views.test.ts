// The practice exam's views: which languages have one, what its setup starts from, and the
// links to it from the other pages.
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../i18n/ui-strings.ts';
import { buildCourse, type QuestionSummary } from './course.ts';
import { examPages, indexPages, offlinePages, sectionPages, type CourseSite } from './page-views.ts';
import { testRecord as record } from './test-records.ts';

const question = (id: string, page = 1): QuestionSummary => ({ id, page, title: `Question ${id}`, answer: ['A'] });
const questions = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => question(`${prefix}${index}`));

const { course } = buildCourse(
  [
    record('en', '01-basics/intro'),
    record('en', '02-storage/quiz', { questions: questions(30, 's') }),
    record('en', '03-compute/quiz', { questions: [...questions(4, 'c'), question('s0', 2)] }),
    record('es', '01-basics/intro'),
  ],
  { locales: ['es', 'en'], sectionWord: (lang) => uiStrings(lang).sectionWord },
);
const site = (exam?: { questions?: number; minutes?: number; pass?: number }): CourseSite => ({
  course,
  courseMeta: { en: { title: 'Course', exam }, es: { title: 'Curso' } },
  site: 'https://example.org',
  base: '/curso/',
});

describe('examPages', () => {
  it('gives a page only to a language whose course holds questions, counting a question written twice once', () => {
    const pages = examPages(site());
    expect(pages.map((page) => page.params)).toEqual([{ lang: 'en' }]);
    const { view } = pages[0].props;
    expect(view.questions).toBe(34);
    expect(view.bankHref).toBe('/curso/en/exam/questions.json');
    expect(view.sections).toEqual([
      { slug: '02-storage', title: expect.any(String), questions: 30, quizzes: [{ title: 'quiz (en)', href: '/curso/en/02-storage/quiz/', questions: 30 }] },
      { slug: '03-compute', title: expect.any(String), questions: 5, quizzes: [{ title: 'quiz (en)', href: '/curso/en/03-compute/quiz/', questions: 5 }] },
    ]);
    // Spanish has no exam: the switcher leads to the Spanish course index.
    expect(view.switcher.find((link) => link.lang === 'es')?.href).toBe('/curso/es/');
    expect(view.head.alternates).toEqual([]);
  });

  it.each([
    [undefined, { questions: 20, minutes: undefined, pass: 70, suggestedMinutes: 30 }],
    [{ questions: 65, minutes: 90, pass: 80 }, { questions: 34, minutes: 90, pass: 80, suggestedMinutes: 90 }],
    [{ questions: 10 }, { questions: 10, minutes: undefined, pass: 70, suggestedMinutes: 15 }],
  ])('starts the setup from the course defaults %j, the count capped at what exists', (exam, defaults) => {
    expect(examPages(site(exam))[0].props.view.defaults).toEqual(defaults);
  });

  it('is linked from the pages of its language only', () => {
    const index = indexPages(site());
    expect(index.map(({ props }) => [props.view.lang, props.view.examHref, props.view.examQuestions])).toEqual([
      ['es', undefined, 0],
      ['en', '/curso/en/exam/', 34],
    ]);
    expect(new Set(sectionPages(site()).map(({ props }) => props.view.examHref))).toEqual(new Set([undefined, '/curso/en/exam/']));
  });
});

describe('offlinePages', () => {
  it('gives every language an offline page that search engines leave alone, its switcher leading to the other one', () => {
    const pages = offlinePages(site());
    expect(pages.map((page) => page.params)).toEqual([{ lang: 'es' }, { lang: 'en' }]);
    const { view } = pages[1].props;
    expect(view.head).toMatchObject({ title: 'You are offline · Course', canonical: 'https://example.org/curso/en/offline/', noindex: true });
    expect(view.switcher.find((link) => link.lang === 'es')?.href).toBe('/curso/es/offline/');
    expect(view.homeHref).toBe('/curso/en/');
  });
});
