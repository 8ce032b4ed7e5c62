import { describe, expect, it } from 'vitest';
import {
	delaysChartModel,
	DELAYS_FRAME,
	integerTicks,
	linearScale,
	loadChartModel,
	LOAD_FRAME,
	niceInteger,
	niceStep,
	niceTicks,
	pct,
	peakCalls,
	planBuckets,
	plotBottom,
	rebucket,
	sharedLoadTicks,
} from './chart.ts';
import type { LoadBucket } from './contention.ts';
import { buildSchedule } from './schedule.ts';
import { DEFAULT_STATE } from './url-state.ts';

const bucket = (startMs: number, calls: number, accepted: number): LoadBucket => ({ startMs, calls, accepted, rejected: calls - accepted });

describe('scales and ticks', () => {
	it('maps a domain linearly, and a zero-width domain to the start', () => {
		const y = linearScale(0, 100, 200, 0);
		expect(y(0)).toBe(200);
		expect(y(50)).toBe(100);
		expect(y(100)).toBe(0);
		expect(linearScale(5, 5, 10, 20)(99)).toBe(10);
	});

	it('picks steps of 1, 2 and 5 times a power of ten', () => {
		expect(niceStep(100, 5)).toBe(20);
		expect(niceStep(76_300, 4)).toBe(20_000);
		expect(niceStep(7, 10)).toBe(1);
		expect(niceStep(0.3, 3)).toBeCloseTo(0.1);
		expect(niceStep(0, 5)).toBe(1);
	});

	it('makes ticks from 0 past the maximum', () => {
		expect(niceTicks(5000, 5)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
		expect(niceTicks(4300, 4)).toEqual([0, 2000, 4000, 6000]);
		expect(niceTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
		expect(niceTicks(0)).toEqual([0, 1]);
		expect(niceTicks(Number.NaN)).toEqual([0, 1]);
	});

	it('labels an attempt axis with its first attempt and nice multiples', () => {
		expect(integerTicks(2, 6, 12)).toEqual([2, 3, 4, 5, 6]);
		expect(integerTicks(2, 30, 12)).toEqual([2, 5, 10, 15, 20, 25, 30]);
		expect(integerTicks(2, 1, 12)).toEqual([]);
	});

	it('rounds bucket factors up to 1, 2, 5, 10, 20, …', () => {
		expect([0, 1, 1.2, 2, 3, 6.4, 11, 49, 51].map(niceInteger)).toEqual([1, 1, 2, 2, 5, 10, 20, 50, 100]);
	});
});

describe('delaysChartModel', () => {
	it('draws one column per retry inside the plot, dots inside their ranges', () => {
		const schedule = buildSchedule('full-jitter', DEFAULT_STATE.params, 1);
		const model = delaysChartModel(schedule);
		expect(model.marks).toHaveLength(schedule.retries.length);
		for (const m of model.marks) {
			// x in percent of the plot's width.
			expect(m.x - model.barWidth / 2).toBeGreaterThan(0);
			expect(m.x + model.barWidth / 2).toBeLessThan(100);
			expect(m.rangeTop).toBeGreaterThanOrEqual(DELAYS_FRAME.top - 1e-9);
			expect(m.rangeBottom).toBeLessThanOrEqual(plotBottom(DELAYS_FRAME) + 1e-9);
			expect(m.y).toBeGreaterThanOrEqual(m.rangeTop - 1e-9);
			expect(m.y).toBeLessThanOrEqual(m.rangeBottom + 1e-9);
		}
		expect(model.yMax).toBe(5000);
		// One segment between each two retries, joined end to start.
		expect(model.line).toHaveLength(schedule.retries.length - 1);
		for (let i = 1; i < model.line.length; i++) expect(model.line[i]?.x1).toBe(model.line[i - 1]?.x2);
	});

	it('marks the retry dropped at the deadline and leaves it out of the line', () => {
		const schedule = buildSchedule('exponential', { ...DEFAULT_STATE.params, deadlineMs: 1000 }, 1);
		expect(schedule.dropped).not.toBeNull();
		const model = delaysChartModel(schedule);
		expect(model.marks.at(-1)?.dropped).toBe(true);
		expect(model.marks.filter((m) => m.dropped)).toHaveLength(1);
		expect(model.line).toHaveLength(schedule.retries.length - 1);
	});

	it('gives a fixed delay a visible bar and copes with no retries at all', () => {
		const fixed = delaysChartModel(buildSchedule('exponential', DEFAULT_STATE.params, 1));
		for (const m of fixed.marks) expect(m.rangeBottom - m.rangeTop).toBeGreaterThanOrEqual(2 - 1e-9);
		const none = delaysChartModel(buildSchedule('full-jitter', { ...DEFAULT_STATE.params, maxAttempts: 1 }, 1));
		expect(none.marks).toEqual([]);
		expect(none.line).toEqual([]);
		expect(none.xTicks).toEqual([]);
		const zero = delaysChartModel(buildSchedule('none', DEFAULT_STATE.params, 1));
		expect(zero.yMax).toBe(1);
		for (const tick of zero.yTicks) expect(Number.isFinite(tick.y)).toBe(true);
	});
});

describe('planBuckets', () => {
	it('uses the capacity window when the run is short', () => {
		expect(planBuckets(4300, 100, 5, 120)).toEqual({ bucketMs: 100, count: 44, capacity: 5 });
	});

	it('widens buckets by a nice whole number of windows for long runs', () => {
		expect(planBuckets(76_300, 100, 5, 120)).toEqual({ bucketMs: 1000, count: 77, capacity: 50 });
		const plan = planBuckets(3_600_000, 1, 1, 120);
		expect(plan.count).toBeLessThanOrEqual(121);
		expect(plan.bucketMs % 1).toBe(0);
	});

	it('has one bucket when everything happens at 0 ms', () => {
		expect(planBuckets(0, 100, 5, 120)).toEqual({ bucketMs: 100, count: 1, capacity: 5 });
	});
});

describe('rebucket', () => {
	it('merges buckets exactly when the width is a multiple', () => {
		const source = [bucket(0, 10, 5), bucket(100, 4, 4), bucket(200, 0, 0), bucket(300, 7, 1)];
		expect(rebucket(source, 100, 200, 2)).toEqual([bucket(0, 14, 9), bucket(200, 7, 1)]);
		expect(rebucket(source, 100, 100, 4)).toEqual(source);
	});

	it('pads with empty buckets', () => {
		expect(rebucket([bucket(0, 1, 1)], 100, 100, 3)).toEqual([bucket(0, 1, 1), bucket(100, 0, 0), bucket(200, 0, 0)]);
	});

	it('returns null when the widths do not divide, or calls fall outside', () => {
		expect(rebucket([bucket(0, 1, 1)], 200, 300, 1)).toBeNull();
		expect(rebucket([bucket(0, 1, 1), bucket(500, 1, 0)], 100, 100, 2)).toBeNull();
		expect(rebucket([], 0, 100, 1)).toBeNull();
	});
});

describe('loadChartModel', () => {
	const plan = { bucketMs: 100, count: 4, capacity: 5 };

	it('stacks accepted under rejected, skips empty buckets, and fits the tallest bar', () => {
		const model = loadChartModel([bucket(0, 10, 5), bucket(100, 0, 0), bucket(200, 3, 3), bucket(300, 50, 5)], plan);
		expect(model.bars.map((b) => b.startMs)).toEqual([0, 200, 300]);
		const [first, second, tall] = model.bars;
		expect(first?.acceptedY).toBeCloseTo(first!.rejectedY + first!.rejectedHeight);
		expect(first!.acceptedY + first!.acceptedHeight).toBeCloseTo(plotBottom(LOAD_FRAME));
		expect(second?.rejectedHeight).toBe(0);
		expect(model.yMax).toBe(60);
		expect(tall!.rejectedY).toBeGreaterThanOrEqual(LOAD_FRAME.top);
		for (const b of model.bars) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(100 + 1e-9);
		}
		expect(model.xMaxMs).toBe(400);
		expect(model.capacityY).toBeCloseTo(plotBottom(LOAD_FRAME) - ((plotBottom(LOAD_FRAME) - LOAD_FRAME.top) * 5) / 60);
	});

	it('keeps the capacity line on the chart when every bar is lower', () => {
		const model = loadChartModel([bucket(0, 2, 2)], plan);
		expect(model.yMax).toBeGreaterThanOrEqual(5);
		expect(model.capacityY).toBeGreaterThanOrEqual(LOAD_FRAME.top);
	});

	it('draws on a given scale, cutting a taller bar at the top of the plot and marking it', () => {
		const model = loadChartModel([bucket(0, 300, 5), bucket(100, 20, 5)], plan, LOAD_FRAME, [0, 10, 20, 30, 40]);
		expect(model.yMax).toBe(40);
		const [tall, low] = model.bars;
		expect(tall!.clipped).toBe(true);
		expect(tall!.rejectedY).toBe(LOAD_FRAME.top);
		expect(tall!.acceptedY + tall!.acceptedHeight).toBeCloseTo(plotBottom(LOAD_FRAME));
		expect(low!.clipped).toBe(false);
		expect(low!.rejectedY).toBeGreaterThan(LOAD_FRAME.top);
	});

	it('survives a run with no calls at all', () => {
		const model = loadChartModel([bucket(0, 0, 0)], { bucketMs: 100, count: 1, capacity: 0 });
		expect(model.bars).toEqual([]);
		expect(Number.isFinite(model.capacityY)).toBe(true);
		for (const tick of model.yTicks) expect(Number.isFinite(tick.y)).toBe(true);
	});
});

describe('sharedLoadTicks', () => {
	it('reaches the tallest series when the series are of a size', () => {
		expect(sharedLoadTicks([120, 80, 60], 10).at(-1)).toBe(150);
	});

	it('leaves out a lone spike more than twice the next series, so it does not flatten the others', () => {
		expect(sharedLoadTicks([2760, 370, 180], 100).at(-1)).toBe(400);
		expect(sharedLoadTicks([2760], 100).at(-1)).toBe(3000);
	});

	it('never ends below the capacity', () => {
		expect(sharedLoadTicks([3, 2], 25).at(-1)).toBe(30);
		expect(sharedLoadTicks([], 5).at(-1)).toBe(6);
	});

	it('reads the peak of a series', () => {
		expect(peakCalls([bucket(0, 3, 3), bucket(100, 9, 5)])).toBe(9);
		expect(peakCalls([])).toBe(0);
	});
});

describe('pct', () => {
	it('writes a percentage with at most one decimal', () => {
		expect(pct(12.3456)).toBe('12.3%');
		expect(pct(0)).toBe('0%');
	});
});
