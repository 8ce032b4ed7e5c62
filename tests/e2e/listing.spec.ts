/**
 * Listing pages at any catalog size, in both languages: a status's errors
 * are split into pages of LISTING_PAGE_SIZE rows (200 by default) with stable
 * URLs and a pager, and the home page lists a status's errors only while
 * they are few, linking to the status's pages otherwise; the finder fetches
 * its data instead of carrying the catalog in the page.
 *
 * The tests read the expected layout from the built site (the catalog's
 * counts, the rows per page), so they hold for any page size. The real
 * catalog fits on one page at the default size; build with
 * `LISTING_PAGE_SIZE=4` to see it on several pages (the scale helper's run
 * does).
 */
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './support/fixtures.ts';

const LOCALES = [
	{ locale: 'en', prefix: '', lang: 'en', next: 'Next', previous: 'Previous' },
	{ locale: 'ko', prefix: 'ko/', lang: 'ko', next: '다음 페이지', previous: '이전 페이지' },
] as const;

interface CatalogJson {
	statuses: { id: string }[];
	errors: { id: string; status: string }[];
}

/** Error ids per status, in catalog order, from the JSON API the site publishes. */
async function idsByStatus(request: import('@playwright/test').APIRequestContext): Promise<Map<string, string[]>> {
	const catalog = (await (await request.get(sitePath('api/v1/catalog.json'))).json()) as CatalogJson;
	return new Map(catalog.statuses.map((s) => [s.id, catalog.errors.filter((e) => e.status === s.id).map((e) => e.id)]));
}

const slugOf = (status: string) => status.toLowerCase().replace(/_/g, '-');

/** The error ids listed in the status table of the open page. */
async function rowIds(page: Page): Promise<string[]> {
	return page.getByTestId('status-errors').locator('tbody tr td:first-child code').allTextContents();
}

for (const { locale, prefix, lang, next, previous } of LOCALES) {
	test.describe(`in ${locale}`, () => {
		test(`a reader pages through every error of a status and back, on stable addresses (${locale})`, async ({ page, request }) => {
			const byStatus = await idsByStatus(request);
			// The status with the most errors: the one most likely to need several pages.
			const [status, ids] = [...byStatus].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
			const slug = slugOf(status);
			await page.goto(sitePath(`${prefix}statuses/${slug}/`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByTestId('status-errors')).toBeVisible();
			const size = (await rowIds(page)).length;
			const pages = Math.ceil(ids.length / size);
			const seen: string[] = [];
			for (let n = 1; n <= pages; n++) {
				const path = n === 1 ? `${prefix}statuses/${slug}/` : `${prefix}statuses/${slug}/${String(n)}/`;
				await expect(page).toHaveURL(new RegExp(`${sitePath(path)}$`));
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				const rows = await rowIds(page);
				expect(rows.length, `rows on page ${String(n)}`).toBe(n < pages ? size : ids.length - size * (pages - 1));
				seen.push(...rows);
				if (pages === 1) {
					await expect(page.getByTestId('status-pager')).toHaveCount(0);
					break;
				}
				const pager = page.getByTestId('status-pager');
				await expect(pager.locator('[aria-current="page"]')).toHaveText(String(n));
				await expect(page.getByTestId('status-range')).toContainText(String(ids.length));
				if (n < pages) {
					await expect(pager.getByRole('link', { name: next })).toHaveAttribute('rel', 'next');
					await pager.getByRole('link', { name: next }).click();
				} else {
					await expect(pager.getByTestId('pager-next')).toHaveCount(0);
				}
			}
			expect(seen, 'every error of the status, once, in catalog order').toEqual(ids);
			if (pages > 1) {
				// Back one page with the pager, then to the status itself from a later page.
				await page.getByTestId('status-pager').getByRole('link', { name: previous }).click();
				await expect(page).toHaveURL(new RegExp(`${sitePath(pages - 1 === 1 ? `${prefix}statuses/${slug}/` : `${prefix}statuses/${slug}/${String(pages - 1)}/`)}$`));
				if (pages > 2) {
					await page.getByTestId('status-first-page').click();
					await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}statuses/${slug}/`)}$`));
				}
				await expect(page.getByTestId('retry')).toBeVisible();
			}
		});

		test(`a later page of a status list is a listing only: no search entry, its own canonical and the other language's twin (${locale})`, async ({ page, request }) => {
			const byStatus = await idsByStatus(request);
			const paged = [...byStatus].find(([, ids]) => ids.length > 0);
			const slug = slugOf(paged?.[0] ?? '');
			await page.goto(sitePath(`${prefix}statuses/${slug}/`));
			const pager = page.getByTestId('status-pager');
			if ((await pager.count()) === 0) {
				// One page at this build's page size: there is no later page to visit, and none is built.
				const response = await request.get(sitePath(`${prefix}statuses/${slug}/2/`));
				expect(response.status()).toBe(404);
				return;
			}
			await pager.getByRole('link', { name: next }).click();
			const path = `${prefix}statuses/${slug}/2/`;
			await expect(page).toHaveURL(new RegExp(`${sitePath(path)}$`));
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${sitePath(path)}$`));
			const other = locale === 'en' ? `ko/statuses/${slug}/2/` : `statuses/${slug}/2/`;
			await expect(page.locator(`link[rel="alternate"][hreflang="${locale === 'en' ? 'ko' : 'en'}"]`)).toHaveAttribute('href', new RegExp(`${sitePath(other)}$`));
			expect((await request.get(sitePath(other))).status()).toBe(200);
			await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
			await expect(page.getByTestId('retry')).toHaveCount(0);
		});

		test(`the home page lists each status's errors while they are few, and links to the status's pages otherwise (${locale})`, async ({ page, request }) => {
			// A status without specific errors is a row of the status table only, not a section.
			const byStatus = new Map([...(await idsByStatus(request))].filter(([, ids]) => ids.length > 0));
			await page.goto(sitePath(prefix));
			const sections = page.getByTestId('home-status');
			await expect(sections).toHaveCount(byStatus.size);
			for (const [status, ids] of byStatus) {
				const section = page.locator(`[data-testid="home-status"][data-status="${status}"]`);
				const browse = section.getByTestId('home-status-browse');
				if ((await browse.count()) > 0) {
					await expect(browse).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}statuses/${slugOf(status)}/`)}$`));
					await expect(section.locator('li')).toHaveCount(0);
				} else {
					await expect(section.locator('li code')).toHaveText(ids);
				}
			}
			// Each group's heading leads to its status page, where the full list is.
			const first = [...byStatus].find(([, ids]) => ids.length > 0);
			await page.locator(`[data-testid="home-status"][data-status="${first?.[0] ?? ''}"]`).getByRole('heading').getByRole('link').click();
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}statuses/${slugOf(first?.[0] ?? '')}/`)}$`));
		});

		test(`the home page carries no copy of the catalog: the finder fetches its data when the reader reaches for it (${locale})`, async ({ page }) => {
			const fetched: string[] = [];
			page.on('request', (r) => {
				if (r.url().includes('/finder/')) fetched.push(new URL(r.url()).pathname);
			});
			await page.goto(sitePath(prefix), { waitUntil: 'networkidle' });
			expect(fetched, 'nothing of the finder loads with the page').toEqual([]);
			expect(await page.locator('cat-find').getAttribute('data-finder')).not.toContain('CourseNotModifiable');
			await expect(page.locator('datalist')).toHaveCount(0);
			const input = page.getByTestId('find-form').locator('input');
			await input.focus();
			await expect.poll(() => fetched).toEqual([sitePath(`finder/${locale}.json`)]);
			await input.fill('CourseNotModifiable');
			await input.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/course-not-modifiable/`)}$`));
		});
	});
}
