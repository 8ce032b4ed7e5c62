/**
 * The JSON API as a tool sees it on the served site, and its page in both languages.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, sitePath, test } from './support/fixtures.ts';

type Json = Record<string, unknown>;

function validator(schema: Json) {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('uri', {
		type: 'string',
		validate: (value: string) => {
			try {
				return new URL(value).protocol.startsWith('http');
			} catch {
				return false;
			}
		},
	});
	ajv.addSchema(schema);
	return (pointer: string, data: unknown) => {
		const validate = ajv.getSchema(`${String(schema['$id'])}${pointer}`);
		if (!validate) throw new Error(`No schema at ${pointer}`);
		const ok = validate(data) as boolean;
		return { ok, errors: ajv.errorsText(validate.errors) };
	};
}

test('a tool fetches catalog.json from the served site and it validates against the published schema', async ({ request }) => {
	const catalogResponse = await request.get(sitePath('api/v1/catalog.json'));
	expect(catalogResponse.status()).toBe(200);
	expect(catalogResponse.headers()['content-type']).toContain('application/json');
	const catalog = (await catalogResponse.json()) as Json & { errors: Json[]; statuses: Json[]; $schema: string };
	const schema = (await (await request.get(sitePath('api/v1/catalog.schema.json'))).json()) as Json;
	expect(catalog.$schema).toBe(schema['$id']);
	const check = validator(schema);
	expect(check('', catalog)).toEqual({ ok: true, errors: 'No errors' });
	expect(catalog.errors.length).toBeGreaterThanOrEqual(23);
	expect(catalog.statuses).toHaveLength(16);
	// Every source says what it is; a public report is never passed off as Google's documentation.
	const sources = (catalog as unknown as { sources: { id: string; kind: string }[] }).sources;
	for (const source of sources) expect(['documentation', 'report'], source.id).toContain(source.kind);
	expect(sources.find((s) => s.id === 'rpc-code-proto')?.kind).toBe('documentation');
	expect(sources.filter((s) => s.kind === 'report').length).toBeGreaterThan(0);

	// The validator can fail: a catalog with a field it does not know is rejected.
	expect(check('', { ...catalog, surprise: true }).ok).toBe(false);

	for (const locale of ['en', 'ko']) {
		const single = (await (await request.get(sitePath(`api/v1/${locale}/catalog.json`))).json()) as Json;
		expect(check('#/$defs/LocaleCatalog', single)).toEqual({ ok: true, errors: 'No errors' });
		expect(single['locale']).toBe(locale);
	}
	const one = (await (await request.get(sitePath('api/v1/errors/CourseNotModifiable.json'))).json()) as Json;
	expect(check('#/$defs/Error', one)).toEqual({ ok: true, errors: 'No errors' });
	// The entry of catalog.json, with its own $schema first (1.4.0).
	expect(one).toEqual({ $schema: `${String(schema['$id'])}#/$defs/Error`, ...catalog.errors.find((e) => e['id'] === 'CourseNotModifiable') });
	expect(Object.keys(one)[0]).toBe('$schema');
	const status = (await (await request.get(sitePath('api/v1/statuses/FAILED_PRECONDITION.json'))).json()) as Json;
	expect(check('#/$defs/Status', status)).toEqual({ ok: true, errors: 'No errors' });
	expect(status).toEqual({ $schema: `${String(schema['$id'])}#/$defs/Status`, ...catalog.statuses.find((s) => s['id'] === 'FAILED_PRECONDITION') });
});

for (const { locale, prefix, heading } of [
	{ locale: 'en', prefix: '', heading: 'Versioning' },
	{ locale: 'ko', prefix: 'ko/', heading: '버전 관리 정책' },
] as const) {
	test(`an integrator reads the API page and its browser example works (${locale})`, async ({ page }) => {
		await page.goto(sitePath(`${prefix}api/`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
		await expect(page.locator('main table').first()).toContainText('/api/v1/catalog.json');
		await expect(page.locator('main')).not.toContainText(/not (yet )?(available|translated)/i);
		// What the page's browser example does: fetch the catalog and find an entry by its message prefix.
		const action = await page.evaluate(async ([path, lang]) => {
			const catalog = (await (await fetch(path)).json()) as { errors: { messagePrefix: string; text: Record<string, { action?: { plain: string } }> }[] };
			const message = '@CourseNotModifiable The course is not modifiable.';
			const entry = catalog.errors.find((e) => message === e.messagePrefix || message.startsWith(`${e.messagePrefix} `));
			return entry?.text[lang]?.action?.plain ?? null;
		}, [sitePath('api/v1/catalog.json'), locale] as const);
		expect(action).toContain('courses.patch');
	});
}
