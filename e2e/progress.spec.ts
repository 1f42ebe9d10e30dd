// Pages read are remembered per language; the index shows them and offers to continue.
import { expect, test } from '@playwright/test';

test('after reading two pages the index marks the lesson partly read and offers to continue', async ({ page }) => {
  await page.goto('es/01-basics/01-cloud/');
  await page.goto('es/01-basics/01-cloud/2/');
  await page.goto('es/');
  const lesson = page.getByRole('listitem').filter({ hasText: 'Qué es la nube' });
  await expect(lesson).toContainText('2 de 3 páginas leídas');
  const resume = page.getByRole('link', { name: 'Continuar donde lo dejaste' });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page).toHaveURL(/\/es\/01-basics\/01-cloud\/2\/$/);

  await page.goto('es/01-basics/01-cloud/3/');
  await page.goto('es/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Qué es la nube' })).toContainText('Leída');
});

test('progress is kept per language', async ({ page }) => {
  await page.goto('en/02-compute/02-containers/3/');
  await page.goto('es/');
  await expect(page.getByRole('link', { name: 'Continuar donde lo dejaste' })).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: 'Contenedores' })).not.toContainText('leída');
  await page.goto('en/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Containers' })).toContainText('1 of 3 pages read');
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(/\/en\/02-compute\/02-containers\/3\/$/);
});

test('without storage the site still reads, with no progress shown', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${test.info().project.use.baseURL}en/01-basics/01-cloud/`);
  await page.goto(`${test.info().project.use.baseURL}en/`);
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeHidden();
  expect(errors).toEqual([]);
  await context.close();
});
