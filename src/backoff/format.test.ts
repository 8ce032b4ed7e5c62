import { describe, expect, it } from 'vitest';
import { axisUnit, axisUnitName, columnUnit, columnUnitName, fill, formatAxisTick, formatInUnit, formatMs, formatNumber, formatRange, splitTemplate } from './format.ts';
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

	it('speaks Korean units on the Korean page, all of them in Hangul', () => {
		expect(formatMs(850, ko)).toBe('850밀리초');
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
	it('writes a shared unit once, or shows one value for a fixed delay', () => {
		expect(formatRange(0, 100, en)).toBe('0–100 ms');
		expect(formatRange(0, 100, ko)).toBe('0~100밀리초');
		expect(formatRange(1600, 3200, en)).toBe('1.6–3.2 s');
		expect(formatRange(0, 5000, ko)).toBe('0~5초');
		expect(formatRange(1000, 1000, en)).toBe('1 s');
	});

	it('writes both units when the ends differ in unit', () => {
		expect(formatRange(800, 1600, en)).toBe('800 ms – 1.6 s');
		expect(formatRange(800, 1600, ko)).toBe('800밀리초~1.6초');
		expect(formatRange(30_000, 90_000, en)).toBe('30 s – 1 min 30 s');
	});
});

describe('axis units', () => {
	it('uses one unit for a whole axis, chosen by its maximum, named once in the title', () => {
		const ms = axisUnit(1500);
		expect([0, 500, 1000, 1500].map((v) => formatAxisTick(v, ms, en))).toEqual(['0', '500', '1,000', '1,500']);
		expect(axisUnitName(ms, en)).toBe('ms');
		const s = axisUnit(60_000);
		expect([0, 20_000, 60_000].map((v) => formatAxisTick(v, s, en))).toEqual(['0', '20', '60']);
		expect(axisUnitName(s, ko)).toBe('초');
		const min = axisUnit(600_000);
		expect([0, 300_000, 600_000].map((v) => formatAxisTick(v, min, ko))).toEqual(['0', '5', '10']);
		expect(axisUnitName(min, ko)).toBe('분');
	});
});

describe('column units', () => {
	it('picks one unit for a column from its largest figure', () => {
		expect(columnUnit(1999)).toEqual({ unit: 'ms', divisor: 1, fractionDigits: 0 });
		expect(columnUnit(80)).toEqual({ unit: 'ms', divisor: 1, fractionDigits: 1 });
		expect(columnUnit(2000)).toEqual({ unit: 's', divisor: 1000, fractionDigits: 2 });
		expect(columnUnit(3_600_000).unit).toBe('s');
	});

	it('writes every cell with the same decimals and no unit, in each language', () => {
		const s = columnUnit(60_000);
		expect([0, 37, 1500, 52_790.4, 3_600_000].map((ms) => formatInUnit(ms, s, en))).toEqual(['0.00', '0.04', '1.50', '52.79', '3,600.00']);
		expect(formatInUnit(null, s, en)).toBe('—');
		expect(formatInUnit(0.4, columnUnit(50), ko)).toBe('0.4');
		expect(columnUnitName(s, en)).toBe('s');
		expect(columnUnitName(columnUnit(10), ko)).toBe('밀리초');
	});
});

describe('splitTemplate', () => {
	it('splits text and placeholders in order', () => {
		expect(splitTemplate('See {a} and {b}.')).toEqual([{ text: 'See ' }, { name: 'a' }, { text: ' and ' }, { name: 'b' }, { text: '.' }]);
		expect(splitTemplate('{a}')).toEqual([{ name: 'a' }]);
		expect(splitTemplate('plain')).toEqual([{ text: 'plain' }]);
	});
});
