/**
 * What support staff and developers read on an error page since the
 * entry-by-entry review, in both languages: whom the message is addressed to
 * and which facts are the reference's judgement, the limits Google publishes
 * with their page, "not this error if", why related errors are related, the
 * example message marked quoted or illustrative, and Korean help links in
 * their Korean versions.
 */
import { expect, sitePath, test } from './support/fixtures.ts';

for (const t of [
	{
		locale: 'en',
		prefix: '',
		administrator: 'Administrator',
		judgement: "this reference's judgement",
		limitsHeading: 'Published limits',
		nextStep: 'can come next while fixing this one',
		illustrative: 'illustrative',
	},
	{
		locale: 'ko',
		prefix: 'ko/',
		administrator: '관리자',
		judgement: '이 참고 자료의 판단',
		limitsHeading: '공개된 한도',
		nextStep: '이 오류를 해결하다가 이어서 만날 수 있습니다',
		illustrative: '예시',
	},
] as const) {
	test.describe(`an error page's reviewed facts (${t.locale})`, () => {
		test(`support staff see whom the message is addressed to, marked as the reference's judgement (${t.locale})`, async ({ page }) => {
			await page.goto(sitePath(`${t.prefix}errors/cannot-direct-add-user/`));
			await expect(page.getByTestId('user-message-for')).toHaveText(t.administrator);
			await expect(page.getByTestId('who-acts')).toContainText(t.judgement);
			await expect(page.getByTestId('retry')).toContainText(t.judgement);
		});

		test(`support staff can quote the teacher limit with the Google page that states it (${t.locale})`, async ({ page }) => {
			await page.goto(sitePath(`${t.prefix}errors/course-teacher-limit-reached/`));
			await expect(page.getByRole('heading', { level: 2, name: t.limitsHeading })).toBeVisible();
			const limit = page.getByTestId('limits').locator('li[data-limit="teachers-per-class"]');
			await expect(limit).toHaveAttribute('data-value', '50');
			await expect(limit).toContainText('50');
			await expect(limit.getByRole('link')).toHaveAttribute('href', 'https://support.google.com/edu/classroom/answer/7300976?hl=es-419');
			// The user message quotes the same number.
			await expect(page.getByTestId('user-message')).toContainText('50');
		});

		test(`a developer reads which error it is not, with a link to it (${t.locale})`, async ({ page }) => {
			await page.goto(sitePath(`${t.prefix}errors/course-member-limit-reached/`));
			const notThis = page.getByTestId('not-this');
			await expect(notThis.getByRole('link', { name: 'UserGroupsMembershipLimitReached' })).toHaveAttribute('href', sitePath(`${t.prefix}errors/user-groups-membership-limit-reached/`));
		});

		test(`related errors say why they are related (${t.locale})`, async ({ page }) => {
			await page.goto(sitePath(`${t.prefix}errors/cannot-remove-course-owner/`));
			const next = page.locator('#related + ul li[data-reason="next-step"]').filter({ has: page.getByRole('link', { name: 'IneligibleOwner' }) });
			await expect(next).toContainText(t.nextStep);
		});

		test(`the wire example is marked quoted where Google shows it and illustrative elsewhere (${t.locale})`, async ({ page }) => {
			await page.goto(sitePath(`${t.prefix}errors/classroom-api-disabled/`));
			await expect(page.getByTestId('wire-example')).toHaveAttribute('data-basis', 'source');
			await expect(page.locator('pre.cat-wire')).toContainText('@ClassroomApiDisabled The user is not permitted to access the Classroom API.');
			await page.goto(sitePath(`${t.prefix}errors/course-title-cannot-contain-url/`));
			await expect(page.getByTestId('wire-example')).toHaveAttribute('data-basis', 'illustrative');
			await expect(page.getByTestId('wire-example')).toContainText(t.illustrative);
			await expect(page.locator('pre.cat-wire')).toContainText('@CourseTitleCannotContainUrl ');
		});

		test(`the help links of an error lead to Google's pages in the reader's language (${t.locale})`, async ({ page }) => {
			await page.goto(sitePath(`${t.prefix}errors/inactive-course-owner/`));
			const link = page.getByTestId('references').getByRole('link');
			await expect(link).toHaveAttribute('href', t.locale === 'ko' ? 'https://support.google.com/a/answer/1397578?hl=ko' : 'https://support.google.com/a/answer/1397578');
		});
	});
}
