// Language switching without losing one's place, untranslated lessons,
// the remembered language, head metadata and the sitemap.
import { expect, test } from '@playwright/test';

const switcher = (lang: string) => (lang === 'es' ? 'Idioma' : 'Language');

test('switching language on page 3 lands on page 3 of the same lesson', async ({ page }) => {
  await page.goto('es/01-basics/01-cloud/3/');
  await page.getByRole('navigation', { name: switcher('es') }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/01-basics\/01-cloud\/3\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Advantages' })).toBeVisible();
  await page.getByRole('navigation', { name: switcher('en') }).getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/01-basics\/01-cloud\/3\/$/);
});

test('switching to a translation with fewer pages lands on its page 1 and says why', async ({ page }) => {
  await page.goto('es/01-basics/02-regions/3/');
  await page.getByRole('navigation', { name: switcher('es') }).getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/01-basics\/02-regions\/#fewer-pages$/);
  await expect(page.getByRole('status')).toContainText('different number of pages');
});

test('switching on a lesson missing in the other language lands on its course index with a notice', async ({ page }) => {
  await page.goto('es/01-basics/03-history/2/');
  await page.getByRole('navigation', { name: switcher('es') }).getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/#untranslated-01-basics-03-history$/);
  const notice = page.getByRole('status').filter({ hasText: 'is not translated' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('“Historia de la nube” is not translated into English yet');
  await notice.getByRole('link', { name: 'Read the lesson in Spanish' }).click();
  await expect(page).toHaveURL(/\/es\/01-basics\/03-history\/$/);
});

for (const { lang, title, missing, badge, body, link, exists } of [
  {
    lang: 'en',
    title: 'Historia de la nube',
    missing: 'en/01-basics/03-history/',
    badge: 'not translated · in Spanish',
    body: 'This lesson is not translated into English yet',
    link: 'Read the lesson in Spanish',
    exists: 'es',
  },
  {
    lang: 'es',
    title: 'Serverless with Lambda',
    missing: 'es/02-compute/03-serverless/',
    badge: 'sin traducir · en inglés',
    body: 'Esta lección aún no está traducida al español',
    link: 'Leer la lección en inglés',
    exists: 'en',
  },
]) {
  test(`${lang}: an untranslated lesson is in the tree, marked, and opens a notice in ${lang}`, async ({ page, request }) => {
    await page.goto(`${lang}/`);
    const entry = page.getByRole('listitem').filter({ hasText: title });
    await expect(entry).toContainText(badge);
    await expect(entry.getByRole('link', { name: title })).toHaveAttribute('href', new RegExp(`${missing}$`));
    await entry.getByRole('link', { name: title }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('status')).toContainText(body);
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', exists);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    const tree = page.getByRole('navigation', { name: lang === 'es' ? 'Contenido del curso' : 'Course contents' });
    await expect(tree.locator('[aria-current="page"]')).toHaveText(title);
    await page.getByRole('status').getByRole('link', { name: link }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', exists);
    expect((await request.get(missing)).status()).toBe(200);
  });
}

test('the chooser at / remembers the language last read', async ({ page }) => {
  await page.goto('');
  const choices = page.getByRole('main').getByRole('list');
  await choices.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('es/01-basics/01-cloud/');
  await page.goto('');
  await expect(page).toHaveURL(/\/es\/$/);
});

test('the chooser works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(test.info().project.use.baseURL!);
  await page.getByRole('main').getByRole('link', { name: /Español/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Curso de prueba de la nube');
  await page.getByRole('link', { name: 'Qué es la nube' }).click();
  await page.getByRole('link', { name: /Siguiente/ }).click();
  await expect(page.getByRole('heading', { name: 'Modelos de servicio' })).toBeVisible();
  await context.close();
});

test('lesson pages carry title, description, canonical, hreflang alternates and Open Graph', async ({ page }) => {
  await page.goto('en/02-compute/01-ec2/2/');
  await expect(page).toHaveTitle('EC2 instances — Page 2 of 5 · Cloud test course');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/02-compute\/01-ec2\/2\/$/);
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
  );
  expect(alternates.map(([lang]) => lang)).toEqual(['en', 'es', 'x-default']);
  expect(alternates[1][1]).toMatch(/\/es\/02-compute\/01-ec2\/2\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /EC2 instances/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.+/);
});

test('sitemap.xml lists every page with its alternates, and robots.txt points at it', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)![1];
  const xml = await (await request.get(new URL(sitemapUrl).pathname)).text();
  expect(xml).toContain('/en/02-compute/01-ec2/5/</loc>');
  expect(xml).toContain('/es/01-basics/02-regions/4/</loc>');
  expect(xml).not.toContain('/all/</loc>');
  expect(xml).not.toContain('/en/01-basics/03-history/</loc>');
  expect(xml).toMatch(/<loc>[^<]*\/es\/01-basics\/01-cloud\/2\/<\/loc>\s*<xhtml:link rel="alternate" hreflang="es"[^>]*\/>\s*<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/01-basics\/01-cloud\/2\/"\/>\s*<xhtml:link rel="alternate" hreflang="x-default"/);
});

test('the 404 page is localized and links to both course indexes', async ({ page, request }) => {
  const response = await request.get('no/such/page/');
  expect(response.status()).toBe(404);
  await page.goto('404.html');
  await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the course index' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
});
