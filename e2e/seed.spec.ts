// The bundled course: the two seed lessons, cut into pages in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtSite } from './support.ts';

const lessons = [
  { lang: 'en', path: 'en/section-7/ecs-fargate-ecr/', pages: 5, trail: 'Lesson pages' },
  { lang: 'es', path: 'es/section-7/ecs-fargate-ecr/', pages: 5, trail: 'Páginas de la lección' },
];

for (const lesson of lessons) {
  test(`${lesson.lang}: the seed lesson has ${lesson.pages} pages, and the read-all view holds exactly their text`, async ({ page, request }, testInfo) => {
    const texts: string[] = [];
    for (let number = 1; number <= lesson.pages; number++) {
      await page.goto(number === 1 ? lesson.path : `${lesson.path}${number}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lesson.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      texts.push(await page.locator('.lesson-body').innerText());
    }
    expect((await request.get(`${lesson.path}${lesson.pages + 1}/`)).status()).toBe(404);

    await page.goto(`${lesson.path}all/`);
    const all = (await page.locator('.lesson-body').innerText()).replace(/\s+/g, ' ');
    expect(all).toBe(texts.join(' ').replace(/\s+/g, ' '));
    const canonical = readFileSync(join(builtSite(testInfo).outDir, lesson.path, 'all/index.html'), 'utf8');
    expect(canonical).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/${lesson.path}"`));
  });

  test(`${lesson.lang}: the page trail leads through every page`, async ({ page }) => {
    await page.goto(lesson.path);
    const trail = page.getByRole('navigation', { name: lesson.trail });
    const links = trail.getByRole('listitem').getByRole('link');
    await expect(links).toHaveCount(lesson.pages);
    for (let number = 2; number <= lesson.pages; number++) {
      await trail.getByRole('listitem').nth(number - 1).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`${lesson.path}${number}/$`));
      await expect(trail.locator('[aria-current="page"]')).toHaveCount(1);
    }
  });
}

test('en: the Jekyll seed keeps its own words and does not repeat its title', async ({ page }) => {
  await page.goto('en/section-7/ecs-fargate-ecr/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Understanding ECS, Fargate, and ECR');
  await expect(page.getByRole('heading', { name: 'Understanding ECS, Fargate, and ECR' })).toHaveCount(1);
  await page.goto('en/section-7/ecs-fargate-ecr/2/');
  await expect(page.getByRole('heading', { level: 3, name: 'Amazon Elastic Container Service (ECS)' })).toBeVisible();
  await expect(page.getByText('Exam Tip', { exact: true })).toBeVisible();
});

test('es: the seed lesson has comparison tables, exam callouts and its diagrams', async ({ page }) => {
  await page.goto('es/section-7/ecs-fargate-ecr/all/');
  await expect(page.locator('.lesson-body table')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Tabla: Comparación ECS vs Fargate' })).toBeVisible();
  await expect(page.locator('aside.callout-exam')).toHaveCount(2);
  await expect(page.getByRole('note').filter({ hasText: 'Palabra clave examen' })).toContainText('Run Docker containers on AWS');
  await expect(page.locator('pre').filter({ hasText: '├─ Container 1' }).first()).toBeVisible();
});

test('es: the seed lesson ends where its text ends, without the paste debris of the chat window it came from', async ({ page }) => {
  // In the pasted source, the last sentence runs on into "ReintentarClaude aún no tiene la capacidad…".
  for (const path of ['es/section-7/ecs-fargate-ecr/5/', 'es/section-7/ecs-fargate-ecr/all/']) {
    await page.goto(path);
    expect((await page.locator('.lesson-body').innerText()).trim()).toMatch(/ Ambos usan ECR para obtener imágenes\.$/);
  }
});

for (const { lang, path, check, right } of [
  { lang: 'en', path: 'en/section-7/ecs-fargate-ecr-quiz/', check: 'Check', right: 'Right!' },
  { lang: 'es', path: 'es/section-7/ecs-fargate-ecr-quiz/', check: 'Comprobar', right: '¡Correcto!' },
]) {
  test(`${lang}: the bundled course has a quiz in section 7, one question per page, one of them with two answers`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.page-trail li')).toHaveCount(5);
    for (let number = 1; number <= 5; number++) {
      await page.goto(number === 1 ? path : `${path}${number}/`);
      await expect(page.locator('.quiz-question')).toHaveCount(1);
    }
    await page.goto(`${path}3/`);
    await expect(page.locator('.quiz-choices').getByRole('checkbox')).toHaveCount(4);
    await page.goto(path);
    await page.locator('.quiz-choices').getByRole('radio', { name: /Fargate/ }).check();
    await page.getByRole('button', { name: check }).click();
    await expect(page.locator('.quiz-feedback')).toContainText(right);
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['es/section-7/ecs-fargate-ecr/', 'es/section-7/ecs-fargate-ecr/5/', 'en/section-7/ecs-fargate-ecr/2/', 'es/', '']) {
    test(`${path || 'chooser'}, ${theme} theme: no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
