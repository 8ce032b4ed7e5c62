import { describe, expect, it } from 'vitest';
import { getPreset } from './presets.ts';
import { DEFAULT_STATE, URL_KEYS, normalizeState, parseState, serializeState, type BackoffState } from './url-state.ts';

describe('parseState', () => {
	it('returns the defaults without problems for an empty query', () => {
		expect(parseState('')).toEqual({ state: DEFAULT_STATE, problems: [] });
		expect(parseState(new URLSearchParams())).toEqual({ state: DEFAULT_STATE, problems: [] });
	});

	it('clamps ?clients=-5 and rejects strategy=<script>, reporting both', () => {
		const { state, problems } = parseState('?clients=-5&strategy=%3Cscript%3E');
		expect(state.clients).toBe(1);
		expect(state.strategy).toBe(DEFAULT_STATE.strategy);
		expect(problems).toEqual([
			{ param: 'strategy', problem: 'unknown-strategy', given: '<script>', used: 'full-jitter' },
			{ param: 'clients', problem: 'out-of-range', given: '-5', used: 1 },
		]);
	});

	it('clamps every numeric field to its bounds', () => {
		const { state, problems } = parseState(
			'initial=9999999&multiplier=0.5&max=-1&attempts=99&deadline=99999999&clients=5000&capacity=0&window=0&seed=-1',
		);
		expect(state.params).toEqual({ initialDelayMs: 600_000, multiplier: 1, maxDelayMs: 0, maxAttempts: 30, deadlineMs: 3_600_000 });
		expect(state.clients).toBe(2000);
		expect(state.capacity).toEqual({ requests: 1, windowMs: 1 });
		expect(state.seed).toBe(0);
		expect(problems.map((p) => p.param)).toEqual(['initial', 'multiplier', 'max', 'attempts', 'deadline', 'clients', 'capacity', 'window', 'seed']);
		expect(problems.every((p) => p.problem === 'out-of-range')).toBe(true);
	});

	it('falls back to the default for anything that is not a plain decimal number', () => {
		for (const bad of ['abc', '1e3', '0x10', 'Infinity', 'NaN', '5px', '1,000', '--5']) {
			const { state, problems } = parseState(new URLSearchParams({ clients: bad }));
			expect(state.clients).toBe(DEFAULT_STATE.clients);
			expect(problems).toEqual([{ param: 'clients', problem: 'not-a-number', given: bad, used: DEFAULT_STATE.clients }]);
		}
	});

	it('rounds integer fields and reports it, but keeps fractional multipliers', () => {
		const { state, problems } = parseState('clients=2.5&multiplier=1.6&attempts= 7 ');
		expect(state.clients).toBe(3);
		expect(state.params.multiplier).toBe(1.6);
		expect(state.params.maxAttempts).toBe(7);
		expect(problems).toEqual([{ param: 'clients', problem: 'not-an-integer', given: '2.5', used: 3 }]);
	});

	it('ignores empty values', () => {
		expect(parseState('clients=&strategy=&preset=')).toEqual({ state: DEFAULT_STATE, problems: [] });
	});

	it('truncates long input in problems', () => {
		const { problems } = parseState(new URLSearchParams({ strategy: 'x'.repeat(500) }));
		expect(problems[0]?.given).toBe(`${'x'.repeat(64)}…`);
	});

	it('starts from a preset and lets explicit values override it', () => {
		const aws = getPreset('aws-standard');
		expect(parseState('preset=aws-standard').state).toMatchObject({ preset: 'aws-standard', strategy: aws.strategy, params: aws.params });
		const { state } = parseState('preset=aws-standard&attempts=5&strategy=equal-jitter');
		expect(state.params).toEqual({ ...aws.params, maxAttempts: 5 });
		expect(state.strategy).toBe('equal-jitter');
	});

	it('reports an unknown preset and uses the defaults', () => {
		const { state, problems } = parseState('preset=%22%3E%3Cimg%20src%3Dx%3E');
		expect(state).toEqual(DEFAULT_STATE);
		expect(problems).toEqual([{ param: 'preset', problem: 'unknown-preset', given: '"><img src=x>', used: null }]);
	});
});

describe('serializeState', () => {
	it('writes every key in a fixed order', () => {
		expect([...serializeState(DEFAULT_STATE).keys()]).toEqual(Object.values(URL_KEYS).filter((k) => k !== 'preset'));
		expect(serializeState(DEFAULT_STATE).toString()).toBe(
			'strategy=full-jitter&initial=100&multiplier=2&max=5000&attempts=30&deadline=120000&clients=100&capacity=5&window=100&seed=1',
		);
	});

	it('omits values equal to the base in compact mode', () => {
		expect(serializeState(DEFAULT_STATE, { compact: true }).toString()).toBe('');
		const state: BackoffState = { ...parseState('preset=grpc-connection').state, clients: 300 };
		expect(serializeState(state, { compact: true }).toString()).toBe('preset=grpc-connection&clients=300');
	});

	it('round-trips: serialize(parse(x)) is stable and parses without problems', () => {
		const queries = [
			'',
			'?clients=-5&strategy=<script>',
			'preset=google-cloud&max=64000',
			'preset=nope&multiplier=1.61803398875&seed=4294967296',
			'strategy=decorrelated-jitter&initial=0.4&deadline=abc&window=60000&capacity=1200',
			'clients=2.5&attempts=1e3&seed=%F0%9F%98%80',
		];
		for (const query of queries) {
			for (const compact of [false, true]) {
				const first = parseState(query);
				const once = serializeState(first.state, { compact }).toString();
				const again = parseState(once);
				expect(again.problems).toEqual([]);
				expect(again.state).toEqual(first.state);
				expect(serializeState(again.state, { compact }).toString()).toBe(once);
			}
		}
	});

	it('normalizes a state built in code before writing it', () => {
		const wild: BackoffState = {
			...DEFAULT_STATE,
			params: { ...DEFAULT_STATE.params, deadlineMs: Number.POSITIVE_INFINITY, multiplier: Number.NaN },
		};
		const params = serializeState(wild);
		expect(params.get('deadline')).toBe('3600000');
		expect(params.get('multiplier')).toBe('2');
	});
});

describe('normalizeState', () => {
	it('clamps and reports like the URL parser', () => {
		const { state, problems } = normalizeState({ ...DEFAULT_STATE, clients: 1e9, seed: -0.4 });
		expect(state.clients).toBe(2000);
		expect(state.seed).toBe(0);
		expect(problems).toEqual([
			{ param: 'clients', problem: 'out-of-range', given: '1000000000', used: 2000 },
			{ param: 'seed', problem: 'not-an-integer', given: '-0.4', used: 0 },
		]);
	});

	it('replaces an unknown strategy', () => {
		const bad = { ...DEFAULT_STATE, strategy: 'bogus' } as unknown as BackoffState;
		expect(normalizeState(bad).state.strategy).toBe(DEFAULT_STATE.strategy);
	});
});
