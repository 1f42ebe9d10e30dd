// The course tree, previous/next across pages, lessons and sections, arrow keys.
import { expect, test, type Page } from '@playwright/test';
import { builtSite, sitePath, watchErrors } from './support.ts';

const languages = [
  { lang: 'es', next: 'Siguiente', previous: 'Anterior', tree: 'Contenido del curso', drawer: 'Contenido' },
  { lang: 'en', next: 'Next', previous: 'Previous', tree: 'Course contents', drawer: 'Contents' },
];

/** Pages in reading order, as the course index announces them. */
async function expectedPageCount(page: Page, lang: string): Promise<number> {
  await page.goto(`${lang}/`);
  const counts = await page.locator('[data-pages]').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.pages)));
  return counts.reduce((sum, count) => sum + count, 0);
}

for (const { lang, next, previous, tree, drawer } of languages) {
  test(`${lang}: "${next}" walks the whole course once and "${previous}" walks it back`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const { basePath } = builtSite(testInfo);
    const errors = watchErrors(page);
    const total = await expectedPageCount(page, lang);
    await page.locator('.lesson-list').first().getByRole('link').first().click();
    const pager = page.getByRole('navigation', { name: lang === 'es' ? 'Anterior y siguiente' : 'Previous and next' });
    // The walk starts once the first lesson page has loaded: on the index there is no pager.
    await expect(pager.getByRole('link', { name: new RegExp(next) })).toBeVisible();
    await expect(pager.getByRole('link', { name: new RegExp(previous) })).toHaveCount(0);

    /** Follows a pager link, if the page has it, and returns where it led. */
    const follow = async (label: string) => {
      const link = pager.getByRole('link', { name: new RegExp(label) });
      if ((await link.count()) === 0) return undefined;
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      return sitePath(page, basePath);
    };

    const forward = [await sitePath(page, basePath)];
    for (let path = await follow(next); path; path = await follow(next)) forward.push(path);
    expect(new Set(forward).size).toBe(forward.length);
    expect(forward).toHaveLength(total);

    const backward = [forward[forward.length - 1]];
    for (let path = await follow(previous); path; path = await follow(previous)) backward.push(path);
    expect(backward.reverse()).toEqual(forward);
    expect(errors).toEqual([]);
  });

  test(`${lang}: previous/next name their target and are linked from the head`, async ({ page }) => {
    await page.goto(`${lang}/02-compute/01-ec2/3/`);
    const nextLink = page.getByRole('link', { name: new RegExp(next) });
    await expect(nextLink).toContainText(lang === 'es' ? 'Instancias EC2' : 'EC2 instances');
    await expect(nextLink).toContainText(lang === 'es' ? 'Precios' : 'Pricing');
    await expect(page.locator('link[rel="next"]')).toHaveAttribute('href', new RegExp(`/${lang}/02-compute/01-ec2/4/$`));
    await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', new RegExp(`/${lang}/02-compute/01-ec2/2/$`));
  });

  test(`${lang}: arrow keys go to the previous and next page, but not while typing`, async ({ page }, testInfo) => {
    const { basePath } = builtSite(testInfo);
    const lesson = `${basePath}${lang}/01-basics/01-cloud/`;
    await page.goto(`${lang}/01-basics/01-cloud/2/`);
    // waitForURL also waits for the page to load, so its script listens before the next key.
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.pathname === `${lesson}3/`);
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL((url) => url.pathname === `${lesson}2/`);

    await page.keyboard.press('/');
    const field = page.getByRole('searchbox');
    await expect(field).toBeFocused();
    await page.keyboard.type('ec2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect(field).toBeFocused();
    expect(await sitePath(page, basePath)).toBe(`/${lang}/01-basics/01-cloud/2/`);
  });

  test(`${lang}: the course tree shows every section and only the current section's lessons`, async ({ page }) => {
    await page.goto(`${lang}/02-compute/02-containers/`);
    const nav = page.getByRole('navigation', { name: tree });
    await expect(nav.locator('[aria-current="page"]')).toHaveText(lang === 'es' ? 'Contenedores' : 'Containers');
    await expect(nav.locator('.tree-sections > li')).toHaveCount(4);
    await expect(nav.getByRole('link', { name: lang === 'es' ? 'Qué es la nube' : 'What the cloud is' })).toHaveCount(0);
    await nav.getByRole('link', { name: lang === 'es' ? 'Fundamentos' : 'Basics' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'es' ? 'Fundamentos' : 'Basics');
    await expect(nav.getByRole('link', { name: lang === 'es' ? 'Qué es la nube' : 'What the cloud is' })).toBeVisible();
  });

  test(`${lang}: on a 360 px screen the tree is a drawer opened by a labelled button`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${lang}/02-compute/01-ec2/`);
    const nav = page.getByRole('navigation', { name: tree });
    await expect(nav).toBeHidden();
    const button = page.getByRole('button', { name: drawer });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(nav).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();
  });
}
