import { spawnSync } from 'node:child_process';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeSnippet } from './snippet.ts';
import { STRATEGY_IDS, type BackoffParams, type StrategyId } from './strategies.ts';

const PARAMS: BackoffParams = { initialDelayMs: 1500, multiplier: 1.6, maxDelayMs: 32_000, maxAttempts: 7, deadlineMs: 90_000 };

/** Tiny delays so the helpers can be run for real (with a fake call, no network). */
const FAST: BackoffParams = { initialDelayMs: 1, multiplier: 2, maxDelayMs: 4, maxAttempts: 4, deadlineMs: 60_000 };

describe('codeSnippet', () => {
	it('carries the chosen parameters and retries only 429 and 500', () => {
		for (const strategy of STRATEGY_IDS) {
			const code = codeSnippet('ts', strategy, PARAMS);
			expect(code).toContain('const MAX_ATTEMPTS = 7;');
			expect(code).toContain('const DEADLINE_MS = 90000;');
			expect(code).toContain('new Set([429, 500])');
			expect(code).not.toContain('503');
			if (strategy !== 'none') {
				expect(code).toContain('const INITIAL_DELAY_MS = 1500;');
				expect(code).toContain('const MAX_DELAY_MS = 32000;');
			}
			if (strategy !== 'none' && strategy !== 'decorrelated-jitter') expect(code).toContain('const MULTIPLIER = 1.6;');

			const py = codeSnippet('python', strategy, PARAMS);
			expect(py).toContain('MAX_ATTEMPTS = 7');
			expect(py).toContain('DEADLINE_S = 90.0');
			expect(py).toContain('frozenset({429, 500})');
			expect(py).not.toContain('503');
			if (strategy !== 'none') expect(py).toContain('INITIAL_DELAY_S = 1.5');
			expect(py).not.toMatch(/^(from|import) (?!random$|time$)/m);
		}
	});

	it('type-checks every TypeScript snippet under strict settings, unused locals included', () => {
		const files = new Map(STRATEGY_IDS.map((s) => [`/snippets/${s}.ts`, codeSnippet('ts', s, PARAMS)]));
		const options: ts.CompilerOptions = {
			strict: true,
			noUnusedLocals: true,
			noUnusedParameters: true,
			noImplicitReturns: true,
			exactOptionalPropertyTypes: true,
			noUncheckedIndexedAccess: true,
			target: ts.ScriptTarget.ES2022,
			module: ts.ModuleKind.ESNext,
			lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
			types: [],
			noEmit: true,
		};
		const host = ts.createCompilerHost(options);
		const { getSourceFile, fileExists, readFile } = host;
		host.getSourceFile = (name, version, ...rest) => {
			const text = files.get(name);
			return text === undefined ? getSourceFile.call(host, name, version, ...rest) : ts.createSourceFile(name, text, version);
		};
		host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
		host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
		const program = ts.createProgram([...files.keys()], options, host);
		const messages = ts
			.getPreEmitDiagnostics(program)
			.map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
		expect(messages).toEqual([]);
	});

	it('runs the TypeScript helper correctly against a fake call', async () => {
		for (const strategy of STRATEGY_IDS) {
			const js = ts.transpileModule(codeSnippet('ts', strategy, FAST), {
				compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
			}).outputText;
			const exports: { withBackoff?: <T>(call: () => Promise<T>) => Promise<T> } = {};
			new Function('exports', js)(exports);
			const withBackoff = exports.withBackoff;
			if (withBackoff === undefined) throw new Error('withBackoff not exported');

			const failing = (statuses: number[], value = 'ok') => {
				const calls = { count: 0 };
				const call = async (): Promise<string> => {
					const status = statuses[calls.count++];
					if (status !== undefined) throw Object.assign(new Error(`HTTP ${status}`), { status });
					return value;
				};
				return { calls, call };
			};

			const recovers = failing([429, 500]);
			await expect(withBackoff(recovers.call), strategy).resolves.toBe('ok');
			expect(recovers.calls.count).toBe(3);

			const exhausted = failing([500, 500, 500, 500, 500]);
			await expect(withBackoff(exhausted.call)).rejects.toMatchObject({ status: 500 });
			expect(exhausted.calls.count).toBe(4);

			for (const status of [503, 404]) {
				const fatal = failing([status]);
				await expect(withBackoff(fatal.call)).rejects.toMatchObject({ status });
				expect(fatal.calls.count).toBe(1);
			}
		}
	});

	it('stops the TypeScript helper before an attempt that would start after the deadline', async () => {
		const js = ts.transpileModule(codeSnippet('ts', 'exponential', { ...FAST, initialDelayMs: 50, maxDelayMs: 1000, deadlineMs: 20 }), {
			compilerOptions: { module: ts.ModuleKind.CommonJS },
		}).outputText;
		const exports: { withBackoff?: (call: () => Promise<never>) => Promise<never> } = {};
		new Function('exports', js)(exports);
		let count = 0;
		await expect(
			exports.withBackoff?.(async () => {
				count++;
				throw Object.assign(new Error('HTTP 429'), { status: 429 });
			}),
		).rejects.toMatchObject({ status: 429 });
		expect(count).toBe(1);
	});

	const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : null;

	it.skipIf(python === null)('runs the Python helper correctly against a fake call', () => {
		const harness = (strategy: StrategyId): string => `${codeSnippet('python', strategy, FAST)}

class FakeHttpError(Exception):
    def __init__(self, status_code):
        super().__init__(status_code)
        self.status_code = status_code

def failing(statuses):
    calls = []
    def call():
        calls.append(1)
        if len(calls) <= len(statuses):
            raise FakeHttpError(statuses[len(calls) - 1])
        return "ok"
    return call, calls

call, calls = failing([429, 500])
assert with_backoff(call) == "ok" and len(calls) == 3, calls

call, calls = failing([500] * 5)
try:
    with_backoff(call)
    raise SystemExit("expected an error")
except FakeHttpError as error:
    assert error.status_code == 500 and len(calls) == 4, calls

for status in (503, 404):
    call, calls = failing([status])
    try:
        with_backoff(call)
        raise SystemExit("expected an error")
    except FakeHttpError as error:
        assert error.status_code == status and len(calls) == 1, calls
print("ok")
`;
		for (const strategy of STRATEGY_IDS) {
			const run = spawnSync(python ?? 'python3', ['-c', harness(strategy)], { encoding: 'utf8' });
			expect(`${run.stdout}${run.stderr}`, strategy).toBe('ok\n');
		}
	});
});
