import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiFiles } from '../api/build-files.ts';
import { getCatalog } from './catalog.ts';
import { writeDataFiles } from './build-files-integration.ts';

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the data files a build writes instead of rendering them', () => {
	it('are the whole JSON API, byte for byte as `catalog export` builds it, and a short link per error and language', () => {
		const root = mkdtempSync(join(tmpdir(), 'build-files-'));
		dirs.push(root);
		const at = { site: 'https://example.org', base: '/ref/' };
		const catalog = getCatalog();
		const api = buildApiFiles(catalog, { site: at.site, base: at.base });
		expect(writeDataFiles(root, catalog, at)).toBe(api.size + catalog.errors.length * 2);
		for (const [path, body] of api) expect(readFileSync(join(root, path), 'utf8'), path).toBe(body);
		for (const error of catalog.errors) {
			expect(readFileSync(join(root, 'e', error.id, 'index.html'), 'utf8')).toContain(`url=/ref/errors/${error.slug}/`);
			expect(readFileSync(join(root, 'ko', 'e', error.id, 'index.html'), 'utf8')).toContain(`url=/ref/ko/errors/${error.slug}/`);
		}
		expect(existsSync(join(root, 'e', 'index.html'))).toBe(false);
	});
});
