/**
 * No layout shift on error pages: the copy-link button holds its place from
 * the first paint, so the page does not move when its script shows it.
 */
import { LOCALES, expect, sitePath, test } from './support/fixtures.ts';

declare global {
	interface Window {
		/** Layout shifts recorded from the first paint, with the tags of the nodes that moved. */
		catShifts?: { value: number; sources: string[]; inContent: boolean }[];
	}
}

for (const { locale, prefix } of LOCALES) {
	test(`an error page in ${locale} does not move when the copy-link button appears`, async ({ page }) => {
		await page.addInitScript(() => {
			window.catShifts = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
					const sources = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ''}` : String(s.node?.nodeName)));
					// The page's content (the header's pickers may settle by a pixel as their script runs).
					const inContent = (entry.sources ?? []).some((s) => {
						const node = s.node;
						const element = node instanceof Element ? node : (node?.parentElement ?? null);
						return element?.closest('main') != null;
					});
					window.catShifts?.push({ value: entry.value, sources, inContent });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(sitePath(`${prefix}errors/attachment-not-visible/`), { waitUntil: 'networkidle' });
		await expect(page.getByTestId('copy-link')).toBeVisible();
		// One more frame, so a shift caused by showing the button is reported.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const shifts = await page.evaluate(() => window.catShifts ?? []);
		expect(shifts.filter((shift) => shift.inContent), 'layout shifts of the content after the first paint').toEqual([]);
	});
}
