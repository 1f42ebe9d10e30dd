// The practice exam in a browser: set up, taken one question at a time, kept across a
// reload, scored by section and reviewed with links to the lessons; the review deck fed
// by lesson quizzes; the page without JavaScript; axe in every state.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtSite, watchErrors } from './support.ts';

/** The test course's three questions (the same options in both languages) and their right options. */
const rightOptions: [RegExp, string[]][] = [
  [/containers without managing servers|contenedores sin administrar/, ['AWS Fargate']],
  [/TWO are storage|DOS son servicios/, ['Amazon S3', 'Amazon EBS']],
  [/Docker images stored|imágenes Docker/, ['Amazon ECR']],
];

const languages = [
  {
    lang: 'es',
    start: 'Empezar el examen',
    questionOf: (number: number) => `Pregunta ${number} de 3`,
    flag: 'Marcar para revisar',
    next: 'Siguiente',
    submit: 'Entregar el examen',
    submitAnyway: 'Entregar de todos modos',
    result: 'Tu resultado',
    score: (right: number) => `${right} de 3 correctas`,
    section: 'Práctica',
    openLesson: /^Ábrela en/,
    needsScript: 'El examen de práctica necesita JavaScript.',
    quizzes: 'Cuestionarios por sección',
    indexLink: 'Examen de práctica: 3 preguntas de todo el curso',
    deckOne: '1 pregunta fallada espera repaso.',
    deckEmpty: 'Ninguna pregunta fallada espera repaso.',
    review: 'Repasar las preguntas falladas',
    finishReview: 'Terminar el repaso',
    check: 'Comprobar',
    timeUp: 'Se acabó el tiempo',
    timed: 'Con tiempo',
    passMark: 'Aprobado con: 70 %',
  },
  {
    lang: 'en',
    start: 'Start the exam',
    questionOf: (number: number) => `Question ${number} of 3`,
    flag: 'Flag for review',
    next: 'Next',
    submit: 'Submit the exam',
    submitAnyway: 'Submit anyway',
    result: 'Your result',
    score: (right: number) => `${right} of 3 right`,
    section: 'Practice',
    openLesson: /^Open it in/,
    needsScript: 'The practice exam needs JavaScript.',
    quizzes: 'Quizzes by section',
    indexLink: 'Practice exam: 3 questions from the whole course',
    deckOne: '1 missed question waits for review.',
    deckEmpty: 'No missed question waits for review.',
    review: 'Review missed questions',
    finishReview: 'Finish the review',
    check: 'Check',
    timeUp: 'Time is up',
    timed: 'Timed',
    passMark: 'Pass mark: 60 %',
  },
];

async function expectNoAxeViolations(page: Page, state: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${state}, ${colorScheme}, ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

const questionText = (page: Page) => page.locator('[data-exam-run] .exam-question-text').innerText();

/** Chooses the right options of the question shown, or the first wrong one. */
async function answer(page: Page, right: boolean) {
  const text = await questionText(page);
  const [, options] = rightOptions.find(([pattern]) => pattern.test(text))!;
  const choices = page.locator('[data-exam-run] .exam-choice');
  if (right) {
    for (const option of options) await choices.filter({ hasText: option }).locator('input').check();
  } else {
    await choices.filter({ hasNotText: new RegExp(options.join('|')) }).first().locator('input').check();
  }
}

for (const t of languages) {
  test(`${t.lang}: a whole exam: set up, answered, flagged, kept across a reload, scored by section and reviewed`, async ({ page }, testInfo) => {
    const errors = watchErrors(page);
    await page.goto(`${t.lang}/`);
    await page.getByRole('link', { name: t.indexLink }).click();
    await expect(page.getByText(t.passMark)).toBeVisible();
    await expectNoAxeViolations(page, 'setup');
    await page.getByRole('button', { name: t.start }).click();
    await expect(page.getByRole('heading', { name: t.questionOf(1) })).toBeFocused();
    expect(new URL(page.url()).searchParams.get('seed')).toMatch(/^[0-9a-z]+$/);
    const order = [await questionText(page)];
    await answer(page, true);
    await page.getByRole('button', { name: t.flag }).click();
    await expect(page.getByRole('button', { name: t.flag })).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page, 'flagged question');
    await page.getByRole('button', { name: t.next }).click();
    order.push(await questionText(page));
    await answer(page, false);

    await page.reload();
    await expect(page.getByRole('heading', { name: t.questionOf(2) })).toBeVisible();
    await expect(page.locator('[data-exam-run] input:checked')).toHaveCount(1);
    const navigator = page.getByRole('navigation').filter({ has: page.locator('.exam-navigator') });
    await expect(navigator.getByRole('button', { name: new RegExp(`^${t.questionOf(1).split(' ')[0]} 1, .+, .+$`) })).toBeVisible();

    await page.getByRole('button', { name: t.submit }).click();
    await page.getByRole('button', { name: t.submitAnyway }).click();
    const result = page.locator('[data-exam-result]');
    await expect(result.getByRole('heading', { name: t.result })).toBeFocused();
    await expect(result.locator('.exam-score')).toHaveText(new RegExp(`^${t.score(1)}`));
    await expect(result.getByRole('row', { name: new RegExp(t.section) })).toContainText(t.score(1));
    await expectNoAxeViolations(page, 'result');

    // The review links to the page that holds each question.
    const firstReview = result.locator('.exam-review-item').first();
    await expect(firstReview.locator('.exam-question-text')).toHaveText(order[0]);
    await firstReview.getByRole('link', { name: t.openLesson }).click();
    const { basePath } = builtSite(testInfo);
    expect(new URL(page.url()).pathname.startsWith(`${basePath}${t.lang}/04-practice/01-quiz/`)).toBe(true);
    await expect(page.locator(`#${new URL(page.url()).hash.slice(1)}`)).toContainText(order[0]);
    expect(errors).toEqual([]);
  });

  test(`${t.lang}: the same link gives the same exam`, async ({ page }) => {
    await page.goto(`${t.lang}/exam/?seed=abc123`);
    await page.getByRole('button', { name: t.start }).click();
    const first = await questionText(page);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${t.lang}/exam/?seed=abc123`);
    await page.getByRole('button', { name: t.start }).click();
    expect(await questionText(page)).toBe(first);
  });

  test(`${t.lang}: a question missed in a lesson quiz joins the review deck, and leaves it after two right answers in review`, async ({ page }) => {
    await page.goto(`${t.lang}/04-practice/01-quiz/`);
    await page.locator('.quiz-choices').getByRole('radio', { name: /Amazon EC2/ }).check();
    await page.getByRole('button', { name: t.check }).click();
    await page.goto(`${t.lang}/`);
    await expect(page.getByText(t.deckOne)).toBeVisible();
    await page.goto(`${t.lang}/exam/`);
    await expect(page.getByText(t.deckOne)).toBeVisible();
    for (const round of [1, 2]) {
      await page.getByRole('button', { name: t.review }).click();
      await expect(page.getByRole('heading', { name: t.questionOf(1).replace('3', '1') })).toBeVisible();
      await answer(page, true);
      if (round === 1) await expectNoAxeViolations(page, 'review');
      await page.getByRole('button', { name: t.finishReview }).click();
      await page.locator('[data-exam-result]').getByRole('button').last().click();
      await expect(page.getByText(round === 1 ? t.deckOne : t.deckEmpty)).toBeVisible();
    }
  });

  test(`${t.lang}: without JavaScript the page says the exam needs it and lists the quizzes`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.lang}/exam/`);
    await expect(page.getByText(t.needsScript)).toBeVisible();
    await expect(page.getByRole('button', { name: t.start })).toBeHidden();
    const quizzes = page.getByRole('region', { name: t.quizzes });
    await expect(quizzes.getByRole('heading', { name: t.section })).toBeVisible();
    await quizzes.getByRole('link').first().click();
    await expect(page.locator('.quiz-question').first()).toBeVisible();
    await context.close();
  });
}

test('en: a timed exam submits itself when the time is up', async ({ page }) => {
  await page.clock.install();
  await page.goto('en/exam/');
  await expect(page.getByRole('checkbox', { name: 'Timed' })).toBeChecked();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByText(/^Time left: 5:00$/)).toBeVisible();
  await page.clock.fastForward('04:30');
  await expect(page.getByText('1 minute left')).toBeAttached();
  await page.clock.fastForward('00:31');
  await expect(page.getByText(/^Time is up/)).toBeVisible();
  await expect(page.locator('.exam-score')).toHaveText(/^0 of 3 right/);
});

test('es: an exam of 320 px fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('es/exam/');
  await page.getByRole('button', { name: 'Empezar el examen' }).click();
  await expect(page.getByRole('heading', { name: 'Pregunta 1 de 3' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('en: the setup shows once the question bank has loaded, so an early click cannot send the form away', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/exam/questions.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('en/exam/');
  const start = page.getByRole('button', { name: 'Start the exam' });
  await expect(start).toBeHidden();
  release();
  await start.click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeFocused();
});

test('es: the confirmation counts the questions unanswered when the exam is submitted', async ({ page }) => {
  await page.goto('es/exam/');
  await page.getByRole('button', { name: 'Empezar el examen' }).click();
  await answer(page, true);
  await page.getByRole('button', { name: 'Entregar el examen' }).click();
  await expect(page.getByText('2 preguntas sin responder. ¿Entregar de todos modos?')).toBeVisible();
});
