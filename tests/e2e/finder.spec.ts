/**
 * The home page's finder with what people actually paste or type, in both
 * languages: client-library exceptions, a Korean status name and title, an
 * id the catalog does not have yet, and words that fit several errors.
 * (The basic id, JSON body and HTTP code cases are in pages.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './support/fixtures.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** A fixture of the matcher's pasted-text corpus (src/matcher/corpus/). */
function corpus(file: string): string {
	return readFileSync(fileURLToPath(new URL(`../../src/matcher/corpus/${file}`, import.meta.url)), 'utf8');
}

/** Pastes `text` into the finder as a clipboard paste does (line breaks and all), then submits. */
async function pasteAndFind(page: Page, text: string): Promise<void> {
	const input = page.locator('#cat-find-input');
	await input.focus();
	await input.evaluate((field, value) => {
		const data = new DataTransfer();
		data.setData('text/plain', value);
		field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, text);
	await expect(input).not.toHaveValue('');
	await input.press('Enter');
}

/** Types `text` into the finder and submits. */
async function typeAndFind(page: Page, text: string): Promise<void> {
	const input = page.locator('#cat-find-input');
	await input.fill(text);
	await input.press('Enter');
}

const LOCALES = [
	{ locale: 'en', prefix: '', lang: 'en', notYet: /not in the catalog yet/, lead: /These come closest/ },
	{ locale: 'ko', prefix: 'ko/', lang: 'ko', notYet: /아직 카탈로그에 없는 ID/, lead: /가장 가까운 항목/ },
] as const;

for (const { locale, prefix, lang, notYet, lead } of LOCALES) {
	test.describe(`the finder in ${locale}`, () => {
		test(`a developer pastes a Python client traceback and lands on its error page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await pasteAndFind(page, corpus('python-httperror.txt'));
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/course-not-modifiable/`)}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		});

		test(`a developer pastes a Go client error and lands on its error page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await pasteAndFind(page, corpus('go-googleapi-error.txt'));
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/course-teacher-limit-reached/`)}$`));
		});

		test(`a multi-line Java exception whose @Id its method does not document: the entry first, and the mismatch noted (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await pasteAndFind(page, corpus('java-googlejsonresponseexception.txt'));
			const call = page.getByTestId('find-call');
			await expect(call.getByTestId('find-call-note')).toContainText('@CourseTitleCannotContainUrl');
			await expect(call.getByTestId('find-call-note')).toContainText('courses.patch');
			const entry = call.getByTestId('find-call-entry').getByRole('link');
			await expect(entry).toHaveAttribute('href', sitePath(`${prefix}errors/course-title-cannot-contain-url/`));
			await entry.click();
			await expect(page.locator('h1')).toContainText('CourseTitleCannotContainUrl');
		});

		test(`a Node error with its request (url and method) lands on its error page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await pasteAndFind(page, corpus('node-gaxios-error.txt'));
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/course-member-limit-reached/`)}$`));
		});

		test(`a status and the method that returned it give the method's condition, in the reader's language (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await typeAndFind(page, locale === 'ko' ? 'courses.students.create 호출에서 NOT_FOUND가 났어요' : 'NOT_FOUND from courses.students.create');
			await expect(page.getByTestId('find-message')).toContainText('courses.students.create');
			await expect(page.getByTestId('find-message')).toContainText('NOT_FOUND');
			const call = page.getByTestId('find-call');
			const method = call.getByTestId('find-call-methods').getByRole('link');
			await expect(method).toHaveCount(1);
			await expect(method).toHaveAttribute('href', sitePath(`${prefix}methods/courses-students/#create`));
			const condition = call.getByTestId('find-call-conditions').locator('li');
			await expect(condition).toHaveCount(1);
			if (locale === 'ko') await expect(condition).toContainText(HANGUL);
			else await expect(condition).toContainText(/course/i);
			await expect(call.getByTestId('find-call-entry').getByRole('link')).toHaveAttribute('href', sitePath(`${prefix}statuses/not-found/`));
		});

		test(`a missing scope on an address two methods share names both, each with the scopes it accepts (${locale})`, async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(sitePath(prefix));
			await pasteAndFind(page, corpus('real/python-httperror-scopes-cut.txt'));
			const call = page.getByTestId('find-call');
			await expect(call.getByTestId('find-call-scopes-lead')).toBeVisible();
			const methods = call.getByTestId('find-call-methods').locator(':scope > li');
			await expect(methods).toHaveCount(2);
			await expect(methods.nth(0).getByRole('link')).toContainText('courses.create');
			await expect(methods.nth(1).getByRole('link')).toContainText('courses.list');
			await expect(methods.nth(1).getByTestId('find-call-scopes')).toContainText('https://www.googleapis.com/auth/classroom.courses.readonly');
			// Long scope URLs wrap on a phone: nothing reaches past the screen.
			const right = await call.evaluate((box) => Math.max(...[...box.querySelectorAll('*')].map((n) => n.getBoundingClientRect().right)));
			expect(right).toBeLessThanOrEqual(390);
		});

		test(`a method id typed alone opens the method's place on its page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await typeAndFind(page, 'classroom.courses.students.create');
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}methods/courses-students/`)}#create$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		});

		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1280, height: 800 },
		]) {
			test(`an id the catalog does not have yet is named with its status and advice, on the same screen, at ${viewport.width} px (${locale})`, async ({ page }) => {
				await page.setViewportSize(viewport);
				await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
				await page.goto(sitePath(prefix));
				await pasteAndFind(page, corpus('python-httperror-unknown-id.txt'));
				const message = page.getByTestId('find-message');
				await expect(message).toContainText('@TeacherInvitesPaused');
				await expect(message).toContainText(notYet);
				const answer = page.getByTestId('find-answer');
				const link = answer.getByRole('link');
				await expect(link).toHaveAttribute('href', sitePath(`${prefix}statuses/permission-denied/`));
				await expect(link).toContainText('403 PERMISSION_DENIED');
				await expect(page.getByTestId('find-answer-advice')).not.toBeEmpty();
				// The address names the call: both methods that share it, under the advice.
				await expect(page.getByTestId('find-call').getByTestId('find-call-methods')).toContainText('courses.teachers.create');
				// The answer is in the first screen after pasting: the id, the status and the advice.
				await expect(message).toBeInViewport();
				await expect(link).toBeInViewport();
				await expect(page.getByTestId('find-answer-advice')).toBeInViewport();
				// The advice is the status page's own.
				const advice = (await page.getByTestId('find-answer-advice').textContent()) ?? '';
				expect(advice.length).toBeGreaterThan(20);
				// No automatic navigation: the page stays, however long the reader reads.
				await page.clock.runFor(60_000);
				await expect(page).toHaveURL(new RegExp(`${sitePath(prefix)}$`));
				await expect(answer).toBeVisible();
				await link.click();
				await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}statuses/permission-denied/`)}$`));
				await expect(page.locator('main')).toContainText(advice.slice(0, 40));
			});
		}

		test(`a title in the other language finds its entry (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await typeAndFind(page, locale === 'ko' ? 'Ownership transfer still in progress' : '소유권 이전 진행 중');
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/cannot-remove-course-owner-transfer-incomplete/`)}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		});

		test(`a bare 403 with Google's generic message opens the permission status page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await typeAndFind(page, 'Remove Failed: The caller does not have permission');
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}statuses/permission-denied/`)}$`));
		});

		test(`text from another service gets an honest "nothing matches", not a guess (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await typeAndFind(page, 'Whoa there! You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.');
			await expect(page.getByTestId('find-message')).not.toBeEmpty();
			await expect(page.getByTestId('find-candidates')).toBeHidden();
			await expect(page).toHaveURL(new RegExp(`${sitePath(prefix)}$`));
		});

		test(`words that fit several errors list ranked candidates in the reader's language (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await typeAndFind(page, locale === 'ko' ? '공동 교사 추가' : 'too many classes');
			await expect(page.getByTestId('find-message')).toHaveText(lead);
			const items = page.getByTestId('find-candidates').locator('li');
			await expect(items.first()).toBeVisible();
			expect(await items.count()).toBeGreaterThanOrEqual(2);
			const first = items.first();
			if (locale === 'ko') await expect(first).toContainText(HANGUL);
			else await expect(first).not.toContainText(HANGUL);
			await expect(first).toContainText(/\d{3} [A-Z_]+/);
			const expected = locale === 'ko' ? 'CourseTeacherLimitReached' : 'CourseMemberLimitReached';
			await expect(page.getByTestId('find-candidates').getByRole('link', { name: new RegExp(expected) })).toBeVisible();
			// Typing again clears the list.
			await page.locator('#cat-find-input').fill('x');
			await expect(page.getByTestId('find-candidates')).toBeHidden();
		});

		test(`a candidate opens its page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await typeAndFind(page, locale === 'ko' ? '수업 소유자를 삭제할 수 없어요' : 'cannot remove the owner of a course');
			// Several errors share these words; the one meant is among them, whatever its rank.
			const link = page.getByTestId('find-candidates').getByRole('link', { name: /^CannotRemoveCourseOwner / });
			await expect(link).toHaveAttribute('href', sitePath(`${prefix}errors/cannot-remove-course-owner/`));
			await link.click();
			await expect(page.locator('h1 [data-testid="error-id"]')).toHaveText('CannotRemoveCourseOwner');
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		});

		test(`a huge paste is cut, not a reason to freeze (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			const filler = '2024-05-14T09:12:44Z INFO sync still running, nothing to report\n';
			await pasteAndFind(page, `${corpus('go-googleapi-error.txt')}${filler.repeat(30_000)}`);
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/course-teacher-limit-reached/`)}$`));
		});
	});
}

test('a Korean status name on the Korean home page opens its status page', async ({ page }) => {
	await page.goto(sitePath('ko/'));
	await typeAndFind(page, '권한 거부');
	await expect(page).toHaveURL(new RegExp(`${sitePath('ko/statuses/permission-denied/')}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('a Korean error title typed without spaces opens its error page', async ({ page }) => {
	await page.goto(sitePath('ko/'));
	await typeAndFind(page, '수업을수정할수없음');
	await expect(page).toHaveURL(new RegExp(`${sitePath('ko/errors/course-not-modifiable/')}$`));
});

test('an English status name and an English title open their pages', async ({ page }) => {
	await page.goto(sitePath(''));
	await typeAndFind(page, 'Permission denied');
	await expect(page).toHaveURL(new RegExp(`${sitePath('statuses/permission-denied/')}$`));
	await page.goto(sitePath(''));
	await typeAndFind(page, 'Ownership transfer still in progress');
	await expect(page).toHaveURL(new RegExp(`${sitePath('errors/cannot-remove-course-owner-transfer-incomplete/')}$`));
});
