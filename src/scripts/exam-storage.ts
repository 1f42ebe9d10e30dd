// What the practice exam keeps in the reader's browser: the exam in progress, past
// attempts and the review deck, per language. Apart from the storage every page uses, so
// that pages without the exam or a quiz do not download it.
import type { DrawnQuestion, ReviewDeck } from '../lib/exam.ts';
import { forget, store, storedJson } from './storage.ts';

/** A language's practice exam in progress (or just submitted), its past attempts, and its review deck. */
const examKey = (lang: string) => `exam:${lang}`;
const attemptsKey = (lang: string) => `exam-attempts:${lang}`;
const deckKey = (lang: string) => `review-deck:${lang}`;

export interface ExamRun {
  /** An exam drawn from a seed, or a review of the deck's questions. */
  mode: 'exam' | 'review';
  seed: number;
  sections: string[];
  minutes?: number;
  pass: number;
  questions: DrawnQuestion[];
  answers: Record<string, string[]>;
  flagged: string[];
  current: number;
  startedAt: number;
  /** Set once submitted: the result is shown until the reader sets up another exam. */
  submittedAt?: number;
  timeUp?: boolean;
}

export interface ExamAttempt {
  /** When it was submitted, as an ISO date and time. */
  date: string;
  right: number;
  total: number;
  percent: number;
  passed: boolean;
  /** Section titles, as the exam page showed them. */
  sections: string[];
  seconds: number;
}

export const readExamRun = (lang: string) => storedJson<ExamRun>(examKey(lang)) as ExamRun | Partial<ExamRun>;
export const storeExamRun = (lang: string, run: ExamRun | undefined) => (run ? store(examKey(lang), JSON.stringify(run)) : forget(examKey(lang)));

export function readAttempts(lang: string): ExamAttempt[] {
  const list = storedJson<{ attempts: ExamAttempt[] }>(attemptsKey(lang)).attempts;
  return Array.isArray(list) ? list : [];
}
export const storeAttempts = (lang: string, attempts: ExamAttempt[]) => store(attemptsKey(lang), JSON.stringify({ attempts }));

export const readDeck = (lang: string) => storedJson<ReviewDeck>(deckKey(lang)) as ReviewDeck;
export const storeDeck = (lang: string, deck: ReviewDeck) => store(deckKey(lang), JSON.stringify(deck));
