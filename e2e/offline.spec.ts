// Reading without a network, with the real service worker: pages opened before still
// open, a page never opened shows the offline page, and a new deploy is noticed, fetched
// file by file and shown after a reload. Each test serves its own copy of the built site,
// so a test can deploy a changed build into it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { writeOfflineFiles } from '../src/integration/offline-output.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { builtSite, watchErrors } from './support.ts';

const test = base.extend<{ site: StaticSite & { dir: string; url: (path: string) => string; basePath: string } }>({
  site: async ({}, use, testInfo) => {
    const { outDir, basePath } = builtSite(testInfo);
    const dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
    cpSync(outDir, dir, { recursive: true });
    const served = await serveStatic(dir, { basePath });
    await use({ ...served, dir, basePath, url: (path) => `${served.origin}${basePath}${path}` });
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

test.use({ serviceWorkers: 'allow' });
// Each test copies the built site and serves it, and most check axe in both themes.
test.describe.configure({ timeout: 60_000 });

const languages = [
  {
    lang: 'es',
    lesson: '01-basics/01-cloud/',
    title: 'Qué es la nube',
    neverOpened: '02-compute/01-ec2/',
    neverOpenedTitle: 'Instancias EC2',
    offline: 'Estás sin conexión',
    update: 'Hay una versión nueva del curso.',
    reload: 'Recargar',
    saveTitle: 'Leer sin conexión',
    save: 'Guardar este curso para leerlo sin conexión',
    needs: /^Guardarlo ocupa [\d,.]+\s?MB/,
    start: 'Empezar a guardar',
    saved: /^Guardado para leer sin conexión el .+: \d+ archivos/,
    remove: 'Quitar la copia sin conexión',
    removed: 'Se quitó la copia sin conexión.',
    cancel: 'Cancelar',
    cancelled: 'Se canceló el guardado. Las páginas ya guardadas siguen en este dispositivo.',
    check: 'Comprobar',
    right: '¡Correcto!',
    search: 'Buscar',
    dialog: 'Buscar en el curso',
    word: 'quimera',
    found: 'Contenedores',
  },
  {
    lang: 'en',
    lesson: '01-basics/01-cloud/',
    title: 'What the cloud is',
    neverOpened: '02-compute/01-ec2/',
    neverOpenedTitle: 'EC2 instances',
    offline: 'You are offline',
    update: 'A new version of the course is available.',
    reload: 'Reload',
    saveTitle: 'Read offline',
    save: 'Save this course for offline reading',
    needs: /^Saving takes [\d,.]+\s?MB/,
    start: 'Start saving',
    saved: /^Saved for offline reading on .+: \d+ files/,
    remove: 'Remove the offline copy',
    removed: 'The offline copy was removed.',
    cancel: 'Cancel',
    cancelled: 'Saving was cancelled. The pages saved so far stay on this device.',
    check: 'Check',
    right: 'Right!',
    search: 'Search',
    dialog: 'Search the course',
    word: 'kumquat',
    found: 'Containers',
  },
];

/** Opens a page and waits until the service worker controls it. */
async function openControlled(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

for (const t of languages) {
  test(`${t.lang}: pages opened before read offline, and one never opened shows the offline page`, async ({ page, context, site }) => {
    await openControlled(page, site.url(`${t.lang}/`));
    await page.goto(site.url(`${t.lang}/${t.lesson}`));
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
    // The page keeps its stylesheet offline.
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet !== null))).toBe(true);
    await page.goto(site.url(`${t.lang}/`));
    await expect(page.locator('main h1')).toBeVisible();
    await page.goto(site.url(`${t.lang}/${t.neverOpened}`));
    await expect(page.getByRole('heading', { level: 1, name: t.offline })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${colorScheme}, ${violation.id}`)).toEqual([]);
    }
  });
}

test('es: a new deploy is noticed, only its changed files are fetched, and a reload shows the new text', async ({ page, site }) => {
  const t = languages[0];
  await openControlled(page, site.url(`${t.lang}/${t.lesson}`));
  await page.goto(site.url(`${t.lang}/${t.lesson}`));
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();

  // The deploy: one lesson page changed, the list of files and the worker written again.
  const lessonFile = join(site.dir, t.lang, t.lesson, 'index.html');
  writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace(/(<h1[^>]*>)[^<]+/, '$1Qué es la nube, revisado'));
  writeOfflineFiles(site.dir, site.basePath, ['es', 'en'], 'es');

  const servedBefore = site.requested.length;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration!.update()));
  const notice = page.getByRole('status').filter({ hasText: t.update });
  await expect(notice).toBeVisible();
  // Besides the worker itself: the new list of files, and the one kept page that changed.
  // The notice shows as the new worker takes over, before it has fetched them.
  await expect
    .poll(() => site.requested.slice(servedBefore).filter((path) => path !== `${site.basePath}sw.js`).sort())
    .toEqual([`${site.basePath}offline-files.json`, `${site.basePath}${t.lang}/${t.lesson}`].sort());

  await notice.getByRole('button', { name: t.reload }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Qué es la nube, revisado' })).toBeVisible();
});

test('the service worker is served from the base path, and every page links its language’s manifest, under the strict policy', async ({ page, site }) => {
  const errors = watchErrors(page);
  await page.goto(site.url('en/'));
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe(`${site.basePath}en/manifest.webmanifest`);
  const manifest = await (await page.request.get(`${site.origin}${manifestHref}`)).json();
  expect(manifest).toMatchObject({ lang: 'en', start_url: `${site.basePath}en/`, scope: site.basePath, display: 'standalone' });
  for (const icon of manifest.icons) expect((await page.request.get(`${site.origin}${icon.src}`)).headers()['content-type']).toBe('image/png');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration!.scope))).toBe(site.url(''));
  expect(errors).toEqual([]);
});

test('es: a saved course gets a deploy’s changed and new pages, and no other file', async ({ page, context, site }) => {
  test.slow();
  const t = languages[0];
  await openControlled(page, site.url(`${t.lang}/`));
  const panel = page.getByRole('region', { name: t.saveTitle });
  await panel.getByRole('button', { name: t.save }).click();
  await panel.getByRole('button', { name: t.start }).click();
  await expect(panel.getByRole('status')).toHaveText(t.saved, { timeout: 30_000 });

  // The deploy: one lesson page changed and one added.
  const lessonFile = join(site.dir, t.lang, t.lesson, 'index.html');
  const lesson = readFileSync(lessonFile, 'utf8');
  writeFileSync(lessonFile, lesson.replace(/(<h1[^>]*>)[^<]+/, '$1Qué es la nube, revisado'));
  mkdirSync(join(site.dir, t.lang, '01-basics', 'nueva'));
  writeFileSync(join(site.dir, t.lang, '01-basics', 'nueva', 'index.html'), lesson.replace(/(<h1[^>]*>)[^<]+/, '$1Una lección nueva'));
  writeOfflineFiles(site.dir, site.basePath, ['es', 'en'], 'es');

  const servedBefore = site.requested.length;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration!.update()));
  await expect(page.getByRole('status').filter({ hasText: t.update })).toBeVisible();
  await expect
    .poll(() => site.requested.slice(servedBefore).filter((path) => path !== `${site.basePath}sw.js`).sort())
    .toEqual([`${site.basePath}offline-files.json`, `${site.basePath}${t.lang}/offline-save.json`, `${site.basePath}${t.lang}/${t.lesson}`, `${site.basePath}${t.lang}/01-basics/nueva/`].sort());

  await context.setOffline(true);
  await page.goto(site.url(`${t.lang}/01-basics/nueva/`));
  await expect(page.getByRole('heading', { level: 1, name: 'Una lección nueva' })).toBeVisible();
  await page.goto(site.url(`${t.lang}/${t.lesson}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Qué es la nube, revisado' })).toBeVisible();
});

for (const t of languages) {
  test(`${t.lang}: the course saved for offline reading opens any page and searches offline, and its copy can be removed`, async ({ page, context, site }) => {
    // Saving fetches the whole language's course, 100 files of the test course.
    test.slow();
    await openControlled(page, site.url(`${t.lang}/`));
    const panel = page.getByRole('region', { name: t.saveTitle });
    await panel.getByRole('button', { name: t.save }).click();
    await expect(panel.getByRole('status')).toHaveText(t.needs);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).include('.offline-save').analyze();
      expect(violations.map((violation) => `${colorScheme}, ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await panel.getByRole('button', { name: t.start }).click();
    await expect(panel.getByRole('status')).toHaveText(t.saved, { timeout: 30_000 });
    await expect(panel.getByRole('button', { name: t.remove })).toBeVisible();

    await context.setOffline(true);
    await page.goto(site.url(`${t.lang}/${t.neverOpened}`));
    await expect(page.getByRole('heading', { level: 1, name: t.neverOpenedTitle })).toBeVisible();
    await page.getByRole('button', { name: t.search, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t.dialog });
    await dialog.getByRole('searchbox').fill(t.word);
    await expect(dialog.getByRole('list', { name: /^(Resultados|Results)$/ }).getByRole('link').first()).toContainText(t.found);
    // Read-all views repeat the pages' text: they are not saved.
    await page.goto(site.url(`${t.lang}/${t.neverOpened}all/`));
    await expect(page.getByRole('heading', { level: 1, name: t.offline })).toBeVisible();

    await context.setOffline(false);
    await page.goto(site.url(`${t.lang}/`));
    await panel.getByRole('button', { name: t.remove }).click();
    await expect(panel.getByRole('status')).toHaveText(t.removed);
    await context.setOffline(true);
    await page.goto(site.url(`${t.lang}/${t.neverOpened}`));
    await expect(page.getByRole('heading', { level: 1, name: t.offline })).toBeVisible();
  });
}

test('es: saving can be cancelled, and then nothing says the course is saved', async ({ page, site }) => {
  const t = languages[0];
  await openControlled(page, site.url(`${t.lang}/`));
  const panel = page.getByRole('region', { name: t.saveTitle });
  await panel.getByRole('button', { name: t.save }).click();
  // The search index waits, so saving is still under way when the reader cancels.
  const release = site.hold((path) => path.includes('/pagefind/'));
  await panel.getByRole('button', { name: t.start }).click();
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await panel.getByRole('button', { name: t.cancel }).click();
  await expect(panel.getByRole('status')).toHaveText(t.cancelled);
  release();
  await expect(panel.getByRole('progressbar')).toBeHidden();
  await expect(panel.getByRole('button', { name: t.save })).toBeFocused();
  await expect(panel.getByRole('button', { name: t.remove })).toBeHidden();
  await page.reload();
  await expect(panel.getByRole('status')).toHaveText('');
});

test('en: offline, a quiz takes answers and keeps its score, and the index offers to continue reading', async ({ page, context, site }) => {
  const t = languages[1];
  await openControlled(page, site.url(`${t.lang}/`));
  await page.goto(site.url(`${t.lang}/04-practice/01-quiz/`));
  await context.setOffline(true);
  await page.reload();
  await page.locator('.quiz-choices').getByRole('radio', { name: /AWS Fargate/ }).check();
  await page.getByRole('button', { name: t.check }).click();
  await expect(page.locator('.quiz-feedback')).toContainText(t.right);
  await page.goto(site.url(`${t.lang}/`));
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  expect(new URL(page.url()).pathname).toBe(`${site.basePath}${t.lang}/04-practice/01-quiz/`);
  await expect(page.locator('.quiz-feedback')).toContainText(t.right);
});
