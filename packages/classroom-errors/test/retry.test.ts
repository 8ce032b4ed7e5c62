/**
 * retryDecision against the site's simulator: for a `backoff` error, the
 * delays it draws, attempt after attempt, are the simulator's schedule for the
 * same strategy, parameters and random stream, and it stops where the
 * schedule stops (attempts or deadline); the other retry kinds follow the
 * catalog's entry.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/backoff/presets.ts';
import { createRng } from '../../../src/backoff/rng.ts';
import { buildSchedule } from '../../../src/backoff/schedule.ts';
import { STRATEGY_IDS, type BackoffParams, type StrategyId } from '../../../src/backoff/strategies.ts';
import { explain, retryDecision, type RetryDecision } from '../src/index.ts';

const INTERNAL = { error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' } };

/** Runs retryDecision attempt after attempt, as a client whose every attempt fails. */
function run(strategy: StrategyId | undefined, params: BackoffParams | undefined, seed: number): { delays: number[]; last: RetryDecision } {
	const rng = createRng(seed);
	const delays: number[] = [];
	let elapsed = 0;
	let previous: number | undefined;
	for (let attempt = 1; ; attempt++) {
		const d = retryDecision(INTERNAL, attempt, {
			random: () => rng.next(),
			elapsedMs: elapsed,
			...(strategy ? { strategy } : {}),
			...(params ? { params } : {}),
			...(previous !== undefined ? { previousDelayMs: previous } : {}),
		});
		if (!d.retry) return { delays, last: d };
		expect(d.nextAttempt).toBe(attempt + 1);
		expect(d.delayMs).toBeGreaterThanOrEqual(d.range.min);
		expect(d.delayMs).toBeLessThanOrEqual(d.range.max);
		delays.push(d.delayMs);
		elapsed += d.delayMs;
		previous = d.delayMs;
	}
}

describe('retryDecision follows the simulator', () => {
	it('by default draws the Google Cloud preset schedule of the simulator, and stops at its attempt limit', () => {
		const preset = PRESETS.find((p) => p.id === 'google-cloud');
		if (!preset) throw new Error('the simulator has no google-cloud preset');
		for (const seed of [1, 7, 2026]) {
			const schedule = buildSchedule(preset.strategy, preset.params, seed);
			const { delays, last } = run(undefined, undefined, seed);
			expect(delays).toEqual(schedule.retries.map((r) => r.delayMs));
			expect(last.kind).toBe(schedule.stoppedBy === 'deadline' ? 'deadline' : 'attempts-exhausted');
		}
	});

	it('draws every strategy exactly as the simulator, and stops at the deadline where the simulator does', () => {
		const params: BackoffParams = { initialDelayMs: 500, multiplier: 1.8, maxDelayMs: 20_000, maxAttempts: 12, deadlineMs: 40_000 };
		for (const strategy of STRATEGY_IDS) {
			const schedule = buildSchedule(strategy, params, 42);
			const { delays, last } = run(strategy, params, 42);
			expect(delays, strategy).toEqual(schedule.retries.map((r) => r.delayMs));
			expect(last.kind, strategy).toBe(schedule.stoppedBy === 'deadline' ? 'deadline' : 'attempts-exhausted');
		}
	});

	it('takes an explanation already made, and gives its reasons in the language asked for', () => {
		const explanation = explain('@CourseNotModifiable', { lang: 'ko' });
		const d = retryDecision(explanation, 1);
		expect(d).toMatchObject({ retry: false, kind: 'after-fix' });
		expect(!d.retry && d.reason).toMatch(/[가-힣]/);
		expect(retryDecision('nothing like an error at all, just words', 1, { lang: 'ko' })).toMatchObject({ retry: false, kind: 'unknown' });
	});
});

describe('retryDecision follows the catalog', () => {
	it('waits a whole day once for the daily join limit, then stops', () => {
		const first = retryDecision('@UserCourseJoinRateLimitReached', 1);
		expect(first).toMatchObject({ retry: true, kind: 'after-wait', delayMs: 86_400_000, nextAttempt: 2 });
		expect(retryDecision('@UserCourseJoinRateLimitReached', 2)).toMatchObject({ retry: false, kind: 'attempts-exhausted' });
	});

	it('does not retry an error that needs a changed request or a fix first', () => {
		expect(retryDecision('@CourseTitleCannotContainUrl', 1)).toMatchObject({ retry: false, kind: 'change-request' });
		expect(retryDecision('@CourseNotModifiable', 1)).toMatchObject({ retry: false, kind: 'after-fix' });
	});
});
