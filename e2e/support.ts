// Helpers shared by the end-to-end specs.
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The built site the current project runs against. */
export function builtSite(testInfo: TestInfo): { outDir: string; basePath: string } {
  return testInfo.project.metadata as { outDir: string; basePath: string };
}

/** Fails the test on any console error or failed request of the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/** Reads the current page's path below the site's base path. */
export async function sitePath(page: Page, basePath: string): Promise<string> {
  const { pathname } = new URL(page.url());
  expect(pathname.startsWith(basePath)).toBe(true);
  return `/${pathname.slice(basePath.length)}`;
}
