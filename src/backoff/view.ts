/**
 * The simulator's figures as element trees (see vnode.ts): the schedule
 * table, the delays chart, the comparison table, the server-load small
 * multiples with their data tables, the problem messages and the live
 * summary. Pure: the page renders these trees to HTML at build time and the
 * <cat-backoff> element renders the same trees to DOM nodes, so both show
 * exactly the same thing for the same state.
 */
import { delaysChartModel, fmt, loadChartModel, pct, peakCalls, plotBottom, sharedLoadTicks, type Frame } from './chart.ts';
import {
	axisUnit,
	axisUnitName,
	columnUnit,
	columnUnitName,
	fill,
	formatAxisTick,
	formatInUnit,
	formatMs,
	formatNumber,
	splitTemplate,
	type ColumnUnit,
} from './format.ts';
import type { Simulation } from './simulation.ts';
import { isStrategyId, type StrategyId } from './strategies.ts';
import { STATE_BOUNDS, URL_KEYS, type BackoffState, type NumericField, type StateProblem, type UrlKey } from './url-state.ts';
import type { BackoffUi } from './ui/types.ts';
import { h, type VChild, type VElement, type VNode } from './vnode.ts';

/** A strategy's localized name. */
export function strategyLabel(strategy: StrategyId, ui: BackoffUi): string {
	return ui.strategies[strategy].label;
}

// ---------------------------------------------------------------- schedule

/**
 * A range of durations in a column's unit ("0.10–0.20"), with a break
 * opportunity after the separator only, so a narrow column wraps a range
 * between its two ends and never inside a number.
 */
function rangeCell(lo: number, hi: number, unit: ColumnUnit, ui: BackoffUi): VChild[] {
	const a = formatInUnit(lo, unit, ui);
	const b = formatInUnit(hi, unit, ui);
	if (a === b) return [a];
	return splitTemplate(ui.numberRange).map((part) => ('text' in part ? [part.text, h('wbr')] : part.name === 'lo' ? a : part.name === 'hi' ? b : ''));
}

/** A column header naming its unit: "Sampled delay (s)". */
function unitHeader(template: string, unit: ColumnUnit, ui: BackoffUi): string {
	return fill(template, { unit: columnUnitName(unit, ui) });
}

/**
 * The schedule of one client: attempt, delay range, sampled delay,
 * cumulative time, every duration column in one unit (chosen from the
 * largest figure of the table and named in the header).
 */
export function scheduleTable(sim: Simulation, ui: BackoffUi): VElement {
	const { schedule, state } = sim;
	const stop =
		schedule.stoppedBy === 'deadline' && schedule.dropped
			? fill(ui.stoppedByDeadline, {
					attempts: formatNumber(schedule.totalAttempts, ui),
					attempt: formatNumber(schedule.dropped.attempt, ui),
					time: formatMs(schedule.dropped.startMs, ui),
					deadline: formatMs(state.params.deadlineMs, ui),
				})
			: fill(ui.stoppedByAttempts, { attempts: formatNumber(schedule.totalAttempts, ui) });
	const unit = columnUnit(schedule.retries.reduce((m, e) => Math.max(m, e.range.max, e.delayMs, e.startMs), 0));
	return h(
		'table',
		{ class: 'cat-bo-table cat-bo-schedule', 'data-testid': 'backoff-schedule', 'data-unit': unit.unit },
		h('caption', null, fill(ui.scheduleCaption, { strategy: strategyLabel(state.strategy, ui), seed: String(state.seed) })),
		h(
			'thead',
			null,
			h(
				'tr',
				null,
				[ui.colAttempt, unitHeader(ui.colRange, unit, ui), unitHeader(ui.colSampled, unit, ui), unitHeader(ui.colCumulative, unit, ui)].map((text) =>
					h('th', { scope: 'col' }, text),
				),
			),
		),
		h(
			'tbody',
			null,
			h(
				'tr',
				null,
				h('th', { scope: 'row', class: 'cat-bo-num' }, formatNumber(1, ui)),
				h('td', { colspan: 2 }, ui.firstAttempt),
				h('td', { class: 'cat-bo-num' }, formatInUnit(0, unit, ui)),
			),
			schedule.retries.map((entry) =>
				h(
					'tr',
					null,
					h('th', { scope: 'row', class: 'cat-bo-num' }, formatNumber(entry.attempt, ui)),
					h('td', { class: 'cat-bo-num cat-bo-range-cell' }, rangeCell(entry.range.min, entry.range.max, unit, ui)),
					h('td', { class: 'cat-bo-num' }, formatInUnit(entry.delayMs, unit, ui)),
					h('td', { class: 'cat-bo-num' }, formatInUnit(entry.startMs, unit, ui)),
				),
			),
		),
		h('tfoot', null, h('tr', null, h('td', { colspan: 4, 'data-testid': 'backoff-stop' }, stop))),
	);
}

/** An SVG <text>; x may be a percentage. */
function svgText(x: number | string, y: number, text: string, attrs: Record<string, string> = {}): VElement {
	return h('text', { x: typeof x === 'number' ? fmt(x) : x, y: fmt(y), ...attrs }, text);
}

/** A y coordinate or height in pixels, to a tenth of a pixel. */
function px(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/** A legend entry: a swatch (styled by its class) and a label. */
function legendItem(swatch: string, label: string): VElement {
	return h('li', null, h('span', { class: `cat-bo-swatch ${swatch}`, 'aria-hidden': 'true' }), label);
}

/** Width of the y tick labels' column, in pixels (room for "3,000" at 12 px). */
const Y_GUTTER = 44;

/** What a chart shows, for {@link chartBox}. */
interface ChartParts {
	readonly frame: Frame;
	readonly titleId: string;
	readonly descId: string;
	readonly title: string;
	readonly desc: string;
	readonly xTitle: string;
	readonly yTitle: string;
	readonly yTicks: readonly { readonly label: string; readonly y: number }[];
	/** x in percent. */
	readonly xTicks: readonly { readonly label: string; readonly x: number }[];
	/** The marks, drawn over the grid. */
	readonly marks: readonly VChild[];
}

/**
 * A chart as the simulator draws it: the y axis title above the plot,
 * written horizontally (so it reads in Korean as in English); the y tick
 * labels in a column of their own; the plot, an SVG of fixed height and the
 * column's width with x in percent, so text keeps its CSS size at any width;
 * the x axis title under it. The plot is the image with the accessible name
 * (its <title> and <desc>); the axis texts around it are hidden from
 * assistive technology, which gets the same numbers from the data table.
 */
function chartBox(parts: ChartParts): VElement {
	const { frame } = parts;
	const bottom = plotBottom(frame);
	return h(
		'div',
		{ class: 'cat-bo-chart-box' },
		h('p', { class: 'cat-bo-axis-title cat-bo-y-title', 'aria-hidden': 'true' }, parts.yTitle),
		h(
			'svg',
			{ class: 'cat-bo-y-axis', width: Y_GUTTER, height: frame.height, 'aria-hidden': 'true', focusable: 'false' },
			parts.yTicks.map((t) => svgText(Y_GUTTER - 6, t.y + 4, t.label, { 'text-anchor': 'end' })),
		),
		h(
			'svg',
			{ class: 'cat-bo-chart', width: '100%', height: frame.height, role: 'img', 'aria-labelledby': `${parts.titleId} ${parts.descId}` },
			h('title', { id: parts.titleId }, parts.title),
			h('desc', { id: parts.descId }, parts.desc),
			h(
				'g',
				{ class: 'cat-bo-grid' },
				parts.yTicks.map((t) => h('line', { x1: '0', x2: '100%', y1: fmt(t.y), y2: fmt(t.y) })),
			),
			h('g', { class: 'cat-bo-axis' }, h('line', { x1: '0', x2: '100%', y1: fmt(bottom), y2: fmt(bottom) })),
			parts.marks,
			h(
				'g',
				{ class: 'cat-bo-axis' },
				parts.xTicks.map((t, i) =>
					// The first and last labels sit inside the plot, so none sticks out of the column.
					svgText(pct(t.x), bottom + 16, t.label, {
						'text-anchor': t.x <= 0 ? 'start' : t.x >= 100 ? 'end' : i === 0 && t.x < 2 ? 'start' : 'middle',
					}),
				),
			),
		),
		h('p', { class: 'cat-bo-axis-title cat-bo-x-title', 'aria-hidden': 'true' }, parts.xTitle),
	);
}

/** The delays chart of the chosen strategy, with a title, a description and a legend. */
export function delaysChart(sim: Simulation, ui: BackoffUi, idPrefix: string): VElement {
	const { schedule, state } = sim;
	const model = delaysChartModel(schedule);
	const unit = axisUnit(model.yMax);
	const half = model.barWidth / 2;
	return h(
		'figure',
		{ class: 'cat-bo-figure', 'data-testid': 'backoff-delays-chart' },
		chartBox({
			frame: model.frame,
			titleId: `${idPrefix}-delays-title`,
			descId: `${idPrefix}-delays-desc`,
			title: fill(ui.delaysChartTitle, { strategy: strategyLabel(state.strategy, ui) }),
			desc: fill(ui.delaysChartDesc, { seed: String(state.seed) }),
			xTitle: ui.axisAttempt,
			yTitle: fill(ui.axisDelay, { unit: axisUnitName(unit, ui) }),
			yTicks: model.yTicks.map((t) => ({ label: formatAxisTick(t.value, unit, ui), y: t.y })),
			xTicks: model.xTicks.map((t) => ({ label: formatNumber(t.attempt, ui), x: t.x })),
			marks: [
				h(
					'g',
					{ class: 'cat-bo-ranges' },
					model.marks.map((m) =>
						h('rect', {
							x: pct(m.x - half),
							y: fmt(m.rangeTop),
							width: pct(model.barWidth),
							height: fmt(m.rangeBottom - m.rangeTop),
							class: m.dropped ? 'cat-bo-range cat-bo-dropped' : 'cat-bo-range',
						}),
					),
				),
				h(
					'g',
					{ class: 'cat-bo-line' },
					model.line.map((seg) => h('line', { x1: pct(seg.x1), y1: fmt(seg.y1), x2: pct(seg.x2), y2: fmt(seg.y2) })),
				),
				h(
					'g',
					{ class: 'cat-bo-dots' },
					model.marks.map((m) => h('circle', { cx: pct(m.x), cy: fmt(m.y), r: 3.5, class: m.dropped ? 'cat-bo-dot cat-bo-dropped' : 'cat-bo-dot' })),
				),
			],
		}),
		h(
			'figcaption',
			null,
			h(
				'ul',
				{ class: 'cat-bo-legend' },
				legendItem('cat-bo-swatch-range', ui.legendRange),
				legendItem('cat-bo-swatch-dot', ui.legendSampled),
				schedule.dropped ? legendItem('cat-bo-swatch-dropped', ui.legendDropped) : null,
			),
		),
	);
}

// ---------------------------------------------------------------- contention

/** "100 clients fail at the same moment … 5 calls per 100 ms …". */
export function contentionLead(state: BackoffState, ui: BackoffUi): string {
	return fill(ui.contentionLead, {
		clients: formatNumber(state.clients, ui),
		requests: formatNumber(state.capacity.requests, ui),
		window: formatMs(state.capacity.windowMs, ui),
	});
}

/** The lead of the small multiples. */
export function loadChartsLead(sim: Simulation, ui: BackoffUi): string {
	return fill(ui.loadChartsLead, { clients: formatNumber(sim.state.clients, ui) });
}

/** Per-strategy figures: work, rejected calls, completion times (in one unit, named in the headers), clients that gave up. */
export function comparisonTable(sim: Simulation, ui: BackoffUi): VElement {
	const results = sim.contention?.results ?? [];
	const unit = columnUnit(results.reduce((m, r) => Math.max(m, r.completion.lastMs ?? 0), 0));
	const median = unitHeader(ui.colMedian, unit, ui);
	const p99 = unitHeader(ui.colP99, unit, ui);
	const last = unitHeader(ui.colLast, unit, ui);
	const headers = [ui.colStrategy, ui.colCalls, ui.colRejected, median, p99, last, ui.colGaveUp];
	return h(
		'table',
		{ class: 'cat-bo-table cat-bo-reflow', 'data-testid': 'backoff-comparison', 'data-unit': unit.unit },
		h('caption', null, ui.comparisonCaption),
		h('thead', null, h('tr', null, headers.map((text) => h('th', { scope: 'col' }, text)))),
		h(
			'tbody',
			null,
			results.map((r) => {
				const selected = r.strategy === sim.state.strategy;
				return h(
					'tr',
					{ class: selected ? 'cat-bo-selected' : null, 'data-strategy': r.strategy },
					h('th', { scope: 'row' }, strategyLabel(r.strategy, ui), selected ? ` ${ui.selectedMark}` : null),
					// data-label: the column's header, shown beside the value where the table reflows into one card per strategy (backoff.css).
					h('td', { class: 'cat-bo-num', 'data-label': ui.colCalls }, formatNumber(r.totalCalls, ui)),
					h('td', { class: 'cat-bo-num', 'data-label': ui.colRejected }, formatNumber(r.rejectedCalls, ui)),
					h('td', { class: 'cat-bo-num', 'data-label': median }, formatInUnit(r.completion.medianMs, unit, ui)),
					h('td', { class: 'cat-bo-num', 'data-label': p99 }, formatInUnit(r.completion.p99Ms, unit, ui)),
					h('td', { class: 'cat-bo-num', 'data-label': last }, formatInUnit(r.completion.lastMs, unit, ui)),
					h('td', { class: 'cat-bo-num', 'data-label': ui.colGaveUp }, formatNumber(r.gaveUp.total, ui)),
				);
			}),
		),
	);
}

/**
 * Server load over time, one small multiple per strategy, all on one time
 * axis, one bucket and one y scale (so they compare at a glance; the bucket
 * and the range are said once, above the charts), each with an accessible
 * name and its data table in a <details>.
 */
export function loadCharts(sim: Simulation, ui: BackoffUi, idPrefix: string): VElement {
	const contention = sim.contention;
	if (!contention) return h('div', { class: 'cat-bo-multiples' });
	const { load, results, plan } = contention;
	const yTickValues = sharedLoadTicks(
		load.map((series) => peakCalls(series.buckets)),
		plan.capacity,
	);
	const xMaxMs = plan.count * plan.bucketMs;
	const unit = axisUnit(xMaxMs);
	const timeUnit = columnUnit(xMaxMs);
	const xTitle = fill(ui.axisTime, { unit: axisUnitName(unit, ui) });
	let anyClipped = false;
	const figures = load.map((series, i) => {
		const result = results[i];
		const model = loadChartModel(series.buckets, plan, undefined, yTickValues);
		const label = strategyLabel(series.strategy, ui);
		const selected = series.strategy === sim.state.strategy;
		const clipped = model.bars.filter((b) => b.clipped);
		if (clipped.length > 0) anyClipped = true;
		// The data table stops at the strategy's last call, so a short run does not list empty time.
		let lastBusy = -1;
		series.buckets.forEach((b, j) => {
			if (b.calls > 0) lastBusy = j;
		});
		return h(
			'figure',
			{ class: selected ? 'cat-bo-multiple cat-bo-selected' : 'cat-bo-multiple', 'data-strategy': series.strategy },
			h('figcaption', null, label, selected ? ` ${ui.selectedMark}` : null),
			chartBox({
				frame: model.frame,
				titleId: `${idPrefix}-load-${series.strategy}-title`,
				descId: `${idPrefix}-load-${series.strategy}-desc`,
				title: fill(ui.loadChartTitle, { strategy: label }),
				desc: result
					? fill(ui.loadChartDesc, {
							calls: formatNumber(result.totalCalls, ui),
							rejected: formatNumber(result.rejectedCalls, ui),
							last: formatMs(result.completion.lastMs, ui),
						})
					: '',
				xTitle,
				yTitle: ui.axisCalls,
				yTicks: model.yTicks.map((t) => ({ label: formatNumber(t.value, ui), y: t.y })),
				xTicks: model.xTicks.map((t) => ({ label: formatAxisTick(t.value, unit, ui), x: t.x })),
				marks: [
					h(
						'g',
						{ class: 'cat-bo-bars' },
						model.bars.map((b) => [
							// A tenth of a pixel is precision enough, and a page of bars is lighter for it.
							b.acceptedHeight > 0
								? h('rect', { x: pct(b.x), y: px(b.acceptedY), width: pct(b.width), height: px(b.acceptedHeight), class: 'cat-bo-accepted' })
								: null,
							b.rejectedHeight > 0
								? h('rect', { x: pct(b.x), y: px(b.rejectedY), width: pct(b.width), height: px(b.rejectedHeight), class: 'cat-bo-rejected' })
								: null,
						]),
					),
					h('line', { x1: '0', x2: '100%', y1: fmt(model.capacityY), y2: fmt(model.capacityY), class: 'cat-bo-capacity' }),
					// A bar cut at the top of the shared scale says how tall it is.
					clipped.length > 0
						? h(
								'g',
								{ class: 'cat-bo-clipped' },
								clipped.map((b) =>
									svgText(pct(b.x), model.frame.top - 5, formatNumber(b.calls, ui), { 'text-anchor': b.x + b.width > 90 ? 'end' : 'start' }),
								),
							)
						: null,
				],
			}),
			h(
				'details',
				{ class: 'cat-bo-data' },
				h('summary', null, ui.dataTable),
				h(
					'table',
					{ class: 'cat-bo-table' },
					h('caption', null, fill(ui.loadChartTitle, { strategy: label })),
					h(
						'thead',
						null,
						h(
							'tr',
							null,
							[unitHeader(ui.colTime, timeUnit, ui), ui.colBucketCalls, ui.colAccepted, ui.colBucketRejected].map((text) => h('th', { scope: 'col' }, text)),
						),
					),
					h(
						'tbody',
						null,
						series.buckets.slice(0, lastBusy + 1).map((b) =>
							h(
								'tr',
								null,
								h('th', { scope: 'row', class: 'cat-bo-num cat-bo-range-cell' }, rangeCell(b.startMs, b.startMs + plan.bucketMs, timeUnit, ui)),
								h('td', { class: 'cat-bo-num' }, formatNumber(b.calls, ui)),
								h('td', { class: 'cat-bo-num' }, formatNumber(b.accepted, ui)),
								h('td', { class: 'cat-bo-num' }, formatNumber(b.rejected, ui)),
							),
						),
					),
				),
			),
		);
	});
	const yMax = yTickValues[yTickValues.length - 1] ?? 0;
	const scale = fill(ui.loadScale, {
		bucket: formatMs(plan.bucketMs, ui),
		end: formatMs(xMaxMs, ui),
		calls: formatNumber(yMax, ui),
	});
	return h(
		'div',
		{ class: 'cat-bo-load' },
		h('p', { class: 'cat-bo-load-scale', 'data-testid': 'backoff-load-scale', 'data-bucket-ms': plan.bucketMs, 'data-end-ms': xMaxMs, 'data-y-max': yMax }, anyClipped ? `${scale} ${ui.loadClipped}` : scale),
		h(
			'ul',
			{ class: 'cat-bo-legend' },
			legendItem('cat-bo-swatch-accepted', ui.legendAccepted),
			legendItem('cat-bo-swatch-rejected', ui.legendRejected),
			legendItem('cat-bo-swatch-capacity', ui.legendCapacity),
		),
		h('div', { class: 'cat-bo-multiples', 'data-testid': 'backoff-load-charts' }, figures),
	);
}

// ---------------------------------------------------------------- summary and problems

/** The one-sentence summary announced in the live region when the figures change. */
export function summaryText(sim: Simulation, ui: BackoffUi): string {
	const { schedule, state } = sim;
	const values = {
		strategy: strategyLabel(state.strategy, ui),
		attempts: formatNumber(schedule.totalAttempts, ui),
		last: formatMs(schedule.lastStartMs, ui),
	};
	const result = sim.contention?.results.find((r) => r.strategy === state.strategy);
	if (!result) return fill(ui.summaryCompact, values);
	return fill(ui.summary, {
		...values,
		clients: formatNumber(state.clients, ui),
		calls: formatNumber(result.totalCalls, ui),
		rejected: formatNumber(result.rejectedCalls, ui),
		lastDone: formatMs(result.completion.lastMs, ui),
		gaveUp: formatNumber(result.gaveUp.total, ui),
	});
}

const FIELD_OF_KEY = Object.fromEntries(Object.entries(URL_KEYS).map(([field, key]) => [key, field])) as Record<UrlKey, keyof typeof URL_KEYS>;

/** The numeric field behind a URL key, or null for preset and strategy. */
function numericField(key: UrlKey): NumericField | null {
	const field = FIELD_OF_KEY[key];
	return field === 'preset' || field === 'strategy' ? null : field;
}

/**
 * One localized sentence per problem, naming the parameter (label and URL
 * key), the value given and the value used. The given value is plain text
 * here and stays text: render it with textContent (view trees and the DOM
 * renderer do), never as HTML.
 */
export function problemMessage(problem: StateProblem, ui: BackoffUi): string {
	const field = numericField(problem.param);
	const bound = field ? STATE_BOUNDS[field] : null;
	const digits = bound && !bound.integer ? 4 : 0;
	let used = '';
	if (typeof problem.used === 'number') used = formatNumber(problem.used, ui, digits);
	else if (typeof problem.used === 'string') used = isStrategyId(problem.used) ? strategyLabel(problem.used, ui) : problem.used;
	return fill(ui.problems[problem.problem], {
		param: ui.fields[problem.param].name,
		key: problem.param,
		given: problem.given,
		used,
		min: bound ? formatNumber(bound.min, ui, digits) : '',
		max: bound ? formatNumber(bound.max, ui, digits) : '',
	});
}

/** The problems as a list (empty list when there are none). */
export function problemList(problems: readonly StateProblem[], ui: BackoffUi): VElement {
	return h(
		'ul',
		{ class: 'cat-bo-problem-list' },
		problems.map((p) => h('li', { 'data-param': p.param }, problemMessage(p, ui))),
	);
}

/** The parts of a simulation the widget replaces on each update, by part name. */
export function renderParts(sim: Simulation, ui: BackoffUi, idPrefix: string): Record<string, VNode> {
	const parts: Record<string, VNode> = {
		schedule: scheduleTable(sim, ui),
		delays: delaysChart(sim, ui, idPrefix),
		summary: summaryText(sim, ui),
	};
	if (sim.contention) {
		parts['contention-lead'] = contentionLead(sim.state, ui);
		parts['comparison'] = comparisonTable(sim, ui);
		parts['load-lead'] = loadChartsLead(sim, ui);
		parts['load'] = loadCharts(sim, ui, idPrefix);
	}
	return parts;
}
