/**
 * The site for programs and for links from outside (issue 21, items 4 and 6),
 * in both languages: the shareable finder page answers the text in its
 * address, shows hostile text as text, the OpenSearch description is linked
 * from the head and parses, and llms.txt and the Markdown twins are served.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { LOCALES, expect, sitePath, test } from './support/fixtures.ts';

/** A fixture of the matcher's pasted-text corpus (src/matcher/corpus/). */
function corpus(file: string): string {
	return readFileSync(fileURLToPath(new URL(`../../src/matcher/corpus/${file}`, import.meta.url)), 'utf8');
}

interface ErrorFile {
	readonly text: Record<string, { readonly title: string; readonly cause: { readonly plain: string }; readonly action?: { readonly plain: string }; readonly userMessage: string }>;
}

for (const { locale, prefix } of LOCALES) {
	test.describe(`programs and links in ${locale}`, () => {
		test(`a shared /find/?q= link with a pasted Python traceback shows the error's answer on the page (${locale})`, async ({ page }) => {
			const pasted = corpus('python-httperror.txt');
			await page.goto(`${sitePath(`${prefix}find/`)}?q=${encodeURIComponent(pasted)}`);
			const finder = page.getByTestId('find-page');
			await expect(finder).toHaveAttribute('data-state', 'done');
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const data = (await (await page.request.get(sitePath('api/v1/errors/CourseNotModifiable.json'))).json()) as ErrorFile;
			const text = data.text[locale];
			if (!text) throw new Error(`No ${locale} text in the error's JSON file.`);
			await expect(page.getByTestId('find-entry-title')).toContainText('CourseNotModifiable');
			await expect(page.getByTestId('find-entry-title')).toContainText(text.title);
			await expect(page.getByTestId('find-entry-cause')).toHaveText(text.cause.plain);
			if (text.action) await expect(page.getByTestId('find-entry-action')).toHaveText(text.action.plain);
			await expect(page.getByTestId('find-entry-user-message')).toHaveText(text.userMessage);
			await expect(page.getByTestId('find-entry-link')).toHaveAttribute('href', sitePath(`${prefix}errors/course-not-modifiable/`));
			// The field holds what was shared (line breaks aside: the field is one line), ready to edit and find again.
			await expect(page.locator('#cat-find-q')).toHaveValue(pasted.replace(/\r?\n/g, ''));
		});

		test(`the find page with an answer has no serious or critical axe finding (${locale})`, async ({ page }) => {
			test.setTimeout(300_000);
			await page.goto(`${sitePath(`${prefix}find/`)}?q=${encodeURIComponent('@CourseNotModifiable')}`);
			await expect(page.getByTestId('find-page')).toHaveAttribute('data-state', 'done');
			await expect(page.getByTestId('find-entry-title')).toBeVisible();
			const { violations } = await new AxeBuilder({ page }).analyze();
			const failing = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(failing).toEqual([]);
		});

		test(`submitting the find page's form gives the answer its own address (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}find/`));
			await expect(page.getByTestId('find-page')).toHaveAttribute('data-state', 'idle');
			await page.locator('#cat-find-q').fill('404');
			await page.locator('#cat-find-q').press('Enter');
			await expect(page).toHaveURL(/\/find\/\?q=404$/);
			await expect(page.getByTestId('find-page')).toHaveAttribute('data-state', 'done');
			await expect(page.getByTestId('find-entry-title')).toContainText('NOT_FOUND');
			await expect(page.getByTestId('find-entry-advice')).not.toBeEmpty();
		});

		test(`hostile text in q is shown as text, never as markup (${locale})`, async ({ page }) => {
			const hostile = `@Evil"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b id="injected">bold</b>`;
			await page.goto(`${sitePath(`${prefix}find/`)}?q=${encodeURIComponent(hostile)}`);
			const finder = page.getByTestId('find-page');
			await expect(finder).toHaveAttribute('data-state', 'done');
			await expect(page.locator('#cat-find-q')).toHaveValue(hostile);
			await expect(page.getByTestId('find-message')).not.toBeEmpty();
			expect(await finder.locator('img, script:not([src]), b#injected').count()).toBe(0);
			expect(await page.locator('#injected').count()).toBe(0);
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		});

		test(`every page links the OpenSearch description of its language, which parses and searches the find page (${locale})`, async ({ page }) => {
			for (const path of [prefix, `${prefix}errors/course-not-modifiable/`, `${prefix}find/`]) {
				await page.goto(sitePath(path));
				const link = page.locator('head link[rel="search"][type="application/opensearchdescription+xml"]');
				await expect(link).toHaveCount(1);
				await expect(link).toHaveAttribute('href', sitePath(`${prefix}opensearch.xml`));
			}
			const parsed = await page.evaluate(async (url) => {
				const response = await fetch(url);
				const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
				return {
					status: response.status,
					error: doc.getElementsByTagName('parsererror').length,
					root: doc.documentElement.localName,
					template: doc.getElementsByTagName('Url')[0]?.getAttribute('template') ?? '',
					language: doc.getElementsByTagName('Language')[0]?.textContent ?? '',
				};
			}, sitePath(`${prefix}opensearch.xml`));
			expect(parsed).toMatchObject({ status: 200, error: 0, root: 'OpenSearchDescription', language: locale });
			expect(new URL(parsed.template.replace('{searchTerms}', 'x')).pathname + '?q=x').toBe(`${sitePath(`${prefix}find/`)}?q=x`);
		});

		test(`llms.txt lists the Markdown twins of its language, and a twin is served as Markdown (${locale})`, async ({ page }) => {
			const llms = await page.request.get(sitePath(`${prefix}llms.txt`));
			expect(llms.status()).toBe(200);
			const body = await llms.text();
			expect(body.startsWith('# ')).toBe(true);
			const twin = /\]\((https?:\/\/[^)]+\/errors\/course-not-modifiable\/index\.md)\)/.exec(body)?.[1];
			expect(twin, 'llms.txt links the twin of course-not-modifiable').toBeDefined();
			expect(new URL(twin ?? '').pathname).toBe(sitePath(`${prefix}errors/course-not-modifiable/index.md`));
			const markdown = await page.request.get(sitePath(`${prefix}errors/course-not-modifiable/index.md`));
			expect(markdown.status()).toBe(200);
			expect(markdown.headers()['content-type']).toContain('text/markdown');
			expect(await markdown.text()).toMatch(/^# `CourseNotModifiable`: /);
		});
	});
}

test('without a repository configured (REPOSITORY_URL unset), no page has edit or feedback links', async ({ page }) => {
	for (const path of ['errors/course-not-modifiable/', 'ko/statuses/not-found/', 'methods/courses-students/']) {
		await page.goto(sitePath(path));
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.getByTestId('entry-links')).toHaveCount(0);
	}
});
