import { describe, expect, it } from 'vitest';
import {
  choiceCount,
  deckQuestions,
  DEFAULT_EXAM,
  drawExam,
  isRightAnswer,
  newSeed,
  refersToOtherOptions,
  RIGHT_IN_REVIEW_TO_LEAVE,
  scoreExam,
  seedFromText,
  seedToText,
  updateDeck,
  type BankOption,
  type BankQuestion,
  type QuestionBank,
} from './exam.ts';

const LABELS = ['A', 'B', 'C', 'D'];

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '');

const option = (label: string, text: string, correct = false): BankOption => ({ label, html: `<p>${text}</p>`, correct, explanation: '' });

/** A question whose options are written as `texts` (labels A, B, …); `right` are its right labels. */
function question(id: string, section: string, texts: readonly string[] = ['Amazon S3', 'Amazon EC2', 'AWS Lambda', 'Amazon RDS'], right: readonly string[] = ['A']): BankQuestion {
  return {
    id,
    section,
    lesson: 'Lesson',
    href: `/en/${section}/lesson/#question-${id}`,
    html: `<p>Question ${id}</p>`,
    options: texts.map((text, index) => option(LABELS[index], text, right.includes(LABELS[index]))),
  };
}

/** A bank of `count` questions, q0 … q(count-1), in sections s1 and s2 alternating. */
function bankOf(count: number): QuestionBank {
  return {
    sections: [
      { slug: 's1', title: 'Section 1' },
      { slug: 's2', title: 'Section 2' },
    ],
    questions: Array.from({ length: count }, (_, index) => question(`q${index}`, index % 2 === 0 ? 's1' : 's2')),
  };
}

const BANK = bankOf(40);
const draw = (seed: number, count = 10, sections: string[] = [], bank = BANK) => drawExam(bank, { seed, sections, count }, stripTags);
const ids = (questions: readonly { id: string }[]) => questions.map((question) => question.id);

describe('seeds', () => {
  it.each([0, 1, 35, 36, 123456789, 2 ** 32 - 1])('%i survives a round trip through text', (seed) => {
    expect(seedFromText(seedToText(seed))).toBe(seed);
  });

  it.each([
    ['0', 0],
    ['z', 35],
    ['10', 36],
    ['1z141z3', 2 ** 32 - 1],
    ['ZZ', 36 * 36 - 1],
  ])('%j reads as %i', (text, seed) => {
    expect(seedFromText(text)).toBe(seed);
  });

  it.each([undefined, null, '', 'zzzzzzzzz', '1z141z4', '-1', 'a b', ' a', '1.5', 'é'])('%j is no seed', (text) => {
    expect(seedFromText(text)).toBeUndefined();
  });

  it.each([
    [0, 0],
    [0.5, 2 ** 31],
    [0.999999999999, 2 ** 32 - 1],
    [1, 2 ** 32 - 1],
  ])('a source giving %d makes seed %i', (value, seed) => {
    expect(newSeed(() => value)).toBe(seed);
  });
});

describe('refersToOtherOptions', () => {
  it.each([
    'All of the above',
    'None of the above',
    'Both A and B',
    'A and B',
    'A and C are correct',
    'Either A or B',
    'Neither of the above',
    'All the above',
    'Both of the above',
    'Answers A and B',
    'Options A and C',
    'Only A and B',
    'All of these',
    'None of these',
    'ALL OF THE ABOVE.',
    'All of the above, except D',
    'a & b',
    'Todas las anteriores',
    'Todas las respuestas anteriores son correctas',
    'Ninguna de las anteriores',
    'Ambas',
    'Ambas son correctas',
    'A y B',
    'A y C son correctas',
    'Las dos anteriores',
    'Ninguna de las opciones anteriores',
    'Tanto A como B',
    'Solo A y B',
    'Sólo A y B',
    'Todas estas',
    'Ninguna de estas',
    'NINGÚNA DE LAS ANTERIORES',
  ])('%j refers to the other options', (text) => {
    expect(refersToOtherOptions(['Amazon S3', text])).toBe(true);
  });

  it.each([
    'Amazon S3 and Amazon EC2',
    'AWS Lambda',
    'A managed service',
    'Una base de datos y un servidor',
    'Availability Zones',
    'Amazon ECS y Amazon EKS',
    'A and B testing of web pages',
    'Run A/B tests',
    'Plan A and a plan B for recovery',
    'A',
    'Dos',
    'Deploy all instances in these Regions',
    'Both services scale on their own',
    '',
  ])('%j is an ordinary option', (text) => {
    expect(refersToOtherOptions(['Amazon S3', text])).toBe(false);
  });
});

describe('drawExam', () => {
  it('draws the same exam from the same seed', () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
  });

  it('draws other exams from other seeds', () => {
    const exams = new Set([1, 2, 3, 4, 5].map((seed) => ids(draw(seed, 10)).join()));
    expect(exams.size).toBe(5);
  });

  it('draws only from the chosen sections', () => {
    const drawn = draw(7, 10, ['s2']);
    expect(drawn).toHaveLength(10);
    expect(drawn.every(({ id }) => BANK.questions.find((question) => question.id === id)?.section === 's2')).toBe(true);
  });

  it('draws from every section when none is chosen', () => {
    const sections = new Set(draw(7, 40).map(({ id }) => BANK.questions.find((question) => question.id === id)?.section));
    expect(sections).toEqual(new Set(['s1', 's2']));
  });

  it.each([
    [[], 100, 40],
    [['s1'], 100, 20],
    [['s1', 's2'], 25, 25],
    [['nowhere'], 10, 0],
  ])('sections %j, %i asked: %i drawn', (sections, count, drawn) => {
    expect(draw(3, count, sections)).toHaveLength(drawn);
  });

  it('draws no question twice, and all when asked for all', () => {
    const drawn = ids(draw(11, 40));
    expect(new Set(drawn).size).toBe(40);
    expect([...drawn].sort()).toEqual(ids(BANK.questions).sort());
  });

  it('shuffles the questions out of bank order', () => {
    expect(ids(draw(11, 40))).not.toEqual(ids(BANK.questions));
  });

  it.each([
    ['no question asked', BANK, 0],
    ['an empty bank', { sections: [], questions: [] }, 10],
  ])('draws nothing from %s', (_, bank, count) => {
    expect(draw(5, count, [], bank)).toEqual([]);
  });

  it('shows every option of a question once', () => {
    expect(draw(9, 40).every(({ order }) => [...order].sort().join() === LABELS.join())).toBe(true);
  });

  it('shuffles the options of some questions', () => {
    expect(draw(9, 40).some(({ order }) => order.join() !== LABELS.join())).toBe(true);
  });

  it.each([
    ['English', ['Amazon S3', 'Amazon EC2', 'Both A and B', 'None of the above']],
    ['Spanish', ['Amazon S3', 'Amazon EC2', 'Ambas son correctas', 'Ninguna de las anteriores']],
  ])('keeps options that refer to each other as written (%s)', (_, texts) => {
    const bank: QuestionBank = { sections: [{ slug: 's1', title: 'Section 1' }], questions: Array.from({ length: 10 }, (_, index) => question(`r${index}`, 's1', texts)) };
    const drawn = drawExam(bank, { seed: 9, sections: [], count: 10 }, stripTags);
    expect(drawn.map(({ order }) => order.join())).toEqual(Array(10).fill(LABELS.join()));
  });

  it('reads option text through the given function', () => {
    const bank: QuestionBank = { sections: [], questions: Array.from({ length: 10 }, (_, index) => question(`r${index}`, 's1')) };
    const drawn = drawExam(bank, { seed: 9, sections: [], count: 10 }, () => 'All of the above');
    expect(drawn.every(({ order }) => order.join() === LABELS.join())).toBe(true);
  });

  it('gives a larger exam of the same seed the smaller one first', () => {
    expect(draw(13, 20).slice(0, 10)).toEqual(draw(13, 10));
  });
});

describe('answers', () => {
  const single = question('single', 's1');
  const multiple = question('multiple', 's1', ['Amazon S3', 'Amazon EC2', 'AWS Lambda', 'Amazon RDS'], ['A', 'C']);

  it.each([
    [single, ['A'], true],
    [single, ['B'], false],
    [single, [], false],
    [single, ['A', 'B'], false],
    [multiple, ['A', 'C'], true],
    [multiple, ['C', 'A'], true],
    [multiple, ['A'], false],
    [multiple, ['A', 'C', 'D'], false],
    [multiple, ['A', 'B'], false],
    [multiple, ['A', 'C', 'X'], false],
  ])('%#: %j chosen in %s is right: %s', (asked, chosen, right) => {
    expect(isRightAnswer(asked, chosen)).toBe(right);
  });

  it.each([
    [single, 1],
    [multiple, 2],
  ])('%# asks for %i choices', (asked, count) => {
    expect(choiceCount(asked)).toBe(count);
  });
});

describe('scoreExam', () => {
  // Each question is right at A; s3's question is never drawn, so s3 gets no score.
  const bank: QuestionBank = {
    sections: [
      { slug: 's1', title: 'Section 1' },
      { slug: 's2', title: 'Section 2' },
      { slug: 's3', title: 'Section 3' },
    ],
    questions: [question('a', 's1'), question('b', 's1'), question('c', 's2'), question('d', 's2'), question('e', 's3')],
  };
  const drawnOf = (...questionIds: string[]) => questionIds.map((id) => ({ id, order: LABELS }));

  it('counts right answers by section, sections in bank order, unanswered as wrong', () => {
    const score = scoreExam(bank, drawnOf('c', 'a', 'd', 'b'), { c: ['A'], a: ['A'], d: [] }, 70);
    expect(score).toEqual({
      right: 2,
      total: 4,
      percent: 50,
      passed: false,
      bySection: [
        { slug: 's1', title: 'Section 1', right: 1, total: 2 },
        { slug: 's2', title: 'Section 2', right: 1, total: 2 },
      ],
    });
  });

  it('leaves out questions the bank no longer holds', () => {
    const score = scoreExam(bank, drawnOf('a', 'gone', 'c'), { a: ['A'], gone: ['A'], c: ['B'] }, 50);
    expect(score).toMatchObject({ right: 1, total: 2, percent: 50, passed: true });
  });

  it.each([
    [7, 10, 70, true],
    [6, 10, 60, false],
    [16, 23, 70, false],
    [2, 3, 67, false],
    [3, 3, 100, true],
    [0, 1, 0, false],
  ])('%i right of %i: %i%, passes 70: %s', (right, total, percent, passed) => {
    const many: QuestionBank = { sections: bank.sections, questions: Array.from({ length: total }, (_, index) => question(`m${index}`, 's1')) };
    const answers = Object.fromEntries(many.questions.map((asked, index) => [asked.id, [index < right ? 'A' : 'B']]));
    expect(scoreExam(many, drawnOf(...many.questions.map((asked) => asked.id)), answers, 70)).toMatchObject({ right, total, percent, passed });
  });

  it('does not pass an empty exam', () => {
    expect(scoreExam(bank, [], {}, 0)).toEqual({ right: 0, total: 0, percent: 0, passed: false, bySection: [] });
  });
});

describe('updateDeck', () => {
  const answer = (id: string, right: boolean) => ({ id, right });

  it.each([
    ['wrong in a quiz adds', {}, [answer('q', false)], 'quiz', { q: 0 }],
    ['wrong in an exam adds', {}, [answer('q', false)], 'exam', { q: 0 }],
    ['right in a quiz changes nothing', { q: 1 }, [answer('q', true)], 'quiz', { q: 1 }],
    ['right in an exam changes nothing', { q: 0 }, [answer('q', true), answer('new', true)], 'exam', { q: 0 }],
    ['right in review counts', { q: 0 }, [answer('q', true)], 'review', { q: 1 }],
    ['right twice in review leaves', { q: 0 }, [answer('q', true), answer('q', true)], 'review', {}],
    ['right in review after one leaves', { q: RIGHT_IN_REVIEW_TO_LEAVE - 1 }, [answer('q', true)], 'review', {}],
    ['wrong in review resets', { q: 1 }, [answer('q', false)], 'review', { q: 0 }],
    ['right in review of a question out of the deck changes nothing', {}, [answer('q', true)], 'review', {}],
    ['only answered questions change', { q: 1, other: 1 }, [answer('q', false)], 'quiz', { q: 0, other: 1 }],
  ] as const)('%s', (_, deck, answers, source, after) => {
    expect(updateDeck(deck, answers, source)).toEqual(after);
  });

  it('leaves the given deck as it was', () => {
    const deck = Object.freeze({ q: 1, r: 0 });
    const after = updateDeck(deck, [answer('q', true), answer('r', false), answer('s', false)], 'review');
    expect(deck).toEqual({ q: 1, r: 0 });
    expect(after).not.toBe(deck);
    expect(after).toEqual({ r: 0, s: 0 });
  });
});

describe('deckQuestions', () => {
  it('keeps the bank order and ignores ids the bank does not hold', () => {
    expect(ids(deckQuestions(bankOf(5), { q3: 0, gone: 1, q1: 1 }))).toEqual(['q1', 'q3']);
  });

  it('is empty for an empty deck', () => {
    expect(deckQuestions(bankOf(5), {})).toEqual([]);
  });
});

describe('DEFAULT_EXAM', () => {
  it('asks 20 questions, passes at 70% and suggests 1.5 minutes a question', () => {
    expect(DEFAULT_EXAM).toEqual({ questions: 20, pass: 70, minutesPerQuestion: 1.5 });
  });
});
