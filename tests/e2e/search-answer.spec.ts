/**
 * One box for everything: the header search reads a pasted error with the
 * finder's matcher and shows its answer (the entry or status, its link and
 * what to do) above the search results, in both languages; plain words load
 * none of it. The results are clean: excerpts marked where cut and free of
 * the pages' section labels, the id and the title laid out the same way
 * whatever the id's length, a long paste shortened in the results' header.
 * And the home page's finder is on the first screen of a phone and a
 * desktop. Every test waits for a state (`data-state`, `data-answer`),
 * never for a fixed time.
 */
import type { Page } from '@playwright/test';
import { LOCALES, VIEWPORTS, expect, sitePath, test } from './support/fixtures.ts';
import { SEVERAL_RESULTS_QUERY, openSearch } from './support/search.ts';

/** Types (or pastes) `query` into the open dialog and waits until both the answer and the results are settled. */
async function ask(page: Page, query: string): Promise<void> {
	const element = page.locator('cat-search');
	await page.locator('cat-search input').fill(query);
	await expect(element).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
	await expect(element).toHaveAttribute('data-answer', /^(shown|none)$/, { timeout: 20_000 });
}

const answer = (page: Page) => page.getByTestId('search-answer');

const APPS_SCRIPT =
	'GoogleJsonResponseException: API call to classroom.courses.students.create failed with error: @CourseMemberLimitReached The course has reached its maximum number of members. at addStudent(Code:12:34)';
const PYTHON =
	'googleapiclient.errors.HttpError: <HttpError 400 when requesting https://classroom.googleapis.com/v1/courses/123456789/students?alt=json returned "@CourseMemberLimitReached The course is full.". Details: "@CourseMemberLimitReached The course is full.">';

/** Section labels of error and status pages, which must not appear in an excerpt. */
const LABELS = {
	en: ['Cause.', 'What to do.', 'Message for the user', 'Who acts', 'Retrying.', 'What it means.', 'General advice.', 'What it looks like on the wire.'],
	ko: ['원인.', '조치 방법.', '사용자에게 전할 메시지', '조치할 사람', '재시도.', '의미.', '일반적인 조치.', '실제 응답 형태.'],
} as const;

const TODO_LABEL = { en: 'What to do:', ko: '조치 방법:' } as const;

for (const { locale, prefix } of LOCALES) {
	test.describe(`in ${locale}`, () => {
		for (const [name, paste] of [
			['an Apps Script error', APPS_SCRIPT],
			['a Python HttpError line', PYTHON],
		] as const) {
			test(`${name} pasted into the header search shows its entry first, with what to do (${locale})`, async ({ page }) => {
				await page.goto(sitePath(`${prefix}backoff/`));
				await openSearch(page);
				await ask(page, paste);
				const box = answer(page);
				await expect(box).toBeVisible();
				const link = box.locator('a').first();
				await expect(link).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}errors/course-member-limit-reached/`)}$`));
				await expect(link.locator('code')).toHaveText('CourseMemberLimitReached');
				await expect(box).toContainText('400 FAILED_PRECONDITION');
				await expect(box.locator('.cat-search-answer-todo')).toContainText(TODO_LABEL[locale]);
				// The answer stands above the search results.
				const answerBox = await box.boundingBox();
				const firstResult = await page.locator('cat-search .cat-search-result').first().boundingBox();
				if (answerBox && firstResult) expect(answerBox.y).toBeLessThan(firstResult.y);
				// The results' header names the paste shortened, not the whole of it.
				const status = await page.getByTestId('search-status').textContent();
				expect(status).toContain('…');
				expect(status?.length ?? 0).toBeLessThan(120);
				expect(status).not.toContain('students?alt=json');
				// Enter opens the answer.
				await page.locator('cat-search input').press('Enter');
				await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/course-member-limit-reached/`)}$`));
			});
		}

		for (const [query, status, http] of [
			['403', 'permission-denied', '403 PERMISSION_DENIED'],
			['NOT_FOUND', 'not-found', '404 NOT_FOUND'],
		] as const) {
			test(`a bare ${query} gets its status and what to do as the answer (${locale})`, async ({ page }) => {
				await page.goto(sitePath(prefix));
				await openSearch(page);
				await ask(page, query);
				const box = answer(page);
				await expect(box.locator('a').first()).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}statuses/${status}/`)}$`));
				await expect(box.locator('code').first()).toHaveText(http);
				await expect(box.locator('.cat-search-answer-todo')).toContainText(TODO_LABEL[locale]);
			});
		}

		test(`an unknown @Id gets an answer: the statuses its response may carry, or its status when the text names one (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await openSearch(page);
			await ask(page, '@BrandNewClassroomThing');
			const box = answer(page);
			await expect(box).toBeVisible();
			await expect(box.locator('.cat-search-answer-lead')).toContainText('@BrandNewClassroomThing');
			await expect(box.locator('a', { hasText: 'FAILED_PRECONDITION' })).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}statuses/failed-precondition/`)}$`));

			await ask(page, '{"error": {"code": 403, "message": "@BrandNewClassroomThing Nope.", "status": "PERMISSION_DENIED"}}');
			await expect(box.locator('.cat-search-answer-lead')).toContainText('@BrandNewClassroomThing');
			await expect(box.locator('a')).toHaveCount(1);
			await expect(box.locator('a')).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}statuses/permission-denied/`)}$`));
			await expect(box.locator('.cat-search-answer-todo')).toContainText(TODO_LABEL[locale]);
		});

		test(`plain words load no matcher and show no answer; result excerpts are marked where cut and carry no section labels (${locale})`, async ({ page }) => {
			const finderData: string[] = [];
			page.on('request', (request) => {
				if (/\/finder\/|\/api\/v1\//.test(request.url())) finderData.push(request.url());
			});
			await page.goto(sitePath(`${prefix}backoff/`));
			await openSearch(page);
			await ask(page, SEVERAL_RESULTS_QUERY[locale]);
			await expect(answer(page)).toBeHidden();
			expect(finderData, 'the matcher’s data loads only for something that looks like an error').toEqual([]);
			const excerpts = await page.locator('cat-search .cat-search-excerpt').allTextContents();
			expect(excerpts.length).toBeGreaterThan(2);
			for (const excerpt of excerpts) {
				for (const label of LABELS[locale]) expect(excerpt, `the excerpt "${excerpt}"`).not.toContain(label);
				// An excerpt starts a sentence or says it was cut.
				expect(excerpt, `the excerpt "${excerpt}"`).not.toMatch(/^[a-z]/);
			}
			expect(excerpts.some((e) => e.startsWith('…') || e.endsWith('…')), 'some excerpt is marked as cut').toBe(true);
		});

		test(`every result lays out its id and its title the same way, whatever the id's length (${locale})`, async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(sitePath(prefix));
			await openSearch(page);
			await ask(page, SEVERAL_RESULTS_QUERY[locale]);
			const cards = page.locator('cat-search .cat-search-result');
			const count = await cards.count();
			expect(count).toBeGreaterThan(2);
			for (let i = 0; i < count; i++) {
				const card = cards.nth(i);
				const label = card.locator('.cat-search-label');
				if ((await label.count()) === 0) continue;
				const title = await card.locator('.cat-search-title').boundingBox();
				const below = await label.boundingBox();
				if (!title || !below) throw new Error('a result without its boxes');
				// The title (the id) on its own line, the label on the next, both from the same edge.
				expect(below.y).toBeGreaterThanOrEqual(title.y + title.height - 1);
				expect(Math.abs(below.x - title.x)).toBeLessThan(1);
			}
		});

		for (const viewport of VIEWPORTS) {
			test(`the home page's finder is on the first screen of a ${String(viewport.width)} × ${String(viewport.height)} screen (${locale})`, async ({ page }) => {
				await page.setViewportSize({ width: viewport.width, height: viewport.height });
				await page.goto(sitePath(prefix));
				const input = page.locator('#cat-find-input');
				const button = page.getByTestId('find-form').locator('button[type="submit"]');
				for (const control of [input, button]) {
					const box = await control.boundingBox();
					expect(box, 'the finder is drawn').not.toBeNull();
					if (box) expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
				}
			});
		}
	});
}

test('a Korean sentence around a status or an id gets its answer (ko)', async ({ page }) => {
	await page.goto(sitePath('ko/'));
	await openSearch(page);
	await ask(page, 'NOT_FOUND가 떠요');
	await expect(answer(page).locator('a').first()).toHaveAttribute('href', new RegExp(`${sitePath('ko/statuses/not-found/')}$`));
	await ask(page, 'CourseMemberLimitReached 오류가 나요');
	await expect(answer(page).locator('a').first()).toHaveAttribute('href', new RegExp(`${sitePath('ko/errors/course-member-limit-reached/')}$`));
	await expect(answer(page).locator('.cat-search-answer-todo')).toContainText('조치 방법:');
	await expect(answer(page)).toContainText('수업 구성원 한도 도달');
});
