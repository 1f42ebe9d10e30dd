// The course of hostile and odd lessons (e2e/hostile-course.ts) in a browser: no title
// runs as code or opens a dialog anywhere, and every one reads as its literal text,
// in search results and quiz summaries too.
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE, ODD } from './hostile-course.ts';
import { watchErrors } from './support.ts';

/** Fails on any dialog (`alert` from an injected handler) and on any script error. */
function watchHostility(page: Page): string[] {
  const problems = watchErrors(page);
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  return problems;
}

const lesson = 'es/01-hostil/01-titulo/';

const pages = [
  { path: '', title: HOSTILE.courseTitle.es },
  { path: 'es/', title: HOSTILE.courseTitle.es },
  { path: 'en/', title: HOSTILE.courseTitle.en },
  { path: 'es/01-hostil/', title: HOSTILE.sectionTitle.es },
  { path: lesson, title: HOSTILE.lessonTitle.es },
  { path: `${lesson}2/`, title: HOSTILE.lessonTitle.es },
  { path: `${lesson}all/`, title: HOSTILE.lessonTitle.es },
  { path: 'en/01-hostil/01-titulo/', title: HOSTILE.lessonTitle.en },
  { path: 'en/01-hostil/02-solo/', title: HOSTILE.untranslatedTitle },
  { path: `es/${ODD.long}150/`, title: 'Trescientas páginas' },
  { path: `es/${ODD.empty}`, title: 'Vacía' },
  { path: '404.html', title: HOSTILE.courseTitle.es },
];

test('every kind of page shows hostile titles as text, and nothing runs', async ({ page }) => {
  const problems = watchHostility(page);
  for (const { path, title } of pages) {
    await page.goto(path);
    expect(await page.title(), path).toContain(title);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await page.locator('img').count(), path).toBe(0);
  }
  expect(problems.filter((problem) => !/\b404\b/.test(problem))).toEqual([]);
});

test('the tree, pager and language switcher of a hostile lesson read literally, and switching language works', async ({ page }) => {
  const problems = watchHostility(page);
  await page.goto(`${lesson}2/`);
  await expect(page.getByRole('navigation', { name: 'Contenido del curso' }).getByRole('link', { name: HOSTILE.lessonTitle.es, exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Anterior y siguiente' })).toContainText(HOSTILE.untranslatedTitle);
  await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.lessonTitle.en);
  expect(problems).toEqual([]);
});

test('search results and the quiz summary show hostile titles as text', async ({ page }) => {
  const problems = watchHostility(page);
  await page.goto('es/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Buscar en el curso' });
  await dialog.getByRole('searchbox').fill(HOSTILE.searchWord);
  const result = dialog.getByRole('list', { name: 'Resultados' }).locator(':scope > li');
  await expect(result).toHaveCount(1);
  await expect(result.locator('.search-result-title')).toHaveText(HOSTILE.lessonTitle.es);
  await expect(result.locator('.search-result-where')).toHaveText(HOSTILE.sectionTitle.es);

  await page.goto(`${lesson}2/`);
  await page.locator('.quiz-choices').getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Comprobar' }).click();
  await expect(page.getByRole('region', { name: 'Tu resultado' }).or(page.locator('.quiz-summary'))).toContainText('1 de 1 correctas');
  expect(problems).toEqual([]);
});
