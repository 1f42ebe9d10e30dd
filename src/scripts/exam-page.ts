// The practice exam: set up from the page's form, drawn from the language's question bank
// by a seed the URL carries, taken one question at a time, then scored and reviewed. The
// exam in progress is kept in the browser, so a reload or a closed tab resumes it.
import { drawExam, deckQuestions, isRightAnswer, choiceCount, newSeed, scoreExam, seedFromText, seedToText, updateDeck, type BankQuestion, type QuestionBank } from '../lib/exam.ts';
import type { ExamStrings } from '../i18n/types.ts';
import { fill, plural } from '../i18n/templates.ts';
import { unpackQuestionBank, type QuestionBankFile } from '../lib/question-bank-file.ts';
import { element } from './dom.ts';
import { readAttempts, readDeck, readExamRun, storeAttempts, storeDeck, storeExamRun, type ExamRun } from './exam-storage.ts';

/** Moments (minutes left) the timer is read out to screen readers. */
const ANNOUNCED_MINUTES = [30, 10, 5, 1];
/** Past attempts kept. */
const ATTEMPTS_KEPT = 20;

const root = document.querySelector<HTMLElement>('[data-exam]')!;
const text = JSON.parse(root.dataset.strings!) as ExamStrings;
const lang = document.documentElement.lang;
const home = root.querySelector<HTMLElement>('[data-exam-home]')!;
const form = root.querySelector<HTMLFormElement>('[data-exam-setup]')!;
const runView = root.querySelector<HTMLElement>('[data-exam-run]')!;
const resultView = root.querySelector<HTMLElement>('[data-exam-result]')!;
const announcer = root.querySelector<HTMLElement>('[data-exam-announcer]')!;
const status = root.querySelector<HTMLElement>('[data-exam-status]')!;
const sectionInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="section"]')];
const countInput = form.querySelector<HTMLInputElement>('input[name="questions"]')!;
const timedInput = form.querySelector<HTMLInputElement>('input[name="timed"]')!;
const minutesInput = form.querySelector<HTMLInputElement>('input[name="minutes"]')!;
const pass = Number(root.dataset.pass);

let bank: QuestionBank;
let byId: Map<string, BankQuestion>;
let run: ExamRun | undefined;
let ticking: ReturnType<typeof setInterval> | undefined;
let announced = new Set<number>();

/** Options show in a shuffled order, lettered as they show. */
const shownLabel = (order: readonly string[], label: string) => String.fromCharCode(65 + order.indexOf(label));
const html = (markup: string, className: string) => element('div', { className, innerHTML: markup });
const plainText = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').body.textContent ?? '';
const button = (label: string, onClick: () => void, className = '') => {
  const node = element('button', { type: 'button', className }, [label]);
  node.addEventListener('click', onClick);
  return node;
};
const clock = (seconds: number) => {
  const whole = Math.max(0, Math.round(seconds));
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  return `${h > 0 ? `${h}:` : ''}${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
};
function withAttributes<T extends Element>(node: T, attributes: Record<string, string>): T {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
const save = () => storeExamRun(lang, run);

function show(view: 'home' | 'run' | 'result') {
  home.hidden = view !== 'home';
  runView.hidden = view !== 'run';
  resultView.hidden = view !== 'result';
}

// Setup

function chosenSections(): string[] {
  return sectionInputs.filter((input) => input.checked).map((input) => input.value);
}

/** The count is capped at what the chosen sections hold. */
function updateMax() {
  const max = sectionInputs.filter((input) => input.checked).reduce((sum, input) => sum + Number(input.dataset.questions), 0);
  countInput.max = String(Math.max(1, max));
  root.querySelector('[data-exam-max]')!.textContent = fill(text.questionsHint, { max });
  sectionInputs[0].setCustomValidity(max === 0 ? text.chooseSection : '');
}

/** A shared link fills the setup in: the same seed, sections, count and time give the same exam. */
function readLink() {
  const params = new URLSearchParams(location.search);
  const sections = params.get('sections')?.split(',');
  if (sections) sectionInputs.forEach((input) => (input.checked = sections.includes(input.value)));
  if (params.get('questions')) countInput.value = params.get('questions')!;
  if (params.get('minutes')) {
    timedInput.checked = true;
    minutesInput.value = params.get('minutes')!;
  }
  const seed = seedFromText(params.get('seed'));
  const code = root.querySelector<HTMLElement>('[data-exam-code]')!;
  code.hidden = seed === undefined;
  if (seed !== undefined) code.textContent = fill(text.examCode, { code: seedToText(seed) });
  updateMax();
  return seed;
}

function writeLink(exam: ExamRun) {
  const params = new URLSearchParams({ seed: seedToText(exam.seed), questions: String(exam.questions.length) });
  if (exam.sections.length < sectionInputs.length) params.set('sections', exam.sections.join(','));
  if (exam.minutes) params.set('minutes', String(exam.minutes));
  history.replaceState(null, '', `?${params}`);
}

function start(exam: Omit<ExamRun, 'answers' | 'flagged' | 'current' | 'startedAt'>) {
  run = { ...exam, answers: {}, flagged: [], current: 0, startedAt: Date.now() };
  announced = new Set();
  save();
  showQuestion();
  runView.querySelector<HTMLElement>('#exam-question-title')!.focus();
}

function startExam(seed: number) {
  const sections = chosenSections();
  const minutes = timedInput.checked ? Math.max(1, Number(minutesInput.value)) : undefined;
  const questions = drawExam(bank, { seed, sections: sections.length === sectionInputs.length ? [] : sections, count: Number(countInput.value) }, plainText);
  const exam = { mode: 'exam' as const, seed, sections, minutes, pass, questions };
  writeLink({ ...exam, answers: {}, flagged: [], current: 0, startedAt: 0 });
  start(exam);
}

function startReview() {
  const questions = deckQuestions(bank, readDeck(lang)).map((question) => ({ id: question.id, order: question.options.map((option) => option.label) }));
  start({ mode: 'review', seed: 0, sections: [], pass, questions });
}

function showHome() {
  clearInterval(ticking);
  // Questions the course no longer has leave the deck.
  const deck = readDeck(lang);
  const waiting = deckQuestions(bank, deck);
  storeDeck(lang, Object.fromEntries(waiting.map((question) => [question.id, deck[question.id]])));
  root.querySelector('[data-exam-deck-count]')!.textContent = waiting.length > 0 ? plural(text.deckCount, waiting.length) : text.deckEmpty;
  root.querySelector<HTMLElement>('[data-exam-deck-start]')!.hidden = waiting.length === 0;
  const attempts = readAttempts(lang);
  const panel = root.querySelector<HTMLElement>('[data-exam-attempts]')!;
  panel.hidden = attempts.length === 0;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  panel.querySelector('tbody')!.replaceChildren(
    ...attempts.map((attempt) =>
      element('tr', {}, [
        element('td', {}, [date.format(new Date(attempt.date))]),
        element('td', {}, [`${fill(text.score, { right: attempt.right, total: attempt.total, percent: attempt.percent })} · ${attempt.passed ? text.attemptPassed : text.attemptFailed}`]),
        element('td', {}, [attempt.sections.join(', ')]),
      ]),
    ),
  );
  show('home');
}

// Taking the exam

const question = () => byId.get(run!.questions[run!.current].id)!;
const answerOf = (id: string) => run!.answers[id] ?? [];

function remainingSeconds(): number | undefined {
  return run?.minutes ? (run.startedAt + run.minutes * 60_000 - Date.now()) / 1000 : undefined;
}

function tick() {
  const left = remainingSeconds();
  if (left === undefined) return;
  const timer = runView.querySelector('[data-exam-timer]');
  if (timer) timer.textContent = fill(text.timeLeft, { time: clock(left) });
  const minutes = Math.ceil(left / 60);
  if (ANNOUNCED_MINUTES.includes(minutes) && !announced.has(minutes) && left < run!.minutes! * 60 - 1) {
    announced.add(minutes);
    announcer.textContent = plural(text.minutesLeft, minutes);
  }
  if (left <= 0) submit(true);
}

function choices(current: BankQuestion, order: string[]): HTMLFieldSetElement {
  const many = choiceCount(current);
  const group = element('fieldset', { className: 'exam-choices' });
  group.setAttribute('aria-labelledby', 'exam-question-title');
  group.setAttribute('aria-describedby', 'exam-question-text exam-choose');
  const chosen = answerOf(current.id);
  const inputs = order.map((label) => {
    const option = current.options.find((candidate) => candidate.label === label)!;
    const input = element('input', { type: many > 1 ? 'checkbox' : 'radio', name: 'exam-choice', value: label, checked: chosen.includes(label) });
    group.append(element('label', { className: 'exam-choice' }, [input, element('span', { className: 'exam-choice-label' }, [`${shownLabel(order, label)})`]), html(option.html, 'exam-choice-text')]));
    return input;
  });
  // A question asking for N options takes no more than N.
  const limit = () => {
    const picked = inputs.filter((input) => input.checked);
    if (many > 1) inputs.forEach((input) => (input.disabled = !input.checked && picked.length >= many));
  };
  group.addEventListener('change', () => {
    run!.answers[current.id] = inputs.filter((input) => input.checked).map((input) => input.value);
    limit();
    save();
    updateNavigator();
  });
  limit();
  return group;
}

function navigatorLabel(index: number): string {
  const { id } = run!.questions[index];
  const states = [answerOf(id).length > 0 ? text.answered : text.unanswered, ...(run!.flagged.includes(id) ? [text.flagged] : [])];
  return `${fill(text.navigatorItem, { number: index + 1 })}, ${states.join(', ')}`;
}

function updateNavigator() {
  const items = runView.querySelectorAll<HTMLButtonElement>('[data-exam-goto]');
  items.forEach((item, index) => {
    const { id } = run!.questions[index];
    item.setAttribute('aria-label', navigatorLabel(index));
    item.classList.toggle('is-answered', answerOf(id).length > 0);
    item.classList.toggle('is-flagged', run!.flagged.includes(id));
  });
  const answered = run!.questions.filter(({ id }) => answerOf(id).length > 0).length;
  runView.querySelector('[data-exam-progress]')!.textContent = fill(text.progress, { answered, total: run!.questions.length, flagged: run!.flagged.length });
}

function goTo(index: number) {
  run!.current = index;
  save();
  showQuestion();
  runView.querySelector<HTMLElement>('#exam-question-title')!.focus();
}

function confirmSubmit(): HTMLElement {
  const confirm = element('div', { className: 'exam-confirm', hidden: true });
  confirm.append(element('p'), button(text.submitAnyway, () => submit(false), 'exam-primary'), button(text.keepAnswering, () => goTo(run!.current)));
  return confirm;
}

function showQuestion() {
  const current = question();
  const { current: index, questions } = run!;
  const flag = button(text.flag, () => {
    const flagged = run!.flagged.includes(current.id);
    run!.flagged = flagged ? run!.flagged.filter((id) => id !== current.id) : [...run!.flagged, current.id];
    flag.setAttribute('aria-pressed', String(!flagged));
    save();
    updateNavigator();
  });
  flag.setAttribute('aria-pressed', String(run!.flagged.includes(current.id)));
  const previous = button(text.previous, () => goTo(index - 1));
  previous.disabled = index === 0;
  const next = button(text.next, () => goTo(index + 1), 'exam-primary');
  next.disabled = index === questions.length - 1;
  const heading = element('h2', { id: 'exam-question-title', tabIndex: -1 }, [fill(text.questionOf, { number: index + 1, total: questions.length })]);
  const many = choiceCount(current);
  const navigator = element('ol', { className: 'exam-navigator' }, questions.map((_, at) => {
    const item = button(String(at + 1), () => goTo(at));
    item.dataset.examGoto = '';
    if (at === index) item.setAttribute('aria-current', 'step');
    return element('li', {}, [item]);
  }));
  const confirm = confirmSubmit();
  const submitButton = button(run!.mode === 'review' ? text.finishReview : text.submit, () => {
    // Counted on the click: answers given since the question was shown count.
    const unanswered = run!.questions.filter(({ id }) => answerOf(id).length === 0).length;
    if (unanswered === 0) return submit(false);
    confirm.querySelector('p')!.textContent = plural(text.confirmSubmit, unanswered);
    confirm.hidden = false;
    confirm.querySelector('button')!.focus();
  });
  runView.replaceChildren(
    element('div', { className: 'exam-bar' }, [
      element('p', {}, [run!.mode === 'review' ? text.reviewSession : text.title]),
      ...(run!.minutes ? [withAttributes(element('p', { className: 'exam-timer' }), { 'data-exam-timer': '' })] : []),
    ]),
    heading,
    html(current.html, 'exam-question-text'),
    element('p', { id: 'exam-choose', className: 'exam-choose' }, [many > 1 ? fill(text.chooseMany, { count: many }) : text.chooseOne]),
    choices(current, run!.questions[index].order),
    element('div', { className: 'exam-actions' }, [previous, flag, next]),
    withAttributes(element('nav', { className: 'exam-progress' }, [element('h3', { id: 'exam-navigator-title' }, [text.navigatorTitle]), withAttributes(element('p'), { 'data-exam-progress': '' }), navigator]), {
      'aria-labelledby': 'exam-navigator-title',
    }),
    element('div', { className: 'exam-actions' }, [submitButton, ...(run!.mode === 'exam' ? [button(text.abandon, abandon)] : [])]),
    confirm,
  );
  updateNavigator();
  show('run');
  clearInterval(ticking);
  if (run!.minutes) {
    tick();
    ticking = setInterval(tick, 1000);
  }
}

function abandon() {
  run = undefined;
  save();
  history.replaceState(null, '', location.pathname);
  readLink();
  showHome();
  form.querySelector('button')!.focus();
}

// The result

function submit(timeUp: boolean) {
  clearInterval(ticking);
  const exam = run!;
  exam.submittedAt = Date.now();
  exam.timeUp = timeUp;
  const answered = exam.questions.filter(({ id }) => byId.has(id)).map(({ id }) => ({ id, right: isRightAnswer(byId.get(id)!, answerOf(id)) }));
  storeDeck(lang, updateDeck(readDeck(lang), answered, exam.mode));
  if (exam.mode === 'exam') {
    const score = scoreExam(bank, exam.questions, exam.answers, exam.pass);
    const titles = bank.sections.filter((section) => exam.sections.includes(section.slug)).map((section) => section.title);
    const attempt = { date: new Date(exam.submittedAt).toISOString(), right: score.right, total: score.total, percent: score.percent, passed: score.passed, sections: titles, seconds: (exam.submittedAt - exam.startedAt) / 1000 };
    storeAttempts(lang, [attempt, ...readAttempts(lang)].slice(0, ATTEMPTS_KEPT));
  }
  save();
  showResult();
  resultView.querySelector<HTMLElement>('#exam-result-title')!.focus();
}

function reviewItem(drawn: { id: string; order: string[] }, index: number): HTMLLIElement {
  const current = byId.get(drawn.id)!;
  const chosen = answerOf(current.id);
  const right = isRightAnswer(current, chosen);
  const labels = (list: string[]) => list.map((label) => shownLabel(drawn.order, label)).sort().join(', ');
  const rightOnes = current.options.filter((option) => option.correct).map((option) => option.label);
  return element('li', { className: `exam-review-item ${right ? 'is-right' : 'is-wrong'}` }, [
    element('h4', {}, [`${fill(text.questionOf, { number: index + 1, total: run!.questions.length })}: ${right ? text.right : text.wrong}`]),
    html(current.html, 'exam-question-text'),
    element('ol', { className: 'exam-review-options' }, drawn.order.map((label) => {
      const option = current.options.find((candidate) => candidate.label === label)!;
      return element('li', { className: option.correct ? 'is-correct' : '' }, [
        element('span', { className: 'exam-choice-label' }, [`${shownLabel(drawn.order, label)})`]),
        html(option.html, 'exam-choice-text'),
        element('p', { className: 'exam-verdict' }, [`${option.correct ? '✓' : '✗'} ${option.correct ? text.right : text.wrong}${chosen.includes(label) ? ` · ${fill(text.yourAnswer, { answer: labels([label]) })}` : ''}`]),
        html(option.explanation, 'exam-explanation'),
      ]);
    })),
    element('p', {}, [chosen.length > 0 ? fill(text.yourAnswer, { answer: labels(chosen) }) : text.notAnswered, ' · ', fill(text.rightAnswer, { answer: labels(rightOnes) })]),
    element('p', {}, [element('a', { href: current.href }, [fill(text.openLesson, { lesson: current.lesson })])]),
  ]);
}

function showResult() {
  const exam = run!;
  const score = scoreExam(bank, exam.questions, exam.answers, exam.pass);
  const summary: Node[] = [element('h2', { id: 'exam-result-title', tabIndex: -1 }, [exam.mode === 'review' ? text.reviewSession : text.resultTitle])];
  if (exam.timeUp) summary.push(element('p', { className: 'notice' }, [text.timeUp]));
  if (exam.mode === 'review') {
    summary.push(element('p', { className: 'exam-score' }, [fill(text.reviewResult, { right: score.right, total: score.total, left: deckQuestions(bank, readDeck(lang)).length })]));
  } else {
    summary.push(
      element('p', { className: 'exam-score' }, [fill(text.score, { right: score.right, total: score.total, percent: score.percent })]),
      element('p', { className: score.passed ? 'exam-passed' : 'exam-failed' }, [`${score.passed ? '✓' : '✗'} ${fill(score.passed ? text.passed : text.failed, { pass: exam.pass })}`]),
      element('p', {}, [fill(text.timeTaken, { time: clock((exam.submittedAt! - exam.startedAt) / 1000) })]),
      element('h3', {}, [text.bySection]),
      element('div', { className: 'exam-table' }, [
        element('table', {}, [
          element('thead', {}, [element('tr', {}, [element('th', { scope: 'col' }, [text.sectionColumn]), element('th', { scope: 'col' }, [text.scoreColumn])])]),
          element('tbody', {}, score.bySection.map((section) => element('tr', {}, [element('th', { scope: 'row' }, [section.title]), element('td', {}, [fill(text.score, { ...section, percent: Math.round((100 * section.right) / section.total) })])]))),
        ]),
      ]),
    );
  }
  const again = exam.mode === 'exam' ? [button(text.retake, () => start({ mode: 'exam', seed: exam.seed, sections: exam.sections, minutes: exam.minutes, pass: exam.pass, questions: exam.questions }), 'exam-primary')] : [];
  resultView.replaceChildren(
    ...summary,
    element('div', { className: 'exam-actions' }, [...again, button(text.newExam, abandon)]),
    element('h3', {}, [text.reviewTitle]),
    element('ol', { className: 'exam-review' }, exam.questions.filter(({ id }) => byId.has(id)).map(reviewItem)),
  );
  show('result');
}

// Start-up

// The setup stays hidden until the bank is loaded and the form handled: a click before
// that would submit the form to the server.
async function load() {
  root.hidden = false;
  if (import.meta.env.DEV) {
    status.textContent = text.needsBuild;
    return;
  }
  try {
    const response = await fetch(root.dataset.bank!);
    if (!response.ok) throw new Error(String(response.status));
    bank = unpackQuestionBank((await response.json()) as QuestionBankFile);
  } catch {
    status.textContent = text.unavailable;
    return;
  }
  byId = new Map(bank.questions.map((entry) => [entry.id, entry]));
  const seed = readLink();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    startExam(seedFromText(new URLSearchParams(location.search).get('seed')) ?? seed ?? newSeed(Math.random));
  });
  sectionInputs.forEach((input) => input.addEventListener('change', updateMax));
  root.querySelector('[data-exam-deck-start]')!.addEventListener('click', startReview);
  root.querySelector('[data-exam-clear-attempts]')!.addEventListener('click', () => {
    storeAttempts(lang, []);
    showHome();
  });
  const kept = readExamRun(lang);
  // An exam drawn from questions the course no longer has cannot be resumed.
  if (kept.questions?.length && kept.questions.every(({ id }) => byId.has(id))) {
    run = kept as ExamRun;
    if (run.submittedAt) showResult();
    else showQuestion();
  } else {
    showHome();
  }
}

load();
