/**
 * The end-user message: support staff copy it from an error page in the
 * reader's language and see who has to act; tools read the same from the
 * JSON API, which validates against its published schema.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { APIRequestContext } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadCatalog } from '../../src/catalog/index.ts';
import { expect, sitePath, test } from './support/fixtures.ts';

/** How many errors the catalog in content/ holds: the served catalog.json must carry every one. */
function errorsInContent(): number {
	const result = loadCatalog(fileURLToPath(new URL('../../content/', import.meta.url)));
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.catalog.errors.length;
}

type Json = Record<string, unknown>;
interface ApiError {
	id: string;
	whoActs: string[];
	text: Record<string, { userMessage: string }>;
}

async function catalogErrors(request: APIRequestContext): Promise<ApiError[]> {
	const response = await request.get(sitePath('api/v1/catalog.json'));
	expect(response.status()).toBe(200);
	return ((await response.json()) as { errors: ApiError[] }).errors;
}

for (const { locale, prefix, heading, button, copied, roles } of [
	{
		locale: 'en',
		prefix: '',
		heading: 'Message for the user',
		button: 'Copy message',
		copied: 'Copied',
		roles: { 'end-user': 'End user', administrator: 'Administrator', developer: 'Developer' },
	},
	{
		locale: 'ko',
		prefix: 'ko/',
		heading: '사용자에게 전할 메시지',
		button: '메시지 복사',
		copied: '복사됨',
		roles: { 'end-user': '최종 사용자', administrator: '관리자', developer: '개발자' },
	},
] as const) {
	test.describe(`the end-user message (${locale})`, () => {
		for (const id of ['UserIneligibleToUpdateGradingPeriodSettings', 'ProjectPermissionDenied']) {
			test(`support staff copy the end-user message of ${id} exactly and see who acts (${locale})`, async ({ page, context, request }) => {
				const error = (await catalogErrors(request)).find((e) => e.id === id);
				if (!error) throw new Error(`${id} is not in catalog.json`);
				const message = error.text[locale]?.userMessage ?? '';
				expect(message).not.toBe('');
				await context.grantPermissions(['clipboard-read', 'clipboard-write']);
				const slug = id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
				await page.goto(sitePath(`${prefix}errors/${slug}/`));

				await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
				await expect(page.getByTestId('user-message')).toHaveText(message);
				const whoActs = page.getByTestId('who-acts');
				await expect(whoActs.locator('[data-who]')).toHaveCount(error.whoActs.length);
				for (const who of error.whoActs) await expect(whoActs.locator(`[data-who="${who}"]`)).toContainText(roles[who as keyof typeof roles]);

				await page.getByRole('button', { name: button }).click();
				await expect(page.locator('cat-copy-text [role="status"]')).toHaveText(copied);
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
			});
		}

		test(`the copy button takes its place from the first paint, so nothing below it moves (${locale})`, async ({ browser, page }) => {
			const path = sitePath(`${prefix}errors/inactive-course-owner/`);
			await page.goto(path);
			await expect(page.getByRole('button', { name: button })).toBeVisible();
			const withScript = await page.locator('#retry').boundingBox();
			// Without JavaScript the button never appears: the page as it is before the script runs.
			const plain = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize(), baseURL: new URL(page.url()).origin });
			try {
				const before = await plain.newPage();
				await before.goto(path);
				await expect(before.getByTestId('user-message')).toBeVisible();
				const withoutScript = await before.locator('#retry').boundingBox();
				expect(withoutScript?.y).toBe(withScript?.y);
			} finally {
				await plain.close();
			}
		});
	});
}

test('catalog.json gives every error an end-user message in both languages and who acts, and validates against the published schema', async ({ request }) => {
	const catalog = (await (await request.get(sitePath('api/v1/catalog.json'))).json()) as Json & { errors: ApiError[]; $schema: string };
	const schema = (await (await request.get(sitePath('api/v1/catalog.schema.json'))).json()) as Json;
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('uri', { type: 'string', validate: (value: string) => URL.canParse(value) });
	ajv.addSchema(schema);
	const validate = (pointer: string, data: unknown) => {
		const check = ajv.getSchema(`${String(schema['$id'])}${pointer}`);
		if (!check) throw new Error(`No schema at ${pointer}`);
		return { ok: check(data) as boolean, errors: ajv.errorsText(check.errors) };
	};
	expect(validate('', catalog)).toEqual({ ok: true, errors: 'No errors' });
	expect(catalog['schemaVersion']).toBe('1.4.0');
	expect(catalog.errors).toHaveLength(errorsInContent());
	for (const error of catalog.errors) {
		expect(error.whoActs.length, error.id).toBeGreaterThan(0);
		for (const who of error.whoActs) expect(['end-user', 'administrator', 'developer']).toContain(who);
		for (const locale of ['en', 'ko']) {
			const message = error.text[locale]?.userMessage ?? '';
			expect(message.length, `${error.id} ${locale}`).toBeGreaterThan(20);
			// Plain words: no Markdown code, no @Id, no method name.
			expect(message, `${error.id} ${locale}`).not.toMatch(/`|@[A-Z]|\bcourses\.[a-z]/);
			expect(message, `${error.id} ${locale}`).not.toContain(error.id);
		}
		expect(error.text['ko']?.userMessage).toMatch(/[가-힣]/);
	}
	// The schema holds the new fields to their shape: a tool can rely on it.
	const first = catalog.errors[0] as ApiError;
	expect(validate('#/$defs/Error', { ...first, whoActs: [] }).ok).toBe(false);
	expect(validate('#/$defs/Error', { ...first, whoActs: ['teacher'] }).ok).toBe(false);
	for (const locale of ['en', 'ko']) {
		const single = (await (await request.get(sitePath(`api/v1/${locale}/catalog.json`))).json()) as { errors: (Json & { userMessage: string; whoActs: string[] })[] };
		expect(validate('#/$defs/LocaleCatalog', single)).toEqual({ ok: true, errors: 'No errors' });
		for (const [i, error] of single.errors.entries()) {
			expect(error.userMessage).toBe(catalog.errors[i]?.text[locale]?.userMessage);
			expect(error.whoActs).toEqual(catalog.errors[i]?.whoActs);
		}
	}
});
