/**
 * What each reader needs first (issue 20), measured in Chromium in both
 * languages:
 *
 * - an error page is headed by its title with the id beside it, and on a
 *   390 × 844 phone its short link and its message for the user, each with
 *   its copy button, are on the first screen; the cause, the fix and the
 *   retry advice follow;
 * - every error page and every status page links its JSON file, visibly and
 *   with `<link rel="alternate" type="application/json">`, and the file is
 *   there and names its schema; the API page's paths are links;
 * - at 390 px no table or list in `main` reaches past the screen, on the
 *   home, status, API and error pages, and ids and paths in them (and in the
 *   heading) wrap only between their words or segments, never inside one
 *   (`Incomple|te`, `catalog.|json`).
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { LOCALES, VIEWPORTS, expect, sitePath, test } from './support/fixtures.ts';

const PHONE = { width: VIEWPORTS[0].width, height: VIEWPORTS[0].height };

interface LocaleError {
	id: string;
	url: string;
	title: string;
	summary: string;
	userMessage: string;
}
interface LocaleStatus {
	id: string;
	url: string;
}
interface LocaleCatalog {
	errors: LocaleError[];
	statuses: LocaleStatus[];
}

async function localeCatalog(request: APIRequestContext, locale: string): Promise<LocaleCatalog> {
	const response = await request.get(sitePath(`api/v1/${locale}/catalog.json`));
	expect(response.ok()).toBe(true);
	return (await response.json()) as LocaleCatalog;
}

/** A page's path under the site, from its absolute URL in the API (whatever origin the site was built for). */
function pathOf(url: string): string {
	return new URL(url).pathname;
}

/**
 * The errors whose first screen is the fullest in a language: the longest
 * title, summary and message together, and the longest id. Chosen from the
 * catalog, so the test follows it as it grows without visiting every page.
 */
function fullestErrors(catalog: LocaleCatalog): LocaleError[] {
	const weight = (e: LocaleError) => e.title.length + e.summary.length + e.userMessage.length;
	const byText = [...catalog.errors].sort((a, b) => weight(b) - weight(a)).slice(0, 2);
	const byId = [...catalog.errors].sort((a, b) => b.id.length - a.id.length)[0];
	return [...new Set([...byText, ...(byId ? [byId] : [])])];
}

for (const { locale, prefix } of LOCALES) {
	test(`on a phone, an error page in ${locale} shows its title, id, short link and message with both copy buttons on the first screen`, async ({ page, request }) => {
		await page.setViewportSize(PHONE);
		const catalog = await localeCatalog(request, locale);
		for (const error of fullestErrors(catalog)) {
			await page.goto(pathOf(error.url));
			await expect(page.getByTestId('error-title')).toHaveText(error.title);
			await expect(page.getByTestId('error-id')).toHaveText(error.id);
			// The heading is the title with the id beside it.
			await expect(page.locator('h1')).toContainText(error.title);
			await expect(page.locator('h1')).toContainText(error.id);
			// The buttons appear once the script finds a clipboard; then measure.
			await expect(page.getByTestId('copy-link')).toBeVisible();
			await expect(page.locator('cat-copy-text button')).toBeVisible();
			for (const [what, locator] of [
				['the short link label', page.locator('.cat-copy-label')],
				['the short link', page.getByTestId('share-link')],
				['the copy-link button', page.getByTestId('copy-link')],
				['the message for the user', page.getByTestId('user-message')],
				['the copy-message button', page.locator('cat-copy-text button')],
			] as const) {
				const box = await locator.boundingBox();
				expect(box, `${error.id}: ${what} is drawn`).not.toBeNull();
				if (!box) continue;
				expect(box.y, `${error.id}: ${what} starts on the first screen`).toBeGreaterThanOrEqual(0);
				expect(box.y + box.height, `${error.id}: ${what} ends on the first screen (${PHONE.height} px)`).toBeLessThanOrEqual(PHONE.height);
			}
			await expect(page.getByTestId('user-message')).toHaveText(error.userMessage);
			// Then the cause, the fix and the retry advice, in that order, all below the message.
			const order = await page.locator('main h2[id]').evaluateAll((headings) => headings.map((h) => h.id));
			const at = (id: string) => order.indexOf(id);
			expect(at('user-message'), order.join(', ')).toBe(0);
			expect(at('cause')).toBeGreaterThan(at('user-message'));
			expect(at('action')).toBeGreaterThan(at('cause'));
			expect(at('retry')).toBeGreaterThan(at('action'));
		}
	});

	test(`every error and status page in ${locale} links its JSON file, visibly and in its head, and the file names its schema`, async ({ page, request }) => {
		const catalog = await localeCatalog(request, locale);
		const schemaResponse = await request.get(sitePath('api/v1/catalog.schema.json'));
		const schemaId = ((await schemaResponse.json()) as { $id: string }).$id;
		const pages = [
			...catalog.errors.map((e) => ({ path: pathOf(e.url), id: e.id, def: 'Error' })),
			...catalog.statuses.map((s) => ({ path: pathOf(s.url), id: s.id, def: 'Status' })),
		];
		// Every page's HTML, parsed by the browser: its visible link and its head's alternate.
		await page.goto(sitePath(`${prefix}api/`));
		for (const { path, id, def } of pages) {
			const html = await (await request.get(path)).text();
			const links = await page.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'text/html');
				const alternate = doc.head.querySelector('link[rel="alternate"][type="application/json"]');
				const visible = doc.querySelector('main [data-testid="json-link"]');
				return { alternate: alternate?.getAttribute('href') ?? null, visible: visible?.getAttribute('href') ?? null, text: visible?.textContent?.trim() ?? '' };
			}, html);
			expect(links.alternate, `${path}: <link rel="alternate" type="application/json">`).not.toBeNull();
			expect(links.visible, `${path}: the JSON link in the page`).toBe(links.alternate);
			expect(links.text, `${path}: the JSON link says what it is`).toBe('JSON');
			const response = await request.get(links.alternate ?? '');
			expect(response.ok(), `${path}: ${String(links.alternate)} is there`).toBe(true);
			expect(response.headers()['content-type']).toMatch(/^application\/json/);
			const file = (await response.json()) as { $schema: string; id: string };
			expect(file.id, links.alternate ?? '').toBe(id);
			expect(file.$schema, links.alternate ?? '').toBe(`${schemaId}#/$defs/${def}`);
		}
	});

	test(`an error page and a status page in ${locale} show their JSON link on the first screen, and it opens the file`, async ({ page, browserProblems }) => {
		// Chromium asks for /favicon.ico when it shows a file that is not a page; the site's icon is favicon.svg.
		browserProblems.allow(/\/favicon\.ico$/);
		await page.setViewportSize(PHONE);
		for (const [path, file] of [
			[`${prefix}errors/course-not-modifiable/`, 'api/v1/errors/CourseNotModifiable.json'],
			[`${prefix}statuses/failed-precondition/`, 'api/v1/statuses/FAILED_PRECONDITION.json'],
		] as const) {
			await page.goto(sitePath(path));
			const link = page.getByTestId('json-link');
			await expect(link).toBeInViewport();
			await expect(link).toHaveAttribute('type', 'application/json');
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${sitePath(file)}$`));
		}
	});

	test(`the API page in ${locale} links every path of its endpoint table`, async ({ page, request }) => {
		await page.goto(sitePath(`${prefix}api/`));
		const table = page.getByTestId('api-endpoints');
		await expect(table.locator('tbody tr')).toHaveCount(9);
		const hrefs = await table.getByTestId('api-path').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
		expect(hrefs).toHaveLength(9);
		for (const href of hrefs) {
			const response = await request.get(href);
			expect(response.ok(), href).toBe(true);
			// The Atom feeds are XML; every JSON file names its schema.
			if (href.endsWith('.atom')) {
				expect(await response.text(), href).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
				continue;
			}
			const body = (await response.json()) as { $schema?: string };
			expect(body.$schema, `${href} names its schema`).toMatch(/^https?:\/\//);
		}
	});
}

/** Pages whose tables and lists must fit a phone, in both languages. */
const FIT_PAGES = [
	{ name: 'the home page', path: '' },
	{ name: 'a status page with many errors', path: 'statuses/failed-precondition/' },
	{ name: 'a status page with many methods', path: 'statuses/invalid-argument/' },
	{ name: 'the API page', path: 'api/' },
	{ name: 'an error page with a long id', path: 'errors/cannot-remove-course-owner-transfer-incomplete/' },
	{ name: 'an error page with methods and related errors', path: 'errors/user-ineligible-to-update-grading-period-settings/' },
] as const;

interface Overflow {
	readonly what: string;
	readonly right: number;
}

/**
 * In `main`, outside code blocks (which scroll sideways by design): every
 * table, list and cell or item whose box reaches past the viewport or whose
 * content is wider than its box; and every piece of an id or path (the text
 * between two <wbr> inside a `code`) in a table, a list or the heading that
 * was split inside a word or segment.
 */
async function misfits(page: Page): Promise<{ overflows: Overflow[]; splitPieces: string[] }> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const inCodeBlock = (el: Element) => el.closest('pre, .expressive-code') !== null;
		const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}> ${(el.textContent ?? '').trim().slice(0, 40)}`;
		const overflows: { what: string; right: number }[] = [];
		for (const el of document.querySelectorAll('main :is(table, thead, tbody, tr, th, td, ul, ol, dl, li, dt, dd)')) {
			if (inCodeBlock(el) || el.getClientRects().length === 0) continue;
			// A stacked table's column headings: visually hidden (a 1 px box), read by screen readers.
			const head = el.closest('thead');
			if (head && head.getBoundingClientRect().width <= 1) continue;
			const box = el.getBoundingClientRect();
			if (box.right > width + 0.5) overflows.push({ what: describe(el), right: Math.round(box.right) });
			else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') overflows.push({ what: `${describe(el)} (scrolls inside)`, right: Math.round(box.left + el.scrollWidth) });
		}
		// Where a code span may wrap: after a space, `-`, `/`, `_`, `#` or `.` (not inside a file
		// name's `.json`), and between the words of a camel-case id (`Course|Member`).
		const allowed = (text: string, i: number) => {
			const before = text[i - 1] ?? '';
			const here = text[i] ?? '';
			if (here === ' ' || before === ' ' || ['-', '/', '_', '#'].includes(before)) return true;
			if (before === '.') return !/^json\b/.test(text.slice(i));
			return /[\p{Ll}\p{Nd}]/u.test(before) && /\p{Lu}/u.test(here);
		};
		const splitPieces: string[] = [];
		for (const code of document.querySelectorAll('main :is(table, ul, ol, dl, h1) code')) {
			if (inCodeBlock(code) || code.getClientRects().length === 0) continue;
			// Every drawn character with the top of its line, across the <wbr>-separated text nodes.
			const chars: { char: string; top: number }[] = [];
			const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (let i = 0; i < text.length; i++) {
					const range = document.createRange();
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const rect = [...range.getClientRects()].find((r) => r.width > 0);
					chars.push({ char: text[i] ?? '', top: rect ? Math.round(rect.top) : Number.NaN });
				}
			}
			const text = chars.map((c) => c.char).join('');
			let lastTop = Number.NaN;
			for (const [i, { top }] of chars.entries()) {
				if (Number.isNaN(top)) continue;
				if (!Number.isNaN(lastTop) && top > lastTop + 2 && !allowed(text, i)) splitPieces.push(`${text.slice(0, i)}|${text.slice(i)}`);
				lastTop = top;
			}
		}
		return { overflows, splitPieces };
	});
}

for (const { locale, prefix } of LOCALES) {
	for (const { name, path } of FIT_PAGES) {
		test(`at 390 px, no table or list on ${name} in ${locale} reaches past the screen, and ids wrap only between words`, async ({ page }) => {
			await page.setViewportSize(PHONE);
			await page.goto(sitePath(`${prefix}${path}`));
			const { overflows, splitPieces } = await misfits(page);
			expect(overflows, 'tables and lists wider than the phone').toEqual([]);
			expect(splitPieces, 'ids and paths cut inside a word or segment').toEqual([]);
		});
	}

	test(`at 390 px the status table and the endpoint table in ${locale} are stacked items, and tables at 1280 px`, async ({ page }) => {
		for (const [path, testId] of [
			[`${prefix}statuses/failed-precondition/`, 'status-errors'],
			[`${prefix}api/`, 'api-endpoints'],
			[prefix, 'home-statuses'],
		] as const) {
			await page.setViewportSize(PHONE);
			await page.goto(sitePath(path));
			const table = page.getByTestId(testId);
			// Stacked: the column headings are out of sight (still read), and each row is as wide as the table.
			await expect(table.locator('thead')).not.toBeInViewport();
			const stacked = await table.evaluate((t) => {
				const width = t.getBoundingClientRect().width;
				return [...t.querySelectorAll('tbody > tr')].every((row) => Math.abs(row.getBoundingClientRect().width - width) < 1) && getComputedStyle(t.querySelector('thead') as Element).position === 'absolute';
			});
			expect(stacked, `${path}: rows stacked at 390 px`).toBe(true);
			if (testId === 'status-errors') {
				// A cell that does not say what it is carries its column's name.
				const label = await table.locator('td[data-label]').first().evaluate((cell) => getComputedStyle(cell, '::before').content);
				expect(label).toBe(`"${locale === 'ko' ? '재시도' : 'Retry'}: "`);
			}
			await page.setViewportSize({ width: VIEWPORTS[1].width, height: VIEWPORTS[1].height });
			await expect(table.locator('thead')).toHaveCSS('display', 'table-header-group');
		}
	});
}
