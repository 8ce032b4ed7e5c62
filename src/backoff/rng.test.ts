import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, toSeed } from './rng.ts';

const take = (seed: number, count: number): number[] => {
	const rng = createRng(seed);
	return Array.from({ length: count }, () => rng.next());
};

describe('createRng', () => {
	it('repeats the same sequence for the same seed', () => {
		expect(take(42, 100)).toEqual(take(42, 100));
	});

	it('gives different sequences for different seeds', () => {
		expect(take(1, 10)).not.toEqual(take(2, 10));
	});

	it('stays in [0, 1) and spreads evenly over ten bins', () => {
		const values = take(7, 20_000);
		const bins = new Array<number>(10).fill(0);
		for (const v of values) {
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThan(1);
			const bin = Math.floor(v * 10);
			bins[bin] = (bins[bin] ?? 0) + 1;
		}
		// 2,000 expected per bin; ±10 % is about 7 standard deviations.
		for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(200);
	});

	it('draws uniform(lo, hi) inside [lo, hi)', () => {
		const rng = createRng(3);
		for (let i = 0; i < 1000; i++) {
			const v = rng.uniform(250, 750);
			expect(v).toBeGreaterThanOrEqual(250);
			expect(v).toBeLessThan(750);
		}
		expect(rng.uniform(5, 5)).toBe(5);
	});
});

describe('toSeed', () => {
	it('maps any number to a uint32 without throwing', () => {
		expect(toSeed(12.9)).toBe(12);
		expect(toSeed(-1)).toBe(4294967295);
		expect(toSeed(Number.NaN)).toBe(0);
		expect(toSeed(Number.POSITIVE_INFINITY)).toBe(0);
		expect(take(Number.NaN, 5)).toEqual(take(0, 5));
	});
});

describe('deriveSeed', () => {
	it('gives every client of a run its own seed', () => {
		const seeds = new Set(Array.from({ length: 2000 }, (_, i) => deriveSeed(1, i)));
		expect(seeds.size).toBe(2000);
	});

	it('depends on the base seed', () => {
		expect(deriveSeed(1, 0)).not.toBe(deriveSeed(2, 0));
		expect(deriveSeed(1, 5)).toBe(deriveSeed(1, 5));
	});
});
