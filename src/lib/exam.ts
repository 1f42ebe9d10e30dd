// The logic of a language's practice exam: which questions a seed draws from the question
// bank and in which order their options show, how an exam is scored, and the review deck
// of questions answered wrong. Pure: the exam page brings the DOM, the clock and storage.
import { seededRandom } from './random.ts';

/** One option of a question in the bank. */
export interface BankOption {
  label: string;
  html: string;
  correct: boolean;
  explanation: string;
}

/** One question of the bank. `section` is the section's slug. */
export interface BankQuestion {
  id: string;
  section: string;
  lesson: string;
  href: string;
  html: string;
  options: BankOption[];
}

/** A section that holds questions, as the bank lists it. */
export interface BankSection {
  slug: string;
  title: string;
}

/** One language's question bank, as the build writes it. */
export interface QuestionBank {
  sections: BankSection[];
  questions: BankQuestion[];
}

/** A drawn question: its id and the order its options are shown in (labels). */
export interface DrawnQuestion {
  id: string;
  order: string[];
}

// Seeds

const SEED_LIMIT = 2 ** 32;
const BASE_36 = /^[0-9a-z]+$/i;

/** Seeds are 32-bit unsigned integers, written in base 36 in URLs. Undefined when the text is missing, is no base-36 number or is out of range. */
export function seedFromText(text: string | null | undefined): number | undefined {
  if (!text || !BASE_36.test(text)) return undefined;
  const seed = parseInt(text, 36);
  return seed < SEED_LIMIT ? seed : undefined;
}

/** A seed as an exam URL writes it (base 36). */
export function seedToText(seed: number): string {
  return (seed >>> 0).toString(36);
}

/** A fresh 32-bit seed from any source of numbers in [0, 1) (Math.random in the browser). */
export function newSeed(random: () => number): number {
  // min: a source that returns 1 would otherwise overflow to 2^32.
  return Math.min(Math.floor(random() * SEED_LIMIT), SEED_LIMIT - 1);
}

// Options that refer to each other
//
// Two ways an option points at the others:
// - a quantifier before a position word ("All of the above", "Ninguna de las opciones
//   anteriores", "Todas estas"), with only linking words between them; the option may say
//   more ("All of the above, except D").
// - an option made only of reference words: option letters A–H, connectors (and, or, y,
//   tanto…como), quantifiers and filler ("are correct", "answers", "solo"), holding a
//   quantifier ("Ambas son correctas") or two letters and a connector ("A and C are
//   correct", "Tanto A como B"). Any other word makes it an ordinary option, so "A and B
//   testing of web pages", "Run A/B tests" or "Plan A and a plan B" do not count.

const QUANTIFIERS = ['all', 'none', 'both', 'neither', 'either', 'any', 'todas', 'todos', 'ninguna', 'ninguno', 'ambas', 'ambos', 'cualquiera', 'las dos', 'los dos'];
const LINKING_WORDS = ['of', 'the', 'de', 'las', 'los', 'options', 'answers', 'choices', 'opciones', 'respuestas', 'alternativas'];
const POSITION_WORDS = ['above', 'below', 'previous', 'preceding', 'these', 'those', 'anteriores', 'previas', 'siguientes', 'estas', 'estos', 'esas', 'esos'];

const words = (list: readonly string[]) => list.join('|');
const QUANTIFIED_POSITION = new RegExp(`\\b(?:${words(QUANTIFIERS)})(?: (?:${words(LINKING_WORDS)}))* (?:${words(POSITION_WORDS)})\\b`);

const OPTION_LETTER = /^[a-h]$/;
const CONNECTORS = new Set(['and', 'or', 'nor', 'but', 'not', 'y', 'o', 'ni', 'tanto', 'como', 'pero', 'no']);
// Single words only: "dos" alone is as likely a number ("Two") as a reference.
const QUANTIFIER_WORDS = new Set(QUANTIFIERS.filter((quantifier) => !quantifier.includes(' ')));
const FILLER_WORDS = new Set([
  ...LINKING_WORDS,
  ...POSITION_WORDS,
  ...['dos', 'them', 'are', 'is', 'correct', 'true', 'valid', 'right', 'answer', 'option', 'only', 'just'],
  ...['ellas', 'ellos', 'son', 'es', 'correctas', 'correctos', 'correcta', 'correcto', 'verdaderas', 'verdaderos', 'validas', 'validos', 'respuesta', 'opcion', 'solo', 'solamente'],
]);

/** Lower case, no accents, words separated by single spaces ("Sólo A & B." -> "solo a and b"). */
function plainWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function isReferenceWord(word: string): boolean {
  return OPTION_LETTER.test(word) || CONNECTORS.has(word) || QUANTIFIER_WORDS.has(word) || FILLER_WORDS.has(word);
}

/** An option made only of reference words, naming the others by a quantifier or by their letters. */
function isMadeOfReferences(text: string): boolean {
  const optionWords = text.split(' ');
  if (!optionWords.every(isReferenceWord)) return false;
  const letters = optionWords.filter((word) => OPTION_LETTER.test(word)).length;
  return optionWords.some((word) => QUANTIFIER_WORDS.has(word)) || (letters >= 2 && optionWords.some((word) => CONNECTORS.has(word)));
}

function refersToOthers(optionText: string): boolean {
  const text = plainWords(optionText);
  return text !== '' && (QUANTIFIED_POSITION.test(text) || isMadeOfReferences(text));
}

/** True when an option's text refers to the other options, so their order must stay as written. */
export function refersToOtherOptions(optionTexts: readonly string[]): boolean {
  return optionTexts.some(refersToOthers);
}

// Drawing an exam

/** What an exam is drawn from: the seed, the sections' slugs (empty = all) and how many questions. */
export interface DrawOptions {
  seed: number;
  sections: readonly string[];
  count: number;
}

/** A shuffled copy (Fisher–Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

function questionsOfSections(bank: QuestionBank, sections: readonly string[]): BankQuestion[] {
  return sections.length === 0 ? bank.questions : bank.questions.filter((question) => sections.includes(question.section));
}

/**
 * The exam a seed gives: `count` questions (capped at what the chosen sections hold)
 * without repeats, in random order, each with its options shuffled unless they refer to
 * each other. Same bank + same options -> same result. Option order: labels.
 */
export function drawExam(bank: QuestionBank, options: DrawOptions, optionText: (html: string) => string): DrawnQuestion[] {
  const random = seededRandom(options.seed);
  const count = Math.max(0, Math.floor(options.count));
  const questions = shuffled(questionsOfSections(bank, options.sections), random).slice(0, count);
  return questions.map((question) => {
    // Shuffled even when kept as written: each question then takes the same numbers from
    // the generator, and the next questions' orders do not hang on how this one's text reads.
    const order = shuffled(question.options, random);
    const keepsOrder = refersToOtherOptions(question.options.map((option) => optionText(option.html)));
    return { id: question.id, order: (keepsOrder ? question.options : order).map((option) => option.label) };
  });
}

// Answers and scores

const rightLabels = (question: BankQuestion) => question.options.filter((option) => option.correct).map((option) => option.label);

/** Whether the chosen labels are exactly the right ones (order does not matter; a multiple-answer question needs all right ones and no wrong one). */
export function isRightAnswer(question: BankQuestion, chosen: readonly string[]): boolean {
  const picked = new Set(chosen);
  const right = rightLabels(question);
  return picked.size === right.length && right.every((label) => picked.has(label));
}

/** How many options a question asks for (its number of right options). */
export function choiceCount(question: BankQuestion): number {
  return rightLabels(question).length;
}

/** One section's share of an exam's score. */
export interface SectionScore {
  slug: string;
  title: string;
  right: number;
  total: number;
}

/** An exam's score: `percent` is rounded (0 when `total` is 0); `bySection` lists, in bank order, the sections with drawn questions. */
export interface ExamScore {
  right: number;
  total: number;
  percent: number;
  passed: boolean;
  bySection: SectionScore[];
}

/** Sections in bank order; a section the bank does not list (it should not happen) goes last, named by its slug. */
function sectionScores(bank: QuestionBank, results: readonly { section: string; right: boolean }[]): SectionScore[] {
  const slugs = new Set(results.map((result) => result.section));
  const listed = bank.sections.filter((section) => slugs.has(section.slug));
  const unlisted = [...slugs].filter((slug) => !listed.some((section) => section.slug === slug)).map((slug) => ({ slug, title: slug }));
  return [...listed, ...unlisted].map(({ slug, title }) => {
    const ofSection = results.filter((result) => result.section === slug);
    return { slug, title, right: ofSection.filter((result) => result.right).length, total: ofSection.length };
  });
}

/**
 * Scores an exam: `answers` maps question id -> chosen labels (unanswered = missing or
 * empty = wrong). `passMark` is a percent. Questions the bank no longer holds (it changed
 * since the exam was drawn) are left out, of `total` too.
 */
export function scoreExam(bank: QuestionBank, drawn: readonly DrawnQuestion[], answers: Readonly<Record<string, readonly string[]>>, passMark: number): ExamScore {
  const byId = new Map(bank.questions.map((question) => [question.id, question]));
  const results = drawn.flatMap(({ id }) => {
    const question = byId.get(id);
    const chosen = answers[id] ?? [];
    return question ? [{ section: question.section, right: chosen.length > 0 && isRightAnswer(question, chosen) }] : [];
  });
  const right = results.filter((result) => result.right).length;
  const total = results.length;
  return {
    right,
    total,
    percent: total === 0 ? 0 : Math.round((right / total) * 100),
    // Against the exact share, not the rounded percent: 69.6% does not pass a mark of 70.
    passed: total > 0 && right * 100 >= passMark * total,
    bySection: sectionScores(bank, results),
  };
}

// Review deck

/** Questions waiting for review, by id: how many times in a row each has been answered right in review. */
export type ReviewDeck = Record<string, number>;

/** Right answers in a row in review that take a question out of the deck. */
export const RIGHT_IN_REVIEW_TO_LEAVE = 2;

/** Where an answer was given. */
export type AnswerSource = 'exam' | 'quiz' | 'review';

/**
 * The deck after some answers: a wrong answer anywhere puts the question in (or back to
 * 0); a right answer in review counts toward leaving (it leaves at
 * RIGHT_IN_REVIEW_TO_LEAVE); a right answer in an exam or a quiz changes nothing. Returns a
 * new object; never mutates.
 */
export function updateDeck(deck: ReviewDeck, answers: readonly { id: string; right: boolean }[], source: AnswerSource): ReviewDeck {
  const next = { ...deck };
  for (const { id, right } of answers) {
    if (!right) next[id] = 0;
    else if (source === 'review' && Object.hasOwn(next, id)) {
      const inARow = next[id] + 1;
      if (inARow >= RIGHT_IN_REVIEW_TO_LEAVE) delete next[id];
      else next[id] = inARow;
    }
  }
  return next;
}

/** The deck's questions that the bank still holds, in bank order (ids of edited or removed questions are ignored). */
export function deckQuestions(bank: QuestionBank, deck: ReviewDeck): BankQuestion[] {
  return bank.questions.filter((question) => Object.hasOwn(deck, question.id));
}

// Defaults

/** An exam's settings as a course writes them: how many questions, a time limit in minutes (none = untimed) and the pass mark in percent. */
export interface ExamDefaults {
  questions: number;
  minutes?: number;
  pass: number;
}

/** Defaults when the course sets none: 20 questions, untimed, pass at 70%; `minutesPerQuestion` suggests a time limit to a reader who wants one. */
export const DEFAULT_EXAM: { questions: number; pass: number; minutesPerQuestion: number } = { questions: 20, pass: 70, minutesPerQuestion: 1.5 };
