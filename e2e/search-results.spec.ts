// Search results, one entry per lesson with its other matching pages beneath, on the
// course written for it (e2e/search-course.ts), served under a sub-path.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchErrors } from './support.ts';

const languages = {
  es: {
    dialog: 'Buscar en el curso',
    button: 'Buscar',
    results: 'Resultados',
    otherPages: 'Otras páginas de la lección',
    more: 'Mostrar más lecciones',
    compass: 'brujula',
    compassLesson: 'Orientación',
    compassWord: 'brújula',
    page: (page: number) => `Página ${page} de 6`,
    middleStage: 'La etapa central',
    middleStageId: 'la-etapa-central',
    mountain: 'Montaña',
    glacier: 'glaciar',
    glacierOrder: ['Glaciares', 'Cumbres', 'Valles'],
    lighthouse: 'faro',
    counts: { compass: '1 lección, 5 páginas', glacier: '3 lecciones, 3 páginas', lighthouse: '14 lecciones, 14 páginas' },
  },
  en: {
    dialog: 'Search the course',
    button: 'Search',
    results: 'Results',
    otherPages: 'Other pages of the lesson',
    more: 'Show more lessons',
    compass: 'compass',
    compassLesson: 'Orienteering',
    compassWord: 'compass',
    page: (page: number) => `Page ${page} of 6`,
    middleStage: 'The middle stage',
    middleStageId: 'the-middle-stage',
    mountain: 'Mountain',
    glacier: 'glacier',
    glacierOrder: ['Glaciers', 'Summits', 'Valleys'],
    lighthouse: 'lighthouse',
    counts: { compass: '1 lesson, 5 pages', glacier: '3 lessons, 3 pages', lighthouse: '14 lessons, 14 pages' },
  },
} as const;

type Lang = keyof typeof languages;

const resultList = (dialog: Locator, lang: Lang) => dialog.getByRole('list', { name: languages[lang].results });
/** One entry per lesson: the list's own items, not those of the page lists inside them. */
const lessonEntries = (dialog: Locator, lang: Lang) => resultList(dialog, lang).locator(':scope > li');
const entryTitles = (dialog: Locator, lang: Lang) => lessonEntries(dialog, lang).locator('.search-result-title');

async function search(page: Page, lang: Lang, query: string): Promise<Locator> {
  await page.getByRole('button', { name: languages[lang].button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: languages[lang].dialog });
  await dialog.getByRole('searchbox').fill(query);
  await expect(resultList(dialog, lang)).toHaveAttribute('aria-busy', 'false');
  return dialog;
}

for (const lang of ['es', 'en'] as const) {
  const text = languages[lang];

  test(`${lang}: a word on five pages of one lesson gives one entry, three more of its pages beneath, each landing highlighted`, async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    await page.goto(`${lang}/`);
    const dialog = await search(page, lang, text.compass);
    await expect(dialog.getByRole('status')).toHaveText(text.counts.compass);
    const entries = lessonEntries(dialog, lang);
    await expect(entries).toHaveCount(1);
    await expect(entries.locator('.search-result-title')).toHaveText(text.compassLesson);

    const others = entries.getByRole('list', { name: text.otherPages }).getByRole('link');
    await expect(others).toHaveCount(3);
    // Five pages match: the best one and three more are listed, each once.
    const pages = await entries.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(new Set(pages).size).toBe(4);
    for (const path of pages) expect(path).toMatch(new RegExp(`^${new URL(baseURL!).pathname}${lang}/02-mountain/08-lesson/[2-6]/$`));
    await expect(entries.locator('mark').first()).toHaveText(text.compassWord);

    const other = others.first();
    const otherPath = new URL(await other.evaluate((link) => (link as HTMLAnchorElement).href)).pathname;
    await other.click();
    await expect(page).toHaveURL(new RegExp(`${otherPath}\\?pagefind-highlight=${text.compass}`));
    await expect(page.locator('.lesson-body mark')).toHaveText([text.compassWord]);
    expect(errors).toEqual([]);
  });

  test(`${lang}: a lesson whose title matches ranks above lessons that only mention the word`, async ({ page }) => {
    await page.goto(`${lang}/`);
    const dialog = await search(page, lang, text.glacier);
    await expect(dialog.getByRole('status')).toHaveText(text.counts.glacier);
    await expect(entryTitles(dialog, lang)).toHaveText([...text.glacierOrder]);
  });

  test(`${lang}: ten lessons show at once, and "show more" adds the rest with focus on the first new one`, async ({ page }) => {
    await page.goto(`${lang}/`);
    const dialog = await search(page, lang, text.lighthouse);
    await expect(dialog.getByRole('status')).toHaveText(text.counts.lighthouse);
    await expect(lessonEntries(dialog, lang)).toHaveCount(10);
    const firstTen = await entryTitles(dialog, lang).allTextContents();

    await dialog.getByRole('button', { name: text.more }).click();
    await expect(lessonEntries(dialog, lang)).toHaveCount(14);
    const all = await entryTitles(dialog, lang).allTextContents();
    expect(all.slice(0, 10)).toEqual(firstTen);
    expect(new Set(all).size).toBe(14);
    await expect(dialog.getByRole('button', { name: text.more })).toBeHidden();
    await expect(lessonEntries(dialog, lang).nth(10).getByRole('link').first()).toBeFocused();
  });

  test(`${lang}: arrow keys walk the results and their pages, Enter opens one, Escape gives focus back`, async ({ page }) => {
    await page.goto(`${lang}/`);
    const opener = page.getByRole('button', { name: text.button, exact: true });
    const dialog = await search(page, lang, text.compass);
    const searchbox = dialog.getByRole('searchbox');
    const links = resultList(dialog, lang).getByRole('link');
    await expect(links).toHaveCount(4);

    for (let index = 0; index < 4; index++) {
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(index)).toBeFocused();
    }
    // The last link is the end of the walk.
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(3)).toBeFocused();
    for (let index = 2; index >= 0; index--) {
      await page.keyboard.press('ArrowUp');
      await expect(links.nth(index)).toBeFocused();
    }
    await page.keyboard.press('ArrowUp');
    await expect(searchbox).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await opener.press('Enter');
    await expect(searchbox).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = new URL(await links.nth(1).evaluate((link) => (link as HTMLAnchorElement).href));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(target.href);
  });

  test(`${lang}: a match under a heading lands on the heading and names it`, async ({ page }) => {
    await page.goto(`${lang}/`);
    const dialog = await search(page, lang, text.middleStage);
    const entry = lessonEntries(dialog, lang);
    await expect(entry).toHaveCount(1);
    await expect(entry.getByRole('link', { name: `${text.compassLesson} ${text.page(4)}` })).toHaveAttribute('href', new RegExp(`#${text.middleStageId}$`));
    await expect(entry.locator('.search-result-where')).toHaveText(`${text.mountain} › ${text.middleStage}`);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`${lang}, ${theme} theme: no axe violations with results open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${lang}/`);
      const dialog = await search(page, lang, text.compass);
      await expect(lessonEntries(dialog, lang)).toHaveCount(1);
      const results = await new AxeBuilder({ page }).include('dialog').analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
