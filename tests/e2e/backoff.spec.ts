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
		seconds: '(s)',
		bucket: 'one bar per 2 s',
		bucketInCharts: 'per 2 s',
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
		seconds: '(초)',
		bucket: '막대 하나는 2초',
		bucketInCharts: '2초',
	},
] as const;

/** Opens a page of the site and waits until the simulator element has taken over. */
async function openSimulator(page: Page, path: string): Promise<void> {
	await page.goto(sitePath(path));
	// A simulator loads its script as it comes near the viewport (on a status page it sits below the advice).
	const simulator = page.locator('cat-backoff').first();
	await simulator.scrollIntoViewIfNeeded();
	await expect(simulator).toHaveAttribute('data-ready', 'true');
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
		// Folded by default: its text, not its rendered text (none while folded).
		schedule: (await page.getByTestId('backoff-schedule').textContent()) ?? '',
		comparison: await text('backoff-comparison'),
		delays: await page.locator('[data-part="delays"]').innerHTML(),
		load: await page.locator('[data-part="load"]').innerHTML(),
		snippet: await page.getByTestId('backoff-snippet-ts').innerText(),
	};
}

/** The value of every control of the simulator form, by name (the contention fields belong to it through their form attribute). */
async function controls(page: Page): Promise<Record<string, string>> {
	return page.getByTestId('backoff-form').evaluate((form) =>
		Object.fromEntries(
			[...(form as HTMLFormElement).elements]
				.filter((el): el is HTMLInputElement | HTMLSelectElement => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name !== '')
				.map((el) => [el.name, el.value]),
		),
	);
}

/** The page's box of a locator, in page coordinates. */
async function box(page: Page, selector: string): Promise<{ top: number; bottom: number; left: number; right: number }> {
	return page.locator(selector).first().evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right };
	});
}

/** The phone and the desktop of the issue's screenshot review. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The text of every axis label and title of each load chart, by strategy. */
async function loadAxes(page: Page): Promise<Record<string, string[]>> {
	return page.getByTestId('backoff-load-charts').evaluate((charts) =>
		Object.fromEntries(
			[...charts.querySelectorAll('figure[data-strategy]')].map((figure) => [
				figure.getAttribute('data-strategy') ?? '',
				[...figure.querySelectorAll('.cat-bo-axis-title, .cat-bo-y-axis text, .cat-bo-axis text')].map((el) => el.textContent ?? ''),
			]),
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

		test(`on a phone the controls start within the first screen and the chart comes right under them (${l.locale})`, async ({ page }) => {
			await page.setViewportSize(PHONE);
			await openSimulator(page, `${l.prefix}backoff/`);
			const form = await box(page, '[data-testid="backoff-form"]');
			const chart = await box(page, '[data-testid="backoff-delays-chart"]');
			// The first controls (the preset and the strategy) on the first screen, the rest under them.
			expect(form.top).toBeLessThan(PHONE.height / 2);
			expect((await box(page, '#cat-bo-strategy')).bottom, 'the strategy on the first screen').toBeLessThan(PHONE.height);
			// Only the schedule's heading between them.
			expect(chart.top - form.bottom).toBeGreaterThanOrEqual(0);
			expect(chart.top - form.bottom, 'the chart right under the controls').toBeLessThan(130);
			const summary = await box(page, '[data-testid="backoff-summary"]');
			expect(summary.top - chart.bottom).toBeLessThan(80);
			// The retry advice the page illustrates is one tap away, above the simulator.
			await expect(page.getByTestId('backoff-lead').getByRole('link')).toHaveCount(3);
		});

		test(`no table of the simulator reaches past a 390 px screen (${l.locale})`, async ({ page }) => {
			await page.setViewportSize(PHONE);
			await openSimulator(page, `${l.prefix}backoff/`);
			await page.locator('details.cat-bo-schedule-data > summary').click();
			for (const summary of await page.getByTestId('backoff-load-charts').locator('details > summary').all()) await summary.click();
			const tables = page.locator('main table');
			expect(await tables.count()).toBeGreaterThanOrEqual(9);
			for (const table of await tables.all()) {
				await expect(table).toBeVisible();
				const sizes = await table.evaluate((el) => {
					// Not the header row a reflowed table keeps for screen readers only (1 px, clipped).
					const shown = [...el.querySelectorAll('th, td')].filter((cell) => {
						const head = cell.closest('thead');
						return !head || getComputedStyle(head).position !== 'absolute';
					});
					const cells = shown.map((cell) => cell.getBoundingClientRect().right);
					return { right: Math.max(el.getBoundingClientRect().right, ...cells), scroll: el.scrollWidth - el.clientWidth, parentScroll: (el.parentElement?.scrollWidth ?? 0) - (el.parentElement?.clientWidth ?? 0) };
				});
				expect(sizes.right).toBeLessThanOrEqual(PHONE.width);
				expect(sizes.scroll).toBeLessThanOrEqual(0);
				expect(sizes.parentScroll).toBeLessThanOrEqual(0);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		});

		test(`the schedule table is folded by default and has one unit per column (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			const schedule = page.getByTestId('backoff-schedule');
			await expect(schedule).toBeHidden();
			await page.locator('details.cat-bo-schedule-data > summary').click();
			await expect(schedule).toBeVisible();
			const headers = await schedule.locator('thead th').allInnerTexts();
			expect(headers.slice(1).map((text) => text.replace(/\s+/g, ' ').trim().endsWith(l.seconds))).toEqual([true, true, true]);
			// Every duration cell is a number (or a range of two) with two decimals, and no unit of its own.
			const cells = await schedule.locator('tbody tr:not(:first-child) td').allInnerTexts();
			expect(cells).toHaveLength(29 * 3);
			for (const cell of cells) expect(cell.replace(/\s+/g, '')).toMatch(/^[\d,]+\.\d\d([–~][\d,]+\.\d\d)?$/);
			// A short schedule is in milliseconds, in every column alike.
			await page.locator('#cat-bo-max').fill('500');
			await page.locator('#cat-bo-attempts').fill('3');
			await page.locator('#cat-bo-attempts').press('Tab');
			await expect(schedule).toHaveAttribute('data-unit', 'ms');
			await expect(schedule.locator('thead th').nth(2)).toContainText(l.locale === 'ko' ? '(밀리초)' : '(ms)');
			// The comparison's completion times share one unit too.
			const comparison = await page.getByTestId('backoff-comparison').locator('thead th').allInnerTexts();
			const unit = await page.getByTestId('backoff-comparison').getAttribute('data-unit');
			expect(comparison.filter((text) => text.includes(unit === 'ms' ? (l.locale === 'ko' ? '(밀리초)' : '(ms)') : l.seconds))).toHaveLength(3);
		});

		test(`on a 1280 px screen the controls sit beside the chart and the summary (${l.locale})`, async ({ page }) => {
			await page.setViewportSize(DESKTOP);
			await openSimulator(page, `${l.prefix}backoff/`);
			const form = await box(page, '[data-testid="backoff-form"]');
			const chart = await box(page, '[data-testid="backoff-delays-chart"]');
			const summary = await box(page, '[data-testid="backoff-summary"]');
			for (const beside of [chart, summary]) {
				expect(beside.left, 'right of the controls').toBeGreaterThanOrEqual(form.right);
				expect(beside.top, 'level with the controls').toBeLessThan(form.bottom);
				expect(beside.bottom, 'on the first screen').toBeLessThan(DESKTOP.height);
			}
			expect(form.top).toBeLessThan(DESKTOP.height / 2);
		});

		test(`the comparison charts share one time axis, one bucket and one scale (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			const scale = page.getByTestId('backoff-load-scale');
			await expect(scale).toHaveCount(1);
			await expect(scale).toContainText(l.bucket);
			const expectShared = async () => {
				const axes = Object.values(await loadAxes(page));
				expect(axes).toHaveLength(7);
				for (const labels of axes) expect(labels).toEqual(axes[0]);
				expect(axes[0]!.length).toBeGreaterThan(6);
			};
			await expectShared();
			// The bucket is said once, above the charts, not in each chart's labels.
			expect(await page.getByTestId('backoff-load-charts').innerText()).not.toContain(l.bucketInCharts);
			// Still shared after a change that reshapes every run.
			await page.locator('#cat-bo-clients').fill('300');
			await page.locator('#cat-bo-clients').press('Tab');
			await expect.poll(() => new URL(page.url()).searchParams.get('clients')).toBe('300');
			await expectShared();
		});

		test(`the page is in the reader's language (${l.locale})`, async ({ page }) => {
			await openSimulator(page, `${l.prefix}backoff/`);
			await expect(page.locator('html')).toHaveAttribute('lang', l.locale);
			await expect(page.locator('h1')).toHaveText(l.title);
			const headers = await page.getByTestId('backoff-schedule').locator('thead th').allTextContents();
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
			// Folded under the chart; a summary opens without JavaScript.
			await expect(schedule).toBeHidden();
			await page.locator('details.cat-bo-schedule-data > summary').click();
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
