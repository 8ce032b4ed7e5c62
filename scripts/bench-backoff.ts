/**
 * Benchmark: how long simulateContention takes for 1,000 clients with each
 * strategy (a contended store taking 5 calls per 100 ms, with the widget's
 * default parameters), plus the heaviest run a shared link can ask for
 * (2,000 clients, 30 attempts, 1 call per 100 ms). The widget re-runs the
 * simulation as inputs change, so both must stay interactive.
 *
 * Run with the project's Node 24: `node scripts/bench-backoff.ts`.
 * Prints the median of several timed runs after a warm-up; exits with 1 if
 * any figure misses the target. Timing lives here, not in unit tests,
 * because wall-clock assertions make tests flaky.
 */

import { performance } from 'node:perf_hooks';
import { simulateContention, type ContentionOptions } from '../src/backoff/contention.ts';
import { STRATEGY_IDS } from '../src/backoff/strategies.ts';
import { DEFAULT_STATE, STATE_BOUNDS } from '../src/backoff/url-state.ts';

const TARGET_MS = 50;
const WARMUP_RUNS = 5;
const TIMED_RUNS = 15;

const SCENARIOS: readonly { name: string; options: Omit<ContentionOptions, 'strategy'> }[] = [
	{
		name: '1,000 clients, 5 calls / 100 ms, default params',
		options: { params: DEFAULT_STATE.params, clients: 1000, capacity: { requests: 5, windowMs: 100 }, seed: 1 },
	},
	{
		name: 'URL worst case: 2,000 clients, 1 call / 100 ms, 30 attempts, 1 h deadline',
		options: {
			params: { ...DEFAULT_STATE.params, maxAttempts: STATE_BOUNDS.maxAttempts.max, deadlineMs: STATE_BOUNDS.deadlineMs.max },
			clients: STATE_BOUNDS.clients.max,
			capacity: { requests: 1, windowMs: 100 },
			seed: 1,
		},
	},
];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

let failed = false;
for (const scenario of SCENARIOS) {
	console.log(`\n${scenario.name} (median of ${TIMED_RUNS} runs after ${WARMUP_RUNS} warm-up runs)`);
	for (const strategy of STRATEGY_IDS) {
		const options: ContentionOptions = { ...scenario.options, strategy };
		let calls = 0;
		for (let i = 0; i < WARMUP_RUNS; i++) calls = simulateContention(options).totalCalls;
		const times: number[] = [];
		for (let i = 0; i < TIMED_RUNS; i++) {
			const start = performance.now();
			simulateContention(options);
			times.push(performance.now() - start);
		}
		const ms = median(times);
		const pass = ms < TARGET_MS;
		failed ||= !pass;
		console.log(
			`  ${strategy.padEnd(20)} ${ms.toFixed(2).padStart(7)} ms  (target < ${TARGET_MS} ms)  ${pass ? 'PASS' : 'FAIL'}  ${String(calls).padStart(6)} calls`,
		);
	}
}
process.exitCode = failed ? 1 : 0;
