/**
 * No page shows raw Markdown: every page of the sitemap, in both languages,
 * is opened and its visible prose (code samples left out) is read for `**`,
 * backticks, `[text](url)` and tags shown as text (src/site/raw-markdown.ts).
 * Catalog text is rendered by the build and the hand-written pages by MDX;
 * both can leave syntax raw (CommonMark's flanking rule before a Korean
 * particle is the usual way), and only the rendered page shows it.
 */
import { findRawMarkdown } from '../../src/site/raw-markdown.ts';
import { LOCALES, expect, sitePath, test } from './support/fixtures.ts';

/** The site paths (relative to the base) the sitemap lists, read from the served site itself. */
async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
	const index = await (await request.get(sitePath('sitemap-index.xml'))).text();
	const paths: string[] = [];
	for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
		const xml = await (await request.get(sitePath(new URL(sitemap ?? '').pathname.split('/').pop() ?? ''))).text();
		for (const [, loc] of xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)) {
			const { pathname } = new URL(loc ?? '');
			paths.push(pathname.replace(/^\/+/, ''));
		}
	}
	return paths;
}

for (const { locale, prefix } of LOCALES) {
	test(`no ${locale} page shows raw Markdown`, async ({ page, request }) => {
		const all = await sitemapPaths(request);
		const paths = all.filter((path) => (prefix ? path.startsWith(prefix) : !LOCALES.some((l) => l.prefix && path.startsWith(l.prefix))));
		expect(paths.length, `${locale} pages in the sitemap`).toBeGreaterThan(10);
		const problems: string[] = [];
		for (const path of paths) {
			await page.goto(sitePath(path), { waitUntil: 'domcontentloaded' });
			const prose = await page.locator('main').evaluate((main) => {
				const copy = main.cloneNode(true) as HTMLElement;
				for (const code of copy.querySelectorAll('pre, code, script, style, template, noscript, .expressive-code')) code.remove();
				return copy.textContent ?? '';
			});
			for (const raw of findRawMarkdown(prose)) problems.push(`/${path}: ${raw.syntax} in “${raw.context}”`);
		}
		expect(problems, 'raw Markdown shown as text').toEqual([]);
	});
}
