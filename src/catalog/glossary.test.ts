import { describe, expect, it } from 'vitest';
import { glossaryViolations } from './glossary.ts';

const terms = [
	{ en: 'course', ko: '수업', avoid: ['강의', '과정', '클래스'] },
	{ en: 'Classroom', ko: '클래스룸', avoid: [] },
	{ en: 'retry', ko: '재시도', avoid: ['다시 시도'] },
];

describe('glossaryViolations', () => {
	it('finds each avoided word, with the term to use instead', () => {
		expect(glossaryViolations('강의를 다시 시도하세요.', terms).map((v) => [v.avoid, v.term.ko])).toEqual([
			['강의', '수업'],
			['다시 시도', '재시도'],
		]);
	});

	it('lets an avoided word stand inside another concept’s preferred term', () => {
		expect(glossaryViolations('클래스룸 수업을 재시도하세요.', terms)).toEqual([]);
		expect(glossaryViolations('클래스룸의 클래스', terms).map((v) => v.avoid)).toEqual(['클래스']);
	});

	it('removes preferred terms longest first, one after another, as before it prepared the glossary once', () => {
		// 'BCD' goes first (longer), so 'AB' no longer matches and 'CD' is gone with it; taking the leftmost match first would leave 'CD'.
		const overlapping = [
			{ en: 'x', ko: 'BCD', avoid: [] },
			{ en: 'y', ko: 'AB', avoid: ['CD', 'A'] },
		];
		expect(glossaryViolations('ABCD', overlapping).map((v) => v.avoid)).toEqual(['A']);
		expect(glossaryViolations('ABCD', overlapping).map((v) => v.avoid)).toEqual(['A']);
		expect(glossaryViolations('AB CD', overlapping).map((v) => v.avoid)).toEqual(['CD']);
	});

	it('keeps each glossary apart when several are used in turn', () => {
		const other = [{ en: 'course', ko: '강의', avoid: ['수업'] }];
		expect(glossaryViolations('수업', terms)).toEqual([]);
		expect(glossaryViolations('수업', other).map((v) => v.term.ko)).toEqual(['강의']);
		expect(glossaryViolations('강의', terms).map((v) => v.term.ko)).toEqual(['수업']);
	});

	it('finds nothing in text that follows the glossary', () => {
		expect(glossaryViolations('수업 소유자에게 재시도를 안내하세요.', terms)).toEqual([]);
	});

	it('tells the end-user register from the developer one: 다시 시도해 주세요 and 삭제 in a message to a teacher, 재시도 and 내보내다 in developer text', () => {
		const registers = [
			{ en: 'retry', ko: '재시도', avoid: ['다시 시도'], endUser: { ko: '다시 시도', avoid: ['재시도'] } },
			{ en: 'remove (a member)', ko: '내보내', avoid: ['제거'], endUser: { ko: '삭제', avoid: ['내보내', '제거'] } },
			{ en: 'delete', ko: '삭제', avoid: [] },
		];
		expect(glossaryViolations('학생을 삭제한 뒤 다시 시도해 주세요.', registers, 'end-user')).toEqual([]);
		expect(glossaryViolations('학생을 내보내고 재시도해 주세요.', registers, 'end-user').map((v) => [v.avoid, v.term.endUser?.ko])).toEqual([
			['재시도', '다시 시도'],
			['내보내', '삭제'],
		]);
		expect(glossaryViolations('교사를 내보낸 다음 재시도하세요.', registers)).toEqual([]);
		expect(glossaryViolations('교사를 내보낸 다음 다시 시도하세요.', registers, 'developer').map((v) => v.avoid)).toEqual(['다시 시도']);
		// A term without an end-user register applies in both.
		expect(glossaryViolations('교사를 제거하세요.', registers, 'end-user').map((v) => v.avoid)).toEqual(['제거']);
	});
});
