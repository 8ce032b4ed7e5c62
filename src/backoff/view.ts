/**
 * The simulator's figures as element trees (see vnode.ts): the schedule
 * table, the delays chart, the comparison table, the server-load small
 * multiples with their data tables, the problem messages and the live
 * summary. Pure: the page renders these trees to HTML at build time and the
 * <cat-backoff> element renders the same trees to DOM nodes, so both show
 * exactly the same thing for the same state.
 */
import { delaysChartModel, fmt, loadAxisMax, loadChartModel, plotBottom, plotRight } from './chart.ts';
import { fill, formatAxisMs, formatMs, formatNumber, formatRange } from './format.ts';
import type { Simulation } from './simulation.ts';
import { isStrategyId, type StrategyId } from './strategies.ts';
import { STATE_BOUNDS, URL_KEYS, type BackoffState, type NumericField, type StateProblem, type UrlKey } from './url-state.ts';
import type { BackoffUi } from './ui/types.ts';
import { h, type VElement, type VNode } from './vnode.ts';

/** A strategy's localized name. */
export function strategyLabel(strategy: StrategyId, ui: BackoffUi): string {
	return ui.strategies[strategy].label;
}

// ---------------------------------------------------------------- schedule

/** The schedule of one client: attempt, delay range, sampled delay, cumulative time. */
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
	return h(
		'table',
		{ class: 'cat-bo-table', 'data-testid': 'backoff-schedule' },
		h('caption', null, fill(ui.scheduleCaption, { strategy: strategyLabel(state.strategy, ui), seed: String(state.seed) })),
		h(
			'thead',
			null,
			h(
				'tr',
				null,
				[ui.colAttempt, ui.colRange, ui.colSampled, ui.colCumulative].map((text) => h('th', { scope: 'col' }, text)),
			),
		),
		h(
			'tbody',
			null,
			h('tr', null, h('th', { scope: 'row', class: 'cat-bo-num' }, formatNumber(1, ui)), h('td', { colspan: 2 }, ui.firstAttempt), h('td', { class: 'cat-bo-num' }, formatMs(0, ui))),
			schedule.retries.map((entry) =>
				h(
					'tr',
					null,
					h('th', { scope: 'row', class: 'cat-bo-num' }, formatNumber(entry.attempt, ui)),
					h('td', { class: 'cat-bo-num' }, formatRange(entry.range.min, entry.range.max, ui)),
					h('td', { class: 'cat-bo-num' }, formatMs(entry.delayMs, ui)),
					h('td', { class: 'cat-bo-num' }, formatMs(entry.startMs, ui)),
				),
			),
		),
		h('tfoot', null, h('tr', null, h('td', { colspan: 4, 'data-testid': 'backoff-stop' }, stop))),
	);
}

/** An SVG <text>. */
function svgText(x: number, y: number, text: string, attrs: Record<string, string> = {}): VElement {
	return h('text', { x: fmt(x), y: fmt(y), ...attrs }, text);
}

/** A legend entry: a swatch (styled by its class) and a label. */
function legendItem(swatch: string, label: string): VElement {
	return h('li', null, h('span', { class: `cat-bo-swatch ${swatch}`, 'aria-hidden': 'true' }), label);
}

/** The delays chart of the chosen strategy, with a title, a description and a legend. */
export function delaysChart(sim: Simulation, ui: BackoffUi, idPrefix: string): VElement {
	const { schedule, state } = sim;
	const model = delaysChartModel(schedule);
	const { frame } = model;
	const title = fill(ui.delaysChartTitle, { strategy: strategyLabel(state.strategy, ui) });
	const desc = fill(ui.delaysChartDesc, { seed: String(state.seed) });
	const titleId = `${idPrefix}-delays-title`;
	const descId = `${idPrefix}-delays-desc`;
	const half = model.barWidth / 2;
	return h(
		'figure',
		{ class: 'cat-bo-figure', 'data-testid': 'backoff-delays-chart' },
		h(
			'svg',
			{
				viewBox: `0 0 ${String(frame.width)} ${String(frame.height)}`,
				class: 'cat-bo-chart',
				role: 'img',
				'aria-labelledby': `${titleId} ${descId}`,
			},
			h('title', { id: titleId }, title),
			h('desc', { id: descId }, desc),
			h(
				'g',
				{ class: 'cat-bo-grid' },
				model.yTicks.map((t) => [
					h('line', { x1: fmt(frame.left), x2: fmt(plotRight(frame)), y1: fmt(t.y), y2: fmt(t.y) }),
					svgText(frame.left - 6, t.y + 4, formatAxisMs(t.value, model.yMax, ui), { 'text-anchor': 'end' }),
				]),
			),
			h(
				'g',
				{ class: 'cat-bo-axis' },
				h('line', { x1: fmt(frame.left), x2: fmt(plotRight(frame)), y1: fmt(plotBottom(frame)), y2: fmt(plotBottom(frame)) }),
				model.xTicks.map((t) => svgText(t.x, plotBottom(frame) + 16, formatNumber(t.attempt, ui), { 'text-anchor': 'middle' })),
				svgText((frame.left + plotRight(frame)) / 2, frame.height - 6, ui.axisAttempt, { 'text-anchor': 'middle', class: 'cat-bo-axis-title' }),
				svgText(14, (frame.top + plotBottom(frame)) / 2, ui.axisDelay, {
					'text-anchor': 'middle',
					class: 'cat-bo-axis-title',
					transform: `rotate(-90 14 ${fmt((frame.top + plotBottom(frame)) / 2)})`,
				}),
			),
			h(
				'g',
				{ class: 'cat-bo-ranges' },
				model.marks.map((m) =>
					h('rect', {
						x: fmt(m.x - half),
						y: fmt(m.rangeTop),
						width: fmt(model.barWidth),
						height: fmt(m.rangeBottom - m.rangeTop),
						class: m.dropped ? 'cat-bo-range cat-bo-dropped' : 'cat-bo-range',
					}),
				),
			),
			model.line ? h('path', { d: model.line, class: 'cat-bo-line' }) : null,
			h(
				'g',
				{ class: 'cat-bo-dots' },
				model.marks.map((m) => h('circle', { cx: fmt(m.x), cy: fmt(m.y), r: 3.5, class: m.dropped ? 'cat-bo-dot cat-bo-dropped' : 'cat-bo-dot' })),
			),
		),
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

/** The lead of the small multiples, naming the bucket width. */
export function loadChartsLead(sim: Simulation, ui: BackoffUi): string {
	const plan = sim.contention?.plan;
	return fill(ui.loadChartsLead, {
		bucket: formatMs(plan ? plan.bucketMs : sim.state.capacity.windowMs, ui),
		clients: formatNumber(sim.state.clients, ui),
	});
}

/** Per-strategy figures: work, rejected calls, completion times, clients that gave up. */
export function comparisonTable(sim: Simulation, ui: BackoffUi): VElement {
	const results = sim.contention?.results ?? [];
	const headers = [ui.colStrategy, ui.colCalls, ui.colRejected, ui.colMedian, ui.colP99, ui.colLast, ui.colGaveUp];
	return h(
		'table',
		{ class: 'cat-bo-table', 'data-testid': 'backoff-comparison' },
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
					h('td', { class: 'cat-bo-num' }, formatNumber(r.totalCalls, ui)),
					h('td', { class: 'cat-bo-num' }, formatNumber(r.rejectedCalls, ui)),
					h('td', { class: 'cat-bo-num' }, formatMs(r.completion.medianMs, ui)),
					h('td', { class: 'cat-bo-num' }, formatMs(r.completion.p99Ms, ui)),
					h('td', { class: 'cat-bo-num' }, formatMs(r.completion.lastMs, ui)),
					h('td', { class: 'cat-bo-num' }, formatNumber(r.gaveUp.total, ui)),
				);
			}),
		),
	);
}

/**
 * Server load over time, one small multiple per strategy on shared axes,
 * each with an accessible name and its data table in a <details>.
 */
export function loadCharts(sim: Simulation, ui: BackoffUi, idPrefix: string): VElement {
	const contention = sim.contention;
	if (!contention) return h('div', { class: 'cat-bo-multiples' });
	const { plan, load, results } = contention;
	const yMax = loadAxisMax(
		load.map((s) => s.buckets.reduce((m, b) => Math.max(m, b.calls), 0)),
		plan.capacity,
	);
	let anyClipped = false;
	const figures = load.map((series, i) => {
		const result = results[i];
		const model = loadChartModel(series.buckets, plan, yMax);
		const { frame } = model;
		const label = strategyLabel(series.strategy, ui);
		const selected = series.strategy === sim.state.strategy;
		const titleId = `${idPrefix}-load-${series.strategy}-title`;
		const descId = `${idPrefix}-load-${series.strategy}-desc`;
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
			h(
				'svg',
				{
					viewBox: `0 0 ${String(frame.width)} ${String(frame.height)}`,
					class: 'cat-bo-chart',
					role: 'img',
					'aria-labelledby': `${titleId} ${descId}`,
				},
				h('title', { id: titleId }, fill(ui.loadChartTitle, { strategy: label })),
				h(
					'desc',
					{ id: descId },
					result
						? fill(ui.loadChartDesc, {
								calls: formatNumber(result.totalCalls, ui),
								rejected: formatNumber(result.rejectedCalls, ui),
								last: formatMs(result.completion.lastMs, ui),
							})
						: '',
				),
				h(
					'g',
					{ class: 'cat-bo-grid' },
					model.yTicks.map((t) => [
						h('line', { x1: fmt(frame.left), x2: fmt(plotRight(frame)), y1: fmt(t.y), y2: fmt(t.y) }),
						svgText(frame.left - 5, t.y + 4, formatNumber(t.value, ui), { 'text-anchor': 'end' }),
					]),
				),
				h(
					'g',
					{ class: 'cat-bo-axis' },
					h('line', { x1: fmt(frame.left), x2: fmt(plotRight(frame)), y1: fmt(plotBottom(frame)), y2: fmt(plotBottom(frame)) }),
					model.xTicks.map((t) => svgText(t.x, plotBottom(frame) + 14, formatAxisMs(t.value, model.xMaxMs, ui), { 'text-anchor': 'middle' })),
				),
				h(
					'g',
					{ class: 'cat-bo-bars' },
					model.bars.map((b) => [
						b.acceptedHeight > 0
							? h('rect', { x: fmt(b.x), y: fmt(b.acceptedY), width: fmt(b.width), height: fmt(b.acceptedHeight), class: 'cat-bo-accepted' })
							: null,
						b.rejectedHeight > 0
							? h('rect', { x: fmt(b.x), y: fmt(b.rejectedY), width: fmt(b.width), height: fmt(b.rejectedHeight), class: 'cat-bo-rejected' })
							: null,
					]),
				),
				h('line', { x1: fmt(frame.left), x2: fmt(plotRight(frame)), y1: fmt(model.capacityY), y2: fmt(model.capacityY), class: 'cat-bo-capacity' }),
				clipped.map((b) => svgText(b.x + b.width + 2, frame.top + 9, formatNumber(b.calls, ui), { class: 'cat-bo-clipped' })),
			),
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
						h('tr', null, [ui.colTime, ui.colBucketCalls, ui.colAccepted, ui.colBucketRejected].map((text) => h('th', { scope: 'col' }, text))),
					),
					h(
						'tbody',
						null,
						series.buckets.slice(0, lastBusy + 1).map((b) =>
							h(
								'tr',
								null,
								h('th', { scope: 'row', class: 'cat-bo-num' }, formatRange(b.startMs, b.startMs + plan.bucketMs, ui)),
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
	return h(
		'div',
		{ class: 'cat-bo-load' },
		h(
			'ul',
			{ class: 'cat-bo-legend' },
			legendItem('cat-bo-swatch-accepted', ui.legendAccepted),
			legendItem('cat-bo-swatch-rejected', ui.legendRejected),
			legendItem('cat-bo-swatch-capacity', ui.legendCapacity),
		),
		h('div', { class: 'cat-bo-multiples', 'data-testid': 'backoff-load-charts' }, figures),
		anyClipped ? h('p', { class: 'cat-bo-note' }, ui.clippedNote) : null,
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
