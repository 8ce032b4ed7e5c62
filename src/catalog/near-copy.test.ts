import { describe, expect, it } from 'vitest';
import { NEAR_COPY_LIMIT, RUN_LENGTH, nearCopy, normalizedWords, tokens } from './near-copy.ts';

const SOURCE =
	'CourseMemberLimitReached indicates that the attempted action would exceed the maximum allowed number of course members. ' +
	'For further information, refer to the "Class size limits" section of the Invite students to a class help center article.';

describe('normalizedWords', () => {
	it('lowercases, drops punctuation and joins contractions', () => {
		expect(normalizedWords('Don\u2019t REMOVE the owner, please; it\'s (really) blocked.')).toEqual(['dont', 'remove', 'the', 'owner', 'please', 'its', 'really', 'blocked']);
	});

	it('drops identifiers however they are spelled', () => {
		expect(tokens('Call `courses.patch` or students.create() on CourseNotModifiable (FAILED_PRECONDITION) with addOnToken.')).toEqual([
			'call', null, 'or', null, 'on', null, null, 'with', null,
		]);
	});

	it('keeps Korean words whole but separates an identifier from its particle', () => {
		expect(tokens('ClassroomDisabled도 참고하세요. Classroom을 열고,')).toEqual([null, '도', '참고하세요', 'classroom을', '열고']);
	});

	it('normalises Korean to NFC so decomposed and composed text match', () => {
		expect(normalizedWords('\u1112\u1161\u11AB')).toEqual(normalizedWords('한'));
	});
});

describe('nearCopy', () => {
	it('counts the runs a field shares with the source, case and punctuation aside', () => {
		const result = nearCopy([{ field: 'errors.A.summary', text: 'The attempted ACTION would exceed the maximum allowed number, of course members!' }], SOURCE, { runLength: 8 });
		// 12 words: 5 runs of 8, all of them in the source.
		expect(result).toMatchObject({ runLength: 8, totalRuns: 5, sharedRuns: 5, share: 1 });
		expect(result.shared[0]).toEqual({ field: 'errors.A.summary', run: 'the attempted action would exceed the maximum allowed' });
		expect(result.passages).toEqual([{ field: 'errors.A.summary', text: 'the attempted action would exceed the maximum allowed number of course members', words: 12 }]);
	});

	it('finds nothing in text written in its own words', () => {
		const result = nearCopy([{ field: 'f', text: 'Adding this person would take the class past the most members it can hold.' }], SOURCE, { runLength: 8 });
		expect(result.totalRuns).toBeGreaterThan(0);
		expect(result.sharedRuns).toBe(0);
		expect(result.share).toBe(0);
		expect(result.passages).toEqual([]);
	});

	it('never lets a run span two fields', () => {
		const fields = [
			{ field: 'a', text: 'the attempted action would' },
			{ field: 'b', text: 'exceed the maximum allowed' },
		];
		expect(nearCopy(fields, SOURCE, { runLength: 8 })).toMatchObject({ totalRuns: 0, sharedRuns: 0, share: 0 });
	});

	it('does not count a run that includes an article title or an id, in the catalog or the source', () => {
		const text = 'See the section of the Invite students to a class help center article for CourseMemberLimitReached.';
		const names = ['Invite students to a class', 'Class size limits'];
		const masked = nearCopy([{ field: 'f', text }], SOURCE, { runLength: 4, names });
		// Once the title and the id are masked, only "see the section of", "the section of the" and "help center article for" are left.
		expect(masked.totalRuns).toBe(3);
		expect(masked.shared).toEqual([]);
		const unmasked = nearCopy([{ field: 'f', text }], SOURCE, { runLength: 4 });
		expect(unmasked.shared.map((s) => s.run)).toContain('invite students to a');
	});

	it('masks the longest name that fits', () => {
		const names = ['Google Admin', 'Google Admin console'];
		const result = nearCopy([{ field: 'f', text: 'assign it in the Google Admin console today' }], 'x', { runLength: 2, names });
		expect(result.shared).toEqual([]);
		// "assign it", "it in", "in the": nothing crosses the masked name, and "today" alone is no run.
		expect(result.totalRuns).toBe(3);
	});

	it('masks a Korean name whose last word carries a particle', () => {
		const source = '라이선스는 Google 관리 콘솔에서 할당할 수 있습니다.';
		const text = '라이선스는 Google 관리 콘솔에서 할당할 수 있습니다.';
		expect(nearCopy([{ field: 'k', text }], source, { runLength: 3 }).sharedRuns).toBe(5);
		const masked = nearCopy([{ field: 'k', text }], source, { runLength: 3, names: ['Google 관리 콘솔'] });
		// Only "할당할 수 있습니다" is left: the run after the name, found in the source too.
		expect(masked).toMatchObject({ totalRuns: 1, sharedRuns: 1 });
	});

	it('merges overlapping shared runs into one passage and keeps separate copies apart', () => {
		const text = 'would exceed the maximum allowed number and then something else entirely refer to the class size';
		const result = nearCopy([{ field: 'f', text }], SOURCE, { runLength: 4 });
		expect(result.passages).toEqual([
			{ field: 'f', text: 'would exceed the maximum allowed number', words: 6 },
			{ field: 'f', text: 'refer to the class size', words: 5 },
		]);
	});

	it('uses six-word runs for Korean', () => {
		const source = '사용자에게 불필요한 수업 교사를 삭제하도록 제안합니다.';
		const result = nearCopy([{ field: 'k', text: '실패 원인을 설명하고 사용자에게 불필요한 수업 교사를 삭제하도록 제안합니다.' }], source, { runLength: RUN_LENGTH.ko });
		expect(result).toMatchObject({ totalRuns: 4, sharedRuns: 1 });
		expect(result.shared[0]?.run).toBe('사용자에게 불필요한 수업 교사를 삭제하도록 제안합니다');
	});

	// Not timed (the machines are shared): it runs a large input through once, and the shared-run count proves every run was looked up.
	it('handles a large catalog against a large source in one pass', () => {
		const words = Array.from({ length: 100_000 }, (_, i) => `w${String(i % 5000)}x`).join(' ');
		const fields = Array.from({ length: 1000 }, (_, i) => ({ field: `f${String(i)}`, text: words.slice(i * 100, i * 100 + 2000) }));
		const result = nearCopy(fields, words, { runLength: 8, names: ['w1x w2x'] });
		expect(result.totalRuns).toBeGreaterThan(50_000);
		// Every field is a slice of the source (cut mid-word at its ends), so nearly every run is shared.
		expect(result.sharedRuns).toBeGreaterThan(result.totalRuns * 0.9);
	});

	it('refuses a run length that is not a positive whole number', () => {
		expect(() => nearCopy([], '', { runLength: 0 })).toThrow(RangeError);
	});

	it('sets the bound at half a percent', () => {
		expect(NEAR_COPY_LIMIT).toBe(0.005);
		expect(RUN_LENGTH).toEqual({ en: 8, ko: 6 });
	});
});
