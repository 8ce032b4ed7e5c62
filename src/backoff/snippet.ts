/**
 * Generates a short, self-contained retry helper for the chosen strategy and
 * parameters, in TypeScript or Python, for readers to paste into their code.
 *
 * The helpers retry only HTTP 429 (RESOURCE_EXHAUSTED) and 500 (INTERNAL),
 * the two retryable statuses in this catalog, and stop at maxAttempts or
 * when the next attempt would start after the deadline, exactly like
 * {@link buildSchedule}. Only validated numbers and known strategy ids are
 * interpolated, never free text.
 */

import { GOOGLE_RANDOM_MS, GRPC_JITTER, type BackoffParams, type StrategyId } from './strategies.ts';

/** Languages a snippet can be generated in. */
export type SnippetLang = 'ts' | 'python';

/**
 * The comments of a snippet, in the reader's language (src/backoff/ui): the
 * code is the same in every language, what it says about itself is not.
 * Plain sentences: none may contain a comment's end (`*\/`, `"""`).
 */
export interface SnippetComments {
	/** The first line; `{strategy}` is the strategy's id. */
	readonly header: string;
	/** After MAX_ATTEMPTS. */
	readonly firstCall: string;
	readonly statusOfTs: string;
	readonly statusOfPy: string;
	readonly withBackoffTs: string;
	readonly withBackoffPy: string;
	/** After the delay of "no backoff". */
	readonly noBackoff: string;
	/** After the delay of exponential backoff without jitter. */
	readonly noJitter: string;
	/** Before the deadline check. */
	readonly deadline: string;
}

/** The English comments (the default). */
export const SNIPPET_COMMENTS_EN: SnippetComments = {
	header: 'Retry with backoff ({strategy}): only HTTP 429 and 500 are retried.',
	firstCall: 'including the first call',
	statusOfTs: 'Reads the HTTP status from an error thrown by googleapis/gaxios or your own fetch wrapper.',
	statusOfPy: "HTTP status of googleapiclient's HttpError (.resp.status) or urllib's HTTPError (.code).",
	withBackoffTs: 'Calls `call` until it succeeds, retrying only 429 and 500; rethrows the last error when giving up.',
	withBackoffPy: 'Calls call() until it succeeds, retrying only 429 and 500; re-raises the last error when giving up.',
	noBackoff: 'no backoff: shown for contrast, do not ship this',
	noJitter: 'no jitter: clients that failed together retry together',
	deadline: 'Give up rather than start an attempt after the deadline.',
};

/** Formats a number as a TypeScript literal (finite input expected; others become 0). */
function tsNumber(value: number): string {
	return Number.isFinite(value) ? String(value) : '0';
}

/** Formats milliseconds as a Python float literal in seconds (1000 → "1.0"). */
function pySeconds(ms: number): string {
	if (!Number.isFinite(ms)) return '0.0';
	const s = ms / 1000;
	return Number.isInteger(s) ? `${s}.0` : String(s);
}

/** Formats a number as a Python float literal. */
function pyFloat(value: number): string {
	if (!Number.isFinite(value)) return '0.0';
	return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** Body of `nextDelay(retry)` in TypeScript; `previous` exists for decorrelated jitter. */
function tsDelay(strategy: StrategyId, c: SnippetComments): string {
	const exp = 'Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS * MULTIPLIER ** retry)';
	switch (strategy) {
		case 'none':
			return `0; // ${c.noBackoff}`;
		case 'exponential':
			return `${exp}; // ${c.noJitter}`;
		case 'full-jitter':
			return `Math.random() * ${exp};`;
		case 'equal-jitter':
			return `(${exp} / 2) * (1 + Math.random());`;
		case 'decorrelated-jitter':
			return '(previous = Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS + Math.random() * (previous * 3 - INITIAL_DELAY_MS)));';
		case 'google':
			return `Math.min(INITIAL_DELAY_MS * MULTIPLIER ** retry + Math.random() * ${GOOGLE_RANDOM_MS}, MAX_DELAY_MS);`;
		case 'grpc':
			return `retry === 0 ? ${exp} : ${exp} * (${1 - GRPC_JITTER} + Math.random() * ${2 * GRPC_JITTER});`;
	}
}

/** Expression for the delay in Python; `previous` exists for decorrelated jitter. */
function pyDelay(strategy: StrategyId, c: SnippetComments): string {
	const exp = 'min(MAX_DELAY_S, INITIAL_DELAY_S * MULTIPLIER**retry)';
	switch (strategy) {
		case 'none':
			return `0.0  # ${c.noBackoff}`;
		case 'exponential':
			return `${exp}  # ${c.noJitter}`;
		case 'full-jitter':
			return `random.uniform(0, ${exp})`;
		case 'equal-jitter':
			return `${exp} / 2 * (1 + random.random())`;
		case 'decorrelated-jitter':
			return 'min(MAX_DELAY_S, random.uniform(INITIAL_DELAY_S, previous * 3))';
		case 'google':
			return `min(INITIAL_DELAY_S * MULTIPLIER**retry + random.uniform(0, ${pySeconds(GOOGLE_RANDOM_MS)}), MAX_DELAY_S)`;
		case 'grpc':
			return `${exp} * (1 if retry == 0 else random.uniform(${1 - GRPC_JITTER}, ${1 + GRPC_JITTER}))`;
	}
}

/**
 * Which names a strategy's formula uses: the snippets declare only those, so
 * they pass strict linters (noUnusedLocals) once pasted.
 */
function usesBase(strategy: StrategyId): boolean {
	return strategy !== 'none';
}

function usesMultiplier(strategy: StrategyId): boolean {
	return strategy !== 'none' && strategy !== 'decorrelated-jitter';
}

/** Whether Python needs `import random`. */
const STRATEGY_IS_JITTERED: { readonly [S in StrategyId]: boolean } = {
	none: false,
	exponential: false,
	'full-jitter': true,
	'equal-jitter': true,
	'decorrelated-jitter': true,
	google: true,
	grpc: true,
};

/** Whether the delay formula depends on the retry index (so `retry` must be declared). */
function usesRetryIndex(strategy: StrategyId): boolean {
	return strategy !== 'none' && strategy !== 'decorrelated-jitter';
}

function typescriptSnippet(strategy: StrategyId, params: BackoffParams, c: SnippetComments): string {
	const usesPrevious = strategy === 'decorrelated-jitter';
	const retryLine = usesRetryIndex(strategy) ? '      const retry = attempt - 1;\n' : '';
	const constants = [
		usesBase(strategy) ? `const INITIAL_DELAY_MS = ${tsNumber(params.initialDelayMs)};\n` : '',
		usesMultiplier(strategy) ? `const MULTIPLIER = ${tsNumber(params.multiplier)};\n` : '',
		usesBase(strategy) ? `const MAX_DELAY_MS = ${tsNumber(params.maxDelayMs)};\n` : '',
	].join('');
	return `// ${c.header.replace('{strategy}', strategy)}
${constants}const MAX_ATTEMPTS = ${tsNumber(params.maxAttempts)}; // ${c.firstCall}
const DEADLINE_MS = ${tsNumber(params.deadlineMs)};
const RETRYABLE = new Set([429, 500]);

/** ${c.statusOfTs} */
function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: { status?: unknown } } | null;
  const status = e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** ${c.withBackoffTs} */
export async function withBackoff<T>(call: () => Promise<T>): Promise<T> {
  const start = Date.now();${usesPrevious ? '\n  let previous = INITIAL_DELAY_MS;' : ''}
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const status = statusOf(error);
      if (status === undefined || !RETRYABLE.has(status) || attempt >= MAX_ATTEMPTS) throw error;
${retryLine}      const delay = ${tsDelay(strategy, c)}
      // ${c.deadline}
      if (Date.now() - start + delay > DEADLINE_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
`;
}

function pythonSnippet(strategy: StrategyId, params: BackoffParams, c: SnippetComments): string {
	const usesPrevious = strategy === 'decorrelated-jitter';
	const retryLine = usesRetryIndex(strategy) ? '            retry = attempt - 1\n' : '';
	const delayLines = usesPrevious
		? `            previous = ${pyDelay(strategy, c)}
            delay = previous`
		: `            delay = ${pyDelay(strategy, c)}`;
	const constants = [
		usesBase(strategy) ? `INITIAL_DELAY_S = ${pySeconds(params.initialDelayMs)}\n` : '',
		usesMultiplier(strategy) ? `MULTIPLIER = ${pyFloat(params.multiplier)}\n` : '',
		usesBase(strategy) ? `MAX_DELAY_S = ${pySeconds(params.maxDelayMs)}\n` : '',
	].join('');
	const imports = STRATEGY_IS_JITTERED[strategy] ? 'import random\nimport time' : 'import time';
	return `# ${c.header.replace('{strategy}', strategy)}
${imports}

${constants}MAX_ATTEMPTS = ${tsNumber(params.maxAttempts)}  # ${c.firstCall}
DEADLINE_S = ${pySeconds(params.deadlineMs)}
RETRYABLE = frozenset({429, 500})


def status_of(error):
    """${c.statusOfPy}"""
    for status in (
        getattr(error, "status_code", None),
        getattr(getattr(error, "resp", None), "status", None),
        getattr(error, "code", None),
    ):
        if isinstance(status, int):
            return status
    return None


def with_backoff(call):
    """${c.withBackoffPy}"""
    start = time.monotonic()${usesPrevious ? '\n    previous = INITIAL_DELAY_S' : ''}
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return call()
        except Exception as error:
            if status_of(error) not in RETRYABLE or attempt >= MAX_ATTEMPTS:
                raise
${retryLine}${delayLines}
            # ${c.deadline}
            if time.monotonic() - start + delay > DEADLINE_S:
                raise
            time.sleep(delay)
`;
}

/**
 * A pasteable retry helper for these settings.
 * TypeScript: `withBackoff(call)` for any promise-returning call that throws
 * errors carrying `status` or `response.status` (googleapis, or a fetch
 * wrapper that throws on !response.ok). Python: `with_backoff(call)` using
 * only the standard library. `comments` in the reader's language (English by default).
 */
export function codeSnippet(lang: SnippetLang, strategy: StrategyId, params: BackoffParams, comments: SnippetComments = SNIPPET_COMMENTS_EN): string {
	return lang === 'ts' ? typescriptSnippet(strategy, params, comments) : pythonSnippet(strategy, params, comments);
}
