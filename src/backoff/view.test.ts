import { describe, expect, it } from 'vitest';
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
		expect(headers).toEqual(['Attempt', 'Delay range', 'Sampled delay', 'Cumulative time']);
		expect(textOf(table)).toContain('Stops after 30 attempts');
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

	it('gives each load chart a time axis that fits its own run, with units on both axes', () => {
		const load = loadCharts(sim, en, 'p');
		const figures = elements(load).filter((el) => el.tag === 'figure');
		const axisTitles = (figure: VElement) => elements(figure).filter((el) => String(el.attrs['class']).includes('cat-bo-axis-title')).map(textOf);
		const byStrategy = new Map(figures.map((f) => [f.attrs['data-strategy'], axisTitles(f)]));
		// Full jitter is done in about 4 s, exponential without jitter takes over a minute.
		expect(byStrategy.get('full-jitter')).toEqual(['Calls per 200 ms', 'Time after the failure (s)']);
		expect(byStrategy.get('exponential')?.[1]).toBe('Time after the failure (s)');
		const lastTick = (strategy: string) => {
			const figure = figures.find((f) => f.attrs['data-strategy'] === strategy)!;
			const ticks = elements(figure).filter((el) => el.tag === 'text' && el.attrs['y'] !== undefined);
			return Number(textOf(ticks[ticks.length - 1]!).replace(/,/g, ''));
		};
		expect(lastTick('full-jitter')).toBeLessThan(10);
		expect(lastTick('exponential')).toBeGreaterThanOrEqual(60);
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
