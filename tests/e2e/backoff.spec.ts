/**
 * The backoff simulator (/backoff/, /ko/backoff/) and its compact form on
 * the status pages whose retry advice is backoff, in both languages.
 */
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './support/fixtures.ts';

const HANGUL = /[\uac00-\ud7a3]/;

const LOCALES = [
	{
		locale: 'en',
		prefix: '',
		title: 'Backoff simulator',
		strategyLabel: 'Strategy',
		clientsLabel: 'Clients',
		exponential: 'Exponential, no jitter',
		equalJitter: 'Equal jitter',
		problemHeading: 'Some values could not be used as given',
		clientsProblem: 'Clients (clients): “-5” is outside the allowed range 1 to 2,000, so 1 is used.',
		strategyProblem: 'Strategy (strategy): “<script>alert(1)</script>” is not a known strategy, so Full jitter is used.',
		copied: 'Copied',
		openFull: 'Open the full simulator',
	},
	{
		locale: 'ko',
		prefix: 'ko/',
		title: '백오프 시뮬레이터',
		strategyLabel: '전략',
		clientsLabel: '클라이언트 수',
		exponential: '지수 백오프, 지터 없음',
		equalJitter: '절반 지터(Equal Jitter)',
		problemHeading: '일부 값은 그대로 쓸 수 없어 바꿨습니다',
		clientsProblem: '클라이언트 수(clients): 허용 범위(1~2,000)를 벗어난 값입니다. 입력값: “-5”, 사용한 값: 1',
		strategyProblem: '전략(strategy): 알 수 없는 전략입니다. 입력값: “<script>alert(1)</script>”, 사용한 값: 전체 지터(Full Jitter)',
		copied: '복사됨',
		openFull: '전체 시뮬레이터 열기',
	},
] as const;

/** Opens a page of the site and waits until the simulator element has taken over. */
async function openSimulator(page: Page, path: string): Promise<void> {
	await page.goto(sitePath(path));
	await expect(page.locator('cat-backoff').first()).toHaveAttribute('data-ready', 'true');
}

/** Everything the simulator shows, to compare two pages. */
interface Figures {
	readonly summary: string;
	readonly schedule: string;
	readonly comparison: string;
	readonly delays: string;
	readonly load: string;
	readonly snippet: string;
}

async function figures(page: Page): Promise<Figures> {
	const text = (testId: string) => page.getByTestId(testId).innerText();
	return {
		summary: await text('backoff-summary'),
		schedule: await text('backoff-schedule'),
		comparison: await text('backoff-comparison'),
		delays: await page.locator('[data-part="delays"]').innerHTML(),
		load: await page.locator('[data-part="load"]').innerHTML(),
		snippet: await page.getByTestId('backoff-snippet-ts').innerText(),
	};
}

/** The value of every control of the simulator form, by name. */
async function controls(page: Page): Promise<Record<string, string>> {
	return page.getByTestId('backoff-form').evaluate((form) =>
		Object.fromEntries(
			[...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')].map((el) => [el.name, el.value]),
		),
	);
}

for (const l of LOCALES) {
	test.describe(`backoff simulator (${l.locale})`, () => {
		test(`changing the strategy changes the figures (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			const before = await figures(page);
			await page.getByLabel(l.strategyLabel, { exact: true }).selectOption('exponential');
			await expect(page.getByTestId('backoff-summary')).toContainText(l.exponential);
			await expect(page.getByTestId('backoff-schedule').locator('caption')).toContainText(l.exponential);
			await expect(page.getByTestId('backoff-comparison').locator('tr.cat-bo-selected')).toHaveAttribute('data-strategy', 'exponential');
			const after = await figures(page);
			expect(after.summary).not.toBe(before.summary);
			expect(after.schedule).not.toBe(before.schedule);
			expect(after.delays).not.toBe(before.delays);
			expect(after.snippet).not.toBe(before.snippet);
			// The same scenario runs for every strategy; only the highlighted one changed.
			expect(after.comparison.replace(/\s+/g, ' ')).not.toBe(before.comparison.replace(/\s+/g, ' '));
			expect(new URL(page.url()).searchParams.get('strategy')).toBe('exponential');
		});

		test(`a copied URL restores the same state (${l.locale})`, async ({ page, context }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			await page.getByLabel(l.strategyLabel, { exact: true }).selectOption('decorrelated-jitter');
			for (const [name, value] of [
				['clients', '250'],
				['attempts', '12'],
				['seed', '42'],
				['multiplier', '1.5'],
				['capacity', '8'],
			] as const) {
				await page.locator(`#cat-bo-${name}`).fill(value);
				await page.locator(`#cat-bo-${name}`).press('Tab');
			}
			await expect.poll(() => new URL(page.url()).searchParams.get('capacity')).toBe('8');
			const url = new URL(page.url());
			expect(Object.fromEntries(url.searchParams)).toMatchObject({ strategy: 'decorrelated-jitter', clients: '250', attempts: '12', seed: '42', multiplier: '1.5' });
			const shown = { controls: await controls(page), figures: await figures(page) };
			expect(shown.controls).toMatchObject({ strategy: 'decorrelated-jitter', clients: '250', attempts: '12', seed: '42', multiplier: '1.5', capacity: '8' });

			const other = await context.newPage();
			await other.goto(url.href);
			await expect(other.locator('cat-backoff')).toHaveAttribute('data-ready', 'true');
			expect(await controls(other)).toEqual(shown.controls);
			expect(await figures(other)).toEqual(shown.figures);
			await expect(other.getByTestId('backoff-problems')).toBeHidden();
		});

		test(`a tampered URL shows a clear message and safe defaults, and injects nothing (${l.locale})`, async ({ page }) => {
			const dialogs: string[] = [];
			await page.addInitScript(() => {
				const calls: string[] = [];
				(window as unknown as { __dialogCalls: string[] }).__dialogCalls = calls;
				for (const name of ['alert', 'confirm', 'prompt'] as const) {
					window[name] = ((message?: unknown) => {
						calls.push(`${name}: ${String(message)}`);
						return null;
					}) as never;
				}
			});
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			await openSimulator(page, `${l.prefix}backoff/?clients=-5&strategy=<script>alert(1)</script>`);
			const problems = page.getByTestId('backoff-problems');
			await expect(problems).toBeVisible();
			await expect(problems).toContainText(l.problemHeading);
			await expect(problems.locator('li[data-param="clients"]')).toHaveText(l.clientsProblem);
			await expect(problems.locator('li[data-param="strategy"]')).toHaveText(l.strategyProblem);
			// Safe values are used, and shown in the form.
			await expect(page.getByLabel(l.strategyLabel, { exact: true })).toHaveValue('full-jitter');
			await expect(page.getByLabel(l.clientsLabel, { exact: true })).toHaveValue('1');
			await expect(page.getByTestId('backoff-comparison')).toBeVisible();
			// The text from the URL is text: no element was made from it.
			expect(await page.locator('script', { hasText: 'alert' }).count()).toBe(0);
			expect(await page.evaluate(() => [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert(1)')).length)).toBe(0);
			expect(await problems.locator('li[data-param="strategy"] *').count()).toBe(0);
			// Any injected script would have run while the page parsed, long before the state above was reached;
			// the init script below also records calls that bypass the dialog event.
			expect(await page.evaluate(() => (window as unknown as { __dialogCalls?: string[] }).__dialogCalls ?? [])).toEqual([]);
			expect(dialogs).toEqual([]);
		});

		test(`the strategy can be chosen with the keyboard (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			await page.locator('#cat-bo-preset').focus();
			await page.keyboard.press('Tab');
			const strategy = page.getByLabel(l.strategyLabel, { exact: true });
			await expect(strategy).toBeFocused();
			await expect(strategy).not.toHaveCSS('outline-style', 'none');
			await page.keyboard.press('ArrowDown');
			await expect(strategy).toHaveValue('equal-jitter');
			await expect(page.getByTestId('backoff-summary')).toContainText(l.equalJitter);
			// The summary is a live region, so the new figures are announced.
			await expect(page.getByTestId('backoff-summary')).toHaveAttribute('role', 'status');
		});

		test(`a preset fills the settings and says where they come from (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			const source = page.locator('[data-part="preset-source"]');
			await expect(source).toBeHidden();
			await page.locator('#cat-bo-preset').selectOption('aws-standard');
			await expect(page.locator('#cat-bo-attempts')).toHaveValue('3');
			await expect(page.locator('#cat-bo-max')).toHaveValue('20000');
			await expect(page.locator('#cat-bo-strategy')).toHaveValue('full-jitter');
			await expect(source).toBeVisible();
			if (l.locale === 'ko') await expect(source).toContainText(HANGUL);
			await expect(source.getByRole('link')).toHaveAttribute('href', 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html');
			await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('aws-standard');
			// Editing a value makes the settings custom.
			await page.locator('#cat-bo-attempts').fill('4');
			await page.locator('#cat-bo-attempts').press('Tab');
			await expect(page.locator('#cat-bo-preset')).toHaveValue('');
			await expect(source).toBeHidden();
			await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBeNull();
		});

		test(`every chart has an accessible name and a table (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			const charts = page.locator('cat-backoff svg[role="img"]');
			await expect(charts).toHaveCount(8);
			for (const chart of await charts.all()) {
				const labelledBy = (await chart.getAttribute('aria-labelledby')) ?? '';
				const [titleId] = labelledBy.split(' ');
				await expect(page.locator(`[id="${titleId}"]`)).not.toBeEmpty();
			}
			const load = page.getByTestId('backoff-load-charts').locator('figure');
			await expect(load).toHaveCount(7);
			await load.first().locator('summary').click();
			await expect(load.first().locator('table')).toBeVisible();
		});

		test(`the code snippet switches language and copies (${l.locale})`, async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await openSimulator(page, `${l.prefix}backoff/`);
			await expect(page.getByTestId('backoff-snippet-ts')).toBeVisible();
			await expect(page.getByTestId('backoff-snippet-python')).toBeHidden();
			await page.locator('#cat-bo-lang').selectOption('python');
			await expect(page.getByTestId('backoff-snippet-python')).toBeVisible();
			await expect(page.getByTestId('backoff-snippet-python')).toContainText('def with_backoff(call):');
			await page.locator('[data-action="copy"]').click();
			await expect(page.locator('[data-part="copy-status"]')).toHaveText(l.copied);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('def with_backoff(call):');
		});

		test(`the compact form shows on a backoff status, not on the daily join limit (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}statuses/resource-exhausted/`);
			const compact = page.getByTestId('backoff-compact');
			await expect(compact).toBeVisible();
			await expect(compact.getByTestId('backoff-delays-chart')).toBeVisible();
			// The schedule table is folded under the chart, which shows the same schedule.
			await compact.locator('details.cat-bo-data > summary').click();
			await expect(compact.getByTestId('backoff-schedule')).toBeVisible();
			const link = compact.getByRole('link', { name: l.openFull });
			await expect(link).toHaveAttribute('href', new RegExp(`^${sitePath(`${l.prefix}backoff/`)}\\?.*strategy=full-jitter`));
			await compact.getByLabel(l.strategyLabel, { exact: true }).selectOption('exponential');
			await expect(compact.getByTestId('backoff-summary')).toContainText(l.exponential);
			await expect(link).toHaveAttribute('href', /strategy=exponential/);
			await link.click();
			await expect(page.locator('cat-backoff')).toHaveAttribute('data-ready', 'true');
			await expect(page.locator('html')).toHaveAttribute('lang', l.locale);
			await expect(page.getByLabel(l.strategyLabel, { exact: true })).toHaveValue('exponential');

			await page.goto(sitePath(`${l.prefix}statuses/internal/`));
			await expect(page.getByTestId('backoff-compact')).toBeVisible();

			// Wait a day: backing off does not help, so no simulator here.
			await page.goto(sitePath(`${l.prefix}errors/user-course-join-rate-limit-reached/`));
			await expect(page.getByTestId('retry')).toHaveAttribute('data-retry-kind', 'after-wait');
			await expect(page.locator('cat-backoff')).toHaveCount(0);
			await page.goto(sitePath(`${l.prefix}errors/course-not-modifiable/`));
			await expect(page.locator('cat-backoff')).toHaveCount(0);
		});

		test(`the page is in the reader's language (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			await expect(page.locator('html')).toHaveAttribute('lang', l.locale);
			await expect(page.locator('h1')).toHaveText(l.title);
			const headers = await page.getByTestId('backoff-schedule').locator('thead th').allInnerTexts();
			const labels = await page.getByTestId('backoff-form').locator('label').allInnerTexts();
			const chartTitles = await page.locator('cat-backoff svg title').allTextContents();
			for (const text of [...headers, ...labels, ...chartTitles]) {
				if (l.locale === 'ko') expect(text).toMatch(HANGUL);
				else expect(text).not.toMatch(HANGUL);
			}
			await expect(page.locator('a[href*="exponential-backoff-and-jitter"]')).toHaveCount(1);
		});
	});

	test.describe(`without JavaScript (${l.locale})`, () => {
		test.use({ javaScriptEnabled: false });

		test(`the default schedule and comparison are on the page (${l.locale})`, async ({ page }) => {
			await page.goto(sitePath(`${l.prefix}backoff/`));
			const schedule = page.getByTestId('backoff-schedule');
			await expect(schedule).toBeVisible();
			// The first call plus 29 retries of the default (30 attempts).
			await expect(schedule.locator('tbody tr')).toHaveCount(30);
			await expect(page.getByTestId('backoff-comparison').locator('tbody tr')).toHaveCount(7);
			await expect(page.getByTestId('backoff-summary')).toContainText(l.locale === 'ko' ? '30회' : '30 attempts');
			await expect(page.getByTestId('backoff-delays-chart').locator('svg[role="img"]')).toBeVisible();
			await expect(page.getByTestId('backoff-snippet-ts')).toBeVisible();
			await expect(page.getByTestId('backoff-snippet-python')).toBeVisible();
			await expect(page.getByLabel(l.strategyLabel, { exact: true })).toBeDisabled();

			await page.goto(sitePath(`${l.prefix}statuses/resource-exhausted/`));
			await expect(page.getByTestId('backoff-compact').getByTestId('backoff-schedule').locator('tbody tr')).toHaveCount(30);
		});
	});
}
