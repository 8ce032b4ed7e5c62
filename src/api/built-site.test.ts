/**
 * The JSON API against the built site in dist/: the served files are the
 * bytes `buildApiFiles` makes, every page URL the API hands out is a page
 * that was built, and the API page exists in both languages.
 *
 * This needs a build. The full test command builds the site first; run alone
 * without dist/, the suite is skipped (see its title) rather than faked.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES, formatProblem, loadCatalog, type Catalog } from '../catalog/index.ts';
import { API_PREFIX, buildApiFiles, type SiteLocation } from './build-files.ts';
import type { ApiCatalog, LocaleCatalog } from './schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const BUILT = existsSync(join(DIST, 'index.html'));
const DEFAULT_AT: SiteLocation = { site: 'https://classroom-errors.example.org', base: '/' };

function load(): Catalog {
	const result = loadCatalog(join(ROOT, 'content'), { cwd: ROOT });
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.catalog;
}

/** Every file under `dir`, relative, with `/`. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}

/** The built HTML file of an absolute page URL of a site served at `at`. */
function builtPage(url: string, at: SiteLocation): string {
	const base = new URL(at.base, at.site).pathname;
	const { pathname } = new URL(url);
	if (!pathname.startsWith(base) || !pathname.endsWith('/')) throw new Error(`${url} is not a page URL under ${at.site}${at.base}`);
	return join(DIST, pathname.slice(base.length), 'index.html');
}

describe.skipIf(!BUILT)('the built site in dist/ (skipped when dist/index.html is missing: run `npm run build` first)', () => {
	const catalog = load();

	it('serves exactly the API files of buildApiFiles, byte for byte (dist/ is not stale)', () => {
		// Where dist/ was built for, read back from its own catalog.json.
		const served = JSON.parse(readFileSync(join(DIST, API_PREFIX, 'catalog.json'), 'utf8')) as ApiCatalog;
		const schemaUrl = new URL(served.$schema);
		const suffix = `${API_PREFIX}catalog.schema.json`;
		expect(schemaUrl.pathname.endsWith(`/${suffix}`)).toBe(true);
		const at = { site: schemaUrl.origin, base: schemaUrl.pathname.slice(0, -suffix.length) };
		expect(served.catalogVersion, 'dist/ was built from other content than content/: run `npm run build`').toBe(catalog.version);

		const expected = buildApiFiles(catalog, at);
		expect(filesUnder(join(DIST, API_PREFIX)).map((p) => `${API_PREFIX}${p}`)).toEqual([...expected.keys()].sort());
		for (const [path, text] of expected) expect(readFileSync(join(DIST, path), 'utf8') === text, path).toBe(true);
	});

	it('builds a page for every URL the API gives out', () => {
		const files = buildApiFiles(catalog, DEFAULT_AT);
		const full = JSON.parse(files.get(`${API_PREFIX}catalog.json`) ?? '') as ApiCatalog;
		const urls = [
			...full.statuses.flatMap((s) => Object.values(s.urls)),
			...full.errors.flatMap((e) => [...Object.values(e.urls), ...Object.values(e.shortUrls)]),
		];
		for (const locale of LOCALES) {
			const one = JSON.parse(files.get(`${API_PREFIX}${locale}/catalog.json`) ?? '') as LocaleCatalog;
			urls.push(...one.statuses.map((s) => s.url), ...one.errors.flatMap((e) => [e.url, e.shortUrl]));
		}
		// Per locale in catalog.json and again in its locale file: every status's page, every error's page and short link.
		expect(urls).toHaveLength(2 * (catalog.statuses.length + catalog.errors.length * 2) * 2);
		const missing = urls.filter((url) => !existsSync(builtPage(url, DEFAULT_AT)));
		expect(missing).toEqual([]);
	});

	it('builds each short link as a redirect to its error page', () => {
		for (const error of catalog.errors) {
			for (const locale of LOCALES) {
				const prefix = locale === 'en' ? '' : `${locale}/`;
				const html = readFileSync(join(DIST, prefix, 'e', error.id, 'index.html'), 'utf8');
				expect(html, `${prefix}e/${error.id}/`).toContain(`errors/${error.slug}/`);
			}
		}
	});

	it.each([
		['api/index.html', 'en', 'This content is not available in your language yet.'],
		['ko/api/index.html', 'ko', '이 콘텐츠는 아직 번역되지 않았습니다.'],
	])('builds the API page %s in its own language, with no "not translated" notice', (path, lang, notice) => {
		const html = readFileSync(join(DIST, path), 'utf8');
		expect(html).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
		expect(html).not.toContain(notice);
		// Every endpoint the page names exists in the build.
		// Paths wrap at their slashes (<wbr>, src/components/Id.astro): read the text as a reader copies it.
		const named = new Set([...html.replaceAll('<wbr>', '').matchAll(/\/api\/v1\/[A-Za-z0-9_./-]+\.json/g)].map((m) => m[0]));
		for (const endpoint of ['/api/v1/catalog.json', '/api/v1/catalog.schema.json', '/api/v1/en/catalog.json', '/api/v1/ko/catalog.json']) {
			expect(named.has(endpoint), endpoint).toBe(true);
		}
		for (const path of named) expect(existsSync(join(DIST, path)), path).toBe(true);
		if (lang === 'ko') expect(html).toMatch(/[가-힣]{2,}/);
	});
});
