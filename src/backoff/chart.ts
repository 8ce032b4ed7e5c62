/**
 * Chart geometry for the simulator, as plain numbers: scales, "nice" ticks,
 * the bars and dots of the delays chart, and the bars of the server-load
 * small multiples. No text and no markup here (view.ts adds labels and
 * builds the SVG), so every coordinate can be unit-tested.
 *
 * x is in percent of the plot's width (0–100) and y in pixels: the charts
 * have a fixed height and take the width of their column, and their SVG has
 * no viewBox, so nothing is scaled. Text stays at its CSS size (readable on a
 * phone, not shrunk with the chart) and dots stay round.
 */
import type { LoadBucket } from './contention.ts';
import type { Schedule } from './schedule.ts';

/** A plot's height and the margins inside it, in pixels; its width is 100 % of its column. */
export interface Frame {
	readonly height: number;
	/** Room above the plot area (for the top tick label). */
	readonly top: number;
	/** Room under the plot area, for the x tick labels. */
	readonly bottom: number;
}

/** The plot area's bottom edge. */
export function plotBottom(frame: Frame): number {
	return frame.height - frame.bottom;
}

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps everything to r0. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
	const span = d1 - d0;
	if (span === 0 || !Number.isFinite(span)) return () => r0;
	const k = (r1 - r0) / span;
	return (value) => r0 + (value - d0) * k;
}

/** The smallest step of the form {1, 2, 5} × 10^k that divides `span` into at most `count` parts. */
export function niceStep(span: number, count: number): number {
	if (!(span > 0) || !Number.isFinite(span)) return 1;
	const raw = span / Math.max(1, count);
	const power = 10 ** Math.floor(Math.log10(raw));
	for (const m of [1, 2, 5, 10]) {
		if (m * power >= raw * (1 - 1e-12)) return m * power;
	}
	return 10 * power;
}

/**
 * Ticks from 0 to the first nice value ≥ max, at most about `count` + 1 of
 * them. A max of 0 or less gives [0, 1] so an axis always has a span.
 */
export function niceTicks(max: number, count = 5): number[] {
	if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
	const step = niceStep(max, count);
	const n = Math.ceil(max / step - 1e-9);
	const ticks: number[] = [];
	for (let i = 0; i <= n; i++) ticks.push(round12(i * step));
	return ticks;
}

/** Removes floating-point dust such as 0.30000000000000004. */
function round12(value: number): number {
	return Number(value.toPrecision(12));
}

/**
 * Integer ticks from `first` to `last` for an attempt axis: `first`, then
 * every multiple of a nice integer step, so at most about `maxTicks` labels.
 */
export function integerTicks(first: number, last: number, maxTicks: number): number[] {
	if (last < first) return [];
	const step = Math.max(1, Math.round(niceStep(last - first + 1, maxTicks)));
	const ticks = [first];
	for (let v = Math.ceil((first + 1) / step) * step; v <= last; v += step) ticks.push(v);
	return ticks;
}

// ---------------------------------------------------------------- delays chart

export const DELAYS_FRAME: Frame = { height: 220, top: 10, bottom: 24 };

export interface DelayMark {
	readonly attempt: number;
	/** Centre of the attempt's column, in percent. */
	readonly x: number;
	/** Top and bottom of the range bar (top < bottom in SVG coordinates). */
	readonly rangeTop: number;
	readonly rangeBottom: number;
	readonly y: number;
	/** The retry drawn but not made because it would start after the deadline. */
	readonly dropped: boolean;
}

export interface DelaysChartModel {
	readonly frame: Frame;
	/** Width of a range bar, in percent. */
	readonly barWidth: number;
	readonly yTicks: readonly { readonly value: number; readonly y: number }[];
	readonly yMax: number;
	readonly xTicks: readonly { readonly attempt: number; readonly x: number }[];
	readonly marks: readonly DelayMark[];
	/** Segments joining the sampled delays of the retries made, in order (none without two retries). */
	readonly line: readonly Segment[];
}

/** A straight line from (x1, y1) to (x2, y2); x in percent, y in pixels. */
export interface Segment {
	readonly x1: number;
	readonly y1: number;
	readonly x2: number;
	readonly y2: number;
}

/** Minimum drawn height of a range bar, so a fixed delay still shows. */
export const MIN_BAR = 2;

/** Geometry of the "delay before each attempt" chart: one column per retry (attempt 2 on), plus the dropped one. */
export function delaysChartModel(schedule: Schedule, frame: Frame = DELAYS_FRAME): DelaysChartModel {
	const entries = schedule.dropped ? [...schedule.retries, schedule.dropped] : [...schedule.retries];
	const maxValue = entries.reduce((m, e) => Math.max(m, e.range.max, e.delayMs), 0);
	const yTicksValues = niceTicks(maxValue, 5);
	const yMax = yTicksValues[yTicksValues.length - 1] as number;
	const y = linearScale(0, yMax, plotBottom(frame), frame.top);
	const first = 2;
	const last = Math.max(first, ...entries.map((e) => e.attempt));
	const columns = last - first + 1;
	const columnWidth = 100 / columns;
	const xOf = (attempt: number): number => (attempt - first + 0.5) * columnWidth;
	// Few columns are wide: narrower bars there, so three retries do not look like three walls.
	const barWidth = columnWidth * (columns < 10 ? 0.3 : 0.5);
	const marks = entries.map((e, i): DelayMark => {
		let rangeTop = y(e.range.max);
		let rangeBottom = y(e.range.min);
		if (rangeBottom - rangeTop < MIN_BAR) {
			const mid = (rangeTop + rangeBottom) / 2;
			rangeTop = mid - MIN_BAR / 2;
			rangeBottom = mid + MIN_BAR / 2;
		}
		return { attempt: e.attempt, x: xOf(e.attempt), rangeTop, rangeBottom, y: y(e.delayMs), dropped: schedule.dropped !== null && i === entries.length - 1 };
	});
	const made = marks.filter((m) => !m.dropped);
	const line = made.slice(1).map((m, i): Segment => ({ x1: (made[i] as DelayMark).x, y1: (made[i] as DelayMark).y, x2: m.x, y2: m.y }));
	return {
		frame,
		barWidth,
		yTicks: yTicksValues.map((value) => ({ value, y: y(value) })),
		yMax,
		xTicks: entries.length === 0 ? [] : integerTicks(first, last, 12).map((attempt) => ({ attempt, x: xOf(attempt) })),
		marks,
		line,
	};
}

/** A coordinate with at most two decimals, for compact markup. */
export function fmt(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/** An x coordinate in percent, as an SVG attribute: one decimal is a tenth of a pixel per 100 px of chart. */
export function pct(value: number): string {
	return `${String(Math.round(value * 10) / 10)}%`;
}

// ---------------------------------------------------------------- server load

/** How one load chart buckets time: a width that fits its strategy's run in at most maxBars bars. */
export interface BucketPlan {
	/** Width of a display bucket: a whole number of capacity windows. */
	readonly bucketMs: number;
	/** Buckets from 0 to the strategy's last call. */
	readonly count: number;
	/** Calls the server accepts per display bucket (requests × windows per bucket). */
	readonly capacity: number;
}

/** The smallest integer of the form {1, 2, 5} × 10^n that is ≥ value (1 for value ≤ 1). */
export function niceInteger(value: number): number {
	if (!(value > 1) || !Number.isFinite(value)) return 1;
	for (let power = 1; ; power *= 10) {
		for (const m of [1, 2, 5]) if (m * power >= value) return m * power;
	}
}

/**
 * Picks a display bucket width of k whole capacity windows, k a nice number
 * (1, 2, 5, 10, …), so that the longest run fits in at most `maxBars` buckets.
 */
export function planBuckets(endMs: number, windowMs: number, requests: number, maxBars: number): BucketPlan {
	const window = Math.max(1, windowMs);
	const windows = Math.floor(Math.max(0, endMs) / window) + 1;
	const k = niceInteger(windows / Math.max(1, Math.trunc(maxBars)));
	const bucketMs = window * k;
	return { bucketMs, count: Math.floor(Math.max(0, endMs) / bucketMs) + 1, capacity: requests * k };
}

/**
 * Merges load buckets of width `fromMs` into `count` buckets of width `toMs`.
 * Exact only when `toMs` is a whole multiple of `fromMs` (every source bucket
 * then lies inside one target bucket); returns null otherwise, so the caller
 * can re-run the simulation with the wanted width instead.
 */
export function rebucket(buckets: readonly LoadBucket[], fromMs: number, toMs: number, count: number): LoadBucket[] | null {
	if (!(fromMs > 0) || !(toMs > 0)) return null;
	const ratio = toMs / fromMs;
	if (Math.abs(ratio - Math.round(ratio)) > 1e-9 || Math.round(ratio) < 1) return null;
	const calls = new Array<number>(count).fill(0);
	const accepted = new Array<number>(count).fill(0);
	for (const bucket of buckets) {
		const i = Math.floor(bucket.startMs / toMs + 1e-9);
		if (i < 0 || i >= count) {
			if (bucket.calls === 0) continue;
			return null;
		}
		calls[i] = (calls[i] as number) + bucket.calls;
		accepted[i] = (accepted[i] as number) + bucket.accepted;
	}
	return calls.map((c, i) => ({ startMs: i * toMs, calls: c, accepted: accepted[i] as number, rejected: c - (accepted[i] as number) }));
}

/** The load charts' frame: room on top for the count of a bar cut at the top of the scale. */
export const LOAD_FRAME: Frame = { height: 150, top: 18, bottom: 24 };

/**
 * How far the tallest series may rise above the others before it no longer
 * sets the shared scale: beyond that, its bars are cut at the top and
 * labelled with their count, so one spike (every client retrying at once
 * without backoff) does not flatten every other chart.
 */
export const CLIP_RATIO = 2;

/**
 * The y tick values shared by every load chart, from the tallest bar of
 * each series (`peaks`) and the capacity per bar: the scale reaches the
 * tallest peak, or, when that peak is more than {@link CLIP_RATIO} times the
 * next one, the next one (bars above it are cut). Never below the capacity,
 * so its line is always drawn.
 */
export function sharedLoadTicks(peaks: readonly number[], capacity: number): number[] {
	const sorted = [...peaks].filter((p) => Number.isFinite(p)).sort((a, b) => b - a);
	const tallest = sorted[0] ?? 0;
	const next = sorted[1] ?? tallest;
	const top = tallest > CLIP_RATIO * Math.max(next, capacity) ? Math.max(next, capacity) : tallest;
	return niceTicks(Math.max(top, capacity), 4);
}

export interface LoadBar {
	readonly startMs: number;
	/** Left edge and width, in percent. */
	readonly x: number;
	readonly width: number;
	/** Accepted part (bottom of the stack). */
	readonly acceptedY: number;
	readonly acceptedHeight: number;
	/** Rejected part (top of the stack). */
	readonly rejectedY: number;
	readonly rejectedHeight: number;
	readonly calls: number;
	/** The bar is taller than the scale and cut at its top (the view labels it with its count). */
	readonly clipped: boolean;
}

export interface LoadChartModel {
	readonly frame: Frame;
	readonly bars: readonly LoadBar[];
	readonly capacityY: number;
	readonly yMax: number;
	readonly yTicks: readonly { readonly value: number; readonly y: number }[];
	/** x in percent. */
	readonly xTicks: readonly { readonly value: number; readonly x: number }[];
	readonly xMaxMs: number;
}

/** The tallest bar of a series: the most calls in one bucket. */
export function peakCalls(buckets: readonly LoadBucket[]): number {
	return buckets.reduce((m, b) => Math.max(m, b.calls), 0);
}

/**
 * Geometry of one small multiple: stacked accepted/rejected bars per display
 * bucket on the time axis [0, plan.count × plan.bucketMs]. The y axis runs
 * from 0 to the last of `yTickValues` (pass {@link sharedLoadTicks} so every
 * chart has the same scale); by default it reaches this series' tallest bar
 * or the capacity, whichever is higher. A bar above the scale is cut at the
 * top of the plot and marked `clipped`. Empty buckets get no bar.
 */
export function loadChartModel(
	buckets: readonly LoadBucket[],
	plan: BucketPlan,
	frame: Frame = LOAD_FRAME,
	yTickValues: readonly number[] = niceTicks(Math.max(peakCalls(buckets), plan.capacity), 4),
): LoadChartModel {
	const xMaxMs = plan.count * plan.bucketMs;
	const x = linearScale(0, xMaxMs, 0, 100);
	const yMax = yTickValues[yTickValues.length - 1] as number;
	const scale = linearScale(0, yMax, plotBottom(frame), frame.top);
	const y = (value: number): number => Math.max(frame.top, scale(value));
	const slot = 100 / Math.max(1, plan.count);
	// A gap between wide bars only: on a phone a 2 % slot is a few pixels.
	const gap = plan.count <= 40 ? slot * 0.15 : 0;
	const bars: LoadBar[] = [];
	for (const b of buckets) {
		if (b.calls === 0) continue;
		const acceptedTop = y(b.accepted);
		const totalTop = y(b.calls);
		bars.push({
			startMs: b.startMs,
			x: x(b.startMs) + gap / 2,
			width: slot - gap,
			acceptedY: acceptedTop,
			acceptedHeight: plotBottom(frame) - acceptedTop,
			rejectedY: totalTop,
			rejectedHeight: acceptedTop - totalTop,
			calls: b.calls,
			clipped: b.calls > yMax,
		});
	}
	return {
		frame,
		bars,
		capacityY: y(plan.capacity),
		yMax,
		yTicks: yTickValues.map((value) => ({ value, y: y(value) })),
		xTicks: niceTicks(xMaxMs, 4)
			.filter((v) => v <= xMaxMs)
			.map((value) => ({ value, x: x(value) })),
		xMaxMs,
	};
}
