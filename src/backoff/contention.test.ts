import { describe, expect, it } from 'vitest';
import { compareStrategies, simulateContention, type ContentionOptions } from './contention.ts';
import { createRng, deriveSeed } from './rng.ts';
import { sampleDelay, type BackoffParams, type StrategyId } from './strategies.ts';

const PARAMS: BackoffParams = { initialDelayMs: 100, multiplier: 2, maxDelayMs: 5000, maxAttempts: 30, deadlineMs: 3_600_000 };

/** 100 clients against 5 calls per 100 ms: a clearly contended server. */
const scenario = (strategy: StrategyId, seed = 1, overrides: Partial<ContentionOptions> = {}): ContentionOptions => ({
	strategy,
	params: PARAMS,
	clients: 100,
	capacity: { requests: 5, windowMs: 100 },
	seed,
	...overrides,
});

describe('simulateContention', () => {
	it('gives an identical result for the same seed', () => {
		expect(simulateContention(scenario('decorrelated-jitter', 4))).toEqual(simulateContention(scenario('decorrelated-jitter', 4)));
	});

	it('gives different jittered outcomes for different seeds', () => {
		const a = simulateContention(scenario('full-jitter', 1));
		const b = simulateContention(scenario('full-jitter', 2));
		expect(a.completionTimesMs).not.toEqual(b.completionTimesMs);
	});

	it('replays exponential backoff without jitter as synchronized waves (hand-computed)', () => {
		// 20 clients fail at 0 and retry together at 100, 300, 700, 1500 ms;
		// each wave lands in one window, where only 5 calls are accepted.
		const r = simulateContention(scenario('exponential', 1, { clients: 20, params: { ...PARAMS, maxDelayMs: 1000 } }));
		expect(r.successes).toBe(20);
		expect(r.totalCalls).toBe(20 + 20 + 15 + 10 + 5);
		expect(r.rejectedCalls).toBe(50);
		expect(r.completionTimesMs).toEqual([...Array(5).fill(100), ...Array(5).fill(300), ...Array(5).fill(700), ...Array(5).fill(1500)]);
		expect(r.completion).toEqual({ medianMs: 300, p99Ms: 1500, lastMs: 1500 });
		expect(r.gaveUp).toEqual({ total: 0, maxAttempts: 0, deadline: 0 });
	});

	it('counts clients that give up at the deadline', () => {
		// Same waves, but the 1500 ms retry is past an 800 ms deadline.
		const r = simulateContention(scenario('exponential', 1, { clients: 20, params: { ...PARAMS, deadlineMs: 800 } }));
		expect(r.successes).toBe(15);
		expect(r.gaveUp).toEqual({ total: 5, maxAttempts: 0, deadline: 5 });
		expect(r.completion.lastMs).toBe(700);
	});

	it('without backoff, burns every attempt at t = 0 and gives up', () => {
		const r = simulateContention(scenario('none'));
		// 100 failed first calls, then 5 accepted retries and 95 clients × 29 rejected retries.
		expect(r.successes).toBe(5);
		expect(r.totalCalls).toBe(100 + 5 + 95 * 29);
		expect(r.gaveUp).toEqual({ total: 95, maxAttempts: 95, deadline: 0 });
		expect(r.endMs).toBe(0);
	});

	it('conserves calls and clients, and never accepts more than the capacity per window', () => {
		for (const strategy of ['exponential', 'full-jitter', 'equal-jitter', 'decorrelated-jitter', 'google', 'grpc'] as const) {
			const r = simulateContention(scenario(strategy, 3, { params: { ...PARAMS, maxAttempts: 8 } }));
			expect(r.successes + r.gaveUp.total).toBe(100);
			expect(r.successes + r.rejectedCalls).toBe(r.totalCalls);
			expect(r.bucketMs).toBe(100);
			expect(r.buckets.reduce((sum, b) => sum + b.calls, 0)).toBe(r.totalCalls);
			expect(r.buckets.reduce((sum, b) => sum + b.accepted, 0)).toBe(r.successes);
			for (const [i, b] of r.buckets.entries()) {
				expect(b.startMs).toBe(i * 100);
				expect(b.accepted).toBeLessThanOrEqual(5);
				expect(b.accepted + b.rejected).toBe(b.calls);
			}
			expect(r.completionTimesMs).toEqual([...r.completionTimesMs].sort((a, b) => a - b));
			expect(r.completion.lastMs).toBe(r.completionTimesMs.at(-1));
		}
	});

	it('counts the failed first attempts as load at t = 0', () => {
		const r = simulateContention(scenario('full-jitter'));
		expect(r.buckets[0]).toMatchObject({ startMs: 0 });
		expect(r.buckets[0]?.calls).toBeGreaterThanOrEqual(100);
	});

	it('widens buckets by a whole factor to stay under maxBuckets, keeping totals', () => {
		const r = simulateContention(scenario('exponential', 1, { maxBuckets: 10 }));
		expect(r.buckets.length).toBeLessThanOrEqual(10);
		expect(r.bucketMs % 100).toBe(0);
		expect(r.buckets.reduce((sum, b) => sum + b.calls, 0)).toBe(r.totalCalls);
		expect(r.endMs).toBeLessThan(r.buckets.length * r.bucketMs);
	});

	it('handles 1,000 clients and reports empty statistics when nobody succeeds', () => {
		const big = simulateContention(scenario('google', 1, { clients: 1000 }));
		expect(big.successes + big.gaveUp.total).toBe(1000);
		const none = simulateContention(scenario('full-jitter', 1, { params: { ...PARAMS, maxAttempts: 1 } }));
		expect(none.successes).toBe(0);
		expect(none.completion).toEqual({ medianMs: null, p99Ms: null, lastMs: null });
		expect(none.totalCalls).toBe(100);
	});
});

/**
 * A deliberately naive reference: each step scans all clients for the
 * earliest pending attempt (ties to the lower index). Quadratic, but too
 * simple to get wrong, so it checks the heap-based simulation.
 */
function referenceRun(o: ContentionOptions): { totalCalls: number; completionTimesMs: number[]; gaveUp: number } {
	const rngs = Array.from({ length: o.clients }, (_, i) => createRng(deriveSeed(o.seed, i)));
	const next = new Array<number>(o.clients).fill(Number.POSITIVE_INFINITY);
	const made = new Array<number>(o.clients).fill(1);
	const previous = new Array<number>(o.clients).fill(o.params.initialDelayMs);
	let totalCalls = o.clients;
	let gaveUp = 0;
	const completionTimesMs: number[] = [];
	const retryOrGiveUp = (i: number, t: number): void => {
		const m = made[i] ?? 0;
		if (m >= o.params.maxAttempts) return void gaveUp++;
		const delay = sampleDelay(o.strategy, o.params, m - 1, rngs[i] ?? createRng(0), previous[i]);
		previous[i] = delay;
		if (t + delay > o.params.deadlineMs) return void gaveUp++;
		next[i] = t + delay;
	};
	for (let i = 0; i < o.clients; i++) retryOrGiveUp(i, 0);
	const acceptedPerWindow = new Map<number, number>();
	for (;;) {
		let best = -1;
		for (let i = 0; i < o.clients; i++) if ((next[i] ?? Infinity) < (next[best] ?? Infinity)) best = i;
		if (best < 0) break;
		const t = next[best] ?? 0;
		next[best] = Number.POSITIVE_INFINITY;
		made[best] = (made[best] ?? 0) + 1;
		totalCalls++;
		const w = Math.floor(t / o.capacity.windowMs);
		const accepted = acceptedPerWindow.get(w) ?? 0;
		if (accepted < o.capacity.requests) {
			acceptedPerWindow.set(w, accepted + 1);
			completionTimesMs.push(t);
		} else retryOrGiveUp(best, t);
	}
	return { totalCalls, completionTimesMs, gaveUp };
}

describe('simulateContention against a naive reference', () => {
	it('matches call counts, success times and give-ups for every strategy', () => {
		for (const strategy of ['none', 'exponential', 'full-jitter', 'equal-jitter', 'decorrelated-jitter', 'google', 'grpc'] as const) {
			for (const seed of [1, 2, 3]) {
				const o = scenario(strategy, seed, { clients: 60, params: { ...PARAMS, maxAttempts: 12, deadlineMs: 20_000 } });
				const fast = simulateContention(o);
				const ref = referenceRun(o);
				expect(fast.totalCalls, `${strategy} ${seed}`).toBe(ref.totalCalls);
				expect(fast.completionTimesMs).toEqual(ref.completionTimesMs);
				expect(fast.gaveUp.total).toBe(ref.gaveUp);
			}
		}
	});
});

describe('jitter versus no jitter (Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015)', () => {
	const JITTERED = ['full-jitter', 'equal-jitter', 'decorrelated-jitter', 'google'] as const;

	it('every jittered strategy does far less work and finishes sooner than plain exponential, over 20 seeds', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const [plain, ...jittered] = compareStrategies({
				strategies: ['exponential', ...JITTERED],
				params: PARAMS,
				clients: 100,
				capacity: { requests: 5, windowMs: 100 },
				seed,
			});
			if (plain === undefined) throw new Error('no result');
			expect(plain.gaveUp.total).toBe(0);
			for (const r of jittered) {
				expect(r.gaveUp.total, `${r.strategy} seed ${seed}`).toBe(0);
				expect(r.totalCalls, `${r.strategy} seed ${seed} work`).toBeLessThan(0.6 * plain.totalCalls);
				expect(r.completion.lastMs ?? Infinity, `${r.strategy} seed ${seed} last`).toBeLessThan(plain.completion.lastMs ?? 0);
			}
		}
	});
});

describe('compareStrategies', () => {
	it('runs each strategy on the same scenario and seed, in the order given', () => {
		const results = compareStrategies({ strategies: ['google', 'none'], params: PARAMS, clients: 50, capacity: { requests: 5, windowMs: 100 }, seed: 9 });
		expect(results.map((r) => r.strategy)).toEqual(['google', 'none']);
		expect(results[0]).toEqual(simulateContention(scenario('google', 9, { clients: 50 })));
	});
});
