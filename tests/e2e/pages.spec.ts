/**
 * The catalog pages, as developers and support staff use them, in both languages.
 */
import { expect, sitePath, test } from './support/fixtures.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** Every status as the home page and the sidebar label it: by HTTP code, then by name (several share a code). */
const STATUS_LABELS = [
	'400 FAILED_PRECONDITION',
	'400 INVALID_ARGUMENT',
	'400 OUT_OF_RANGE',
	'401 UNAUTHENTICATED',
	'403 PERMISSION_DENIED',
	'404 NOT_FOUND',
	'409 ABORTED',
	'409 ALREADY_EXISTS',
	'429 RESOURCE_EXHAUSTED',
	'499 CANCELLED',
	'500 DATA_LOSS',
	'500 INTERNAL',
	'500 UNKNOWN',
	'501 UNIMPLEMENTED',
	'503 UNAVAILABLE',
	'504 DEADLINE_EXCEEDED',
];

const LOCALES = [
	{ locale: 'en', prefix: '', lang: 'en', cause: 'Cause', noTranslation: /not (yet )?(available|translated)/i },
	{ locale: 'ko', prefix: 'ko/', lang: 'ko', cause: '원인', noTranslation: /not (yet )?(available|translated)/i },
] as const;

for (const { locale, prefix, lang, cause, noTranslation } of LOCALES) {
	test.describe(`in ${locale}`, () => {
		test(`a developer reads the cause and the fix of CourseNotModifiable (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/course-not-modifiable/`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1 [data-testid="error-id"]')).toHaveText('CourseNotModifiable');
			await expect(page.getByRole('heading', { name: cause, exact: true })).toBeVisible();
			const summary = page.getByTestId('summary');
			await expect(summary).not.toBeEmpty();
			if (locale === 'ko') await expect(summary).toContainText(HANGUL);
			else await expect(summary).not.toContainText(HANGUL);
			// The fix names the method, linked to its official REST reference.
			await expect(page.locator('#action ~ p a[href$="/rest/v1/courses/patch"]').first()).toBeVisible();
			// What it looks like on the wire, with the @Id prefix.
			await expect(page.locator('pre').filter({ hasText: '"@CourseNotModifiable' })).toContainText('"FAILED_PRECONDITION"');
			await expect(page.locator('body')).not.toContainText(noTranslation);
		});

		test(`every page carries hreflang alternates and a canonical URL (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/classroom-disabled/`));
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${prefix}errors/classroom-disabled/$`));
			await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/errors\/classroom-disabled\/$/);
			await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', /\/ko\/errors\/classroom-disabled\/$/);
		});

		test(`related errors link to each other in the reader's language (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/classroom-api-disabled/`));
			await page.locator('#related ~ ul a', { hasText: 'ClassroomDisabled' }).first().click();
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/classroom-disabled/`)}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		});

		test(`an error without a documented action says so instead of inventing one (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/pending-invitation-exists/`));
			await expect(page.getByTestId('no-action')).toBeVisible();
			if (locale === 'ko') await expect(page.getByTestId('no-action')).toContainText(HANGUL);
		});

		test(`the daily join limit says to wait a day (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/user-course-join-rate-limit-reached/`));
			await expect(page.getByTestId('retry')).toHaveAttribute('data-retry-kind', 'after-wait');
			await expect(page.getByTestId('retry')).toContainText(locale === 'ko' ? '1일' : '1 day');
		});

		test(`a status without an @Id reads as advice in order, with its sources and the statuses sharing its HTTP code apart (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}statuses/not-found/`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveText('404 NOT_FOUND');
			await expect(page.getByTestId('status-title')).toContainText(locale === 'ko' ? '찾을 수 없음' : 'Not found');
			await expect(page.locator('#meaning ~ p').first()).toContainText('Requested entity was not found.');
			await expect(page.getByTestId('status-no-errors')).toBeVisible();
			// The provenance names the discovery document and code.proto; a public report says it is one.
			const provenance = page.getByTestId('provenance');
			await expect(provenance.getByRole('link', { name: 'google/rpc/code.proto' })).toHaveAttribute('href', 'https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto');
			await expect(provenance).toContainText(locale === 'ko' ? '공개 보고, Google 문서 아님' : 'public report, not Google documentation');
			// A status no Classroom document names says so; the three statuses of HTTP 400 each have their own page.
			await page.goto(sitePath(`${prefix}statuses/unavailable/`));
			await expect(page.locator('h1')).toHaveText('503 UNAVAILABLE');
			await expect(page.locator('#meaning ~ p').first()).toContainText(locale === 'ko' ? '클래스룸 문서나 메서드 설명에 나오지 않으며' : 'No Classroom document or method description names this status');
			await expect(page.getByTestId('backoff-compact')).toBeVisible();
			for (const [slug, id] of [['invalid-argument', 'INVALID_ARGUMENT'], ['out-of-range', 'OUT_OF_RANGE'], ['failed-precondition', 'FAILED_PRECONDITION']] as const) {
				await page.goto(sitePath(`${prefix}statuses/${slug}/`));
				await expect(page.locator('h1')).toHaveText(`400 ${id}`);
				if (locale === 'ko') await expect(page.getByTestId('status-title')).toContainText(HANGUL);
			}
		});

		test(`the errors the current Classroom pages add have their pages, with the page that documents them (${locale})`, async ({ page }) => {
			for (const [slug, id, status, source] of [
				['empty-assignees', 'EmptyAssignees', '400 · FAILED_PRECONDITION', 'Common Google Classroom API error messages'],
				['list-courses-student-and-teacher-filter', 'ListCoursesStudentAndTeacherFilter', '400 · FAILED_PRECONDITION', 'Common Google Classroom API error messages'],
				['cannot-invite-user-in-untrusted-domain', 'CannotInviteUserInUntrustedDomain', '403 · PERMISSION_DENIED', 'Common Google Classroom API error messages'],
				['rubric-criteria-invalid-format', 'RubricCriteriaInvalidFormat', '400 · INVALID_ARGUMENT', 'Google Classroom API discovery document'],
			] as const) {
				await page.goto(sitePath(`${prefix}errors/${slug}/`));
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('h1 [data-testid="error-id"]')).toHaveText(id);
				await expect(page.locator('.cat-badge')).toContainText(status);
				if (locale === 'ko') await expect(page.getByTestId('summary')).toContainText(HANGUL);
				else await expect(page.getByTestId('summary')).not.toContainText(HANGUL);
				await expect(page.getByTestId('provenance')).toContainText(source);
				// Documented errors carry no undocumented label.
				await expect(page.getByTestId('undocumented')).toHaveCount(0);
			}
		});

		test(`the home page and the API page say what the catalog covers, counted from the catalog, and no page claims every documented error (${locale})`, async ({ page, request }) => {
			const catalog = (await (await request.get(sitePath('api/v1/catalog.json'))).json()) as { errors: { evidence: string }[]; statuses: unknown[] };
			const documented = catalog.errors.filter((e) => e.evidence === 'documented').length;
			for (const path of [prefix, `${prefix}api/`]) {
				await page.goto(sitePath(path));
				const statement = page.getByTestId('coverage-statement');
				await expect(statement).toContainText(String(catalog.statuses.length));
				await expect(statement).toContainText(String(documented));
				await expect(statement).toContainText('google/rpc/code.proto');
				await page.getByTestId('coverage').locator('summary').click();
				await expect(page.getByTestId('coverage').getByRole('link', { name: 'google/rpc/code.proto' })).toBeVisible();
			}
			for (const path of [prefix, `${prefix}api/`, `${prefix}statuses/internal/`, `${prefix}errors/empty-assignees/`, `${prefix}backoff/`]) {
				await page.goto(sitePath(path));
				await expect(page.locator('body')).not.toContainText(/every documented|문서화된 모든/i);
				await expect(page.locator('head meta[name="description"]')).not.toHaveAttribute('content', /every documented|문서화된 모든/i);
			}
		});

		test(`a status page lists its errors (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}statuses/permission-denied/`));
			await expect(page.locator('h1')).toHaveText('403 PERMISSION_DENIED');
			const rows = page.getByTestId('status-errors').locator('tbody tr');
			await expect(rows).toHaveCount(8);
			await rows.filter({ hasText: 'ClassroomApiDisabled' }).getByRole('link').click();
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/classroom-api-disabled/`)}$`));
		});

		test(`a status with no specific errors says so in a sentence, on its page and on the home page, never as an empty table (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}statuses/internal/`));
			await expect(page.getByTestId('status-no-errors')).toContainText(locale === 'ko' ? '개별 오류가 없습니다' : 'no specific errors');
			await expect(page.getByTestId('status-errors')).toHaveCount(0);
			await page.goto(sitePath(prefix));
			const row = page.locator('[data-testid="home-status-row"][data-status="INTERNAL"]');
			await expect(row).toContainText(locale === 'ko' ? '개별 오류 없음' : 'no specific errors');
			await expect(row).not.toContainText(/\b0\b/);
			// The errors-by-status part has a section only for statuses that have errors.
			await expect(page.locator('[data-testid="home-status"][data-status="INTERNAL"]')).toHaveCount(0);
		});

		test(`the sidebar lists the statuses and tools, not every error, and a status leads to its errors (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/course-not-modifiable/`));
			const sidebar = page.locator('#starlight__sidebar');
			const links = sidebar.locator('a[href*="/statuses/"]');
			await expect(links).toHaveText(STATUS_LABELS);
			// The page size must not grow with the catalog: no error is linked from the sidebar.
			await expect(sidebar.locator('a[href*="/errors/"]')).toHaveCount(0);
			await sidebar.getByRole('link', { name: '400 FAILED_PRECONDITION', exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}statuses/failed-precondition/`)}$`));
			await expect(page.getByTestId('status-errors').getByRole('link', { name: 'CourseNotModifiable' })).toBeVisible();
		});

		test(`support staff's short link reaches the error page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}e/CourseTeacherLimitReached`));
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/course-teacher-limit-reached/`)}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1 [data-testid="error-id"]')).toHaveText('CourseTeacherLimitReached');
		});

		test(`support staff can copy a link to the error in the reader's language (${locale})`, async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(sitePath(`${prefix}errors/inactive-course-owner/`));
			const link = page.getByTestId('share-link');
			await expect(link).toHaveAttribute('href', new RegExp(`${sitePath(`${prefix}e/InactiveCourseOwner/`)}$`));
			await page.getByTestId('copy-link').click();
			await expect(page.locator('cat-copy-link [role="status"]')).toHaveText(locale === 'ko' ? '복사됨' : 'Copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(await link.getAttribute('href'));
		});

		test(`the home page lists every status by HTTP code, then name, and finds an error from an id (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByTestId('home-status-row').locator('th a')).toHaveText(STATUS_LABELS);
			const input = page.getByTestId('find-form').locator('input');
			await input.fill('nosucherror');
			await input.press('Enter');
			await expect(page.getByTestId('find-message')).toHaveText(locale === 'ko' ? /ID의 오류가 없습니다/ : /No error with that id/);
			await input.fill('usercannotowncourse');
			await input.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/user-cannot-own-course/`)}$`));
		});

		test(`a developer pastes a whole error response and lands on its page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			const input = page.getByTestId('find-form').locator('input');
			await input.fill('{"error": {"code": 403, "message": "@ClassroomApiDisabled The user is not permitted.", "status": "PERMISSION_DENIED", "details": []}}');
			await input.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}errors/classroom-api-disabled/`)}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		});

		test(`a response whose id is not in the catalog names its status, and broken JSON says so (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			const input = page.getByTestId('find-form').locator('input');
			await input.fill('{"error": {"details": [');
			await input.press('Enter');
			await expect(page.getByTestId('find-message')).toHaveText(locale === 'ko' ? /파싱할 수 없습니다/ : /does not parse/);
			await input.fill('{"error": {"code": 403, "message": "@ClassroomApiDisabledFoo <b>x</b>", "status": "PERMISSION_DENIED"}}');
			await input.press('Enter');
			await expect(page.getByTestId('find-message')).toContainText('@ClassroomApiDisabledFoo');
			await expect(page.locator('b')).toHaveCount(0);
			await expect(page.getByTestId('find-answer').getByRole('link')).toHaveAttribute('href', sitePath(`${prefix}statuses/permission-denied/`));
		});

		test(`a JSON body cut short is read for its code (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			const input = page.getByTestId('find-form').locator('input');
			await input.fill('{"error": {"code": 403, "message": "The caller does not have permission", "errors": [');
			await input.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}statuses/permission-denied/`)}$`));
		});

		test(`an HTTP code leads to its status page (${locale})`, async ({ page }) => {
			await page.goto(sitePath(prefix));
			const input = page.getByTestId('find-form').locator('input');
			await input.fill('429');
			await input.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${sitePath(`${prefix}statuses/resource-exhausted/`)}$`));
		});
	});
}

test('the language switch keeps the error', async ({ page }) => {
	// The whole path after the host: `errors/…$` alone would also match the Korean `/ko/errors/…`.
	const at = (path: string) => new RegExp(`^[a-z]+://[^/]+${sitePath(path)}$`);
	await page.goto(sitePath('errors/course-member-limit-reached/'));
	await page.locator('starlight-lang-select select').first().selectOption({ label: '한국어' });
	await expect(page).toHaveURL(at('ko/errors/course-member-limit-reached/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	// The switch acts through the new page's script, which runs by DOMContentLoaded: a busy machine can show the page before it.
	await page.waitForLoadState('domcontentloaded');
	await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
	await expect(page).toHaveURL(at('errors/course-member-limit-reached/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the built site has a page for every error and all 16 statuses in each language', async ({ request }) => {
	const catalog = (await (await request.get(sitePath('api/v1/catalog.json'))).json()) as { errors: { urls: Record<string, string> }[]; statuses: { urls: Record<string, string> }[] };
	expect(catalog.errors.length).toBeGreaterThanOrEqual(23);
	expect(catalog.statuses).toHaveLength(16);
	for (const entry of [...catalog.errors, ...catalog.statuses]) {
		for (const locale of ['en', 'ko']) {
			const path = new URL(entry.urls[locale] ?? '').pathname;
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			const html = await response.text();
			expect(html, path).toContain(`<html lang="${locale}"`);
		}
	}
});
