import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { languageGlobs, mergeEntries } from './pagefind-index.ts';

describe('languageGlobs', () => {
	const dir = mkdtempSync(join(tmpdir(), 'language-globs-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('gives the Korean folder to one run and everything else that holds pages to the other, without the short links', () => {
		for (const folder of ['errors/a', 'ko/errors/a', 'ko/e/A', 'e/A', 'statuses', 'pagefind', '_astro', 'api']) mkdirSync(join(dir, folder), { recursive: true });
		for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'favicon.svg', 'ko/index.html', 'ko/404.html', 'e/A/index.html', 'ko/e/A/index.html', 'llms.txt']) writeFileSync(join(dir, file), '');
		expect(languageGlobs(dir)).toEqual(['{404.html,api/**/*.html,errors/**/*.html,index.html,statuses/**/*.html}', 'ko/{404.html,errors/**/*.html,index.html}']);
	});
});

describe('mergeEntries', () => {
	it('joins the languages of entry files written by one run per language', () => {
		const en = { version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 29 } }, include_characters: ['_'] };
		const ko = { version: '1.6.0', languages: { ko: { hash: 'ko_2', wasm: null, page_count: 29 } }, include_characters: ['_'] };
		expect(mergeEntries([en, ko])).toEqual({ version: '1.6.0', languages: { ...en.languages, ...ko.languages }, include_characters: ['_'] });
		expect(mergeEntries([en])).toBe(en);
		expect(mergeEntries([])).toBeUndefined();
	});
});
