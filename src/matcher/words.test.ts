import { describe, expect, it } from 'vitest';
import { buildAliases, exactKey, splitCamel, stemEnglish, wordsOf } from './words.ts';

describe('words', () => {
	it('splits camel case ids into words', () => {
		expect(splitCamel('CourseNotModifiable')).toBe('Course Not Modifiable');
		expect(splitCamel('ClassroomApiDisabled')).toBe('Classroom Api Disabled');
		expect(splitCamel('URLLimit')).toBe('URL Limit');
	});

	it('gives two spellings of one name the same key', () => {
		expect(exactKey('Course not modifiable.')).toBe(exactKey('COURSE_NOT_MODIFIABLE'));
		expect(exactKey('수업을 수정할 수 없음')).toBe(exactKey('수업을수정할수없음'));
		expect(exactKey('ＡＢＣ')).toBe('abc');
	});

	it.each([
		['classes', 'class'],
		['courses', 'cours'],
		['course', 'cours'],
		['archived', 'archiv'],
		['archiving', 'archiv'],
		['limits', 'limit'],
		['status', 'status'],
		['access', 'access'],
		['policies', 'policy'],
	])('stems %s to %s', (word, stem) => {
		expect(stemEnglish(word)).toBe(stem);
	});

	it('drops stop words and keeps numbers', () => {
		expect(wordsOf('The course is not modifiable (429)').terms).toEqual(['cours', 'modifiabl', '429']);
	});

	it('reads Korean through the search normaliser, with bigrams for spacing', () => {
		expect(wordsOf('공동 교사를 추가할 수 없어요').terms).toEqual(expect.arrayContaining(['공동', '교사', '추가']));
		expect(wordsOf('공동교사').bigrams).toEqual(expect.arrayContaining(['공동', '교사']));
	});

	it('widens the reader\'s words with aliases', () => {
		const aliases = buildAliases({ class: 'course', 정원: '한도' });
		expect(wordsOf('too many classes', { aliases }).terms).toContain('cours');
		expect(wordsOf('정원', { aliases }).terms).toEqual(['정원', '한도']);
	});
});
