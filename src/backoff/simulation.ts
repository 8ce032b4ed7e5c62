/**
 * Everything the simulator shows for one state, computed in one call: the
 * chosen strategy's schedule and, for the full simulator, every strategy
 * on the same contention scenario, with server load re-bucketed to one
 * shared width for the small multiples. Used by the page at build time and
 * by the <cat-backoff> element in the browser.
 */
import { planBuckets, rebucket, type BucketPlan } from './chart.ts';
import { compareStrategies, simulateContention, type ContentionResult, type LoadBucket } from './contention.ts';
import { buildSchedule, type Schedule } from './schedule.ts';
import { STRATEGY_IDS, type StrategyId } from './strategies.ts';
import type { BackoffState } from './url-state.ts';

/** The most bars a load chart draws. */
export const MAX_LOAD_BARS = 120;

/**
 * One strategy's server load in display buckets (see BucketPlan), without
 * the clients' first calls at 0 ms: they fail by assumption and are the
 * same for every strategy, and they would dwarf the retries.
 */
export interface LoadSeries {
	readonly strategy: StrategyId;
	readonly buckets: readonly LoadBucket[];
}

export interface Contention {
	/** One result per strategy, in STRATEGY_IDS order. */
	readonly results: readonly ContentionResult[];
	readonly plan: BucketPlan;
	/** Same order as results. */
	readonly load: readonly LoadSeries[];
}

export interface Simulation {
	readonly state: BackoffState;
	readonly schedule: Schedule;
	/** null when only the schedule was asked for (the compact form). */
	readonly contention: Contention | null;
}

/** Removes the clients' failed first calls, all at 0 ms, from the first bucket. */
export function withoutFirstCalls(buckets: readonly LoadBucket[], clients: number): LoadBucket[] {
	return buckets.map((b, i) => {
		if (i !== 0) return b;
		const first = Math.min(clients, b.rejected);
		return { ...b, calls: b.calls - first, rejected: b.rejected - first };
	});
}

/** Runs the schedule and, unless `contention` is false, the comparison of every strategy. */
export function runSimulation(state: BackoffState, options: { readonly contention: boolean } = { contention: true }): Simulation {
	const schedule = buildSchedule(state.strategy, state.params, state.seed);
	return { state, schedule, contention: options.contention ? runContention(state) : null };
}

/** Every strategy on the state's scenario, with load series on one shared bucket width. */
export function runContention(state: BackoffState, maxBars: number = MAX_LOAD_BARS): Contention {
	const scenario = { params: state.params, clients: state.clients, capacity: state.capacity, seed: state.seed };
	const results = compareStrategies({ ...scenario, strategies: STRATEGY_IDS });
	const endMs = results.reduce((m, r) => Math.max(m, r.endMs), 0);
	const plan = planBuckets(endMs, state.capacity.windowMs, state.capacity.requests, maxBars);
	const load = results.map((result): LoadSeries => {
		let buckets = rebucket(result.buckets, result.bucketMs, plan.bucketMs, plan.count);
		if (!buckets) {
			// The run widened its own buckets to a width that does not divide the
			// display width: run it again with the display width (rare; only for
			// runs longer than 600 capacity windows).
			const again = simulateContention({ ...scenario, strategy: result.strategy, bucketMs: plan.bucketMs, maxBuckets: plan.count + 1 });
			buckets = rebucket(again.buckets, again.bucketMs, plan.bucketMs, plan.count) ?? [...again.buckets];
		}
		return { strategy: result.strategy, buckets: withoutFirstCalls(buckets, result.clients) };
	});
	return { results, plan, load };
}
