// Rendering in the browser: tables scroll inside their region, code is highlighted and copyable.
import { expect, test } from '@playwright/test';

test('on a 360 px screen a wide table scrolls inside its region while the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('es/02-compute/01-ec2/4/');
  const region = page.getByRole('region', { name: /Comparación: Bajo demanda, Reservadas, Spot/ });
  await expect(region).toBeVisible();
  const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(await page.locator('table').first().evaluate((table) => getComputedStyle(table).display)).toBe('table');
});

test('code is highlighted at build time and has a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('en/02-compute/02-containers/2/');
  const code = page.locator('pre').first();
  await expect(code.locator('span[class^="cl-"]').first()).toBeAttached();
  await page.getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('const service = { tasks: 3 };');
});

test('callouts of every type and an unknown type as a quote', async ({ page }) => {
  await page.goto('es/02-compute/02-containers/all/');
  for (const title of ['Nota', 'Importante', 'Advertencia', 'Cuidado con los costes']) {
    await expect(page.getByRole('note').filter({ hasText: title })).toBeVisible();
  }
  await expect(page.locator('blockquote').filter({ hasText: '[!FOO]' })).toBeVisible();
});

test('footnotes show on the page that cites them', async ({ page }) => {
  await page.goto('en/02-compute/01-ec2/');
  await expect(page.getByText('EC2 stands for Elastic Compute Cloud.')).toBeVisible();
  await page.goto('en/02-compute/01-ec2/5/');
  await expect(page.getByText('EC2 stands for Elastic Compute Cloud.')).toHaveCount(0);
});

test('images from public/ work under the base path and load lazily', async ({ page }) => {
  await page.goto('en/02-compute/02-containers/3/');
  const image = page.getByRole('img', { name: 'Course icon' });
  await expect(image).toHaveAttribute('loading', 'lazy');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});

test('images next to a lesson are optimized, sized and load under the base path', async ({ page }) => {
  await page.goto('es/01-basics/02-regions/');
  const image = page.getByRole('img', { name: 'Mapa de regiones' });
  await expect(image).toHaveAttribute('width', '240');
  await expect(image).toHaveAttribute('height', '120');
  await expect(image).toHaveAttribute('loading', 'lazy');
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(240);
});

for (const { lang, text } of [
  { lang: 'es', text: 'Actualizado el 31 de mayo de 2024' },
  { lang: 'en', text: 'Updated 31 May 2024' },
]) {
  test(`${lang}: a lesson's updated date shows on each of its pages, as a machine-readable date`, async ({ page }) => {
    for (const path of [`${lang}/02-compute/01-ec2/`, `${lang}/02-compute/01-ec2/3/`, `${lang}/02-compute/01-ec2/all/`]) {
      await page.goto(path);
      await expect(page.getByRole('main').getByText(text)).toBeVisible();
      await expect(page.getByRole('main').locator('time')).toHaveAttribute('datetime', '2024-05-31');
    }
    await page.goto(`${lang}/02-compute/02-containers/`);
    await expect(page.getByRole('main').locator('time')).toHaveCount(0);
  });
}
