import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { errorSearchFields, catalogIdKeys, statusSearchFields } from './index-fields.ts';
import { decodeEntities, excerptParts } from './excerpt.ts';
import { lexiconFromGlossary } from './korean.ts';
import { decodeLexicon, encodeLexicon } from './lexicon-codec.ts';

const catalog = loadCatalogOrThrow(resolve('content'));
const lexicon = lexiconFromGlossary(catalog.glossary);

describe('excerptParts', () => {
	it('splits an excerpt into marked and plain text, decoding entities and dropping other tags', () => {
		expect(excerptParts('a &lt;b&gt; <mark>course</mark> &amp; <mark>x&#39;y</mark><img src=x>')).toEqual([
			{ text: 'a <b> ', marked: false },
			{ text: 'course', marked: true },
			{ text: ' & ', marked: false },
			{ text: "x'y", marked: true },
		]);
		expect(decodeEntities('&#x41;&quot;&unknown;')).toBe('A"&unknown;');
	});
});

describe('the lexicon codec', () => {
	it('round-trips the glossary lexicon', () => {
		expect(decodeLexicon(encodeLexicon(lexicon))).toEqual(lexicon);
	});
});

describe('index fields', () => {
	it('give an error page its id runs, keywords and, in Korean, the stems of its text', () => {
		const entry = catalog.errors.find((e) => e.id === 'CourseTeacherLimitReached');
		if (!entry) throw new Error('CourseTeacherLimitReached is missing from the catalog.');
		const en = errorSearchFields(entry, 'en', lexicon, catalogIdKeys(catalog));
		expect(en['kind']).toBe('error');
		expect(en['ids']?.split(' ')).toContain('teacherlimit');
		expect(en['norm']).toBeUndefined();
		const ko = errorSearchFields(entry, 'ko', lexicon, catalogIdKeys(catalog));
		const stems = new Set(ko['norm']?.split(' '));
		for (const stem of ['교사', '한도', '도달', '수업교사']) expect(stems.has(stem), stem).toBe(true);
		expect(ko['norm']).not.toMatch(/[^\p{L}\p{N} ]/u);
	});

	it('give a status page its name, HTTP code and keywords', () => {
		const status = catalog.statuses.find((s) => s.id === 'RESOURCE_EXHAUSTED');
		if (!status) throw new Error('RESOURCE_EXHAUSTED is missing from the catalog.');
		const fields = statusSearchFields(status, 'en', lexicon, catalogIdKeys(catalog));
		expect(fields).toMatchObject({ kind: 'status', ids: 'resourceexhausted 429' });
		for (const word of ['rate', 'limit', 'quota', 'exceeded']) expect(fields['keywords']?.split(' '), word).toContain(word);
	});
});
