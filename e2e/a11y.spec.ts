// axe-core finds nothing on any kind of page, in both languages and both themes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  { kind: 'chooser', path: '' },
  { kind: 'not found', path: '404.html' },
  ...['es', 'en'].flatMap((lang) => [
    { kind: `${lang} course index`, path: `${lang}/` },
    { kind: `${lang} section page`, path: `${lang}/02-compute/` },
    { kind: `${lang} lesson page with a table and code`, path: `${lang}/02-compute/02-containers/2/` },
    { kind: `${lang} lesson page with a comparison and an exam callout`, path: `${lang}/02-compute/01-ec2/4/` },
    { kind: `${lang} read-all view`, path: `${lang}/02-compute/01-ec2/all/` },
  ]),
  { kind: 'untranslated notice', path: 'en/01-basics/03-history/' },
];

for (const theme of ['light', 'dark'] as const) {
  for (const { kind, path } of pages) {
    test(`${kind}, ${theme} theme: no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
