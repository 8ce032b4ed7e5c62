/**
 * Smoke tests: the built site is served and both locales' home pages load
 * in a real browser with a clean console (see support/fixtures.ts).
 */
import { expect, sitePath, test } from './support/fixtures.ts';

const HOMES = [
	{ locale: 'en', path: '' },
	{ locale: 'ko', path: 'ko/' },
] as const;

for (const { locale, path } of HOMES) {
	test(`the ${locale} home page loads with lang="${locale}" and a title`, async ({ page }) => {
		const response = await page.goto(sitePath(path));
		expect(response?.status(), `status of ${sitePath(path)}`).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page).toHaveTitle(/\S/);
		// Let late scripts (search, theme, prefetch) run, so their errors are caught too.
		await page.waitForLoadState('networkidle');
	});
}
