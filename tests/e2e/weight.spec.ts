/**
 * The weight budget: one page of each type, in both languages, may transfer
 * at most its budget (tests/e2e/support/budgets.ts) on load, before the
 * reader opens search. The test server compresses text as a static host
 * does (support/serve.ts), so the sizes are what the browser counts as
 * transferred: Chrome's transfer size (the DevTools protocol's
 * `encodedDataLength` at `Network.loadingFinished`), the response headers
 * included, with gzip for HTML, CSS, JS and JSON.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page, Request } from '@playwright/test';
import { BUDGETS, SAMPLE_PAGES, type PageType } from './support/budgets.ts';
import { LOCALES, expect, sitePath, test } from './support/fixtures.ts';

const NAMES: Readonly<Record<PageType, string>> = {
	home: 'the home page',
	status: 'a status page',
	error: 'an error page',
	shortLink: 'a short link',
	backoff: 'the backoff simulator',
	api: 'the API page',
	notFound: 'the 404 page',
};

interface Resource {
	readonly url: string;
	/** Transferred: headers and (compressed) body, as Chrome counts it. */
	readonly bytes: number;
	/** Of which the response headers. */
	readonly headers: number;
}

/**
 * Chrome's transfer size of every response the page's target finished
 * loading, by URL: `encodedDataLength` counts the status line, the headers
 * and the body as received (gzip where the server compressed it).
 */
async function transferSizes(page: Page): Promise<{ cdp: CDPSession; byUrl: Map<string, number> }> {
	const cdp = await page.context().newCDPSession(page);
	const urls = new Map<string, string>();
	const byUrl = new Map<string, number>();
	cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
	cdp.on('Network.loadingFinished', (event) => {
		const url = urls.get(event.requestId);
		if (url !== undefined) byUrl.set(url, Math.max(byUrl.get(url) ?? 0, event.encodedDataLength));
	});
	await cdp.send('Network.enable');
	return { cdp, byUrl };
}

/**
 * Loads `path` and returns every response body the page downloaded until the
 * network went quiet. For a short link, only what its own document loaded:
 * the requests made before the redirect's navigation.
 */
async function load(page: Page, path: string, stopAtRedirect: boolean): Promise<Resource[]> {
	let navigations = 0;
	let stopped = false;
	// Sizes of the requests that finished. A request cut off by a navigation (the root 404 handing a
	// Korean address to /ko/404/) never finishes, so it is neither counted nor waited for.
	const finished: Promise<Resource>[] = [];
	const counted = new Set<Request>();
	const { cdp, byUrl: transferred } = await transferSizes(page);
	page.on('request', (request) => {
		if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
			navigations += 1;
			if (stopAtRedirect && navigations > 1) stopped = true;
		}
		if (!stopped) counted.add(request);
	});
	page.on('requestfinished', (request) => {
		if (counted.has(request))
			finished.push(
				request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, headers: sizes.responseHeadersSize })),
			);
	});
	await page.goto(sitePath(path), { waitUntil: 'networkidle' });
	if (stopAtRedirect) await expect.poll(() => navigations, { message: 'the short link leads to its error page' }).toBeGreaterThan(1);
	// Once per URL: the test server says no-cache, so a redirecting page may fetch a stylesheet twice
	// where a reader's cache would not.
	const byUrl = new Map<string, Resource>();
	for (const resource of await Promise.all(finished)) {
		// Chrome's own count where it gave one (it always does once the request has finished), else Playwright's.
		const bytes = transferred.get(resource.url) ?? resource.bytes;
		const seen = byUrl.get(resource.url);
		if (!seen || seen.bytes < bytes) byUrl.set(resource.url, { url: resource.url, bytes, headers: resource.headers });
	}
	await cdp.detach();
	return [...byUrl.values()];
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

for (const type of Object.keys(BUDGETS) as PageType[]) {
	for (const { locale, prefix } of LOCALES) {
		test(`${NAMES[type]} in ${locale} stays within its weight budget before search is opened`, async ({ page, browserProblems, baseURL }) => {
			const path = prefix + SAMPLE_PAGES[type];
			if (type === 'notFound') {
				browserProblems.allow(SAMPLE_PAGES.notFound);
				browserProblems.allow(/Failed to load resource: the server responded with a status of 404/);
			}
			const resources = await load(page, path, type === 'shortLink');
			// The search index and its scripts load only when the reader asks for search.
			expect(resources.filter((r) => r.url.includes('/pagefind/')).map((r) => r.url)).toEqual([]);

			const total = resources.reduce((sum, r) => sum + r.bytes, 0);
			const headers = resources.reduce((sum, r) => sum + r.headers, 0);
			const biggest = [...resources].sort((a, b) => b.bytes - a.bytes).slice(0, 6);
			const origin = baseURL ? new URL(baseURL).origin : '';
			const list = biggest.map((r) => `    ${kb(r.bytes).padStart(9)}  ${r.url.replace(origin, '')}`).join('\n');
			const report = `${path || '/'}: ${kb(total)} (${String(total)} bytes, of which headers ${kb(headers)}) in ${String(resources.length)} responses, budget ${kb(BUDGETS[type])}; biggest:\n${list}`;
			test.info().annotations.push({ type: 'weight', description: report });
			console.log(`weight: ${report}`);
			expect(total, `${NAMES[type]} (${locale}) is over its weight budget. ${report}`).toBeLessThanOrEqual(BUDGETS[type]);
		});
	}
}

// Every error page, not only the sample: the budget is per page, and the heaviest (most limits,
// methods and related errors, in Korean) is the one that goes over first.
for (const { locale, prefix } of LOCALES) {
	test(`every error page in ${locale} stays within the error page's budget`, async ({ page }) => {
		test.setTimeout(240_000);
		const slugs = readdirSync(fileURLToPath(new URL(`../../dist/${prefix}errors/`, import.meta.url)));
		expect(slugs.length).toBeGreaterThan(20);
		const totals: { slug: string; total: number }[] = [];
		for (const slug of slugs) {
			const resources = await load(page, `${prefix}errors/${slug}/`, false);
			totals.push({ slug, total: resources.reduce((sum, r) => sum + r.bytes, 0) });
		}
		totals.sort((a, b) => b.total - a.total);
		const report = totals.slice(0, 3).map((t) => `${t.slug} ${kb(t.total)} (${String(t.total)} bytes)`).join(', ');
		console.log(`weight: heaviest ${locale} error pages: ${report}`);
		expect(totals.filter((t) => t.total > BUDGETS.error).map((t) => `${t.slug} ${kb(t.total)}`), `error pages over ${kb(BUDGETS.error)}`).toEqual([]);
	});
}
