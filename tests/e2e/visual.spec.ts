/**
 * The visual review: every page type, and the search dialog with results, in
 * both languages, on a 390 px phone and a 1280 px desktop, light and dark,
 * compared with the committed baselines in visual.spec.ts-snapshots/. A
 * layout regression (a column pushed off-screen, a control out of line, a
 * colour lost in dark mode) fails here; a change meant to alter a page
 * updates its baselines:
 *
 *   npm run test:e2e -- visual.spec.ts --update-snapshots
 *
 * then look at every changed image (git shows them) before committing.
 *
 * The baselines are Linux renderings (Debian's Chromium and fonts-noto-cjk,
 * which scripts/e2e.ts installs when missing); elsewhere the fonts differ and
 * the comparison is skipped. What is compared is what a reader judges a page
 * by: its first screen, and each table and chart in its main pane (where a
 * layout breaks on a phone), after the parts that load late have loaded (the
 * simulators, when they come into view) and the web fonts are in. Not whole
 * pages: a phone's API page is over 10,000 px tall, and its baseline weighed
 * more than the page it checks while a wrapped cell in it hid among the pixels.
 */
import type { Page } from '@playwright/test';
import { LOCALES, SCHEMES, VIEWPORTS, expect, sitePath, test } from './support/fixtures.ts';
import { SEVERAL_RESULTS_QUERY, openSearch, search } from './support/search.ts';

/** One page of each type (the status page with the compact simulator: the busiest one). */
const PAGES = [
	{ type: 'home', path: '' },
	{ type: 'error', path: 'errors/cannot-remove-course-folder-owner/' },
	{ type: 'status', path: 'statuses/resource-exhausted/' },
	{ type: 'status-empty', path: 'statuses/internal/' },
	{ type: 'backoff', path: 'backoff/' },
	{ type: 'api', path: 'api/' },
	{ type: 'method', path: 'methods/courses-students/' },
	{ type: 'not-found', path: 'errors/no-such-error/' },
] as const;

/**
 * The parts of a page compared beside its first screen: the tables and the
 * charts of its main pane, the first few of each page (a status list's later
 * pages and rows repeat the first ones' layout).
 */
const PARTS = 'main table, main .cat-bo-figure, main [data-testid="backoff-load-charts"]';
const MAX_PARTS = 4;

/** Brings the page to its settled state: every simulator hydrated, the fonts loaded, back at the top. */
async function settle(page: Page): Promise<void> {
	for (const simulator of await page.locator('cat-backoff').all()) {
		// A simulator loads its script when it comes near the viewport.
		await simulator.scrollIntoViewIfNeeded();
		await expect(simulator).toHaveAttribute('data-ready', 'true');
	}
	await expect(page.locator('cat-search button[data-open-modal]')).toBeEnabled();
	await page.evaluate(async () => {
		await document.fonts.ready;
		window.scrollTo(0, 0);
	});
}

test.describe('the visual review', () => {
	test.skip(process.platform !== 'linux', 'the baselines are Linux renderings (Debian Chromium, fonts-noto-cjk)');

	for (const { locale, prefix } of LOCALES) {
		for (const { type, path } of PAGES) {
			for (const viewport of VIEWPORTS) {
				for (const scheme of SCHEMES) {
					test(`the ${type} page in ${locale} looks as reviewed on a ${viewport.name} in ${scheme} mode`, async ({ page, browserProblems }) => {
						if (type === 'not-found') {
							// The address is missing on purpose: its 404 response and Chromium's console line for it are expected.
							browserProblems.allow(/ 404 /);
							browserProblems.allow(/Failed to load resource: the server responded with a status of 404/);
						}
						await page.emulateMedia({ colorScheme: scheme });
						await page.setViewportSize({ width: viewport.width, height: viewport.height });
						await page.goto(sitePath(`${prefix}${path}`));
						await settle(page);
						// Rendering is deterministic with the same Chromium and fonts; the few pixels allowed absorb a stray
						// anti-aliasing difference. A share of the image would be too loose: 0.2 % of a long page once hid a
						// table cell whose text wrapped onto a second line.
						await expect(page).toHaveScreenshot(`${type}-${locale}-${viewport.name}-${scheme}.png`, { maxDiffPixels: 40 });
						const parts = page.locator(PARTS);
						const count = Math.min(await parts.count(), MAX_PARTS);
						for (let i = 0; i < count; i++) {
							const part = parts.nth(i);
							if (!(await part.isVisible())) continue;
							await expect(part).toHaveScreenshot(`${type}-${locale}-${viewport.name}-${scheme}-part${String(i + 1)}.png`, { maxDiffPixels: 40 });
						}
					});
				}
			}
		}

		for (const viewport of VIEWPORTS) {
			for (const scheme of SCHEMES) {
				test(`the search dialog in ${locale} looks as reviewed on a ${viewport.name} in ${scheme} mode`, async ({ page }) => {
					await page.emulateMedia({ colorScheme: scheme });
					await page.setViewportSize({ width: viewport.width, height: viewport.height });
					await page.goto(sitePath(`${prefix}errors/cannot-remove-course-folder-owner/`));
					await settle(page);
					await openSearch(page);
					await search(page, SEVERAL_RESULTS_QUERY[locale]);
					await expect(page.locator('cat-search .cat-search-result')).toHaveCount(8);
					// What the reader sees: the dialog over the page, not the page below the fold.
					await expect(page).toHaveScreenshot(`search-${locale}-${viewport.name}-${scheme}.png`, { maxDiffPixels: 40 });
				});
			}
		}
	}
});
