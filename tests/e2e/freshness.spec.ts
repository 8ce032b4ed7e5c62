/**
 * The change feed and translation freshness, as readers and tools meet them,
 * in both languages: on the served site (the API page's feed links, the feeds
 * themselves, no stale notice while every translation is current), and on a
 * second site built from a small catalog in which one English text changed
 * after its Korean translation was reviewed (the Korean pages say so and link
 * the English page at the changed section; the JSON marks it; the feed lists it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { createStaticServer } from './support/serve.ts';
import { LOCALES, expect, sitePath, test } from './support/fixtures.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test.describe('the change feed on the served site', () => {
	for (const { locale, prefix } of LOCALES) {
		test(`the ${locale} API page links the change feed in both languages and changes.json, and each answers`, async ({ page, request }) => {
			await page.goto(`${prefix}api/`);
			const links = page.getByTestId('feed-links');
			await expect(links).toBeVisible();
			for (const [testId, path] of [
				['feed-atom-en', 'api/v1/en/changes.atom'],
				['feed-atom-ko', 'api/v1/ko/changes.atom'],
				['feed-json', 'api/v1/changes.json'],
			] as const) {
				const link = links.getByTestId(testId);
				await expect(link).toHaveAttribute('href', sitePath(path));
				const response = await request.get(sitePath(path));
				expect(response.status(), path).toBe(200);
				const body = await response.text();
				if (path.endsWith('.atom')) {
					expect(response.headers()['content-type']).toContain('application/atom+xml');
					expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
				} else {
					expect((JSON.parse(body) as { changes: unknown[] }).changes.length).toBeGreaterThan(0);
				}
			}
			// The reader's own language comes first.
			await expect(links.locator('a').first()).toHaveAttribute('href', sitePath(`api/v1/${locale}/changes.atom`));
		});
	}

	test('no page of the real catalog shows a stale-translation notice: every Korean translation is current', async ({ page, request }) => {
		const ko = (await (await request.get(sitePath('api/v1/ko/catalog.json'))).json()) as { errors: { translation: { state: string } }[]; statuses: { translation: { state: string } }[] };
		expect([...ko.errors, ...ko.statuses].map((e) => e.translation.state).filter((s) => s !== 'current')).toEqual([]);
		for (const path of ['ko/errors/course-not-modifiable/', 'ko/statuses/failed-precondition/', 'errors/course-not-modifiable/']) {
			await page.goto(path);
			await expect(page.getByTestId('summary').or(page.getByTestId('status-title')).first()).toBeVisible();
			await expect(page.getByTestId('translation-notice')).toHaveCount(0);
		}
	});
});

/**
 * A site built from src/catalog/fixtures/valid: every Korean translation
 * reviewed and recorded, then the English cause of CourseNotModifiable and
 * the English meaning of FAILED_PRECONDITION changed and recorded, as a
 * writer would with the catalog's commands.
 */
const REPOSITORY = 'https://github.com/example/classroom-errors';

function buildStaleSite(dir: string): string {
	const content = join(dir, 'content');
	cpSync(join(ROOT, 'src', 'catalog', 'fixtures', 'valid'), content, { recursive: true });
	const localNode = join(ROOT, 'node_modules', '.bin', 'node');
	const node = existsSync(localNode) ? localNode : process.execPath;
	const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
		const result = spawnSync(node, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
		if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
		return result.stdout;
	};
	run(['scripts/catalog.ts', 'mark-translated', '--all', '--content', content]);
	run(['scripts/catalog.ts', 'record-changes', '--date', '2026-12-01', '--content', content]);
	const en = join(content, 'en.yaml');
	const text = readFileSync(en, 'utf8');
	const edited = text
		.replace('    cause: Only the course state itself can change while the course is in this state.', '    cause: Only the course state itself can change while the course is in this state, such as when it is archived.')
		.replace(/(  - id: FAILED_PRECONDITION\n(?: {4}.*\n)*? {4}meaning: )(.*)\n/, (_all, head: string, meaning: string) => `${head}${meaning} The state has to change first.\n`);
	if (edited.split('\n').filter((line, i) => line !== text.split('\n')[i]).length !== 2) throw new Error('the fixture no longer has the two English texts this test changes');
	writeFileSync(en, edited);
	run(['scripts/catalog.ts', 'record-changes', '--date', '2026-12-02', '--content', content]);
	const out = join(dir, 'dist');
	// With a repository configured, as a published site would be: its pages link their YAML lines (src/site/entry-links.ts).
	run(['scripts/build.ts'], { CATALOG_DIR: content, OUT_DIR: out, BASE_PATH: '/', REPOSITORY_URL: REPOSITORY });
	return out;
}

test.describe('a Korean translation behind its English text', () => {
	// One build, one server: the tests share them, in one worker.
	test.describe.configure({ mode: 'serial' });
	let dir = '';
	let server: Server | undefined;
	let origin = '';

	test.beforeAll(async ({}, testInfo) => {
		// A build of a six-entry catalog: well under a minute on an idle machine, several on a busy one.
		testInfo.setTimeout(15 * 60_000);
		dir = mkdtempSync(join(tmpdir(), 'e2e-stale-'));
		const out = buildStaleSite(dir);
		server = createStaticServer({ root: out, base: '/' });
		await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
	});

	test.afterAll(async () => {
		await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('the Korean error page says the English changed and links the English page at the changed section', async ({ page }) => {
		await page.goto(`${origin}/ko/errors/course-not-modifiable/`);
		const notice = page.getByTestId('translation-notice');
		await expect(notice).toBeVisible();
		await expect(notice).toHaveAttribute('data-state', 'stale');
		await expect(notice).toContainText('영어 원문이 바뀌었습니다');
		await expect(notice.getByTestId('translation-english-link')).toHaveAttribute('href', '/errors/course-not-modifiable/');
		const section = notice.getByTestId('translation-changed').getByRole('link', { name: '원인' });
		await expect(section).toHaveAttribute('href', '/errors/course-not-modifiable/#cause');
		await section.click();
		await expect(page).toHaveURL(`${origin}/errors/course-not-modifiable/#cause`);
		await expect(page.locator('#cause')).toBeInViewport();
		await expect(page.getByTestId('translation-notice')).toHaveCount(0);
	});

	test('the Korean status page says so too, at the meaning; pages whose English did not change say nothing', async ({ page }) => {
		await page.goto(`${origin}/ko/statuses/failed-precondition/`);
		const notice = page.getByTestId('translation-notice');
		await expect(notice).toBeVisible();
		await expect(notice.getByTestId('translation-changed').getByRole('link', { name: '의미' })).toHaveAttribute('href', '/statuses/failed-precondition/#meaning');
		for (const path of ['/ko/errors/classroom-disabled/', '/ko/statuses/resource-exhausted/', '/statuses/failed-precondition/']) {
			await page.goto(`${origin}${path}`);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.getByTestId('translation-notice')).toHaveCount(0);
		}
	});

	test('the JSON marks the two stale translations and the feed lists the English changes, in both languages', async ({ request }) => {
		const ko = (await (await request.get(`${origin}/api/v1/ko/catalog.json`)).json()) as { errors: { id: string; translation: { state: string; changedFields?: string[] } }[]; statuses: { id: string; translation: { state: string } }[] };
		expect(ko.errors.find((e) => e.id === 'CourseNotModifiable')?.translation).toMatchObject({ state: 'stale', changedFields: ['cause'] });
		expect([...ko.errors, ...ko.statuses].filter((e) => e.translation.state === 'stale').map((e) => e.id).sort()).toEqual(['CourseNotModifiable', 'FAILED_PRECONDITION']);
		const changes = (await (await request.get(`${origin}/api/v1/changes.json`)).json()) as { changes: { date: string; change: string; entry: string; fields?: string[] }[] };
		expect(changes.changes.slice(0, 2).map((c) => [c.date, c.change, c.entry, c.fields])).toEqual([
			['2026-12-02', 'changed', 'CourseNotModifiable', ['en.cause']],
			['2026-12-02', 'changed', 'FAILED_PRECONDITION', ['en.meaning']],
		]);
		for (const [locale, word] of [['en', 'Changed'], ['ko', '변경']] as const) {
			const atom = await (await request.get(`${origin}/api/v1/${locale}/changes.atom`)).text();
			expect(atom).toContain(`<title>${word}: CourseNotModifiable`);
			expect(atom).toMatch(new RegExp(`href="https?://[^"/]+${locale === 'ko' ? '/ko' : ''}/errors/course-not-modifiable/"`));
		}
	});

	test('with a repository configured, each page links its entry\'s YAML line and a prefilled issue, in both languages', async ({ page }) => {
		for (const [prefix, file] of [['', 'en.yaml'], ['ko/', 'ko.yaml']] as const) {
			const lines = readFileSync(join(dir, 'content', file), 'utf8').split('\n');
			const line = lines.findIndex((l) => /^\s*- id: CourseNotModifiable\s*$/.test(l)) + 1;
			expect(line, `${file} writes CourseNotModifiable`).toBeGreaterThan(0);
			await page.goto(`${origin}/${prefix}errors/course-not-modifiable/`);
			const links = page.getByTestId('entry-links');
			await expect(links.getByTestId('edit-entry')).toHaveAttribute('href', `${REPOSITORY}/blob/main/content/${file}#L${String(line)}`);
			const helpful = new URL((await links.getByTestId('helpful').getAttribute('href')) ?? '');
			expect(`${helpful.origin}${helpful.pathname}`).toBe(`${REPOSITORY}/issues/new`);
			expect(helpful.searchParams.get('title')).toContain('CourseNotModifiable');
			expect(helpful.searchParams.get('body')).toContain(`/${prefix}errors/course-not-modifiable/`);
		}
	});
});
