/**
 * Site search, as readers use it, in both languages: the dialog opens from
 * the header or with Ctrl+K, finds an error from its id, from a sentence
 * with a word too many, from Korean with particles and endings, and speaks
 * the page's language. Each test waits for the dialog's result state
 * (`data-state="done"` with the status line naming the query), never for a
 * fixed time.
 */
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './support/fixtures.ts';
import { openSearch, search } from './support/search.ts';

const LOCALES = [
	{ locale: 'en', prefix: '', lang: 'en', partial: { q: 'student joined too many classes today', page: 'errors/user-course-join-rate-limit-reached/' } },
	{ locale: 'ko', prefix: 'ko/', lang: 'ko', partial: { q: '하루에 참여할 수 있는 수업 수를 넘었어요', page: 'errors/user-course-join-rate-limit-reached/' } },
] as const;

/** The result links' paths, in order. */
async function resultPaths(page: Page): Promise<string[]> {
	return page.locator('cat-search .cat-search-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const { locale, prefix, lang, partial } of LOCALES) {
	test.describe(`in ${locale}`, () => {
		test(`searching for an error id finds its page first (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await openSearch(page);
			await search(page, 'IneligibleOwner');
			const first = page.locator('cat-search .cat-search-link').first();
			await expect(first).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}errors/ineligible-owner/`)}$`));
			// The result names the id, the error's title and its status.
			const card = page.locator('cat-search .cat-search-result').first();
			await expect(card.locator('.cat-search-title')).toHaveText('IneligibleOwner');
			await expect(card.locator('.cat-search-label')).not.toBeEmpty();
			await expect(card.locator('.cat-search-detail')).toContainText('400 FAILED_PRECONDITION');
			await first.click();
			await expect(page.locator('h1 [data-testid="error-id"]')).toHaveText('IneligibleOwner');
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		});

		test(`a pasted 404 text reaches the NOT_FOUND page first (${locale})`, async ({ page }) => {
			// As GAM prints it (github.com/GAM-team/GAM/issues/780, in the matcher's real corpus).
			await page.goto(sitePath(prefix));
			await openSearch(page);
			await search(page, 'ERROR: 404: Requested entity was not found. - notFound');
			expect((await resultPaths(page))[0]).toBe(sitePath(`${prefix}statuses/not-found/`));
		});

		test(`a sentence with a word no page has still finds its page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}backoff/`));
			await openSearch(page);
			await search(page, partial.q);
			expect((await resultPaths(page)).slice(0, 3)).toContain(sitePath(`${prefix}${partial.page}`));
		});

		test(`a few words in the reader's language find the right page, in that language only (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await openSearch(page);
			await search(page, locale === 'ko' ? '공동 교사 소유자' : 'co-teacher owner');
			const paths = await resultPaths(page);
			expect(paths).toContain(sitePath(`${prefix}errors/ineligible-owner/`));
			// One index per language: a Korean search lands on Korean pages only, and vice versa.
			for (const path of paths) expect(path.startsWith(sitePath('ko/'))).toBe(locale === 'ko');
		});

		test(`search loads nothing until the reader reaches for it, then its engine before its index (${locale})`, async ({ page }) => {
			const requested: string[] = [];
			page.on('request', (request) => {
				if (request.url().includes('/pagefind/')) requested.push(new URL(request.url()).pathname);
			});
			await page.goto(sitePath(`${prefix}errors/course-not-modifiable/`), { waitUntil: 'networkidle' });
			const button = page.locator('cat-search button[data-open-modal]').first();
			await expect(button).toBeEnabled();
			expect(requested, 'nothing of search loads with the page').toEqual([]);
			// The pointer on the button: Pagefind starts, WebAssembly and all, but loads no part of the index yet.
			const wasm = page.waitForResponse((response) => /\/wasm\.[\w-]+\.pagefind$/.test(new URL(response.url()).pathname));
			await button.hover();
			await wasm;
			// An empty search answers once Pagefind's WebAssembly is ready; by then it would have asked for any chunk it wanted.
			await page.evaluate(async (url) => {
				const pagefind = (await import(url)) as { search(term: string): Promise<unknown> };
				await pagefind.search('');
			}, new URL(sitePath('pagefind/pagefind.js'), page.url()).href);
			expect(requested.filter((path) => /\.pf_(index|fragment)$/.test(path)), 'no index chunk or result before the dialog opens').toEqual([]);
			await button.click();
			await search(page, 'IneligibleOwner');
			await expect(page.locator('cat-search .cat-search-link').first()).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}errors/ineligible-owner/`)}$`));
		});

		test(`an error message pasted with Ctrl+V finds its page first (${locale})`, async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(sitePath(`${prefix}errors/course-not-modifiable/`));
			await expect(page.locator('cat-search button[data-open-modal]').first()).toBeEnabled();
			// As Go's client library prints it, copied from a log.
			const message = 'googleapi: Error 400: @CourseTopicLimitReached Precondition check failed., failedPrecondition';
			await page.evaluate((text) => navigator.clipboard.writeText(text), message);
			await page.keyboard.press('Control+k');
			await expect(page.locator('cat-search input')).toBeFocused();
			await page.keyboard.press('Control+v');
			await expect(page.locator('cat-search input')).toHaveValue(message);
			await expect(page.locator('cat-search')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
			// The status line names a long paste shortened, by its start.
			await expect(page.getByTestId('search-status')).toContainText(message.slice(0, 28));
			await expect(page.locator('cat-search .cat-search-link').first()).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}errors/course-topic-limit-reached/`)}$`));
		});

		test(`the keyboard opens search, moves through the results and follows one (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/course-not-modifiable/`));
			await expect(page.locator('cat-search button[data-open-modal]').first()).toBeEnabled();
			await page.keyboard.press('Control+k');
			const input = page.locator('cat-search input');
			await expect(input).toBeFocused();
			await search(page, 'limit reached');
			await page.keyboard.press('ArrowDown');
			const links = page.locator('cat-search .cat-search-link');
			await expect(links.nth(0)).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(links.nth(1)).toBeFocused();
			await page.keyboard.press('ArrowUp');
			await page.keyboard.press('ArrowUp');
			await expect(input).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(page.locator('cat-search dialog')).toBeHidden();
			await page.keyboard.press('Control+k');
			await expect(input).toBeFocused();
			const target = await links.nth(0).getAttribute('href');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${target ?? ''}$`));
		});
	});
}

test('a Korean phrase with particles and endings finds its page first (ko)', async ({ page }) => {
	await page.goto(sitePath('ko/'));
	await openSearch(page);
	for (const [query, target] of [
		['공동 교사를 추가할 수 없어요', 'errors/course-teacher-limit-reached/'],
		['수업을 수정할 수 없어요', 'errors/course-not-modifiable/'],
		['부가기능토큰이 만료됐어요', 'errors/expired-add-on-token/'],
	] as const) {
		await search(page, query);
		expect((await resultPaths(page))[0], query).toBe(sitePath(`ko/${target}`));
	}
});

test('a reader\'s own description of the symptom finds its page first (en)', async ({ page }) => {
	await page.goto(sitePath(''));
	await openSearch(page);
	await search(page, 'cannot rename an archived class');
	expect((await resultPaths(page))[0]).toBe(sitePath('errors/course-not-modifiable/'));
});

/** The dialog's own text (status line, labels, buttons, placeholder), without what comes from the catalog. */
async function dialogUiText(page: Page): Promise<string> {
	return page.locator('cat-search dialog').evaluate((dialog) => {
		const copy = dialog.cloneNode(true) as HTMLElement;
		// Catalog text: ids, titles and excerpts are content, not the dialog's words.
		for (const node of copy.querySelectorAll('.cat-search-title, .cat-search-label, .cat-search-excerpt')) node.remove();
		const input = dialog.querySelector('input');
		const labels = [...dialog.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '');
		document.body.append(copy);
		copy.style.display = 'block';
		const visible = copy.innerText;
		copy.remove();
		return [visible, input?.placeholder ?? '', dialog.getAttribute('aria-label') ?? '', ...labels].join('\n');
	});
}

test('the Korean search dialog has no English text of its own (ko)', async ({ page }) => {
	await page.goto(sitePath('ko/errors/course-not-modifiable/'));
	await openSearch(page);
	const latinWords = (text: string, query: string) =>
		text
			.replaceAll(query, ' ')
			// Status ids are identifiers, the same in every language.
			.replace(/\b(?:FAILED_PRECONDITION|PERMISSION_DENIED|RESOURCE_EXHAUSTED|INTERNAL)\b/g, ' ')
			// Korean writes ID and HTTP in Latin letters (content/glossary.yaml: 파일 ID; HTTP 코드), as in "오류 ID".
			.replace(/\b(?:ID|HTTP)\b/g, ' ')
			.match(/[A-Za-z]{2,}/g) ?? [];
	for (const query of ['수업', '공동 교사를 추가할 수 없어요', '존재하지않는검색어xyz']) {
		await search(page, query);
		expect(latinWords(await dialogUiText(page), query), query).toEqual([]);
	}
	// "Load more" and the empty state are Korean too.
	await search(page, '수업');
	await expect(page.locator('cat-search .cat-search-more')).toHaveText('결과 더 보기');
	await search(page, 'zzzqqq');
	await expect(page.getByTestId('search-status')).toContainText('검색 결과가 없습니다');
});

test('the English search dialog speaks English (en)', async ({ page }) => {
	await page.goto(sitePath('errors/course-not-modifiable/'));
	await openSearch(page);
	await search(page, 'zzzqqq');
	await expect(page.getByTestId('search-status')).toHaveText('No results for “zzzqqq”');
	await expect(page.locator('cat-search input')).toHaveAttribute('placeholder', /Error id/);
});
