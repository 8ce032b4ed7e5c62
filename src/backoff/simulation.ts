/**
 * Everything the simulator shows for one state, computed in one call: the
 * chosen strategy's schedule and, for the full simulator, every strategy
 * on the same contention scenario, with every strategy's server load
 * re-bucketed on one shared time axis, sized to fit the longest run in the
 * bars of one small multiple. Used by the page at build time and by the
 * <cat-backoff> element in the browser.
 */
import { planBuckets, rebucket, type BucketPlan } from './chart.ts';
import { compareStrategies, simulateContention, type ContentionResult, type LoadBucket } from './contention.ts';
import { buildSchedule, type Schedule } from './schedule.ts';
import { STRATEGY_IDS, type StrategyId } from './strategies.ts';
import type { BackoffState } from './url-state.ts';

/**
 * The most bars a load chart draws: on a phone's 300 px, a bar of about 7 px;
 * and each bar is a row of the chart's data table, which the page carries.
 */
export const MAX_LOAD_BARS = 40;

/**
 * The fewest bucket slots a load chart's time axis has, so a run that is over
 * at once (no backoff: every retry at 0 ms) shows as a spike at the start of
 * an axis, not as one bar filling the chart.
 */
export const MIN_LOAD_BARS = 10;

/**
 * One strategy's server load in display buckets (see BucketPlan), without
 * the clients' first calls at 0 ms: they fail by assumption and are the
 * same for every strategy, and they would dwarf the retries.
 */
export interface LoadSeries {
	readonly strategy: StrategyId;
	/**
	 * The bucket width and count, the same for every strategy (see
	 * {@link Contention.plan}): runs differ by orders of magnitude (a few
	 * seconds with jitter, over a minute without), and that difference is what
	 * the charts are there to show, so they share one time axis.
	 */
	readonly plan: BucketPlan;
	readonly buckets: readonly LoadBucket[];
}

export interface Contention {
	/** One result per strategy, in STRATEGY_IDS order. */
	readonly results: readonly ContentionResult[];
	/** Same order as results. */
	readonly load: readonly LoadSeries[];
	/** The time axis and bucket every load series uses: the longest run fits in it. */
	readonly plan: BucketPlan;
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

/** The one bucket plan of every load chart: the longest run fits in at most `maxBars` bars, and the axis has at least MIN_LOAD_BARS. */
export function sharedPlan(results: readonly ContentionResult[], state: BackoffState, maxBars: number = MAX_LOAD_BARS): BucketPlan {
	const longest = results.reduce((m, r) => Math.max(m, r.endMs), 0);
	const fitted = planBuckets(longest, state.capacity.windowMs, state.capacity.requests, maxBars);
	return fitted.count < MIN_LOAD_BARS ? { ...fitted, count: MIN_LOAD_BARS } : fitted;
}

/** Every strategy on the state's scenario, their load series bucketed on one shared time axis. */
export function runContention(state: BackoffState, maxBars: number = MAX_LOAD_BARS): Contention {
	const scenario = { params: state.params, clients: state.clients, capacity: state.capacity, seed: state.seed };
	const results = compareStrategies({ ...scenario, strategies: STRATEGY_IDS });
	const plan = sharedPlan(results, state, maxBars);
	const load = results.map((result): LoadSeries => {
		let buckets = rebucket(result.buckets, result.bucketMs, plan.bucketMs, plan.count);
		if (!buckets) {
			// The run widened its own buckets to a width that does not divide the
			// display width: run it again with the display width (rare; only for
			// runs longer than 600 capacity windows).
			const again = simulateContention({ ...scenario, strategy: result.strategy, bucketMs: plan.bucketMs, maxBuckets: plan.count + 1 });
			buckets = rebucket(again.buckets, again.bucketMs, plan.bucketMs, plan.count) ?? [...again.buckets];
		}
		return { strategy: result.strategy, plan, buckets: withoutFirstCalls(buckets, result.clients) };
	});
	return { results, load, plan };
}
