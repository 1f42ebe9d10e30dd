// The built site served with a strict Content Security Policy header, as a host that can
// send headers would serve it: no page and no feature may need what the policy forbids.
// Any violation the browser reports fails the test.
import { expect, test, type Page } from '@playwright/test';
import { policyHeader } from '../src/integration/security-policy.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { builtSite, watchErrors } from './support.ts';

let site: StaticSite;
let base: string;

test.beforeAll(async ({}, testInfo) => {
  const { outDir, basePath } = builtSite(testInfo);
  site = await serveStatic(outDir, { basePath, headers: { 'content-security-policy': policyHeader() } });
  base = `${site.origin}${basePath}`;
});

test.afterAll(() => site.close());

/** Collects the policy violations the browser reports, across navigations. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => reported.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI} ${location.pathname}`),
    ),
  );
  return async () => {
    // Reports are dispatched asynchronously: give the last page a moment to deliver them.
    await page.waitForTimeout(200);
    return reported;
  };
}

const pages = [
  '',
  'es/',
  'en/02-compute/',
  'es/02-compute/01-ec2/4/',
  'en/02-compute/02-containers/2/',
  'es/02-compute/02-containers/all/',
  'en/01-basics/03-history/',
  'es/04-practice/01-quiz/3/',
  'en/exam/',
  'no-such-page/',
];

test('every kind of page loads without a violation, its inline scripts allowed by hash', async ({ page }) => {
  const violations = await watchViolations(page);
  const errors = watchErrors(page);
  for (const path of pages) {
    await page.goto(`${base}${path}`);
    // The head script ran: without it the JavaScript controls would stay hidden.
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await expect(page.getByRole('button', { name: /Search|Buscar/ }).first()).toBeVisible();
  }
  expect(await violations()).toEqual([]);
  // The not-found page is served with its status, which the browser reports as an error.
  expect(errors.filter((error) => !/\b404\b/.test(error))).toEqual([]);
});

test('the policy is in force: a script injected into a page does not run', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${base}es/`);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).some((violation) => violation.startsWith('script-src'))).toBe(true);
});

test('theme, drawer, copy button, search with highlight, quiz and progress work under the policy', async ({ page, context }) => {
  const violations = await watchViolations(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto(`${base}en/02-compute/02-containers/2/`);
  const toggle = page.getByRole('button', { name: 'Switch between light and dark theme' });
  const dark = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  await expect(toggle).not.toHaveAttribute('aria-pressed', dark!);
  await page.getByRole('button', { name: 'Copy code' }).first().click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();

  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'Contents' }).click();
  await expect(page.getByRole('navigation', { name: 'Course contents' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('kumquat');
  await expect(dialog.getByRole('status')).toHaveText('1 lesson, 1 page');
  await dialog.getByRole('link').first().click();
  await expect(page.locator('.lesson-body mark')).toHaveText(['kumquat']);
  await page.getByRole('button', { name: 'Clear highlight' }).click();
  await expect(page.locator('.lesson-body mark')).toHaveCount(0);

  await page.goto(`${base}en/04-practice/01-quiz/`);
  await page.locator('.quiz-choices').getByRole('radio', { name: /Fargate/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.quiz-feedback')).toContainText('Right!');

  await page.goto(`${base}en/`);
  // Page 2 was read, and page 3 opened from the search result.
  await expect(page.getByRole('listitem').filter({ hasText: 'Containers' })).toContainText('2 of 3 pages read');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
  expect(await violations()).toEqual([]);
});
