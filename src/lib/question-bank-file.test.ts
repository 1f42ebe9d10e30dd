import { describe, expect, it } from 'vitest';
import type { BankQuestion, QuestionBank } from './exam.ts';
import { packQuestionBank, unpackQuestionBank } from './question-bank-file.ts';

const option = (label: string, correct: boolean) => ({ label, html: `Option ${label}`, correct, explanation: `<p>Why ${label}.</p>` });
const question = (id: string, section: string, lesson: string, href: string, right: string[]): BankQuestion => ({
  id,
  section,
  lesson,
  href,
  html: `<p>Question ${id}?</p>`,
  options: ['A', 'B', 'C'].map((label) => option(label, right.includes(label))),
});

const bank: QuestionBank = {
  sections: [
    { slug: 'compute', title: 'Compute' },
    { slug: 'storage', title: 'Storage' },
  ],
  questions: [
    question('q1', 'compute', 'Compute quiz', '/curso/en/compute/quiz/#question-q1', ['B']),
    question('q2', 'compute', 'Compute quiz', '/curso/en/compute/quiz/2/#question-q2', ['A', 'C']),
    question('q3', 'storage', 'Storage quiz', '/curso/en/storage/quiz/3/#question-q3', ['C']),
    question('q4', 'storage', 'Storage quiz', '/curso/en/storage/quiz/4/#question-q4', ['A']),
    question('q5', 'storage', 'Compute quiz', '/curso/en/storage/compute-quiz/#question-q5', ['A']),
  ],
};

describe('packQuestionBank', () => {
  it('writes each lesson once, with the start its questions’ links share, cut at a slash', () => {
    expect(packQuestionBank(bank).lessons).toEqual([
      { section: 0, title: 'Compute quiz', href: '/curso/en/compute/quiz/' },
      { section: 1, title: 'Storage quiz', href: '/curso/en/storage/quiz/' },
      { section: 1, title: 'Compute quiz', href: '/curso/en/storage/compute-quiz/' },
    ]);
  });

  it('keeps of each question the rest of its link, its options as text and explanation, and the right ones by position', () => {
    const [, second, third] = packQuestionBank(bank).questions;
    expect(second).toEqual({
      id: 'q2',
      lesson: 0,
      at: '2/#question-q2',
      html: '<p>Question q2?</p>',
      options: [
        ['Option A', '<p>Why A.</p>'],
        ['Option B', '<p>Why B.</p>'],
        ['Option C', '<p>Why C.</p>'],
      ],
      right: [0, 2],
    });
    expect(third.at).toBe('3/#question-q3');
  });

  it('is an empty table for an empty bank', () => {
    expect(packQuestionBank({ sections: [], questions: [] })).toEqual({ sections: [], lessons: [], questions: [] });
  });
});

describe('unpackQuestionBank', () => {
  it('gives back the bank that was packed', () => {
    expect(unpackQuestionBank(packQuestionBank(bank))).toEqual(bank);
  });

  it('letters options by position, whatever labels the lesson used', () => {
    const lowercase = { ...bank, questions: [{ ...bank.questions[0], options: ['a', 'b'].map((label) => option(label, label === 'b')) }] };
    expect(unpackQuestionBank(packQuestionBank(lowercase)).questions[0].options.map(({ label, correct }) => [label, correct])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });
});
