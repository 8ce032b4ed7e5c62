/**
 * Layout on a phone and in Korean, measured rather than eyeballed: at 390 px
 * no page scrolls sideways; on Korean pages every element that holds Korean
 * text keeps words whole (`word-break: keep-all`), so no word is split across
 * lines in a paragraph or a table cell; the simulator's chart labels are at
 * least 11 px as drawn, with a unit on both axes of every chart.
 */
import type { Page } from '@playwright/test';
import { LOCALES, VIEWPORTS, expect, sitePath, test } from './support/fixtures.ts';

const PAGES = [
	{ name: 'the home page', path: '' },
	{ name: 'an error page', path: 'errors/cannot-remove-course-folder-owner/' },
	{ name: 'a status page', path: 'statuses/resource-exhausted/' },
	{ name: 'the backoff simulator', path: 'backoff/' },
	{ name: 'the API page', path: 'api/' },
] as const;

/** The phone of VIEWPORTS (its first), as page.setViewportSize takes it. */
const PHONE = { width: VIEWPORTS[0].width, height: VIEWPORTS[0].height };

/** Elements with Korean text of their own whose computed word-break is not keep-all, as short descriptions. */
async function koreanBreakingAnywhere(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const hangul = /[\uac00-\ud7a3]/;
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const seen = new Set<Element>();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || seen.has(parent) || !hangul.test(node.textContent ?? '')) continue;
			seen.add(parent);
			// Only what is drawn as text: not <title>, <script>, hidden parts of the page.
			if (parent.closest('script, style, template, title, noscript') || parent.getClientRects().length === 0) continue;
			const style = getComputedStyle(parent);
			if (style.wordBreak !== 'keep-all') found.push(`<${parent.tagName.toLowerCase()}> ${style.wordBreak}: ${(node.textContent ?? '').trim().slice(0, 30)}`);
		}
		return found;
	});
}

for (const { locale, prefix } of LOCALES) {
	for (const { name, path } of PAGES) {
		test(`${name} in ${locale} fits a 390 px phone without scrolling sideways`, async ({ page }) => {
			await page.setViewportSize(PHONE);
			await page.goto(sitePath(`${prefix}${path}`));
			const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
			expect(widths.scroll, 'the page is no wider than the phone').toBeLessThanOrEqual(widths.client);
			if (locale === 'ko') expect(await koreanBreakingAnywhere(page), 'Korean text that may break inside a word').toEqual([]);
		});
	}

	test(`the simulator's charts in ${locale} have labels of at least 11 px and units on both axes on a phone`, async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto(sitePath(`${prefix}backoff/`));
		// On a phone the simulator starts below the fold, and its script loads when it comes near.
		await page.locator('cat-backoff').scrollIntoViewIfNeeded();
		await expect(page.locator('cat-backoff')).toHaveAttribute('data-ready', 'true');
		const sizes = await page.locator('cat-backoff svg text').evaluateAll((texts) =>
			texts.map((text) => {
				const svgText = text as SVGTextElement;
				// The drawn size: the font size times the chart's scale on screen (1 unless something scales it).
				const scale = svgText.getScreenCTM()?.a ?? 1;
				return parseFloat(getComputedStyle(svgText).fontSize) * scale;
			}),
		);
		expect(sizes.length).toBeGreaterThan(20);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
		const boxes = page.locator('cat-backoff .cat-bo-chart-box');
		await expect(boxes).toHaveCount(8);
		for (const box of await boxes.all()) {
			const titles = await box.locator('.cat-bo-axis-title').allInnerTexts();
			expect(titles).toHaveLength(2);
			// The y title names its unit in parentheses or per a time slice; the x title too, or counts attempts.
			const [y, x] = titles as [string, string];
			expect(y).toMatch(locale === 'ko' ? /\((초|밀리초|분)\)$|당 호출 수$/ : /\((s|ms|min)\)$|^Calls per /);
			expect(x).toMatch(locale === 'ko' ? /\((초|밀리초|분)\)$|^시도 번호$/ : /\((s|ms|min)\)$|^Attempt number$/);
		}
		// The comparison table shows every figure: one card per strategy, nothing cut off.
		const comparison = page.getByTestId('backoff-comparison');
		const overflow = await comparison.evaluate((table) => table.scrollWidth - table.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const rightEdges = await comparison.locator('td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
		expect(Math.max(...rightEdges)).toBeLessThanOrEqual(PHONE.width);
	});
}
