import { describe, expect, it } from 'vitest';
import type { QueryConcept } from './query.ts';
import { rankPages, type TermHit } from './rank.ts';

const word = (...terms: string[]): QueryConcept => ({ terms, weight: 1, kind: 'word' });
const hits = (entries: Record<string, Record<string, number>>) => new Map<string, TermHit[]>(Object.entries(entries).map(([term, pages]) => [term, Object.entries(pages).map(([id, score]) => ({ id, score }))]));

describe('rankPages', () => {
	it('puts the page that matches every concept first, then pages that match fewer', () => {
		const ranked = rankPages([word('course'), word('archived'), word('rename')], hits({ course: { a: 2, b: 3, c: 3 }, archived: { a: 2, b: 0.9 }, rename: { a: 1 } }));
		expect(ranked.map((p) => p.id)).toEqual(['a', 'b', 'c']);
		expect(ranked[0]?.coverage).toBe(1);
	});

	it('still returns the best pages when no page has every word', () => {
		const ranked = rankPages([word('student'), word('joined'), word('yesterday')], hits({ student: { a: 1, b: 1 }, joined: { b: 2 }, yesterday: {} }));
		expect(ranked.map((p) => p.id)).toEqual(['b', 'a']);
	});

	it('weighs an id concept over a word', () => {
		const id: QueryConcept = { terms: ['ineligibleowner'], weight: 4, kind: 'id' };
		const ranked = rankPages([id, word('owner')], hits({ ineligibleowner: { a: 5 }, owner: { b: 9, a: 1 } }));
		expect(ranked[0]?.id).toBe('a');
	});

	it('scores a page on the first alternative it matches', () => {
		const id: QueryConcept = { terms: ['cannotremovecourseowner', 'cannot remove course owner'], weight: 4, kind: 'id' };
		const ranked = rankPages([id], hits({ cannotremovecourseowner: { exact: 29, longer: 26 }, 'cannot remove course owner': { exact: 40, longer: 70 } }));
		expect(ranked.map((p) => p.id)).toEqual(['exact', 'longer']);
	});

	it('ignores the near-zero hits Pagefind returns for a word it does not know', () => {
		const ranked = rankPages([word('archived'), word('course')], hits({ archived: { a: 10, b: 0.01, c: 0.01 }, course: { b: 3, c: 3 } }));
		expect(ranked.find((p) => p.id === 'b')?.coverage).toBe(0.5);
	});

	it('gives the same order for the same scores', () => {
		const input = hits({ x: { b: 1, a: 1, c: 1 } });
		expect(rankPages([word('x')], input).map((p) => p.id)).toEqual(['a', 'b', 'c']);
	});
});
