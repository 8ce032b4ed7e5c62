import { describe, expect, it } from 'vitest';
import { buildSchedule } from './schedule.ts';
import { MAX_LOAD_BARS, MIN_LOAD_BARS, runContention, runSimulation, withoutFirstCalls } from './simulation.ts';
import { STRATEGY_IDS } from './strategies.ts';
import { DEFAULT_STATE, parseState, type BackoffState } from './url-state.ts';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Each load series must account for every call except the first ones, on one grid that fits the longest run. */
function expectConsistent(state: BackoffState): void {
	const { results, load, plan } = runContention(state);
	expect(results.map((r) => r.strategy)).toEqual([...STRATEGY_IDS]);
	expect(load.map((s) => s.strategy)).toEqual([...STRATEGY_IDS]);
	expect(plan.count).toBeLessThanOrEqual(MAX_LOAD_BARS + 1);
	expect(plan.bucketMs % state.capacity.windowMs).toBe(0);
	// The shared axis fits the longest run: its last call falls in the last bucket.
	const longest = Math.max(...results.map((r) => r.endMs));
	expect(plan.count).toBe(Math.max(MIN_LOAD_BARS, Math.floor(longest / plan.bucketMs) + 1));
	load.forEach((series, i) => {
		const result = results[i]!;
		// One time axis and one bucket for every strategy.
		expect(series.plan).toEqual(plan);
		expect(series.buckets).toHaveLength(plan.count);
		series.buckets.forEach((b, j) => {
			expect(b.startMs).toBe(j * plan.bucketMs);
			expect(b.calls).toBe(b.accepted + b.rejected);
			expect(b.rejected).toBeGreaterThanOrEqual(0);
		});
		expect(sum(series.buckets.map((b) => b.calls)) + result.clients).toBe(result.totalCalls);
		expect(sum(series.buckets.map((b) => b.accepted))).toBe(result.successes);
	});
}

describe('runSimulation', () => {
	it('builds the chosen strategy’s schedule and, by default, the comparison', () => {
		const sim = runSimulation(DEFAULT_STATE);
		expect(sim.schedule).toEqual(buildSchedule(DEFAULT_STATE.strategy, DEFAULT_STATE.params, DEFAULT_STATE.seed));
		expect(sim.contention?.results).toHaveLength(STRATEGY_IDS.length);
	});

	it('skips the comparison for the compact form', () => {
		expect(runSimulation(DEFAULT_STATE, { contention: false }).contention).toBeNull();
	});

	it('is deterministic', () => {
		expect(runSimulation(DEFAULT_STATE)).toEqual(runSimulation(DEFAULT_STATE));
	});
});

describe('runContention', () => {
	it('puts every strategy on one bucket grid that fits the longest run, leaving out only the first calls', () => {
		expectConsistent(DEFAULT_STATE);
	});

	it('sizes the shared grid by the longest run: jitter is over in the first bars, exponential without jitter fills the axis', () => {
		const { results, plan } = runContention(DEFAULT_STATE);
		const end = (id: string) => results.find((r) => r.strategy === id)!.endMs;
		expect(plan.count * plan.bucketMs).toBeGreaterThan(end('exponential'));
		expect(Math.floor(end('full-jitter') / plan.bucketMs)).toBeLessThan(plan.count / 4);
	});

	it('stays exact for long runs, short windows and the bounds of the URL state', () => {
		for (const query of [
			'window=1&capacity=1&clients=50&max=600000&deadline=3600000&attempts=30',
			'window=7&capacity=3&clients=300&initial=13&max=90000&multiplier=1.3',
			'window=3600000&capacity=100000&clients=2000',
			'clients=1&attempts=1',
			'initial=0&max=0',
			'deadline=0',
		]) {
			expectConsistent(parseState(query).state);
		}
	});
});

describe('withoutFirstCalls', () => {
	it('removes the failed first calls from the first bucket only', () => {
		const buckets = [
			{ startMs: 0, calls: 12, accepted: 2, rejected: 10 },
			{ startMs: 100, calls: 5, accepted: 1, rejected: 4 },
		];
		expect(withoutFirstCalls(buckets, 8)).toEqual([
			{ startMs: 0, calls: 4, accepted: 2, rejected: 2 },
			{ startMs: 100, calls: 5, accepted: 1, rejected: 4 },
		]);
		expect(withoutFirstCalls([], 8)).toEqual([]);
	});
});
