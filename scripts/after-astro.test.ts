import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveInto } from './after-astro.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'move-into-'));
	dirs.push(dir);
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), body);
	}
	return dir;
}

describe('moving the files written beside Astro into the built site', () => {
	it('moves new folders whole and files into folders both have, and leaves the pages as they were', () => {
		const site = tree({ 'index.html': 'home', 'errors/a/index.html': 'page a', 'errors/b/index.html': 'page b' });
		const files = tree({ 'api/v1/catalog.json': '{}', 'errors/a/index.md': 'twin a', 'errors/b/index.md': 'twin b', 'llms.txt': 'list' });
		moveInto(files, site);
		expect(existsSync(files)).toBe(false);
		expect(readFileSync(join(site, 'errors/a/index.html'), 'utf8')).toBe('page a');
		expect(readFileSync(join(site, 'errors/a/index.md'), 'utf8')).toBe('twin a');
		expect(readFileSync(join(site, 'api/v1/catalog.json'), 'utf8')).toBe('{}');
		expect(readdirSync(site).sort()).toEqual(['api', 'errors', 'index.html', 'llms.txt']);
	});

	it('refuses to replace a file the site already has, naming it', () => {
		const site = tree({ 'errors/a/index.html': 'page a' });
		const files = tree({ 'errors/a/index.html': 'generated' });
		expect(() => moveInto(files, site)).toThrow(`The built site already has ${join(site, 'errors/a/index.html')}`);
		expect(readFileSync(join(site, 'errors/a/index.html'), 'utf8')).toBe('page a');
	});
});
