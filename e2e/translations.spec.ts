// A translation whose source changed since: its readers are told, with the date, and led
// to the same page in the source's language.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const theme of ['light', 'dark'] as const) {
  test(`the outdated translation's notice, ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('en/s1/a/2/');
    const notice = page.getByRole('note').filter({ hasText: 'This translation may be out of date' });
    await expect(notice).toContainText('The Spanish version of this lesson was updated on 14 May 2024');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
    await notice.getByRole('link', { name: 'Read the Spanish version' }).click();
    await expect(page).toHaveURL(/\/es\/s1\/a\/2\/$/);
    await expect(page.getByText('This translation may be out of date')).toHaveCount(0);
  });
}

test('a current translation, and one whose source changed in a commit marked [skip translation], have no notice', async ({ page }) => {
  await page.goto('en/s1/b/');
  await expect(page.getByRole('heading', { level: 1, name: 'Lesson B' })).toBeVisible();
  await expect(page.getByText('This translation may be out of date')).toHaveCount(0);
});
