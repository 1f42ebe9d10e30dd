// Practice questions written as plain Markdown, the way public exam courses write them:
//
//   ## Question 1:
//
//   Which service runs containers without managing servers?
//
//   - A) Amazon EC2
//     - Incorrect: you manage the instances.
//   - B) AWS Fargate
//     - Correct: serverless containers.
//
// A question is a heading, its text, and a list whose every item starts with an option
// label (`A)`, `B.`, `a)`) and holds one nested item that starts with `Correct:` or
// `Incorrect:` (Spanish: `Correcto:`, `Correcta:`, `Incorrecto:`, `Incorrecta:`). Lists
// of labelled options that miss a verdict, or have no correct option, are near misses:
// they stay ordinary text and the course check warns about them.
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const OPTION_LABEL = /^\s*([A-Za-z])[.)]\s+/;
const VERDICT = /^\s*(correct[oa]?|incorrect[oa]?)\s*:\s*/i;

export interface QuizOption {
  /** The option's letter as written (`A`, `b`). */
  label: string;
  correct: boolean;
  /** The item's paragraph, its label taken off. */
  text: Paragraph;
  /** What else the option holds besides its text and its verdict. */
  more: RootContent[];
  /** The explanation: the verdict item's content, its keyword taken off. */
  explanation: RootContent[];
}

export interface QuizQuestion {
  heading: Heading;
  /** What stands between the heading and the options. */
  text: RootContent[];
  options: QuizOption[];
  /** Where the question starts and ends in the page's nodes (end excluded). */
  start: number;
  end: number;
}

export interface QuizNearMiss {
  message: string;
  fix: string;
  line?: number;
  column?: number;
}

/** Text of a paragraph's first text node, where a label or a keyword is written. */
function leadingText(paragraph: Paragraph | undefined): string {
  const first = paragraph?.children[0];
  return first?.type === 'text' ? first.value : '';
}

/** The paragraph without the text `pattern` matched at its start. */
function withoutLead(paragraph: Paragraph, pattern: RegExp): Paragraph {
  const [first, ...rest] = paragraph.children;
  const remaining = first.type === 'text' ? first.value.replace(pattern, '') : '';
  const children: PhrasingContent[] = remaining === '' ? rest : [{ ...first, value: remaining } as PhrasingContent, ...rest];
  return { ...paragraph, children };
}

/** The option label an item starts with, if any. */
export function optionLabel(item: ListItem): string | undefined {
  const paragraph = item.children[0];
  return paragraph?.type === 'paragraph' ? OPTION_LABEL.exec(leadingText(paragraph))?.[1] : undefined;
}

/** `Correct:` (true), `Incorrect:` (false), or neither (undefined), in either language. */
export function verdictOf(text: string): boolean | undefined {
  const keyword = VERDICT.exec(text)?.[1].toLowerCase();
  return keyword === undefined ? undefined : keyword.startsWith('correct');
}

function position(node: Nodes) {
  return { line: node.position?.start.line, column: node.position?.start.column };
}

/** An option item, or why it is not one. */
function readOption(item: ListItem, label: string): QuizOption | string {
  const [paragraph, ...rest] = item.children as [Paragraph, ...RootContent[]];
  const nested = rest.filter((node): node is List => node.type === 'list');
  const verdictItems = nested.flatMap((list) => list.children).filter((child) => child.children[0]?.type === 'paragraph' && verdictOf(leadingText(child.children[0] as Paragraph)) !== undefined);
  if (verdictItems.length !== 1 || nested.length !== 1 || nested[0].children.length !== 1) return `option ${label}) has no \`Correct:\` or \`Incorrect:\` explanation of its own`;
  const [verdictItem] = verdictItems;
  const [verdictParagraph, ...explanationRest] = verdictItem.children as [Paragraph, ...RootContent[]];
  const explanation = withoutLead(verdictParagraph, VERDICT);
  return {
    label,
    correct: verdictOf(leadingText(verdictParagraph))!,
    text: withoutLead(paragraph, OPTION_LABEL),
    more: rest.filter((node) => node !== nested[0]),
    explanation: [...(explanation.children.length > 0 ? [explanation] : []), ...explanationRest],
  };
}

/** Blocks that may stand between a question's heading and its options. */
const QUESTION_TEXT = new Set(['paragraph', 'code', 'blockquote', 'html', 'table', 'image', 'mdxJsxFlowElement', 'mdxFlowExpression']);

/**
 * The questions among a page's top-level nodes, and the lists that look like options
 * but are not a question.
 */
export function findQuestions(nodes: readonly RootContent[]): { questions: QuizQuestion[]; nearMisses: QuizNearMiss[] } {
  const questions: QuizQuestion[] = [];
  const nearMisses: QuizNearMiss[] = [];
  for (let start = 0; start < nodes.length; start++) {
    const heading = nodes[start];
    if (heading.type !== 'heading') continue;
    let end = start + 1;
    while (end < nodes.length && QUESTION_TEXT.has(nodes[end].type)) end++;
    const list = nodes[end];
    if (list?.type !== 'list' || list.children.length < 2) continue;
    const labels = list.children.map(optionLabel);
    if (labels.some((label) => label === undefined)) continue;
    const options = list.children.map((item, index) => readOption(item, labels[index]!));
    const problem = options.find((option): option is string => typeof option === 'string');
    if (problem) {
      nearMisses.push({ message: `this looks like a quiz question, but ${problem}`, fix: 'give every option one nested item that starts with `Correct:` or `Incorrect:`', ...position(list) });
      continue;
    }
    const read = options as QuizOption[];
    if (!read.some((option) => option.correct)) {
      nearMisses.push({ message: 'this looks like a quiz question, but none of its options is marked `Correct:`', fix: 'mark the right option (or options) with `Correct:`', ...position(list) });
      continue;
    }
    questions.push({ heading, text: nodes.slice(start + 1, end) as RootContent[], options: read, start, end: end + 1 });
    start = end;
  }
  return { questions, nearMisses };
}

/** What identifies a question: its words, so an edited question is a new one and a moved one is not. */
export function questionContent(question: QuizQuestion): string {
  return [
    toString(question.heading),
    ...question.text.map((node) => toString(node)),
    ...question.options.map((option) => `${option.label}) ${toString(option.text)} ${option.correct}`),
  ].join('\n');
}

/** The id of a question's section on its page, which quiz summaries link to. */
export function questionAnchor(id: string): string {
  return `question-${id}`;
}
