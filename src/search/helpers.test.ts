import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { errorSearchFields, catalogIdKeys, statusSearchFields } from './index-fields.ts';
import { decodeEntities, excerptParts, withoutLeadingLabel } from './excerpt.ts';
import { lexiconFromGlossary } from './korean.ts';

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

describe('withoutLeadingLabel', () => {
	const text = (parts: ReturnType<typeof excerptParts>) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

	it('drops the copy of the result’s title an excerpt starts with, marks and all', () => {
		const parts = excerptParts('<mark>Ownership</mark> transfer still in progress. Removing the <mark>course</mark> owner failed');
		expect(text(withoutLeadingLabel(parts, 'Ownership transfer still in progress'))).toBe('Removing the [course] owner failed');
		const ko = excerptParts('<mark>수업 소유자가</mark> 될 수 없는 사용자. 지정한 사람을 <mark>소유자로</mark> 하는');
		expect(text(withoutLeadingLabel(ko, '수업 소유자가 될 수 없는 사용자'))).toBe('지정한 사람을 [소유자로] 하는');
		// A title ending inside a marked run keeps the rest of the run marked.
		expect(text(withoutLeadingLabel(excerptParts('<mark>Course not modifiable. Course</mark> state'), 'Course not modifiable'))).toBe('[Course] state');
	});

	it('leaves an excerpt alone that does not start with the whole title, or is nothing but the title', () => {
		const parts = excerptParts('the course has no <mark>owner</mark>. If the owner');
		expect(withoutLeadingLabel(parts, 'Cannot remove a teacher from a course without an owner')).toEqual(parts);
		expect(withoutLeadingLabel(excerptParts('Ownership transfer'), 'Ownership transfer still in progress')).toEqual(excerptParts('Ownership transfer'));
		expect(withoutLeadingLabel(excerptParts('Course not modifiable.'), 'Course not modifiable')).toEqual(excerptParts('Course not modifiable.'));
		expect(withoutLeadingLabel(parts, undefined)).toEqual(parts);
		expect(withoutLeadingLabel(parts, '  ')).toEqual(parts);
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

	it('join adjacent Korean stems within the title and each keyword, never in the prose or across texts', () => {
		const entry = catalog.errors[0];
		if (!entry) throw new Error('The catalog has no errors.');
		const prose = (plain: string) => ({ ...entry.text.ko.summary, plain });
		const ko = { ...entry.text.ko, title: '공동 교사 한도', keywords: ['정원 초과'], summary: prose('소유자 변경'), cause: prose('계정 삭제'), action: prose('관리자 문의') };
		const fields = errorSearchFields({ ...entry, text: { ...entry.text, ko } }, 'ko', lexicon, catalogIdKeys(catalog));
		const norm = new Set(fields['norm']?.split(' '));
		for (const term of ['공동', '교사', '한도', '공동교사', '교사한도', '정원초과', '소유자', '변경', '계정', '삭제', '관리자', '문의']) expect(norm.has(term), term).toBe(true);
		for (const term of ['소유자변경', '계정삭제', '관리자문의', '한도정원', '초과소유자']) expect(norm.has(term), term).toBe(false);
		expect(new Set(fields['keywords']?.split(' '))).toEqual(new Set(['정원', '초과', '정원초과']));
	});

	it('give a status page its name, HTTP code and keywords', () => {
		const status = catalog.statuses.find((s) => s.id === 'RESOURCE_EXHAUSTED');
		if (!status) throw new Error('RESOURCE_EXHAUSTED is missing from the catalog.');
		const fields = statusSearchFields(status, 'en', lexicon, catalogIdKeys(catalog));
		expect(fields).toMatchObject({ kind: 'status', ids: 'resourceexhausted 429' });
		for (const word of ['rate', 'limit', 'quota', 'exceeded']) expect(fields['keywords']?.split(' '), word).toContain(word);
	});
});
