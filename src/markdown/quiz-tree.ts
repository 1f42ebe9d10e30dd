// A recognized question, rebuilt in the Markdown tree as the structure readers get:
// the heading, the question's text, its options as a list, and a disclosure that
// reveals the right options and every explanation. Search never sees the disclosure.
// The quiz script turns the options into a group of choices with a check button.
import type { Parent, PhrasingContent, RootContent } from 'mdast';
import type { UiStrings } from '../i18n/types.ts';
import { questionAnchor, type QuizQuestion } from '../lib/quiz-questions.ts';

/** A part of a question: an element of the HTML tree, written in the Markdown tree. */
export interface QuizPartNode extends Parent {
  type: 'quizPart';
  children: RootContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    quizPart: QuizPartNode;
  }
  interface PhrasingContentMap {
    quizPart: QuizPartNode;
  }
}

function part(tagName: string, properties: Record<string, unknown>, children: RootContent[]): QuizPartNode {
  return { type: 'quizPart', data: { hName: tagName, hProperties: properties as never }, children };
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

export function quizQuestionNode(question: QuizQuestion, id: string, strings: UiStrings): QuizPartNode {
  const correct = question.options.filter((option) => option.correct).map((option) => option.label);
  const multiple = correct.length > 1;
  const options = question.options.map((option) =>
    part('li', { className: ['quiz-option'], dataOption: option.label }, [
      part('span', { className: ['quiz-option-label'] }, [text(`${option.label})`)]),
      text(' '),
      part('span', { className: ['quiz-option-text'] }, option.text.children as RootContent[]),
      ...option.more,
    ]),
  );
  const explanations = question.options.map((option) =>
    part('li', { className: ['quiz-explanation'], dataOption: option.label, dataVerdict: option.correct ? 'correct' : 'incorrect' }, [
      part('p', { className: ['quiz-verdict'] }, [
        part('span', { className: ['quiz-verdict-icon'], ariaHidden: 'true' }, [text(option.correct ? '✓' : '✗')]),
        text(' '),
        part('strong', {}, [text(`${option.label}) ${option.correct ? strings.quizCorrect : strings.quizIncorrect}`)]),
      ]),
      ...option.explanation,
    ]),
  );
  return part('section', { className: ['quiz-question'], id: questionAnchor(id), dataQuizQuestion: id, dataQuizMultiple: multiple ? '' : undefined }, [
    question.heading,
    ...question.text,
    ...(multiple ? [part('p', { className: ['quiz-choose'] }, [text(strings.quizChoose(correct.length))])] : []),
    part('ul', { className: ['quiz-options'] }, options),
    part('details', { className: ['quiz-answer'], dataPagefindIgnore: 'all' }, [
      part('summary', {}, [text(strings.quizShowAnswer)]),
      part('p', { className: ['quiz-key'] }, [part('strong', {}, [text(strings.quizAnswer(correct))])]),
      part('ul', { className: ['quiz-explanations'] }, explanations),
    ]),
  ]);
}
