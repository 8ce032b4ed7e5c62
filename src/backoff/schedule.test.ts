import { describe, expect, it } from 'vitest';
import { buildSchedule } from './schedule.ts';
import { STRATEGY_IDS, type BackoffParams } from './strategies.ts';

const params = (overrides: Partial<BackoffParams> = {}): BackoffParams => ({
	initialDelayMs: 1000,
	multiplier: 2,
	maxDelayMs: 1_000_000,
	maxAttempts: 10,
	deadlineMs: 3_600_000,
	...overrides,
});

describe('buildSchedule', () => {
	it('is identical for the same seed, for every strategy', () => {
		for (const strategy of STRATEGY_IDS) {
			expect(buildSchedule(strategy, params(), 5)).toEqual(buildSchedule(strategy, params(), 5));
		}
	});

	it('draws different jittered delays for different seeds, and the same unjittered ones', () => {
		const delays = (strategy: 'full-jitter' | 'exponential', seed: number): number[] =>
			buildSchedule(strategy, params(), seed).retries.map((r) => r.delayMs);
		expect(delays('full-jitter', 1)).not.toEqual(delays('full-jitter', 2));
		expect(delays('exponential', 1)).toEqual(delays('exponential', 2));
	});

	it('stops at maxAttempts: attempts 2..maxAttempts, each starting after the previous one plus its delay', () => {
		const s = buildSchedule('equal-jitter', params({ maxAttempts: 5 }), 3);
		expect(s.stoppedBy).toBe('max-attempts');
		expect(s.dropped).toBeNull();
		expect(s.totalAttempts).toBe(5);
		expect(s.retries.map((r) => r.attempt)).toEqual([2, 3, 4, 5]);
		expect(s.retries.map((r) => r.retry)).toEqual([0, 1, 2, 3]);
		let start = 0;
		for (const r of s.retries) {
			expect(r.delayMs).toBeGreaterThanOrEqual(r.range.min);
			expect(r.delayMs).toBeLessThanOrEqual(r.range.max);
			start += r.delayMs;
			expect(r.startMs).toBeCloseTo(start, 9);
		}
		expect(s.lastStartMs).toBe(s.retries[3]?.startMs);
	});

	it('stops at the deadline and reports the retry it dropped', () => {
		// Exponential from 1 s: attempts start at 1 s, 3 s, 7 s; the next would start at 15 s.
		const s = buildSchedule('exponential', params({ deadlineMs: 10_000 }), 1);
		expect(s.retries.map((r) => r.startMs)).toEqual([1000, 3000, 7000]);
		expect(s.stoppedBy).toBe('deadline');
		expect(s.dropped).toMatchObject({ attempt: 5, delayMs: 8000, startMs: 15_000 });
		expect(s.totalAttempts).toBe(4);
	});

	it('still makes an attempt that starts exactly at the deadline', () => {
		const s = buildSchedule('exponential', params({ deadlineMs: 7000 }), 1);
		expect(s.retries.map((r) => r.startMs)).toEqual([1000, 3000, 7000]);
		expect(s.stoppedBy).toBe('deadline');
	});

	it('whichever limit comes first wins', () => {
		expect(buildSchedule('exponential', params({ deadlineMs: 10_000, maxAttempts: 3 }), 1).stoppedBy).toBe('max-attempts');
		expect(buildSchedule('exponential', params({ deadlineMs: 500, maxAttempts: 3 }), 1)).toMatchObject({
			stoppedBy: 'deadline',
			retries: [],
			totalAttempts: 1,
			lastStartMs: 0,
		});
	});

	it('makes no retry when maxAttempts is 1', () => {
		const s = buildSchedule('full-jitter', params({ maxAttempts: 1 }), 1);
		expect(s).toMatchObject({ retries: [], stoppedBy: 'max-attempts', totalAttempts: 1, dropped: null });
	});

	it('feeds each decorrelated delay into the next range', () => {
		const s = buildSchedule('decorrelated-jitter', params({ maxDelayMs: 60_000 }), 8);
		let previous = 1000;
		for (const r of s.retries) {
			expect(r.range).toEqual({ min: 1000, max: Math.min(60_000, previous * 3) });
			previous = r.delayMs;
		}
	});
});
