/**
 * What the catalog's structured content gives a reader, in both languages:
 * references that are links, retry guidance a tool can act on (a changed
 * request, a bounded wait), related errors linked both ways, methods the
 * documentation only names, and where each entry's facts come from.
 * The expectations come from catalog.json, so the page and the API agree.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, sitePath, test } from './support/fixtures.ts';

interface ApiReference {
	article: string;
	url: string;
	verified: boolean;
}
interface ApiError {
	id: string;
	related: string[];
	retry: { kind: string; wait?: string; attempts?: number; basis?: string };
	methods: { asWorded?: string[] };
	provenance: { sources: string[]; reviewed: string };
	text: Record<string, { title: string; references: ApiReference[] }>;
}
interface ApiCatalog {
	sources: { id: string; title: string; url: string }[];
	errors: ApiError[];
}

async function apiCatalog(request: APIRequestContext): Promise<ApiCatalog> {
	const response = await request.get(sitePath('api/v1/catalog.json'));
	expect(response.status()).toBe(200);
	return (await response.json()) as ApiCatalog;
}

const slugOf = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

for (const { locale, prefix, words } of [
	{
		locale: 'en',
		prefix: '',
		words: { changeRequest: 'Change what the request sends', schedule: 'at most 6 times', suggestion: 'suggestion', asWorded: 'not a verified fix', source: 'Sources' },
	},
	{
		locale: 'ko',
		prefix: 'ko/',
		words: { changeRequest: '요청에 담는 내용을 고친 뒤', schedule: '최대 6번', suggestion: '제안하는 값', asWorded: '해결 방법으로 확인되지 않은', source: '출처' },
	},
] as const) {
	test.describe(`structured content on error pages (${locale})`, () => {
		test(`references on the ClassroomDisabled page are https links to Google's pages, as in catalog.json (${locale})`, async ({ page, request }) => {
			const catalog = await apiCatalog(request);
			const error = catalog.errors.find((e) => e.id === 'ClassroomDisabled');
			const refs = error?.text[locale]?.references ?? [];
			expect(refs.length).toBeGreaterThan(0);
			await page.goto(sitePath(`${prefix}errors/classroom-disabled/`));
			const links = page.getByTestId('references').getByRole('link');
			await expect(links).toHaveCount(refs.length);
			for (const [i, ref] of refs.entries()) {
				await expect(links.nth(i)).toHaveAttribute('href', ref.url);
				await expect(links.nth(i)).toHaveText(ref.article);
				expect(ref.url).toMatch(/^https:\/\/[a-z.]*google\.com\//);
			}
		});

		test(`every error page ends with its sources and the day it was reviewed (${locale})`, async ({ page, request }) => {
			const catalog = await apiCatalog(request);
			const error = catalog.errors.find((e) => e.id === 'CourseTitleCannotContainUrl');
			if (!error) throw new Error('CourseTitleCannotContainUrl is not in catalog.json');
			await page.goto(sitePath(`${prefix}errors/${slugOf(error.id)}/`));
			const provenance = page.getByTestId('provenance');
			await expect(provenance).toContainText(words.source);
			await expect(provenance).toContainText(error.provenance.reviewed.slice(0, 4));
			const cited = catalog.sources.filter((d) => error.provenance.sources.includes(d.id));
			await expect(provenance.getByRole('link')).toHaveCount(cited.length);
			for (const doc of cited) await expect(provenance.getByRole('link', { name: doc.title })).toHaveAttribute('href', doc.url);
		});

		test(`a title with a URL says to change the request, not to wait for a fix (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/course-title-cannot-contain-url/`));
			const retry = page.getByTestId('retry');
			await expect(retry).toHaveAttribute('data-retry-kind', 'change-request');
			await expect(retry).toContainText(words.changeRequest);
		});

		test(`an ownership transfer still under way gets a bounded schedule, marked as this reference's suggestion (${locale})`, async ({ page, request }) => {
			const error = (await apiCatalog(request)).errors.find((e) => e.id === 'CannotRemoveCourseOwnerTransferIncomplete');
			expect(error?.retry).toMatchObject({ kind: 'after-wait', attempts: 6, basis: 'catalog' });
			await page.goto(sitePath(`${prefix}errors/cannot-remove-course-owner-transfer-incomplete/`));
			const retry = page.getByTestId('retry');
			await expect(retry).toContainText(words.schedule);
			await expect(retry).toContainText(words.suggestion);
		});

		test(`related errors link both ways: the owner cannot be removed ↔ the transfer is incomplete (${locale})`, async ({ page }) => {
			await page.goto(sitePath(`${prefix}errors/cannot-remove-course-owner/`));
			await page.locator('#related + ul').getByRole('link', { name: 'CannotRemoveCourseOwnerTransferIncomplete' }).click();
			await expect(page).toHaveURL(new RegExp(`/${prefix}errors/cannot-remove-course-owner-transfer-incomplete/$`));
			await page.locator('#related + ul').getByRole('link', { name: 'CannotRemoveCourseOwner', exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`/${prefix}errors/cannot-remove-course-owner/$`));
		});

		test(`methods the documentation only names are listed apart from fixes (${locale})`, async ({ page, request }) => {
			const error = (await apiCatalog(request)).errors.find((e) => e.id === 'UserGroupsMembershipLimitReached');
			const asWorded = error?.methods.asWorded ?? [];
			expect(asWorded).toContain('courses.students.create');
			await page.goto(sitePath(`${prefix}errors/user-groups-membership-limit-reached/`));
			const group = page.locator('.cat-methods dt', { hasText: words.asWorded });
			await expect(group).toBeVisible();
			for (const method of asWorded) await expect(group.locator('+ dd')).toContainText(method);
		});
	});
}
