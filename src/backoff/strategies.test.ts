import { describe, expect, it } from 'vitest';
import { createRng } from './rng.ts';
import {
	STRATEGIES,
	STRATEGY_IDS,
	delayRange,
	isStrategyId,
	maxPossibleDelay,
	sampleDelay,
	strategyMeta,
	type BackoffParams,
} from './strategies.ts';

const params = (overrides: Partial<BackoffParams> = {}): BackoffParams => ({
	initialDelayMs: 1000,
	multiplier: 2,
	maxDelayMs: 32_000,
	maxAttempts: 30,
	deadlineMs: Number.POSITIVE_INFINITY,
	...overrides,
});

/** Parameter sets that stress the cap from different sides. */
const PARAM_SETS: readonly BackoffParams[] = [
	params(),
	params({ initialDelayMs: 100, multiplier: 1.6, maxDelayMs: 5000 }),
	params({ initialDelayMs: 50, multiplier: 10, maxDelayMs: 600_000 }),
	// Cap below the base: every strategy must still respect the cap.
	params({ initialDelayMs: 2000, multiplier: 3, maxDelayMs: 500 }),
	params({ initialDelayMs: 0, multiplier: 2, maxDelayMs: 1000 }),
];

describe('sampleDelay', () => {
	it('stays inside delayRange and the cap for 500 seeds × 30 retries, for every strategy', () => {
		for (const p of PARAM_SETS) {
			for (const strategy of STRATEGY_IDS) {
				const bound = maxPossibleDelay(strategy, p);
				for (let seed = 0; seed < 500; seed++) {
					const rng = createRng(seed);
					let previous = p.initialDelayMs;
					for (let n = 0; n < 30; n++) {
						const range = delayRange(strategy, p, n, previous);
						const delay = sampleDelay(strategy, p, n, rng, previous);
						if (!(delay >= range.min && delay <= range.max && delay >= 0 && delay <= bound)) {
							throw new Error(`${strategy} n=${n} seed=${seed}: ${delay} outside [${range.min}, ${range.max}] or [0, ${bound}]`);
						}
						previous = delay;
					}
				}
			}
		}
	});

	it('keeps every strategy but gRPC within [0, cap]; gRPC jitters after the cap (≤ 1.2 × cap)', () => {
		for (const meta of STRATEGIES) {
			expect(meta.capFactor).toBe(meta.id === 'grpc' ? 1.2 : 1);
		}
		expect(maxPossibleDelay('grpc', params({ maxDelayMs: 120_000 }))).toBe(144_000);
	});

	it('is reproducible for a seed and varies across seeds for jittered strategies', () => {
		const p = params();
		for (const meta of STRATEGIES) {
			const draw = (seed: number): number[] => {
				const rng = createRng(seed);
				return [1, 2, 3].map((n) => sampleDelay(meta.id, p, n, rng));
			};
			expect(draw(9)).toEqual(draw(9));
			if (meta.jittered) expect(draw(9)).not.toEqual(draw(10));
			else expect(draw(9)).toEqual(draw(10));
		}
	});

	it('spreads full jitter over its whole range', () => {
		const p = params();
		const samples = Array.from({ length: 500 }, (_, seed) => sampleDelay('full-jitter', p, 3, createRng(seed)));
		// Range is [0, 8000]: with 500 draws the extremes land within 2 % of the ends.
		expect(Math.min(...samples)).toBeLessThan(160);
		expect(Math.max(...samples)).toBeGreaterThan(7840);
	});
});

describe('delayRange', () => {
	const p = params({ maxDelayMs: 10_000 });

	it('none never waits', () => {
		expect(delayRange('none', p, 5)).toEqual({ min: 0, max: 0 });
	});

	it('exponential doubles from the base and truncates at the cap', () => {
		expect([0, 1, 2, 3, 4, 5].map((n) => delayRange('exponential', p, n).max)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
		expect(delayRange('exponential', p, 2)).toEqual({ min: 4000, max: 4000 });
	});

	it('full jitter spans [0, v] and equal jitter [v/2, v]', () => {
		expect(delayRange('full-jitter', p, 2)).toEqual({ min: 0, max: 4000 });
		expect(delayRange('equal-jitter', p, 2)).toEqual({ min: 2000, max: 4000 });
		expect(delayRange('equal-jitter', p, 9)).toEqual({ min: 5000, max: 10_000 });
	});

	it('decorrelated jitter spans [base, 3 × previous], truncated at the cap', () => {
		expect(delayRange('decorrelated-jitter', p, 0)).toEqual({ min: 1000, max: 3000 });
		expect(delayRange('decorrelated-jitter', p, 4, 2500)).toEqual({ min: 1000, max: 7500 });
		expect(delayRange('decorrelated-jitter', p, 4, 9000)).toEqual({ min: 1000, max: 10_000 });
	});

	it('google adds up to one second to 2^n seconds, then truncates', () => {
		expect(delayRange('google', p, 0)).toEqual({ min: 1000, max: 2000 });
		expect(delayRange('google', p, 3)).toEqual({ min: 8000, max: 9000 });
		expect(delayRange('google', p, 4)).toEqual({ min: 10_000, max: 10_000 });
	});

	it('grpc waits exactly the base first, then ±20 % around the truncated exponential', () => {
		const g = params({ multiplier: 1.6, maxDelayMs: 120_000 });
		expect(delayRange('grpc', g, 0)).toEqual({ min: 1000, max: 1000 });
		const r = delayRange('grpc', g, 1);
		expect(r.min).toBeCloseTo(1280, 9);
		expect(r.max).toBeCloseTo(1920, 9);
		expect(delayRange('grpc', g, 20)).toEqual({ min: 96_000, max: 144_000 });
	});

	it('does not produce NaN for a zero base and a huge retry index', () => {
		const z = params({ initialDelayMs: 0, multiplier: 10 });
		for (const strategy of STRATEGY_IDS) {
			const r = delayRange(strategy, z, 10_000);
			expect(Number.isNaN(r.min) || Number.isNaN(r.max)).toBe(false);
		}
		expect(delayRange('exponential', params({ multiplier: 10 }), 10_000).max).toBe(32_000);
	});
});

describe('strategy metadata', () => {
	it('describes every id once, in STRATEGY_IDS order', () => {
		expect(STRATEGIES.map((s) => s.id)).toEqual([...STRATEGY_IDS]);
		expect(new Set(STRATEGIES.map((s) => s.key)).size).toBe(STRATEGIES.length);
		expect(strategyMeta('decorrelated-jitter').usesPrevious).toBe(true);
		expect(STRATEGIES.filter((s) => !s.jittered).map((s) => s.id)).toEqual(['none', 'exponential']);
	});

	it('rejects ids that are not strategies, including prototype names', () => {
		for (const bad of ['<script>', 'toString', '__proto__', 'Full-Jitter', '', null, 3]) {
			expect(isStrategyId(bad)).toBe(false);
		}
		expect(isStrategyId('google')).toBe(true);
	});
});
