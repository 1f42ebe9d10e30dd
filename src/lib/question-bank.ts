// The question bank of one language: every quiz question of the course, read back from
// the lesson pages as they were built. The built page is the one place where a question
// stands complete in both formats (an MDX lesson's question exists as HTML nowhere else),
// with its links, images and code as readers see them.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { BankOption, BankQuestion, BankSection, QuestionBank } from './exam.ts';

/** A lesson page that holds questions, with where it sits in the course. */
export interface QuizPage {
  /** The section's slug. */
  section: string;
  lesson: string;
  /** The page's URL, base path included. */
  href: string;
  html: string;
}

type Node = Root | RootContent;

function isElement(node: Node, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

const hasClass = (node: Node, name: string): node is Element => isElement(node) && ((node.properties.className as string[] | undefined) ?? []).includes(name);

/** Every element under `node` (depth first, document order) that `matches`. */
function findAll(node: Node, matches: (node: Node) => boolean): Element[] {
  if (!('children' in node)) return [];
  return node.children.flatMap((child) => [...(matches(child) ? [child as Element] : []), ...findAll(child, matches)]);
}

/** Ids would repeat on the exam page, where several questions (and their review) are shown. */
function withoutIds(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (!isElement(node)) return node;
    const { id: _id, ...properties } = node.properties;
    return { ...node, properties, children: withoutIds(node.children) };
  });
}

const html = (nodes: readonly ElementContent[]) => toHtml(withoutIds(nodes)).trim();

/** The question's own text: what stands between its heading and its options, the "choose N" line left out (the exam says it itself). */
function questionText(section: Element): string {
  const parts = section.children.filter((child) => !(isElement(child) && (/^h[1-6]$/.test(child.tagName) || hasClass(child, 'heading') || hasClass(child, 'quiz-choose'))));
  const end = parts.findIndex((child) => hasClass(child, 'quiz-options'));
  return html(parts.slice(0, end === -1 ? 0 : end));
}

function options(section: Element): BankOption[] {
  const explanations = new Map(
    findAll(section, (node) => hasClass(node, 'quiz-explanation')).map((item) => [
      String(item.properties.dataOption),
      { correct: item.properties.dataVerdict === 'correct', explanation: html(item.children.filter((child) => !hasClass(child, 'quiz-verdict'))) },
    ]),
  );
  return findAll(section, (node) => hasClass(node, 'quiz-option')).map((item) => {
    const label = String(item.properties.dataOption);
    const text = item.children.find((child) => hasClass(child, 'quiz-option-text')) as Element | undefined;
    const more = item.children.filter((child) => isElement(child) && !hasClass(child, 'quiz-option-label') && !hasClass(child, 'quiz-option-text'));
    const verdict = explanations.get(label)!;
    return { label, html: html([...(text?.children ?? []), ...more]), correct: verdict.correct, explanation: verdict.explanation };
  });
}

/** The questions of one built page, in page order. */
export function questionsOfPage(page: QuizPage): BankQuestion[] {
  const sections = findAll(fromHtml(page.html), (node) => hasClass(node, 'quiz-question'));
  return sections.map((section) => ({
    id: String(section.properties.dataQuizQuestion),
    section: page.section,
    lesson: page.lesson,
    href: `${page.href}#${String(section.properties.id)}`,
    html: questionText(section),
    options: options(section),
  }));
}

/**
 * One language's bank: its quiz pages in course order, and the sections that hold
 * questions. A question written twice in the course (same words) is kept once, where it
 * first appears: answers and the review deck know a question by its words.
 */
export function questionBank(sections: readonly BankSection[], pages: readonly QuizPage[]): QuestionBank {
  const questions = new Map<string, BankQuestion>();
  for (const page of pages) for (const question of questionsOfPage(page)) if (!questions.has(question.id)) questions.set(question.id, question);
  const used = new Set([...questions.values()].map((question) => question.section));
  return { sections: sections.filter((section) => used.has(section.slug)), questions: [...questions.values()] };
}
