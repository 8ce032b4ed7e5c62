/**
 * Many clients retrying against one rate-limited server: the thundering-herd
 * picture behind "use jitter". N clients all fail at t = 0 (say, a burst of
 * 429 RESOURCE_EXHAUSTED) and then retry per the chosen strategy against a
 * server that accepts at most `capacity.requests` calls per fixed window of
 * `capacity.windowMs` and rejects the rest.
 *
 * Event-driven: a binary min-heap holds each waiting client's next attempt
 * time, and calls are processed strictly in time order (ties by client
 * index, so results are deterministic). Calls are instantaneous: a call is
 * accepted or rejected at the moment it is made.
 */

import { createRng, deriveSeed, type Rng } from './rng.ts';
import { sampleDelay, type BackoffParams, type StrategyId } from './strategies.ts';

/** A fixed-window rate limit: at most `requests` accepted calls per window. */
export interface Capacity {
	/** Calls accepted per window (e.g. 1200 for Classroom's per-user quota per minute). */
	readonly requests: number;
	/** Window length; windows are [k·windowMs, (k+1)·windowMs). */
	readonly windowMs: number;
}

/** Input of one contention run. */
export interface ContentionOptions {
	readonly strategy: StrategyId;
	readonly params: BackoffParams;
	/** Number of clients failing together at t = 0. */
	readonly clients: number;
	readonly capacity: Capacity;
	/** Seeds every client's jitter (client i uses deriveSeed(seed, i)). */
	readonly seed: number;
	/** Width of the server-load buckets; defaults to capacity.windowMs. */
	readonly bucketMs?: number;
	/**
	 * Upper bound on the number of load buckets (default 600): when the run is
	 * longer, buckets are widened by a whole factor so charts stay drawable.
	 */
	readonly maxBuckets?: number;
}

/** Server load in one time bucket. */
export interface LoadBucket {
	/** Start of the bucket; it covers [startMs, startMs + bucketMs). */
	readonly startMs: number;
	/** Calls the server received. */
	readonly calls: number;
	readonly accepted: number;
	readonly rejected: number;
}

/** Completion-time statistics over the clients that succeeded (null if none did). */
export interface CompletionStats {
	/** Nearest-rank median (the lower median for an even count). */
	readonly medianMs: number | null;
	/** Nearest-rank 99th percentile. */
	readonly p99Ms: number | null;
	/** The last success. */
	readonly lastMs: number | null;
}

/** Outcome of one contention run. */
export interface ContentionResult {
	readonly strategy: StrategyId;
	readonly clients: number;
	/** Every call made, including the failed first attempts at t = 0: the work done. */
	readonly totalCalls: number;
	readonly rejectedCalls: number;
	/** Clients whose call was eventually accepted (equals accepted calls). */
	readonly successes: number;
	/** Clients that stopped retrying, split by the limit they hit. */
	readonly gaveUp: { readonly total: number; readonly maxAttempts: number; readonly deadline: number };
	readonly completion: CompletionStats;
	/** Success times of the clients that succeeded, ascending (for a CDF chart). */
	readonly completionTimesMs: readonly number[];
	/** Width actually used for `buckets` (may exceed the requested width, see maxBuckets). */
	readonly bucketMs: number;
	/** Server load from t = 0 to the last call; empty buckets included. */
	readonly buckets: readonly LoadBucket[];
	/** Time of the last call made by anyone. */
	readonly endMs: number;
}

const DEFAULT_MAX_BUCKETS = 600;

/**
 * Min-heap of client indices keyed by (time, index). Each client has at most
 * one pending attempt, so the heap never holds more than `clients` entries
 * and fits in a preallocated typed array.
 */
class AttemptHeap {
	readonly #items: Int32Array;
	readonly #time: Float64Array;
	#size = 0;

	constructor(capacity: number, time: Float64Array) {
		this.#items = new Int32Array(capacity);
		this.#time = time;
	}

	get size(): number {
		return this.#size;
	}

	#less(a: number, b: number): boolean {
		const ta = this.#time[a] as number;
		const tb = this.#time[b] as number;
		return ta < tb || (ta === tb && a < b);
	}

	push(client: number): void {
		const items = this.#items;
		let i = this.#size++;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			const p = items[parent] as number;
			if (!this.#less(client, p)) break;
			items[i] = p;
			i = parent;
		}
		items[i] = client;
	}

	/** Removes and returns the earliest client; call only when size > 0. */
	pop(): number {
		const items = this.#items;
		const top = items[0] as number;
		const last = items[--this.#size] as number;
		const size = this.#size;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= size) break;
			const right = left + 1;
			let child = left;
			if (right < size && this.#less(items[right] as number, items[left] as number)) child = right;
			const c = items[child] as number;
			if (!this.#less(c, last)) break;
			items[i] = c;
			i = child;
		}
		if (size > 0) items[i] = last;
		return top;
	}
}

/** Nearest-rank percentile of an ascending array (p in (0, 1]). */
function percentile(sorted: readonly number[], p: number): number | null {
	if (sorted.length === 0) return null;
	const rank = Math.max(1, Math.ceil(p * sorted.length));
	return sorted[rank - 1] ?? null;
}

/**
 * Runs the contention simulation. Deterministic for a given options object.
 * Inputs are used as given (the URL layer clamps them); clients and
 * capacity.requests are truncated to integers, and a window of 0 ms is
 * treated as 1 ms so the window index stays finite.
 */
export function simulateContention(options: ContentionOptions): ContentionResult {
	const { strategy, params } = options;
	const clients = Math.max(0, Math.trunc(options.clients));
	const windowMs = Math.max(1, options.capacity.windowMs);
	const perWindow = Math.max(0, Math.trunc(options.capacity.requests));
	const maxAttempts = Math.max(1, Math.trunc(params.maxAttempts));

	const nextAt = new Float64Array(clients);
	const previous = new Float64Array(clients).fill(params.initialDelayMs);
	const attempts = new Int32Array(clients);
	const rngs: Rng[] = [];
	for (let i = 0; i < clients; i++) rngs.push(createRng(deriveSeed(options.seed, i)));

	// Every call is logged (time + outcome) and bucketed at the end, because
	// the bucket width may have to grow once the length of the run is known.
	// Each client makes at most maxAttempts calls, which bounds the log.
	const callTime = new Float64Array(clients * maxAttempts);
	const callAccepted = new Uint8Array(clients * maxAttempts);
	let calls = 0;

	const completionTimesMs: number[] = [];
	let gaveUpAttempts = 0;
	let gaveUpDeadline = 0;
	const heap = new AttemptHeap(clients, nextAt);

	// After a rejected call at time t, either queue the next attempt or give up.
	const scheduleRetry = (client: number, t: number): void => {
		const made = attempts[client] as number;
		if (made >= maxAttempts) {
			gaveUpAttempts++;
			return;
		}
		const delay = sampleDelay(strategy, params, made - 1, rngs[client] as Rng, previous[client] as number);
		previous[client] = delay;
		const at = t + delay;
		if (at > params.deadlineMs) {
			gaveUpDeadline++;
			return;
		}
		nextAt[client] = at;
		heap.push(client);
	};

	// The premise: every client's first attempt fails at t = 0. Those calls
	// reach the server (so they count as work) but use none of its capacity.
	for (let i = 0; i < clients; i++) {
		callTime[calls] = 0;
		callAccepted[calls++] = 0;
		attempts[i] = 1;
		scheduleRetry(i, 0);
	}

	let window = -1;
	let acceptedInWindow = 0;
	while (heap.size > 0) {
		const client = heap.pop();
		const t = nextAt[client] as number;
		const w = Math.floor(t / windowMs);
		if (w !== window) {
			window = w;
			acceptedInWindow = 0;
		}
		attempts[client] = (attempts[client] as number) + 1;
		callTime[calls] = t;
		if (acceptedInWindow < perWindow) {
			acceptedInWindow++;
			callAccepted[calls++] = 1;
			completionTimesMs.push(t);
		} else {
			callAccepted[calls++] = 0;
			scheduleRetry(client, t);
		}
	}

	const endMs = calls > 0 ? (callTime[calls - 1] as number) : 0;
	const { bucketMs, buckets } = bucketize(callTime, callAccepted, calls, endMs, options.bucketMs ?? windowMs, options.maxBuckets ?? DEFAULT_MAX_BUCKETS);
	// Successes are logged in time order, so the list is already ascending.
	const successes = completionTimesMs.length;
	return {
		strategy,
		clients,
		totalCalls: calls,
		rejectedCalls: calls - successes,
		successes,
		gaveUp: { total: gaveUpAttempts + gaveUpDeadline, maxAttempts: gaveUpAttempts, deadline: gaveUpDeadline },
		completion: {
			medianMs: percentile(completionTimesMs, 0.5),
			p99Ms: percentile(completionTimesMs, 0.99),
			lastMs: completionTimesMs.length > 0 ? (completionTimesMs[successes - 1] as number) : null,
		},
		completionTimesMs,
		bucketMs,
		buckets,
		endMs,
	};
}

/** Groups the call log into load buckets, widening them to respect maxBuckets. */
function bucketize(
	callTime: Float64Array,
	callAccepted: Uint8Array,
	calls: number,
	endMs: number,
	requestedMs: number,
	maxBuckets: number,
): { bucketMs: number; buckets: LoadBucket[] } {
	let bucketMs = requestedMs > 0 && Number.isFinite(requestedMs) ? requestedMs : 1;
	const limit = Math.max(1, Math.trunc(maxBuckets));
	const needed = Math.floor(endMs / bucketMs) + 1;
	if (needed > limit) bucketMs *= Math.ceil(needed / limit);
	const count = calls > 0 ? Math.floor(endMs / bucketMs) + 1 : 0;
	const received = new Int32Array(count);
	const accepted = new Int32Array(count);
	for (let i = 0; i < calls; i++) {
		const b = Math.floor((callTime[i] as number) / bucketMs);
		received[b] = (received[b] as number) + 1;
		accepted[b] = (accepted[b] as number) + (callAccepted[i] as number);
	}
	const buckets: LoadBucket[] = [];
	for (let b = 0; b < count; b++) {
		const r = received[b] as number;
		const a = accepted[b] as number;
		buckets.push({ startMs: b * bucketMs, calls: r, accepted: a, rejected: r - a });
	}
	return { bucketMs, buckets };
}

/** Input of {@link compareStrategies}: one contention scenario, several strategies. */
export interface CompareOptions extends Omit<ContentionOptions, 'strategy'> {
	readonly strategies: readonly StrategyId[];
}

/**
 * Runs the same contention scenario (clients, capacity, params, seed) once
 * per strategy, in the order given, so results can be tabulated side by side.
 */
export function compareStrategies(options: CompareOptions): ContentionResult[] {
	const { strategies, ...scenario } = options;
	return strategies.map((strategy) => simulateContention({ ...scenario, strategy }));
}
