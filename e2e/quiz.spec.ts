// Quizzes in a browser: without JavaScript a disclosure reveals the answer; with it each
// question is a group of choices with a check button, answers and the score are kept per
// language and lesson, and the last page sums them up.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const languages = [
  {
    lang: 'es',
    path: 'es/04-practice/01-quiz/',
    check: 'Comprobar',
    right: '¡Correcto!',
    wrong: 'No es correcto.',
    show: 'Ver la respuesta',
    score: (answered: number, right: number) => `${answered} de 3 respondidas, ${right} correctas`,
    first: 'Pregunta 1:',
    choose: 'Elige 2',
    restart: 'Empezar de nuevo',
    review: 'Preguntas para repasar:',
    taken: 'Test: 1 de 3 correctas',
  },
  {
    lang: 'en',
    path: 'en/04-practice/01-quiz/',
    check: 'Check',
    right: 'Right!',
    wrong: 'Not quite.',
    show: 'Show the answer',
    score: (answered: number, right: number) => `${answered} of 3 answered, ${right} right`,
    first: 'Question 1:',
    choose: 'Choose 2',
    restart: 'Start again',
    review: 'Questions to review:',
    taken: 'Quiz: 1 of 3 right',
  },
];

const choices = (page: Page) => page.locator('.quiz-choices');

/** axe finds nothing in the quiz's current state, in the light and the dark theme. */
async function expectNoAxeViolations(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${colorScheme}, ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

for (const t of languages) {
  test(`${t.lang}: without JavaScript a question reads as a question, and the disclosure shows the answer`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(t.path);
    const question = page.locator('.quiz-question');
    await expect(question.getByRole('heading', { name: t.first })).toBeVisible();
    await expect(question.getByRole('listitem').filter({ hasText: 'B) AWS Fargate' })).toBeVisible();
    await expect(question.getByText('serverless containers', { exact: false }).or(question.getByText('contenedores sin servidor'))).toBeHidden();
    await question.getByText(t.show).click();
    await expect(question.getByText(/serverless containers|contenedores sin servidor/)).toBeVisible();
    await expect(question.locator('.quiz-explanation')).toHaveCount(3);
    await context.close();
  });

  test(`${t.lang}: a right answer is confirmed with its explanation, and locked`, async ({ page }) => {
    await page.goto(t.path);
    const group = choices(page);
    await expect(group.getByRole('radio')).toHaveCount(3);
    await expectNoAxeViolations(page);
    await group.getByRole('radio', { name: /AWS Fargate/ }).check();
    await page.getByRole('button', { name: t.check }).click();
    const feedback = page.locator('.quiz-feedback');
    await expect(feedback).toContainText(t.right);
    await expect(feedback).toContainText(/serverless containers|contenedores sin servidor/);
    await expect(feedback.locator('.quiz-verdict-icon').first()).toHaveText('✓');
    for (const radio of await group.getByRole('radio').all()) await expect(radio).toBeDisabled();
    await expect(page.getByRole('button', { name: t.check })).toBeHidden();
    await expect(page.getByText(t.score(1, 1))).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`${t.lang}: a wrong answer shows its explanation and the right one`, async ({ page }) => {
    await page.goto(t.path);
    await choices(page).getByRole('radio', { name: /Amazon EC2/ }).check();
    await page.getByRole('button', { name: t.check }).click();
    const feedback = page.locator('.quiz-feedback');
    await expect(feedback).toContainText(t.wrong);
    await expect(feedback.locator('.quiz-explanation[data-option="A"]')).toBeVisible();
    await expect(feedback.locator('.quiz-explanation[data-option="B"]')).toBeVisible();
    await expect(feedback.locator('.quiz-result .quiz-verdict-icon')).toHaveText('✗');
    await expect(page.getByText(t.score(1, 0))).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`${t.lang}: a multiple-answer question asks for two and takes both`, async ({ page }) => {
    await page.goto(`${t.path}2/`);
    await expect(page.getByText(t.choose, { exact: true })).toBeVisible();
    const group = choices(page);
    await expect(group.getByRole('checkbox')).toHaveCount(3);
    await group.getByRole('checkbox', { name: /Amazon S3/ }).check();
    await group.getByRole('checkbox', { name: /Amazon EBS/ }).check();
    await page.getByRole('button', { name: t.check }).click();
    await expect(page.locator('.quiz-feedback')).toContainText(t.right);
  });

  test(`${t.lang}: arrow keys move between choices and never to another page`, async ({ page }) => {
    await page.goto(t.path);
    const radios = choices(page).getByRole('radio');
    await radios.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(radios.nth(2)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(radios.nth(1)).toBeFocused();
    await page.goto(`${t.path}2/`);
    const boxes = choices(page).getByRole('checkbox');
    await boxes.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(boxes.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(boxes.first()).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${t.path}2/$`));
    await expect(boxes.first()).not.toBeChecked();
  });

  test(`${t.lang}: answers and the score are kept across pages and visits; the summary links what was missed; start again clears it`, async ({ page }) => {
    await page.goto(t.path);
    await choices(page).getByRole('radio', { name: /AWS Fargate/ }).check();
    await page.getByRole('button', { name: t.check }).click();
    await page.goto(`${t.path}2/`);
    await expect(page.getByText(t.score(1, 1))).toBeVisible();
    await choices(page).getByRole('checkbox', { name: /AWS Lambda/ }).check();
    await page.getByRole('button', { name: t.check }).click();
    await page.reload();
    await expect(page.locator('.quiz-feedback')).toContainText(t.wrong);
    await expect(choices(page).getByRole('checkbox', { name: /AWS Lambda/ })).toBeChecked();
    await expect(choices(page).getByRole('checkbox', { name: /AWS Lambda/ })).toBeDisabled();

    await page.goto(`${t.path}3/`);
    await expect(page.getByText(t.score(2, 1))).toBeVisible();
    const summary = page.locator('.quiz-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(t.review);
    const missed = summary.getByRole('link');
    await expect(missed).toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.goto(`${t.lang}/`);
    await expect(page.locator('.lesson-list li').filter({ hasText: t.taken })).toHaveCount(1);

    await page.goto(`${t.path}3/`);
    await missed.click();
    await expect(page).toHaveURL(new RegExp(`${t.path}2/#question-[\\w-]+$`));
    await page.goto(`${t.path}all/`);
    await expect(page.locator('.quiz-summary')).toBeVisible();
    await page.getByRole('button', { name: t.restart }).click();
    await expect(page.getByText(t.score(0, 0))).toBeVisible();
    await expect(page.getByRole('button', { name: t.check })).toHaveCount(3);
  });
}

test('printed, a quiz shows its questions and ends with an answer key', async ({ page }) => {
  await page.goto('en/04-practice/01-quiz/all/');
  const key = page.getByRole('region', { name: 'Answer key' });
  await expect(key).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quiz-question')).toHaveCount(3);
  await expect(page.locator('.quiz-answer').first()).toBeHidden();
  await expect(key).toBeVisible();
  await expect(key.getByRole('listitem')).toHaveText(['Question 1 (page 1): B', 'Question 2 (page 2): A, C', 'Question 3 (page 3): A']);
});
