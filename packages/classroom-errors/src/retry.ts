/**
 * Whether to send a failed request again, and when: the catalog's retry kind
 * for the entry, and for `backoff` the site simulator's own formulas
 * (`src/backoff/strategies.ts`, bundled at build time) with its Google Cloud
 * preset as the default parameters.
 */
import { PRESETS } from '../../../src/backoff/presets.ts';
import { delayRange, sampleDelay, type BackoffParams as SimulatorParams, type StrategyId } from '../../../src/backoff/strategies.ts';
import type { Rng } from '../../../src/backoff/rng.ts';
import { explainWith } from './explain.ts';
import type { BackoffParams, BackoffStrategy, Explanation, LocaleData, RetryDecision, RetryOptions } from './types.ts';

/** The simulator's Google Cloud preset: min(2^n s + up to 1 s, 32 s), 10 attempts, 5 minutes. */
const GOOGLE_CLOUD = PRESETS.find((p) => p.id === 'google-cloud');

/** The sentences of the stops that are not an entry's own kind. */
const STOPS = {
	en: {
		unknown: 'The catalog has no entry for this error, so it gives no retry guidance.',
		'attempts-exhausted': 'The attempts are used up: stop and show the error.',
		deadline: 'The next retry would start after the deadline: stop and show the error.',
	},
	ko: {
		unknown: '카탈로그에 이 오류 항목이 없어 재시도 지침이 없습니다.',
		'attempts-exhausted': '시도 횟수를 모두 썼습니다. 멈추고 오류를 보여 주세요.',
		deadline: '다음 재시도가 기한을 넘깁니다. 멈추고 오류를 보여 주세요.',
	},
} as const;

/** Every kind of `Explanation`, so an explanation already made is recognised whatever its kind (a method's included). */
const EXPLANATION_KINDS: ReadonlySet<Explanation['kind']> = new Set<Explanation['kind']>(['error', 'status', 'method', 'candidates', 'no-match']);

function isExplanation(value: unknown): value is Explanation {
	return typeof value === 'object' && value !== null && 'kind' in value && 'lang' in value && EXPLANATION_KINDS.has(String((value as { kind: unknown }).kind) as Explanation['kind']);
}

// The package's public types are written out (its declarations may not reach outside it); these
// fail to compile the moment they drift from the simulator's own.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
void (true satisfies Same<BackoffStrategy, StrategyId>);
void (true satisfies Same<BackoffParams, SimulatorParams>);

/** A Rng over `random`, drawing as the simulator's does (lo + (hi − lo) · u). */
function rngOf(random: () => number): Rng {
	return { next: random, uniform: (lo, hi) => lo + (hi - lo) * random() };
}

/**
 * What to do after attempt `attempt` (1 for the first request) failed with
 * `error` (anything `explain` reads, or an `Explanation` already made):
 *
 * - `backoff`: retry after a delay drawn from the strategy's range for this
 *   retry (the simulator's formulas), until `maxAttempts` or the deadline;
 * - `after-wait`: retry after the entry's `wait`, at most its `attempts` times;
 * - `change-request`, `after-fix`, `never`, `unspecified`, or no entry: do
 *   not retry as is (`reason` says what to do instead).
 */
export function retryDecisionWith(data: LocaleData, error: unknown, attempt: number, options: RetryOptions = {}): RetryDecision {
	const explanation = isExplanation(error) ? error : explainWith(data, error, { ...(options.siteUrl !== undefined ? { siteUrl: options.siteUrl } : {}), ...(options.details ? { details: options.details } : {}) });
	const stops = STOPS[data.lang];
	if (explanation.kind !== 'error' && explanation.kind !== 'status') {
		// A method alone, candidates or nothing: no entry, so no guidance.
		return { retry: false, kind: 'unknown', reason: stops.unknown, explanation };
	}
	const guidance = explanation.retry;
	const failed = Number.isFinite(attempt) && attempt >= 1 ? Math.floor(attempt) : 1;
	if (guidance.kind === 'after-wait' && guidance.waitMs !== undefined && guidance.attempts !== undefined) {
		// `attempts` counts retries: after the first request and `attempts` retries, stop.
		if (failed - 1 >= guidance.attempts) return { retry: false, kind: 'attempts-exhausted', reason: stops['attempts-exhausted'], explanation };
		return { retry: true, kind: 'after-wait', delayMs: guidance.waitMs, nextAttempt: failed + 1, range: { min: guidance.waitMs, max: guidance.waitMs }, explanation };
	}
	if (guidance.kind !== 'backoff') return { retry: false, kind: guidance.kind, reason: guidance.text, explanation };

	const strategy = options.strategy ?? GOOGLE_CLOUD?.strategy ?? 'google';
	const base: SimulatorParams = GOOGLE_CLOUD?.params ?? { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 32_000, maxAttempts: 10, deadlineMs: 300_000 };
	const params: SimulatorParams = { ...base, ...options.params };
	if (failed >= params.maxAttempts) return { retry: false, kind: 'attempts-exhausted', reason: stops['attempts-exhausted'], explanation };
	// Retry index n of the simulator: n = 0 is the wait before attempt 2.
	const n = failed - 1;
	const previous = options.previousDelayMs ?? params.initialDelayMs;
	const range = delayRange(strategy, params, n, previous);
	const delayMs = sampleDelay(strategy, params, n, rngOf(options.random ?? Math.random), previous);
	// As the simulator: a retry that would start after the deadline is not made (exactly at it still is).
	if ((options.elapsedMs ?? 0) + delayMs > params.deadlineMs) return { retry: false, kind: 'deadline', reason: stops.deadline, explanation };
	return { retry: true, kind: 'backoff', delayMs, nextAttempt: failed + 1, range: { min: range.min, max: range.max }, explanation };
}
