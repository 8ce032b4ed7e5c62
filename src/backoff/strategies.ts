/**
 * Backoff strategies as pure functions: for retry n, the range a delay can
 * fall in, and a sampled delay inside that range. Everything else (schedule,
 * contention simulation, code snippets) is built on these two functions, so
 * the formulas live in exactly one place.
 *
 * Conventions: all times are in milliseconds; `n` is the 0-based retry index
 * (n = 0 is the wait after the first attempt failed, before attempt 2).
 */

import type { Rng } from './rng.ts';

/** Every strategy the simulator knows. */
export const STRATEGY_IDS = [
	'none',
	'exponential',
	'full-jitter',
	'equal-jitter',
	'decorrelated-jitter',
	'google',
	'grpc',
] as const;

/** A strategy id, usable in URLs and as a localization key suffix. */
export type StrategyId = (typeof STRATEGY_IDS)[number];

/** Parameters shared by every strategy (a strategy ignores what it does not use). */
export interface BackoffParams {
	/** Base delay: the exponential term for n = 0 (Google's "1 second"). */
	readonly initialDelayMs: number;
	/** Growth factor per retry (2 doubles the delay each time). */
	readonly multiplier: number;
	/** Truncation cap on the delay ("maximum backoff"). */
	readonly maxDelayMs: number;
	/** Total attempts including the first one, so maxAttempts - 1 retries at most. */
	readonly maxAttempts: number;
	/**
	 * Overall deadline measured from the first attempt: a retry that would
	 * start after it is not made. Infinity means no deadline.
	 */
	readonly deadlineMs: number;
}

/** Closed interval of possible delays for one retry. */
export interface DelayRange {
	readonly min: number;
	readonly max: number;
}

/** Language-neutral description of a strategy; the widget supplies labels. */
export interface StrategyMeta {
	readonly id: StrategyId;
	/** Localization key for the label, e.g. `backoff.strategy.full-jitter`. */
	readonly key: string;
	/** Whether delays are random (false: every client waits exactly the same). */
	readonly jittered: boolean;
	/** Whether the range depends on the previous delay (decorrelated jitter). */
	readonly usesPrevious: boolean;
	/** The formula in math notation (no prose), for display next to the label. */
	readonly formula: string;
	/** Delays never exceed capFactor × maxDelayMs (gRPC jitters after capping). */
	readonly capFactor: number;
}

/** Google Cloud adds a random number of milliseconds up to one second. */
export const GOOGLE_RANDOM_MS = 1000;

/** gRPC's connection backoff spreads each delay by ±20 %. */
export const GRPC_JITTER = 0.2;

/** Metadata for every strategy, in the order a picker should list them. */
export const STRATEGIES: readonly StrategyMeta[] = [
	{ id: 'none', key: 'backoff.strategy.none', jittered: false, usesPrevious: false, formula: '0', capFactor: 1 },
	{
		id: 'exponential',
		key: 'backoff.strategy.exponential',
		jittered: false,
		usesPrevious: false,
		formula: 'min(cap, base · m^n)',
		capFactor: 1,
	},
	{
		id: 'full-jitter',
		key: 'backoff.strategy.full-jitter',
		jittered: true,
		usesPrevious: false,
		formula: 'U(0, min(cap, base · m^n))',
		capFactor: 1,
	},
	{
		id: 'equal-jitter',
		key: 'backoff.strategy.equal-jitter',
		jittered: true,
		usesPrevious: false,
		formula: 'v/2 + U(0, v/2), v = min(cap, base · m^n)',
		capFactor: 1,
	},
	{
		id: 'decorrelated-jitter',
		key: 'backoff.strategy.decorrelated-jitter',
		jittered: true,
		usesPrevious: true,
		formula: 'min(cap, U(base, 3 · prev)), prev₀ = base',
		capFactor: 1,
	},
	{
		id: 'google',
		key: 'backoff.strategy.google',
		jittered: true,
		usesPrevious: false,
		formula: 'min(base · m^n + U(0, 1000 ms), cap)',
		capFactor: 1,
	},
	{
		id: 'grpc',
		key: 'backoff.strategy.grpc',
		jittered: true,
		usesPrevious: false,
		formula: 'n = 0: v; n ≥ 1: v · U(0.8, 1.2), v = min(cap, base · m^n)',
		capFactor: 1 + GRPC_JITTER,
	},
];

/** Type guard for strategy ids coming from untrusted input (URLs, forms). */
export function isStrategyId(value: unknown): value is StrategyId {
	return typeof value === 'string' && (STRATEGY_IDS as readonly string[]).includes(value);
}

/** Metadata of one strategy. */
export function strategyMeta(strategy: StrategyId): StrategyMeta {
	// STRATEGIES lists every id, so the lookup cannot miss.
	return STRATEGIES.find((meta) => meta.id === strategy) as StrategyMeta;
}

/**
 * The uncapped exponential term base · multiplier^n.
 * Guards base = 0 so that 0 · Infinity (huge n) does not turn into NaN.
 */
function exponentialTerm(params: BackoffParams, n: number): number {
	return params.initialDelayMs === 0 ? 0 : params.initialDelayMs * params.multiplier ** n;
}

/** min(cap, base · multiplier^n): the truncated exponential delay without jitter. */
export function truncatedExponential(params: BackoffParams, n: number): number {
	return Math.min(params.maxDelayMs, exponentialTerm(params, n));
}

/**
 * The interval a strategy's delay for retry n can fall in.
 * @param n 0-based retry index.
 * @param previous the previous delay; only decorrelated jitter uses it, and
 *   it defaults to the base delay as for the first retry.
 */
export function delayRange(
	strategy: StrategyId,
	params: BackoffParams,
	n: number,
	previous: number = params.initialDelayMs,
): DelayRange {
	const cap = params.maxDelayMs;
	switch (strategy) {
		case 'none':
			return { min: 0, max: 0 };
		case 'exponential': {
			const v = truncatedExponential(params, n);
			return { min: v, max: v };
		}
		case 'full-jitter':
			return { min: 0, max: truncatedExponential(params, n) };
		case 'equal-jitter': {
			const v = truncatedExponential(params, n);
			return { min: v / 2, max: v };
		}
		case 'decorrelated-jitter': {
			const lo = params.initialDelayMs;
			const hi = previous * 3;
			return { min: Math.min(cap, lo, hi), max: Math.min(cap, Math.max(lo, hi)) };
		}
		case 'google': {
			const e = exponentialTerm(params, n);
			return { min: Math.min(cap, e), max: Math.min(cap, e + GOOGLE_RANDOM_MS) };
		}
		case 'grpc': {
			const v = truncatedExponential(params, n);
			// gRPC waits exactly the initial backoff first and jitters later ones.
			return n === 0 ? { min: v, max: v } : { min: v * (1 - GRPC_JITTER), max: v * (1 + GRPC_JITTER) };
		}
	}
}

/**
 * Samples the delay for retry n. The result always lies in
 * {@link delayRange}(strategy, params, n, previous).
 * Consumes at most one random number per call (none for unjittered
 * strategies and gRPC's first retry), which keeps seeded runs cheap and
 * their random streams easy to reason about.
 */
export function sampleDelay(
	strategy: StrategyId,
	params: BackoffParams,
	n: number,
	rng: Rng,
	previous: number = params.initialDelayMs,
): number {
	const range = delayRange(strategy, params, n, previous);
	let value: number;
	switch (strategy) {
		case 'none':
		case 'exponential':
			return range.min;
		case 'full-jitter':
		case 'equal-jitter':
		case 'grpc':
			if (strategy === 'grpc' && n === 0) return range.min;
			value = rng.uniform(range.min, range.max);
			break;
		case 'decorrelated-jitter':
			value = Math.min(params.maxDelayMs, rng.uniform(params.initialDelayMs, previous * 3));
			break;
		case 'google':
			value = Math.min(exponentialTerm(params, n) + rng.uniform(0, GOOGLE_RANDOM_MS), params.maxDelayMs);
			break;
	}
	// Floating-point rounding in lo + (hi - lo) · u can overshoot by an ulp.
	return Math.min(range.max, Math.max(range.min, value));
}

/** The largest delay a strategy can produce with these parameters (for chart axes). */
export function maxPossibleDelay(strategy: StrategyId, params: BackoffParams): number {
	if (strategy === 'none') return 0;
	return params.maxDelayMs * strategyMeta(strategy).capFactor;
}
