import { describe, expect, it } from 'vitest';
import { fill, formatAxisMs, formatMs, formatNumber, formatRange, splitTemplate } from './format.ts';
import { en } from './ui/en.ts';
import { ko } from './ui/ko.ts';

describe('fill', () => {
	it('replaces known placeholders and leaves unknown ones', () => {
		expect(fill('{a} and {b}, not {c}', { a: 1, b: 'two' })).toBe('1 and two, not {c}');
	});

	it('never expands placeholders that come in with a value', () => {
		expect(fill('{given} / {used}', { given: '{used}', used: 'x' })).toBe('{used} / x');
	});

	it('ignores inherited properties', () => {
		expect(fill('{toString}', {})).toBe('{toString}');
	});
});

describe('formatNumber', () => {
	it('groups digits per locale and limits decimals', () => {
		expect(formatNumber(1234567, en)).toBe('1,234,567');
		expect(formatNumber(1.23456, en, 2)).toBe('1.23');
		expect(formatNumber(1234, ko)).toBe('1,234');
		expect(formatNumber(-0, en)).toBe('0');
	});

	it('prints the no-value mark for NaN and infinities', () => {
		expect(formatNumber(Number.NaN, en)).toBe('—');
		expect(formatNumber(Number.POSITIVE_INFINITY, ko)).toBe('—');
	});
});

describe('formatMs', () => {
	it('uses ms below a second, seconds below a minute, then minutes and seconds', () => {
		expect(formatMs(0, en)).toBe('0 ms');
		expect(formatMs(0.44, en)).toBe('0.4 ms');
		expect(formatMs(850.4, en)).toBe('850 ms');
		expect(formatMs(999.6, en)).toBe('1 s');
		expect(formatMs(4307.5, en)).toBe('4.31 s');
		expect(formatMs(59_999, en)).toBe('1 min 0 s');
		expect(formatMs(76_300, en)).toBe('1 min 16.3 s');
		expect(formatMs(3_600_000, en)).toBe('60 min 0 s');
	});

	it('speaks Korean units on the Korean page', () => {
		expect(formatMs(850, ko)).toBe('850ms');
		expect(formatMs(4307.5, ko)).toBe('4.31초');
		expect(formatMs(76_300, ko)).toBe('1분 16.3초');
	});

	it('shows the no-value mark for null (no client succeeded)', () => {
		expect(formatMs(null, en)).toBe('—');
		expect(formatMs(Number.NaN, en)).toBe('—');
	});

	it('keeps the sign of negative durations', () => {
		expect(formatMs(-1500, en)).toBe('-1.5 s');
	});
});

describe('formatRange', () => {
	it('joins two ends, or shows one value for a fixed delay', () => {
		expect(formatRange(0, 100, en)).toBe('0 ms – 100 ms');
		expect(formatRange(1000, 1000, en)).toBe('1 s');
	});
});

describe('formatAxisMs', () => {
	it('uses one unit for a whole axis, chosen by its maximum', () => {
		expect([0, 500, 1000, 1500].map((v) => formatAxisMs(v, 1500, en))).toEqual(['0 ms', '500 ms', '1,000 ms', '1,500 ms']);
		expect([0, 20_000, 60_000].map((v) => formatAxisMs(v, 60_000, en))).toEqual(['0 s', '20 s', '60 s']);
		expect([0, 300_000, 600_000].map((v) => formatAxisMs(v, 600_000, ko))).toEqual(['0분', '5분', '10분']);
	});
});

describe('splitTemplate', () => {
	it('splits text and placeholders in order', () => {
		expect(splitTemplate('See {a} and {b}.')).toEqual([{ text: 'See ' }, { name: 'a' }, { text: ' and ' }, { name: 'b' }, { text: '.' }]);
		expect(splitTemplate('{a}')).toEqual([{ name: 'a' }]);
		expect(splitTemplate('plain')).toEqual([{ text: 'plain' }]);
	});
});
