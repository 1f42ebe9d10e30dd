// Quizzes with JavaScript: each question's options become a group of choices with a
// check button. Checking shows the verdict and the explanations and locks the answer.
// Answers are kept in the browser per language and lesson, under each question's
// digest, so an edited question starts afresh and a moved one keeps its answer. Only
// pages that hold a question load this script.
import { fill } from '../i18n/templates.ts';
import { element } from './dom.ts';
import { updateDeck } from '../lib/exam.ts';
import { readDeck, storeDeck } from './exam-storage.ts';
import { readQuizAnswers, storeQuizAnswers, type QuizAnswer, type QuizAnswers } from './storage.ts';

const score = document.querySelector<HTMLElement>('[data-quiz]')!;
const text = score.dataset;
const quiz = text.quiz!;
const lessonQuestions = text.quizQuestions!.split(' ');

/** Answers to questions the lesson no longer has are dropped. */
function load(): QuizAnswers {
  return Object.fromEntries(Object.entries(readQuizAnswers(quiz)).filter(([id]) => lessonQuestions.includes(id)));
}

let answers = load();

const save = () => storeQuizAnswers(quiz, answers);

function showScore() {
  const answered = Object.values(answers);
  const right = answered.filter((answer) => answer.right).length;
  score.textContent = fill(text.score!, { answered: answered.length, total: lessonQuestions.length, right });
  const summary = document.querySelector<HTMLElement>('[data-quiz-summary]');
  if (!summary) return;
  summary.hidden = false;
  summary.querySelector('[data-quiz-result]')!.textContent = fill(summary.dataset.result!, { right, total: lessonQuestions.length });
  let missed = 0;
  summary.querySelectorAll<HTMLElement>('[data-question]').forEach((item) => {
    item.hidden = answers[item.dataset.question!]?.right !== false;
    if (!item.hidden) missed++;
  });
  summary.querySelector<HTMLElement>('[data-quiz-missed]')!.hidden = missed === 0;
  summary.querySelector<HTMLElement>('[data-quiz-all-right]')!.hidden = right < lessonQuestions.length;
}

/** The explanations of some options, copied from the disclosure that holds them all. */
function explanations(question: HTMLElement, labels: readonly string[]): HTMLElement {
  return element('ul', { className: 'quiz-explanations' }, labels.map((label) => question.querySelector(`.quiz-explanation[data-option="${label}"]`)!.cloneNode(true)));
}

function enhance(question: HTMLElement) {
  const id = question.dataset.quizQuestion!;
  const options = question.querySelector('.quiz-options')!;
  const correct = [...question.querySelectorAll<HTMLElement>('.quiz-explanation[data-verdict="correct"]')].map((item) => item.dataset.option!);
  const multiple = correct.length > 1;
  const group = element('fieldset', { className: 'quiz-choices' });
  const heading = question.querySelector('h2, h3, h4, h5, h6');
  if (heading) group.setAttribute('aria-labelledby', heading.id);
  const inputs = [...options.querySelectorAll<HTMLElement>('.quiz-option')].map((option) => {
    const input = element('input');
    input.type = multiple ? 'checkbox' : 'radio';
    input.name = `quiz-${id}`;
    input.value = option.dataset.option!;
    group.append(element('label', { className: 'quiz-choice' }, [input, ...option.childNodes]));
    return input;
  });
  // Arrow keys move between checkboxes as they do between radio buttons, and never leave the group.
  group.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 0;
    if (!step || !multiple) return;
    event.preventDefault();
    const at = inputs.indexOf(document.activeElement as HTMLInputElement);
    inputs[(at + step + inputs.length) % inputs.length].focus();
  });
  const check = element('button', { className: 'quiz-check' }, [text.check!]);
  check.type = 'button';
  const feedback = element('div', { className: 'quiz-feedback' });
  feedback.setAttribute('role', 'status');
  options.replaceWith(group, check, feedback);

  const show = (answer: QuizAnswer) => {
    inputs.forEach((input) => {
      input.checked = answer.chosen.includes(input.value);
      input.disabled = true;
    });
    check.hidden = true;
    const verdict = element('p', { className: `quiz-result ${answer.right ? 'is-right' : 'is-wrong'}` }, [
      element('span', { className: 'quiz-verdict-icon' }, [answer.right ? '✓' : '✗']),
      ` ${answer.right ? text.right : text.wrong}`,
    ]);
    verdict.firstElementChild!.setAttribute('aria-hidden', 'true');
    const parts: Node[] = [verdict, element('p', { className: 'quiz-feedback-label' }, [text.yourAnswer!]), explanations(question, answer.chosen)];
    if (!answer.right) parts.push(element('p', { className: 'quiz-feedback-label' }, [text.rightAnswer!]), explanations(question, correct));
    feedback.replaceChildren(...parts);
  };

  check.addEventListener('click', () => {
    const chosen = inputs.filter((input) => input.checked).map((input) => input.value);
    if (chosen.length === 0) return inputs[0].focus();
    const answer = { chosen, right: chosen.length === correct.length && correct.every((label) => chosen.includes(label)) };
    answers[id] = answer;
    save();
    // A missed question joins the practice exam's review deck.
    const lang = document.documentElement.lang;
    storeDeck(lang, updateDeck(readDeck(lang), [{ id, right: answer.right }], 'quiz'));
    show(answer);
    showScore();
    // The check button is gone: the verdict takes the focus, and is read out.
    feedback.tabIndex = -1;
    feedback.focus();
  });
  if (answers[id]) show(answers[id]);
}

document.querySelectorAll<HTMLElement>('[data-quiz-question]').forEach(enhance);
document.querySelector('[data-quiz-restart]')?.addEventListener('click', () => {
  answers = {};
  save();
  location.reload();
});
showScore();
