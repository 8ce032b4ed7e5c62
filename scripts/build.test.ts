/**
 * The build as a whole: it refuses a bad catalog without touching an earlier
 * output, and it honours a base path everywhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cat-build-'));
	temps.push(dir);
	return dir;
}

function build(env: Record<string, string>) {
	return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

describe('the build', () => {
	it.each(['broken-yaml', 'duplicate-id', 'raw-html', 'missing-ko', 'empty-file'])(
		'refuses the %s catalog, names the file and line, and leaves the earlier output as it was',
		(fixture) => {
			const out = join(tempDir(), 'dist');
			mkdirSync(out);
			writeFileSync(join(out, 'index.html'), 'earlier good build');
			const result = build({ CATALOG_DIR: join(ROOT, 'src/catalog/fixtures', fixture), OUT_DIR: out });
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(new RegExp(`fixtures/${fixture}/(en|ko)\\.yaml:\\d+`));
			expect(result.stderr).toContain('the site was not built');
			expect(readdirSync(out)).toEqual(['index.html']);
			expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('earlier good build');
		},
	);

	it('serves under a base path: every internal link, asset and API URL carries it', () => {
		const out = join(tempDir(), 'dist');
		const result = build({ OUT_DIR: out, BASE_PATH: '/some-path/', SITE_URL: 'https://docs.example.net' });
		expect(result.status, result.stderr).toBe(0);
		expect(existsSync(join(out, 'errors/course-not-modifiable/index.html'))).toBe(true);
		const offenders: string[] = [];
		for (const file of htmlFiles(out)) {
			const html = readFileSync(file, 'utf8');
			for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
				const url = match[1] ?? '';
				if (!url.startsWith('/some-path/') && !url.startsWith('//')) offenders.push(`${file.slice(out.length)}: ${url}`);
			}
		}
		expect(offenders).toEqual([]);
		const page = readFileSync(join(out, 'ko/errors/course-not-modifiable/index.html'), 'utf8');
		expect(page).toContain('<link rel="canonical" href="https://docs.example.net/some-path/ko/errors/course-not-modifiable/"');
		const shortLink = readFileSync(join(out, 'e/CourseNotModifiable/index.html'), 'utf8');
		expect(shortLink).toContain('url=/some-path/errors/course-not-modifiable/');
		const catalog = JSON.parse(readFileSync(join(out, 'api/v1/catalog.json'), 'utf8')) as { errors: { urls: { en: string } }[] };
		expect(catalog.errors.every((e) => e.urls.en.startsWith('https://docs.example.net/some-path/errors/'))).toBe(true);
	}, 240_000);
});
