import { describe, expect, it } from 'vitest';
import { formatMs } from './format.ts';
import { runSimulation } from './simulation.ts';
import { STRATEGY_IDS } from './strategies.ts';
import { en } from './ui/en.ts';
import { ko } from './ui/ko.ts';
import { DEFAULT_STATE, parseState } from './url-state.ts';
import { comparisonTable, delaysChart, loadCharts, problemList, problemMessage, renderParts, scheduleTable, summaryText } from './view.ts';
import { renderHtml, textOf, type VElement, type VNode } from './vnode.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** Every element of a tree, depth first. */
function elements(node: VNode): VElement[] {
	if (typeof node === 'string') return [];
	return [node, ...node.children.flatMap(elements)];
}

describe('scheduleTable', () => {
	it('has a header row, the first call and one row per retry', () => {
		const sim = runSimulation(DEFAULT_STATE, { contention: false });
		const table = scheduleTable(sim, en);
		const bodyRows = elements(table).filter((el) => el.tag === 'tbody')[0]!.children;
		expect(bodyRows).toHaveLength(sim.schedule.retries.length + 1);
		const headers = elements(table).filter((el) => el.tag === 'th' && el.attrs['scope'] === 'col').map(textOf);
		expect(headers).toEqual(['Attempt', 'Delay range (s)', 'Sampled delay (s)', 'Cumulative time (s)']);
		expect(textOf(table)).toContain('Stops after 30 attempts');
	});

	it('writes every duration column in one unit, named in its header, with the same decimals', () => {
		const sim = runSimulation(DEFAULT_STATE, { contention: false });
		for (const [ui, unit] of [
			[en, '(s)'],
			[ko, '(초)'],
		] as const) {
			const table = scheduleTable(sim, ui);
			const rows = elements(elements(table).find((el) => el.tag === 'tbody')!).filter((el) => el.tag === 'tr');
			const cells = rows.slice(1).flatMap((row) => row.children.slice(1).map((cell) => textOf(cell)));
			// Plain numbers with two decimals, a range as two of them: no unit in any cell.
			for (const cell of cells) expect(cell).toMatch(/^\d{1,3}(,\d{3})*\.\d\d([–~]\d{1,3}(,\d{3})*\.\d\d)?$/);
			const headers = elements(table).filter((el) => el.tag === 'th' && el.attrs['scope'] === 'col').map(textOf);
			expect(headers.slice(1).every((text) => text.endsWith(unit))).toBe(true);
		}
		// Short schedules are in milliseconds.
		const short = scheduleTable(runSimulation(parseState('initial=10&max=100&attempts=4').state, { contention: false }), en);
		expect(short.attrs['data-unit']).toBe('ms');
		expect(elements(short).filter((el) => el.attrs['scope'] === 'col').map(textOf)[2]).toBe('Sampled delay (ms)');
	});

	it('lets a range wrap only between its two ends', () => {
		const table = scheduleTable(runSimulation(DEFAULT_STATE, { contention: false }), ko);
		const cell = elements(table).find((el) => String(el.attrs['class']).includes('cat-bo-range-cell') && el.children.length > 1)!;
		expect(cell.children.map((c) => (typeof c === 'string' ? c : `<${c.tag}>`))).toEqual([expect.stringMatching(/^[\d.,]+$/), '~', '<wbr>', expect.stringMatching(/^[\d.,]+$/)]);
	});

	it('says when the deadline stopped the retries', () => {
		const sim = runSimulation(parseState('deadline=1000&strategy=exponential').state, { contention: false });
		expect(textOf(scheduleTable(sim, en))).toMatch(/attempt \d+ would start at .*after the deadline \(1 s\)/);
		expect(textOf(scheduleTable(sim, ko))).toContain('기한(1초)');
	});
});

describe('delaysChart', () => {
	it('is an image with a title and a description, named through aria-labelledby', () => {
		const figure = delaysChart(runSimulation(DEFAULT_STATE, { contention: false }), en, 'p');
		const svg = elements(figure).find((el) => el.tag === 'svg' && el.attrs['role'] === 'img')!;
		expect(svg.attrs['role']).toBe('img');
		expect(svg.attrs['aria-labelledby']).toBe('p-delays-title p-delays-desc');
		expect(elements(svg).find((el) => el.tag === 'title')?.attrs['id']).toBe('p-delays-title');
		expect(textOf(elements(svg).find((el) => el.tag === 'title')!)).toBe('Delay before each attempt: Full jitter');
	});
});

describe('comparison and load charts', () => {
	const sim = runSimulation(DEFAULT_STATE);

	it('lists every strategy once and marks the chosen one', () => {
		const rows = elements(comparisonTable(sim, en)).filter((el) => el.tag === 'tr' && el.attrs['data-strategy']);
		expect(rows.map((r) => r.attrs['data-strategy'])).toEqual([...STRATEGY_IDS]);
		const selected = rows.filter((r) => r.attrs['class'] === 'cat-bo-selected');
		expect(selected.map((r) => r.attrs['data-strategy'])).toEqual(['full-jitter']);
		expect(textOf(selected[0]!)).toContain('(selected)');
	});

	it('draws one named chart per strategy, each with its data table', () => {
		const load = loadCharts(sim, en, 'p');
		const figures = elements(load).filter((el) => el.tag === 'figure');
		expect(figures).toHaveLength(STRATEGY_IDS.length);
		for (const figure of figures) {
			const svg = elements(figure).find((el) => el.tag === 'svg' && el.attrs['role'] === 'img')!;
			expect(svg.attrs['role']).toBe('img');
			const [titleId] = String(svg.attrs['aria-labelledby']).split(' ');
			const title = elements(svg).find((el) => el.attrs['id'] === titleId)!;
			expect(textOf(title)).toMatch(/^Server load over time: /);
			const details = elements(figure).find((el) => el.tag === 'details')!;
			expect(elements(details).some((el) => el.tag === 'table')).toBe(true);
		}
	});

	it('puts every load chart on the same time axis, bucket and y scale, with units on both axes', () => {
		for (const ui of [en, ko]) {
			const load = loadCharts(sim, ui, 'p');
			const figures = elements(load).filter((el) => el.tag === 'figure');
			const axisTitles = (figure: VElement) => elements(figure).filter((el) => String(el.attrs['class']).includes('cat-bo-axis-title')).map(textOf);
			const ticks = (figure: VElement, axis: string) =>
				elements(elements(figure).find((el) => el.tag === 'svg' && String(el.attrs['class']) === axis)!)
					.filter((el) => el.tag === 'text' && el.attrs['text-anchor'] !== undefined && el.attrs['y'] !== undefined)
					.map(textOf);
			const xTicks = (figure: VElement) =>
				elements(figure)
					.filter((el) => el.tag === 'g' && el.attrs['class'] === 'cat-bo-axis')
					.flatMap((g) => elements(g).filter((el) => el.tag === 'text'))
					.map(textOf);
			const [first, ...others] = figures;
			for (const figure of others) {
				expect(axisTitles(figure)).toEqual(axisTitles(first!));
				expect(xTicks(figure)).toEqual(xTicks(first!));
				expect(ticks(figure, 'cat-bo-y-axis')).toEqual(ticks(first!, 'cat-bo-y-axis'));
			}
			expect(axisTitles(first!)).toEqual(ui === en ? ['Calls per bar', 'Time after the failure (s)'] : ['막대당 호출 수', '실패 후 경과 시간(초)']);
			// Exponential without jitter takes over a minute, so the shared axis does too.
			expect(Number(xTicks(first!).at(-1)!.replace(/,/g, ''))).toBeGreaterThanOrEqual(60);
		}
	});

	it('says the bucket once, above the charts, and labels a bar cut at the top of the shared scale', () => {
		const load = loadCharts(sim, en, 'p');
		const note = elements(load).find((el) => el.attrs['data-testid'] === 'backoff-load-scale')!;
		const { plan } = sim.contention!;
		expect(note.attrs['data-bucket-ms']).toBe(plan.bucketMs);
		expect(textOf(note)).toBe(
			`All seven charts share one scale: time from the failure to ${formatMs(plan.count * plan.bucketMs, en)}, one bar per 2 s, and up to ${String(note.attrs['data-y-max'])} calls per bar. A taller bar is cut at the top and labelled with its count.`,
		);
		expect(textOf(load).match(/per 2 s/g)).toHaveLength(1);
		// Without backoff every retry lands in the first bucket: far above the others, so cut and labelled.
		const none = elements(load).find((el) => el.tag === 'figure' && el.attrs['data-strategy'] === 'none')!;
		const label = elements(none).find((el) => el.attrs['class'] === 'cat-bo-clipped')!;
		const calls = sim.contention!.load.find((s) => s.strategy === 'none')!.buckets[0]!.calls;
		expect(textOf(label)).toBe(calls.toLocaleString('en'));
		expect(calls).toBeGreaterThan(Number(note.attrs['data-y-max']));
	});

	it('writes the completion times in one unit named in the headers', () => {
		const table = comparisonTable(sim, en);
		const headers = elements(table).filter((el) => el.attrs['scope'] === 'col').map(textOf);
		expect(headers.slice(3, 6)).toEqual(['Median done (s)', 'p99 done (s)', 'Last done (s)']);
		const cells = elements(table).filter((el) => el.tag === 'td' && String(el.attrs['data-label']).endsWith('(s)'));
		expect(cells).toHaveLength(3 * STRATEGY_IDS.length);
		for (const cell of cells) expect(textOf(cell)).toMatch(/^(\d{1,3}(,\d{3})*\.\d\d|—)$/);
	});

	it('titles the delays chart axes with their units, horizontally, in Korean too', () => {
		const figure = delaysChart(runSimulation(DEFAULT_STATE, { contention: false }), ko, 'p');
		const titles = elements(figure).filter((el) => String(el.attrs['class']).includes('cat-bo-axis-title'));
		expect(titles.map(textOf)).toEqual(['시도 전 대기 시간(초)', '시도 번호']);
		expect(elements(figure).some((el) => el.attrs['transform'] !== undefined)).toBe(false);
	});

	it('renders ids that stay unique within a widget', () => {
		const ids = Object.values(renderParts(sim, en, 'p'))
			.flatMap(elements)
			.map((el) => el.attrs['id'])
			.filter((id) => id !== undefined);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('summaryText', () => {
	it('sums up the schedule, and the contention when there is one', () => {
		expect(summaryText(runSimulation(DEFAULT_STATE, { contention: false }), en)).toBe('Full jitter: 30 attempts, the last at 52.79 s.');
		expect(summaryText(runSimulation(DEFAULT_STATE), en)).toMatch(/^Full jitter: 30 attempts, the last at 52\.79 s\. With 100 clients: \d+ calls/);
		expect(summaryText(runSimulation(DEFAULT_STATE), ko)).toMatch(/^전체 지터\(Full Jitter\): 30회 시도/);
	});
});

describe('problems', () => {
	const { problems } = parseState('?clients=-5&strategy=%3Cscript%3Ealert(1)%3C/script%3E');

	it('names the parameter, the value given and the value used, in each language', () => {
		const [strategy, clients] = problems;
		expect(problemMessage(clients!, en)).toBe('Clients (clients): “-5” is outside the allowed range 1 to 2,000, so 1 is used.');
		expect(problemMessage(strategy!, en)).toBe('Strategy (strategy): “<script>alert(1)</script>” is not a known strategy, so Full jitter is used.');
		expect(problemMessage(clients!, ko)).toBe('클라이언트 수(clients): 허용 범위(1~2,000)를 벗어난 값입니다. 입력값: “-5”, 사용한 값: 1');
		expect(problemMessage(strategy!, ko)).toContain('사용한 값: 전체 지터(Full Jitter)');
	});

	it('keeps the given value as text: rendered, it is escaped', () => {
		const html = renderHtml(problemList(problems, en));
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('shows fractional bounds for the multiplier', () => {
		const [problem] = parseState('multiplier=11').problems;
		expect(problemMessage(problem!, en)).toBe('Multiplier (multiplier): “11” is outside the allowed range 1 to 10, so 10 is used.');
	});

	it('has a message for every problem code', () => {
		const all = parseState('preset=x&strategy=y&clients=abc&seed=1.5&attempts=99').problems;
		expect(new Set(all.map((p) => p.problem))).toEqual(new Set(['unknown-preset', 'unknown-strategy', 'not-a-number', 'not-an-integer', 'out-of-range']));
		for (const p of all) {
			for (const ui of [en, ko]) expect(problemMessage(p, ui)).not.toMatch(/\{[a-z]+\}/i);
		}
	});
});

describe('every figure, for any state the URL allows', () => {
	const queries = [
		'',
		'strategy=none',
		'strategy=exponential&deadline=0',
		'attempts=1',
		'initial=0&max=0',
		'clients=2000&capacity=1&window=1&attempts=30&max=600000&deadline=3600000',
		'preset=grpc-connection',
		'strategy=decorrelated-jitter&multiplier=10&seed=4294967295',
	];

	it('renders without NaN, Infinity, undefined or unfilled placeholders', () => {
		for (const query of queries) {
			for (const ui of [en, ko]) {
				const parts = renderParts(runSimulation(parseState(query).state), ui, 'p');
				const html = Object.values(parts).map(renderHtml).join('');
				expect(html, query).not.toMatch(/NaN|Infinity|undefined|\{[a-z]+\}/i);
			}
		}
	});

	it('speaks Korean on the Korean page', () => {
		const parts = renderParts(runSimulation(DEFAULT_STATE), ko, 'p');
		for (const [name, node] of Object.entries(parts)) expect(textOf(node), name).toMatch(HANGUL);
		const text = Object.values(parts).map(textOf).join(' ');
		for (const english of [en.colAttempt, en.colRejected, en.legendAccepted, en.axisTime, en.selectedMark]) expect(text).not.toContain(english);
	});
});
