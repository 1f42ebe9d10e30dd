// Themes, narrow screens, skip link, focus and print.
import { expect, test } from '@playwright/test';

test('the dark theme toggle is remembered across a reload, without a flash of the light theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('en/01-basics/01-cloud/');
  const toggle = page.getByRole('button', { name: 'Switch between light and dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);

  // The stored theme is applied by the head script, before the body is parsed.
  await page.route('**/*.js', (route) => route.abort());
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
});

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('es/');
  await expect(page.getByRole('button', { name: 'Cambiar entre tema claro y oscuro' })).toHaveAttribute('aria-pressed', 'true');
});

for (const width of [320, 360, 768]) {
  test(`at ${width} px the page never scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['es/01-basics/01-cloud/2/', 'en/02-compute/01-ec2/4/', 'es/', 'en/02-compute/02-containers/2/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

test('the lesson text keeps a readable measure', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('en/01-basics/01-cloud/');
  const characters = await page.locator('.lesson-body p').first().evaluate((element) => {
    const probe = element.appendChild(document.createElement('span'));
    probe.style.cssText = 'display:inline-block;width:1ch';
    const ch = probe.getBoundingClientRect().width;
    probe.remove();
    return element.getBoundingClientRect().width / ch;
  });
  expect(characters).toBeLessThanOrEqual(72);
});

test('a skip link leads to the content and focus is visible', async ({ page }) => {
  await page.goto('en/01-basics/01-cloud/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
});

test('printing shows only the lesson', async ({ page }) => {
  await page.goto('es/02-compute/01-ec2/all/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.lesson-body')).toBeVisible();
  for (const chrome of ['.site-header', '.course-tree', '.page-trail']) await expect(page.locator(chrome)).toBeHidden();
});
