/**
 * The method pages: every method of the API, from Google's discovery document,
 * with the statuses it returns and when, in both languages.
 */
import { expect, sitePath, test } from './support/fixtures.ts';
import { openSearch, search } from './support/search.ts';

const HANGUL = /[\uac00-\ud7a3]/;

const LOCALES = [
	{
		locale: 'en',
		prefix: '',
		lang: 'en',
		condition: 'No course has the identifier or alias in the request.',
		rubric: {
			summary: 'Adds a rubric to a piece of course work.',
			notFound: "The course or the course work doesn't exist, or the user has no access to it.",
			internal: "The request doesn't carry the OAuth scopes this call needs; the document lists this case under INTERNAL.",
		},
	},
	{
		locale: 'ko',
		prefix: 'ko/',
		lang: 'ko',
		condition: '요청의 식별자나 별칭에 해당하는 수업이 없습니다.',
		rubric: {
			summary: '수업 과제에 기준표를 추가합니다.',
			notFound: '수업이나 수업 과제가 없거나, 사용자에게 액세스 권한이 없습니다.',
			internal: '요청에 이 호출에 필요한 OAuth 범위가 없습니다. 디스커버리 문서는 이 경우를 INTERNAL에 나열합니다.',
		},
	},
] as const;

for (const { locale, prefix, lang, condition, rubric } of LOCALES) {
	test.describe(`in ${locale}`, () => {
		test(`a developer reads when courses.students.create returns NOT_FOUND, and follows its request error (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}methods/courses-students/`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const method = page.locator('[data-method="courses.students.create"]');
			await expect(method.getByTestId('method-summary')).toContainText(locale === 'ko' ? '학생으로 추가합니다' : 'as a student');
			await expect(method.getByTestId('method-request')).toHaveText('POST https://classroom.googleapis.com/v1/courses/{courseId}/students');
			const returns = method.getByTestId('method-returns');
			await expect(returns.locator('dt[data-status="NOT_FOUND"] + dd')).toHaveText(condition);
			const failed = returns.locator('dt[data-status="FAILED_PRECONDITION"] + dd');
			if (locale === 'ko') await expect(failed).toContainText(HANGUL);
			await expect(method.locator('.cat-scopes')).toContainText('https://www.googleapis.com/auth/classroom.rosters');
			await failed.getByRole('link', { name: '@CourseMemberLimitReached' }).click();
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/course-member-limit-reached/`)}$`));
		});

		test(`a method's page says what the method does, under its heading, with its statuses and their conditions (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}methods/courses-course-work-rubrics/`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const method = page.locator('[data-method="courses.courseWork.rubrics.create"]');
			// The line sits right under the method's heading.
			await expect(method.locator('h2 + [data-testid="method-summary"]')).toHaveText(rubric.summary);
			const returns = method.getByTestId('method-returns');
			await expect(returns.locator('dt')).toHaveText(['PERMISSION_DENIED', 'INTERNAL', 'INVALID_ARGUMENT', 'NOT_FOUND', 'FAILED_PRECONDITION']);
			await expect(returns.locator('dt[data-status="NOT_FOUND"] + dd')).toHaveText(rubric.notFound);
			await expect(returns.locator('dt[data-status="INTERNAL"] + dd')).toHaveText(rubric.internal);
			await expect(returns.locator('dt[data-status="INVALID_ARGUMENT"] + dd').getByRole('link', { name: '@RubricCriteriaInvalidFormat' })).toBeVisible();
			// Every method of the page has its line.
			const methods = page.getByTestId('method');
			await expect(methods).toHaveCount(5);
			await expect(page.getByTestId('method-summary')).toHaveCount(5);
			for (const text of await page.getByTestId('method-summary').allTextContents()) {
				expect(text.trim().length).toBeGreaterThan(10);
				if (locale === 'ko') expect(text).toMatch(HANGUL);
			}
		});

		test(`an error page links the methods that return it to their place on the method pages (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/attachment-not-visible/`));
			await page.locator('#methods ~ dl a', { hasText: 'courses.courseWork.create' }).click();
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}methods/courses-course-work/`)}#create$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h2#create')).toBeInViewport();
		});

		test(`every method is reachable from the list of methods (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}methods/`));
			await expect(page.locator('.cat-method-list li')).toHaveCount(97);
			await page.getByRole('link', { name: 'userProfiles.guardians.list' }).click();
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}methods/user-profiles-guardians/`)}#list$`));
			await expect(page.locator('[data-method="userProfiles.guardians.list"] [data-status="PERMISSION_DENIED"]')).toBeVisible();
		});
	});
}

for (const { locale, prefix } of LOCALES) {
	test(`a status page lists the methods that return it, linked to their pages (${locale})`, async ({ page }) => {
		await page.goto(sitePath(`${prefix}statuses/failed-precondition/`));
		const methods = page.getByTestId('status-methods');
		await methods.getByRole('link', { name: 'courses.students.create' }).click();
		await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}methods/courses-students/`)}#create$`));
	});
}

const SEARCHES = [
	{ locale: 'en', prefix: '', queries: ['courses.students.create', 'students.create', 'students create'] },
	{ locale: 'ko', prefix: 'ko/', queries: ['courses.students.create', 'students create'] },
] as const;

for (const { locale, prefix, queries } of SEARCHES) {
	for (const query of queries) {
		test(`search finds the methods of courses.students by "${query}" (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}methods/`));
			await openSearch(page);
			await search(page, query);
			const urls = await page.locator('cat-search .cat-search-result a').evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
			expect(urls).toContain(sitePath(`${prefix}methods/courses-students/`));
		});
	}
}
