/**
 * The 404 page that helps, and link previews, in both languages.
 *
 * The test server answers every missing address with the root 404.html and
 * status 404, as GitHub Pages, Netlify, Vercel and S3 do (see
 * support/serve.ts); so a Korean address reaches the Korean 404 through the
 * English page's head script. One test also plays a host that serves the
 * Korean 404 itself for Korean addresses.
 */
import type { Page } from '@playwright/test';
import { STATUS_IDS } from '../../src/catalog/schema.ts';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { expect, sitePath, test, type BrowserProblems } from './support/fixtures.ts';

const HANGUL = /[\uac00-\ud7a3]/;

const LOCALES = [
	{ locale: 'en', prefix: '', t: en, other: { prefix: 'ko/', label: '한국어', lang: 'ko' } },
	{ locale: 'ko', prefix: 'ko/', t: ko, other: { prefix: '', label: 'English', lang: 'en' } },
] as const;

/**
 * The 404 answer for these missing addresses is expected; nothing else may
 * fail. Chromium's console line for it names no address, so it is allowed as
 * such: any other 404 still fails the test through its response.
 */
function allowMissing(browserProblems: BrowserProblems, ...paths: string[]): void {
	for (const path of paths) {
		const url = new URL(sitePath(path), 'http://x').pathname;
		browserProblems.allow(new RegExp(`GET [^ ]*${escape(url)} 404 `));
	}
	browserProblems.allow(/Failed to load resource: the server responded with a status of 404/);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The English UI text that must not appear on the Korean 404: ours, and Starlight's own labels. */
const ENGLISH_UI = [
	...Object.entries(en)
		.filter(([key, value]) => key.startsWith('notFound') && typeof value === 'string')
		.map(([, value]) => value as string),
	en.siteTitle,
	'Search',
	'Skip to content',
	'Select theme',
	'Select language',
	'Dark',
	'Light',
	'Auto',
	'Menu',
];

async function visibleText(page: Page): Promise<string> {
	return page.locator('body').innerText();
}

for (const { locale, prefix, t, other } of LOCALES) {
	test.describe(`the ${locale} 404 page`, () => {
		test(`a missing page gets the 404 in the reader's language, at the address asked for (${locale})`, async ({ page, browserProblems }) => {
			allowMissing(browserProblems, `${prefix}no-such-page/`);
			const response = await page.goto(sitePath(`${prefix}no-such-page/`));
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('h1')).toHaveText(t.notFoundTitle);
			await expect(page).toHaveURL(new RegExp(`${escape(sitePath(`${prefix}no-such-page/`))}$`));
			await expect(page.getByTestId('nf-path')).toHaveText(sitePath(`${prefix}no-such-page/`));
			await expect(page.getByTestId('nf-none')).toBeVisible();
			const text = await visibleText(page);
			if (locale === 'ko') {
				expect(text).toMatch(HANGUL);
				for (const english of ENGLISH_UI) expect(text, `English UI text on the Korean 404: ${english}`).not.toContain(english);
				for (const label of await page.locator('[aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))) {
					expect(ENGLISH_UI, `English aria-label on the Korean 404: ${label}`).not.toContain(label);
				}
			} else {
				expect(text).not.toContain(ko.notFoundTitle);
			}
		});

		test(`a wrong-case short link reaches its page (${locale})`, async ({ page, browserProblems }) => {
			const path = `${prefix}e/${locale === 'ko' ? 'COURSENOTMODIFIABLE' : 'coursenotmodifiable'}/`;
			allowMissing(browserProblems, path);
			await page.goto(sitePath(path));
			await expect(page).toHaveURL(new RegExp(`${escape(sitePath(`${prefix}errors/course-not-modifiable/`))}$`));
			await expect(page.locator('h1 [data-testid="error-id"]')).toHaveText('CourseNotModifiable');
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
		});

		test(`an id where the slug belongs, a slug in a short link and a stray .html reach their page (${locale})`, async ({ page, browserProblems }) => {
			const cases = [
				[`${prefix}errors/CourseNotModifiable/`, `${prefix}errors/course-not-modifiable/`],
				[`${prefix}e/course-teacher-limit-reached/`, `${prefix}errors/course-teacher-limit-reached/`],
				[`${prefix}errors/classroom-disabled.html`, `${prefix}errors/classroom-disabled/`],
				[`${prefix}statuses/PERMISSION_DENIED`, `${prefix}statuses/permission-denied/`],
			] as const;
			allowMissing(browserProblems, ...cases.map(([from]) => from));
			for (const [from, to] of cases) {
				await page.goto(sitePath(from));
				await expect(page, from).toHaveURL(new RegExp(`${escape(sitePath(to))}$`));
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
			}
		});

		test(`a typo in an address offers the nearest error as a link in the reader's language (${locale})`, async ({ page, browserProblems }) => {
			allowMissing(browserProblems, `${prefix}errors/course-not-modifable/`);
			await page.goto(sitePath(`${prefix}errors/course-not-modifable/`));
			const suggestions = page.getByTestId('nf-suggestions');
			await expect(suggestions.getByRole('heading')).toHaveText(t.notFoundSuggestionsHeading);
			const first = suggestions.getByRole('link').first();
			await expect(first).toHaveText('CourseNotModifiable');
			await expect(first).toHaveAttribute('href', sitePath(`${prefix}errors/course-not-modifiable/`));
			const item = suggestions.locator('li').first();
			if (locale === 'ko') await expect(item).toContainText(HANGUL);
			else await expect(item).toContainText('Course not modifiable');
			await first.click();
			await expect(page.locator('h1 [data-testid="error-id"]')).toHaveText('CourseNotModifiable');
		});

		test(`a missing address offers the site search with its words in the box, and searching them shows results (${locale})`, async ({ page, browserProblems }) => {
			allowMissing(browserProblems, `${prefix}no-such-page/`, `${prefix}statuses/course-owner/`);
			// Nothing resembles it: the box is there all the same, with the address's words.
			await page.goto(sitePath(`${prefix}no-such-page/`));
			await expect(page.getByTestId('nf-none')).toBeVisible();
			const box = page.getByTestId('nf-search');
			await expect(box).toBeVisible();
			await expect(box.getByRole('searchbox')).toHaveValue('no such page');
			await expect(box.getByText(t.notFoundSearchLabel)).toBeVisible();

			// Words that mean something: submitting opens the header search on them and runs it.
			await page.goto(sitePath(`${prefix}statuses/course-owner/`));
			await expect(box.getByRole('searchbox')).toHaveValue('course owner');
			await box.getByRole('button', { name: t.notFoundSearchButton }).click();
			await expect(page.locator('cat-search dialog')).toBeVisible();
			await expect(page.locator('cat-search input')).toHaveValue('course owner');
			await expect(page.locator('cat-search')).toHaveAttribute('data-state', 'done');
			await expect(page.getByTestId('search-status')).toContainText('course owner');
			await expect(page.locator('cat-search .cat-search-results a').first()).toBeVisible();
		});

		test(`a hostile address is shown as text and injects nothing (${locale})`, async ({ page, browserProblems }) => {
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const hostile = [`${prefix}e/<img src=x onerror=alert(1)>/`, `${prefix}e/%3Cscript%3Ealert(2)%3C%2Fscript%3E/`];
			// Only these two addresses may answer 404 (the browser sends them percent-encoded).
			browserProblems.allow(new RegExp(`GET [^ ]*${escape(sitePath(`${prefix}e/`))}%3C[^ ]* 404 `));
			browserProblems.allow(/Failed to load resource: the server responded with a status of 404/);
			for (const path of hostile) {
				await page.goto(sitePath(path));
				await expect(page.getByTestId('nf-path')).toContainText('<');
				await expect(page.getByTestId('nf-none')).toBeVisible();
				await expect(page.getByTestId('not-found').locator('img, script, [onerror]')).toHaveCount(0);
				expect(await page.locator('img[src="x"]').count()).toBe(0);
			}
			await expect(page.getByTestId('nf-path')).toHaveText(sitePath(`${prefix}e/<script>alert(2)</script>/`));
			expect(dialogs).toEqual([]);
		});

		test(`the 404 names no canonical or alternate URL and asks not to be indexed (${locale})`, async ({ page, browserProblems }) => {
			allowMissing(browserProblems, `${prefix}no-such-page/`);
			await page.goto(sitePath(`${prefix}no-such-page/`));
			await expect(page.locator('h1')).toHaveText(t.notFoundTitle);
			await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
			await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
			await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		});

		test(`the language switch leads to the same address in the other language, never to a missing 404 page (${locale})`, async ({ page, browserProblems }) => {
			allowMissing(browserProblems, `${prefix}errors/course-not-modifable/`, `${other.prefix}errors/course-not-modifable/`);
			await page.goto(sitePath(`${prefix}errors/course-not-modifable/`));
			await expect(page.getByTestId('nf-suggestions')).toBeVisible();
			const select = page.locator('starlight-lang-select select').first();
			const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
			expect(values.some((value) => /\/404\/?$/.test(value))).toBe(false);
			// The page's own link does the same, and works without the select.
			await expect(page.getByTestId('nf-links').getByRole('link', { name: other.label })).toHaveAttribute('href', sitePath(`${other.prefix}errors/course-not-modifable/`));
			await select.selectOption({ label: other.label });
			await expect(page).toHaveURL(new RegExp(`${escape(sitePath(`${other.prefix}errors/course-not-modifable/`))}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
			await expect(page.getByTestId('nf-suggestions').getByRole('link').first()).toHaveAttribute('href', sitePath(`${other.prefix}errors/course-not-modifiable/`));
		});
	});

	test.describe(`the ${locale} 404 page without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });

		test(`still explains the addresses and links home and to every status (${locale})`, async ({ page, browserProblems }) => {
			// Without JavaScript a host with one root 404 page can only show the English one; the Korean 404 is reached at its own address.
			const path = locale === 'ko' ? 'ko/404/' : 'e/coursenotmodifiable/';
			allowMissing(browserProblems, path);
			await page.goto(sitePath(path));
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByTestId('nf-noscript')).toBeVisible();
			await expect(page.getByTestId('nf-noscript')).toContainText('/e/CourseNotModifiable/');
			const links = page.getByTestId('nf-links').getByRole('link');
			// Home, every status, and the site in the other language.
			await expect(links).toHaveCount(STATUS_IDS.length + 2);
			await expect(links.first()).toHaveAttribute('href', sitePath(prefix));
			await expect(page.getByTestId('nf-links').getByRole('link', { name: '403 PERMISSION_DENIED' })).toHaveAttribute('href', sitePath(`${prefix}statuses/permission-denied/`));
			await links.first().click();
			await expect(page).toHaveURL(new RegExp(`${escape(sitePath(prefix))}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
		});
	});

	test(`an error page and its short link preview with the error's title and summary in ${locale}`, async ({ page, request }) => {
		await page.goto(sitePath(`${prefix}errors/course-not-modifiable/`));
		const summary = (await page.getByTestId('summary').innerText()).trim();
		const title = (await page.getByTestId('error-title').innerText()).trim();
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		const fromPage = {
			'og:title': await page.locator('meta[property="og:title"]').getAttribute('content'),
			'og:description': await page.locator('meta[property="og:description"]').getAttribute('content'),
			'og:url': await page.locator('meta[property="og:url"]').getAttribute('content'),
			'og:locale': await page.locator('meta[property="og:locale"]').getAttribute('content'),
			'og:site_name': await page.locator('meta[property="og:site_name"]').getAttribute('content'),
			'twitter:card': await page.locator('meta[name="twitter:card"]').getAttribute('content'),
			'twitter:title': await page.locator('meta[name="twitter:title"]').getAttribute('content'),
			'twitter:description': await page.locator('meta[name="twitter:description"]').getAttribute('content'),
		};
		expect(fromPage).toEqual({
			'og:title': `CourseNotModifiable: ${title}`,
			'og:description': summary,
			'og:url': canonical,
			'og:locale': locale === 'ko' ? 'ko_KR' : 'en_US',
			'og:site_name': t.siteTitle,
			'twitter:card': 'summary',
			'twitter:title': `CourseNotModifiable: ${title}`,
			'twitter:description': summary,
		});
		if (locale === 'ko') expect(`${title} ${summary}`).toMatch(HANGUL);
		else expect(`${title} ${summary}`).not.toMatch(HANGUL);
		for (const key of Object.keys(fromPage)) await expect(page.locator(`meta[property="${key}"], meta[name="${key}"]`), key).toHaveCount(1);

		// The short link redirects at once, so read it as a link unfurler does: the HTML as served.
		const html = await (await request.get(sitePath(`${prefix}e/CourseNotModifiable/`))).text();
		const fromShortLink = Object.fromEntries(
			Object.keys(fromPage).map((key) => {
				const match = new RegExp(`<meta (?:property|name)="${escape(key)}" content="([^"]*)"`).exec(html);
				return [key, match ? decodeEntities(match[1] ?? '') : null];
			}),
		);
		expect(fromShortLink).toEqual(fromPage);
		expect(html).toContain(`<link rel="canonical" href="${canonical}"`);
	});
}

test('a host that serves the Korean 404 for Korean addresses works the same (ko)', async ({ page, browserProblems }) => {
	// Some hosts (Cloudflare Pages, Netlify with a rule) answer with the nearest 404 page; play one that serves /ko/404/.
	allowMissing(browserProblems, 'ko/e/coursenotmodifiable/', 'ko/errors/course-not-modifable/');
	await page.route(/\/ko\/(e\/coursenotmodifiable|errors\/course-not-modifable)\/$/, async (route) => {
		const korean = await route.fetch({ url: new URL(sitePath('ko/404/'), route.request().url()).href });
		await route.fulfill({ response: korean, status: 404 });
	});
	await page.goto(sitePath('ko/errors/course-not-modifable/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page).toHaveURL(new RegExp(`${escape(sitePath('ko/errors/course-not-modifable/'))}$`));
	await expect(page.getByTestId('nf-suggestions').getByRole('link').first()).toHaveAttribute('href', sitePath('ko/errors/course-not-modifiable/'));
	await page.goto(sitePath('ko/e/coursenotmodifiable/'));
	await expect(page).toHaveURL(new RegExp(`${escape(sitePath('ko/errors/course-not-modifiable/'))}$`));
});

test('the 404 page embeds no catalog text, whatever the catalog size', async ({ request }) => {
	for (const path of ['404.html', 'ko/404/']) {
		const html = await (await request.get(sitePath(path))).text();
		expect(html, path).not.toContain('CannotRemoveCourseFolderOwner');
		expect(html, path).not.toContain('CourseNotModifiable:');
	}
	const lookup = (await (await request.get(sitePath('not-found/ko.json'))).json()) as { errors: [string, number, string][] };
	const catalog = (await (await request.get(sitePath('api/v1/catalog.json'))).json()) as { errors: unknown[] };
	expect(lookup.errors).toHaveLength(catalog.errors.length);
	expect(lookup.errors.find(([id]) => id === 'CourseNotModifiable')?.[2]).toMatch(HANGUL);
});

function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? _);
}
