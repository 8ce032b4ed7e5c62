/**
 * The retry timeline of a single client: when each retry starts, the range
 * its delay was drawn from, and which limit (attempts or deadline) ended it.
 * This is what the widget's per-client table and timeline chart show.
 */

import { createRng } from './rng.ts';
import { delayRange, sampleDelay, type BackoffParams, type DelayRange, type StrategyId } from './strategies.ts';

/** One retry (attempt 2 onwards; attempt 1 always starts at 0 ms). */
export interface ScheduleEntry {
	/** 1-based attempt number of this retry: 2 for the first retry. */
	readonly attempt: number;
	/** 0-based retry index n used in the formulas (attempt - 2). */
	readonly retry: number;
	/** Where the delay could have fallen. */
	readonly range: DelayRange;
	/** The sampled delay before this attempt. */
	readonly delayMs: number;
	/** When this attempt starts, counted from the first attempt. */
	readonly startMs: number;
}

/** Which limit ended a retry sequence. */
export type StopReason = 'max-attempts' | 'deadline';

/** A client's full retry timeline, assuming every attempt fails. */
export interface Schedule {
	readonly strategy: StrategyId;
	readonly params: BackoffParams;
	readonly seed: number;
	/** Retries in order; empty when maxAttempts is 1 or the first retry misses the deadline. */
	readonly retries: readonly ScheduleEntry[];
	/** The limit that stopped further retries. */
	readonly stoppedBy: StopReason;
	/**
	 * The retry that was drawn but not made because it would start after the
	 * deadline (so a chart can show where it would have landed); null when
	 * maxAttempts ended the sequence.
	 */
	readonly dropped: ScheduleEntry | null;
	/** Attempts made, including the first: 1 + retries.length. */
	readonly totalAttempts: number;
	/** Start of the last attempt made (0 when there were no retries). */
	readonly lastStartMs: number;
}

/**
 * Builds the retry timeline of one client whose every attempt fails.
 * Deterministic: the same arguments always give the same schedule.
 * @param seed seeds the jitter (see createRng).
 */
export function buildSchedule(strategy: StrategyId, params: BackoffParams, seed: number): Schedule {
	const rng = createRng(seed);
	const retries: ScheduleEntry[] = [];
	let previous = params.initialDelayMs;
	let startMs = 0;
	let dropped: ScheduleEntry | null = null;
	for (let attempt = 2; attempt <= params.maxAttempts; attempt++) {
		const retry = attempt - 2;
		const range = delayRange(strategy, params, retry, previous);
		const delayMs = sampleDelay(strategy, params, retry, rng, previous);
		const entry: ScheduleEntry = { attempt, retry, range, delayMs, startMs: startMs + delayMs };
		// "Stop when the next attempt would start after the deadline": starting
		// exactly at the deadline is still allowed.
		if (entry.startMs > params.deadlineMs) {
			dropped = entry;
			break;
		}
		retries.push(entry);
		startMs = entry.startMs;
		previous = delayMs;
	}
	return {
		strategy,
		params,
		seed,
		retries,
		stoppedBy: dropped === null ? 'max-attempts' : 'deadline',
		dropped,
		totalAttempts: 1 + retries.length,
		lastStartMs: startMs,
	};
}
