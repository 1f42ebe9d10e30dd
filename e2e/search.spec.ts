// Search in the reader's language, landing on the exact page with the searched
// words highlighted. Runs against the test course at `/` and under a sub-path.
import { expect, test, type Locator, type Page } from '@playwright/test';

const strings = {
  es: {
    dialog: 'Buscar en el curso',
    button: 'Buscar',
    section: 'Sección',
    clear: 'Quitar resaltado',
    count: (lessons: number, pages: number) => `${lessons} ${lessons === 1 ? 'lección' : 'lecciones'}, ${pages} ${pages === 1 ? 'página' : 'páginas'}`,
    none: (query: string) => `No hay resultados para «${query}».`,
  },
  en: {
    dialog: 'Search the course',
    button: 'Search',
    section: 'Section',
    clear: 'Clear highlight',
    count: (lessons: number, pages: number) => `${lessons} ${lessons === 1 ? 'lesson' : 'lessons'}, ${pages} ${pages === 1 ? 'page' : 'pages'}`,
    none: (query: string) => `No results for “${query}”.`,
  },
};

type Lang = keyof typeof strings;

const dialogOf = (page: Page, lang: Lang) => page.getByRole('dialog', { name: strings[lang].dialog });
const resultList = (dialog: Locator) => dialog.getByRole('list', { name: /^(Resultados|Results)$/ });
/** One entry per lesson: the list's own items, not those of the page lists inside them. */
const results = (dialog: Locator) => resultList(dialog).locator(':scope > li');

/** Types a query and waits until the list shows its results (`aria-busy` goes false). */
async function query(dialog: Locator, text: string) {
  await dialog.getByRole('searchbox').fill(text);
  await expect(resultList(dialog)).toHaveAttribute('aria-busy', 'false');
}

/** Opens search with a keyboard shortcut and runs a query. */
async function search(page: Page, lang: Lang, text: string, shortcut = 'Control+k'): Promise<Locator> {
  await page.keyboard.press(shortcut);
  const dialog = dialogOf(page, lang);
  await query(dialog, text);
  return dialog;
}

/** The listed pages (each lesson's best page and the pages beneath it), as paths under the base without parameters or anchors. */
async function resultPaths(dialog: Locator, baseURL: string | undefined): Promise<string[]> {
  const hrefs = await resultList(dialog)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => href.slice(baseURL!.length).replace(/[?#].*$/, ''));
}

const landings = [
  {
    lang: 'es',
    from: 'es/01-basics/01-cloud/',
    word: 'quimera',
    name: 'Contenedores Página 3 de 3',
    section: 'Cómputo',
    landing: 'es/02-compute/02-containers/3/',
    heading: 'registro-de-imagenes',
  },
  {
    lang: 'en',
    from: 'en/01-basics/01-cloud/',
    word: 'kumquat',
    name: 'Containers Page 3 of 3',
    section: 'Compute',
    landing: 'en/02-compute/02-containers/3/',
    heading: 'image-registry',
  },
] as const;

for (const { lang, from, word, name, section, landing, heading } of landings) {
  test(`${lang}: a word only on page 3 opens page 3 at its heading, highlighted, and the highlight clears`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(from);

    const dialog = await search(page, lang, word);
    await expect(dialog.getByRole('status')).toHaveText(strings[lang].count(1, 1));
    const result = results(dialog);
    await expect(result).toHaveCount(1);
    await expect(result.getByRole('link')).toHaveAccessibleName(name);
    await expect(result).toContainText(section);
    await expect(result.locator('mark')).toHaveText([word]);

    await result.getByRole('link').click();
    await expect(page).toHaveURL(`${baseURL}${landing}?pagefind-highlight=${word}#${heading}`);
    const marked = page.locator('.lesson-body mark');
    await expect(marked).toHaveText([word]);

    await page.getByRole('button', { name: strings[lang].clear }).click();
    await expect(marked).toHaveCount(0);
    await expect(page.locator('.lesson-body')).toContainText(word);
    await expect(page).toHaveURL(`${baseURL}${landing}#${heading}`);
    await expect(page.getByRole('button', { name: strings[lang].clear })).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}

const grouped = [
  { lang: 'es', word: 'imagen', title: 'Contenedores', beneath: 'Página 1 de 3 · Qué es un contenedor', otherPages: 'Otras páginas de la lección' },
  { lang: 'en', word: 'image', title: 'Containers', beneath: 'Page 1 of 3 · What a container is', otherPages: 'Other pages of the lesson' },
] as const;

for (const { lang, word, title, beneath, otherPages } of grouped) {
  test(`${lang}: pages of one lesson share its entry, the best one first and the others beneath`, async ({ page, baseURL }) => {
    await page.goto(`${lang}/`);
    const dialog = await search(page, lang, word);
    await expect(dialog.getByRole('status')).toHaveText(strings[lang].count(2, 3));
    await expect(results(dialog)).toHaveCount(2);
    const entry = results(dialog).first();
    await expect(entry.getByRole('link').first()).toHaveAccessibleName(`${title} ${lang === 'es' ? 'Página 3 de 3' : 'Page 3 of 3'}`);
    await expect(entry.getByRole('list', { name: otherPages }).getByRole('link')).toHaveText([beneath]);
    expect(await resultPaths(dialog, baseURL)).toEqual([
      `${lang}/02-compute/02-containers/3/`,
      `${lang}/02-compute/02-containers/`,
      `${lang}/04-practice/01-quiz/3/`,
    ]);
  });
}

test('search code and index load only when search is first opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('es/');
  const searchCode = (url: string) => /\/pagefind\/|\/SearchEngine\.astro/.test(url);
  expect(requested.filter(searchCode)).toEqual([]);
  await search(page, 'es', 'quimera', '/');
  expect(requested.some((url) => /\/SearchEngine\.astro/.test(url))).toBe(true);
  expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the dialog traps focus, closes with Escape and gives focus back', async ({ page }) => {
  await page.goto('en/');
  const button = page.getByRole('button', { name: strings.en.button, exact: true });
  await button.click();
  const dialog = dialogOf(page, 'en');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await query(dialog, 'container');
  await expect(results(dialog)).not.toHaveCount(0);
  const inDialog = () => dialog.evaluate((element) => element.contains(document.activeElement));
  for (const key of [...Array(8).fill('Tab'), ...Array(10).fill('Shift+Tab')]) {
    await page.keyboard.press(key);
    expect(await inDialog()).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Reopened from the page, the query is kept; Escape in the filled field closes at once.
  await page.keyboard.press('/');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await expect(dialog.getByRole('searchbox')).toHaveValue('container');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('reopened at once after closing, the dialog keeps focus in its search box', async ({ page }) => {
  await page.goto('en/');
  await page.getByRole('button', { name: strings.en.button, exact: true }).click();
  const dialog = dialogOf(page, 'en');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  // Closing gives focus back to the button at once, but the close event comes a task
  // later; `/` is pressed before it.
  await dialog.evaluate((element: HTMLDialogElement) => {
    element.close();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
  });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
});

test('queries without accents find accented words, and a singular finds the plural', async ({ page, baseURL }) => {
  await page.goto('es/');
  const dialog = await search(page, 'es', 'comparacion');
  await expect(results(dialog).locator('mark')).toHaveText(['comparación']);
  await expect(results(dialog)).toContainText(['Página 2 de 3']);
  expect(await resultPaths(dialog, baseURL)).toEqual(['es/01-basics/01-cloud/2/']);

  await query(dialog, 'cual');
  await expect(results(dialog).locator('mark')).toHaveText(['¿Cuál']);
  expect(await resultPaths(dialog, baseURL)).toEqual(['es/01-basics/01-cloud/']);

  // The lessons say only "imágenes".
  await query(dialog, 'imagen');
  await expect(results(dialog).first().locator('mark').first()).toHaveText(/^imágenes\b/i);
  expect(await resultPaths(dialog, baseURL)).toEqual(expect.arrayContaining(['es/02-compute/02-containers/', 'es/02-compute/02-containers/3/']));
});

test('a Spanish page finds Spanish pages only, and an English page English ones', async ({ page, baseURL }) => {
  await page.goto('es/');
  let dialog = await search(page, 'es', 'kumquat');
  await expect(dialog.getByRole('status')).toHaveText(strings.es.none('kumquat'));
  await query(dialog, 'docker');
  await expect(results(dialog)).not.toHaveCount(0);
  for (const path of await resultPaths(dialog, baseURL)) expect(path).toMatch(/^es\//);

  await page.goto('en/');
  dialog = await search(page, 'en', 'quimera');
  await expect(dialog.getByRole('status')).toHaveText(strings.en.none('quimera'));
  await query(dialog, 'docker');
  await expect(results(dialog)).not.toHaveCount(0);
  for (const path of await resultPaths(dialog, baseURL)) expect(path).toMatch(/^en\//);
});

test('read-all views and untranslated notices are never results', async ({ page, baseURL }) => {
  await page.goto('es/');
  // `quimera` is on the read-all view of its lesson too.
  const spanish = await search(page, 'es', 'quimera');
  expect(await resultPaths(spanish, baseURL)).toEqual(['es/02-compute/02-containers/3/']);
  // The English-only lesson has a Spanish notice page, titled "Serverless with Lambda".
  await query(spanish, 'lambda');
  expect(await resultPaths(spanish, baseURL)).not.toContain('es/02-compute/03-serverless/');
  await query(spanish, 'historia');
  expect(await resultPaths(spanish, baseURL)).toContain('es/01-basics/03-history/');

  await page.goto('en/');
  const english = await search(page, 'en', 'lambda');
  expect(await resultPaths(english, baseURL)).toContain('en/02-compute/03-serverless/');
  // The Spanish-only lesson has an English notice page, titled "Historia de la nube".
  await query(english, 'historia');
  await expect(english.getByRole('status')).toHaveText(strings.en.none('historia'));
});

test('the section filter narrows results to one section', async ({ page, baseURL }) => {
  await page.goto('es/');
  const dialog = await search(page, 'es', 'aplicacion');
  await expect(dialog.getByRole('status')).toHaveText(strings.es.count(2, 2));
  const filter = dialog.getByLabel(strings.es.section, { exact: true });
  await expect(filter.getByRole('option')).toHaveText(['Todas las secciones', 'Cómputo', 'Fundamentos', 'Práctica', 'Sección 3']);

  await filter.selectOption('Cómputo');
  await expect(resultList(dialog)).toHaveAttribute('aria-busy', 'false');
  await expect(dialog.getByRole('status')).toHaveText(strings.es.count(1, 1));
  await expect(results(dialog)).toContainText(['Cómputo']);
  expect(await resultPaths(dialog, baseURL)).toEqual(['es/02-compute/02-containers/']);

  await filter.selectOption('Fundamentos');
  await expect(resultList(dialog)).toHaveAttribute('aria-busy', 'false');
  await expect(results(dialog)).toContainText(['Fundamentos']);
  expect(await resultPaths(dialog, baseURL)).toEqual(['es/01-basics/01-cloud/2/']);

  await filter.selectOption('');
  await expect(dialog.getByRole('status')).toHaveText(strings.es.count(2, 2));
});
