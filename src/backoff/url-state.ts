/**
 * The widget's state in the query string, so a simulation can be shared as a
 * link. Parsing never throws: every value is validated, clamped to
 * documented bounds ({@link STATE_BOUNDS}), and each correction is reported
 * as a {@link StateProblem} that the widget localizes and shows.
 *
 * Safety: `given` in a problem is the raw (truncated) URL text. It is data,
 * never markup: render it with textContent. Nothing in this module builds
 * HTML, and only validated numbers and known ids are ever serialized.
 */

import type { Capacity } from './contention.ts';
import { getPreset, isPresetId, type PresetId } from './presets.ts';
import { isStrategyId, type BackoffParams, type StrategyId } from './strategies.ts';

/** Everything the widget needs to reproduce a simulation. */
export interface BackoffState {
	/** Preset the parameters started from, or null for custom settings. */
	readonly preset: PresetId | null;
	readonly strategy: StrategyId;
	readonly params: BackoffParams;
	/** Clients failing together in the contention simulation. */
	readonly clients: number;
	readonly capacity: Capacity;
	/** Seed for all jitter (uint32). */
	readonly seed: number;
}

/** Query-string key of each state field; short so shared links stay short. */
export const URL_KEYS = {
	preset: 'preset',
	strategy: 'strategy',
	initialDelayMs: 'initial',
	multiplier: 'multiplier',
	maxDelayMs: 'max',
	maxAttempts: 'attempts',
	deadlineMs: 'deadline',
	clients: 'clients',
	requests: 'capacity',
	windowMs: 'window',
	seed: 'seed',
} as const;

/** A query-string key this module reads or writes. */
export type UrlKey = (typeof URL_KEYS)[keyof typeof URL_KEYS];

/** The numeric fields, by their state name. */
export type NumericField =
	| 'initialDelayMs'
	| 'multiplier'
	| 'maxDelayMs'
	| 'maxAttempts'
	| 'deadlineMs'
	| 'clients'
	| 'requests'
	| 'windowMs'
	| 'seed';

/** Allowed interval of a numeric field; integer fields are rounded. */
export interface Bound {
	readonly min: number;
	readonly max: number;
	readonly integer: boolean;
}

/**
 * Documented bounds. They keep a shared link from freezing a visitor's tab
 * (2,000 clients × 30 attempts is at most 60,000 simulated calls) and keep
 * every value representable in the URL without exponents.
 */
export const STATE_BOUNDS: { readonly [F in NumericField]: Bound } = {
	initialDelayMs: { min: 0, max: 600_000, integer: true },
	multiplier: { min: 1, max: 10, integer: false },
	maxDelayMs: { min: 0, max: 600_000, integer: true },
	maxAttempts: { min: 1, max: 30, integer: true },
	deadlineMs: { min: 0, max: 3_600_000, integer: true },
	clients: { min: 1, max: 2000, integer: true },
	requests: { min: 1, max: 100_000, integer: true },
	windowMs: { min: 1, max: 3_600_000, integer: true },
	seed: { min: 0, max: 4_294_967_295, integer: true },
};

/**
 * The state without any query string: 100 clients against a server that
 * takes 5 calls per 100 ms, a setting where jitter visibly matters.
 */
export const DEFAULT_STATE: BackoffState = {
	preset: null,
	strategy: 'full-jitter',
	params: { initialDelayMs: 100, multiplier: 2, maxDelayMs: 5000, maxAttempts: 30, deadlineMs: 120_000 },
	clients: 100,
	capacity: { requests: 5, windowMs: 100 },
	seed: 1,
};

/** What was wrong with a value. */
export type ProblemCode = 'unknown-preset' | 'unknown-strategy' | 'not-a-number' | 'not-an-integer' | 'out-of-range';

/** One corrected value, for the widget to localize (e.g. "clients: -5 is out of range, 1 used"). */
export interface StateProblem {
	/** The query-string key (see URL_KEYS). */
	readonly param: UrlKey;
	readonly problem: ProblemCode;
	/** The raw input, truncated to 64 characters. Plain text: never insert it as HTML. */
	readonly given: string;
	/** The value used instead (null: no preset). */
	readonly used: number | string | null;
}

/** A state plus the corrections made to reach it. */
export interface ParsedState {
	readonly state: BackoffState;
	readonly problems: readonly StateProblem[];
}

const MAX_GIVEN_LENGTH = 64;

/** Plain decimal numbers only: no exponents, hex, "Infinity" or empty strings. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Truncates by code points so a surrogate pair is never split. */
function truncateGiven(raw: string): string {
	const chars = Array.from(raw);
	return chars.length > MAX_GIVEN_LENGTH ? `${chars.slice(0, MAX_GIVEN_LENGTH).join('')}…` : raw;
}

/** Mutable copy of the state's numbers, filled in field by field. */
type Numbers = { [F in NumericField]: number };

function numbersOf(state: BackoffState): Numbers {
	return {
		...state.params,
		clients: state.clients,
		requests: state.capacity.requests,
		windowMs: state.capacity.windowMs,
		seed: state.seed,
	};
}

function stateOf(preset: PresetId | null, strategy: StrategyId, n: Numbers): BackoffState {
	return {
		preset,
		strategy,
		params: {
			initialDelayMs: n.initialDelayMs,
			multiplier: n.multiplier,
			maxDelayMs: n.maxDelayMs,
			maxAttempts: n.maxAttempts,
			deadlineMs: n.deadlineMs,
		},
		clients: n.clients,
		capacity: { requests: n.requests, windowMs: n.windowMs },
		seed: n.seed,
	};
}

const NUMERIC_FIELDS = Object.keys(STATE_BOUNDS) as NumericField[];

/**
 * Brings a finite number into its field's bounds.
 * Returns the value to use and the problem, if any (out-of-range wins over
 * not-an-integer when both apply, since it is the bigger surprise).
 */
function coerce(field: NumericField, value: number): { used: number; problem: ProblemCode | null } {
	const bound = STATE_BOUNDS[field];
	if (Number.isNaN(value)) return { used: bound.min, problem: 'not-a-number' };
	const rounded = bound.integer ? Math.round(value) : value;
	// `+ 0` turns -0 into 0 so that it serializes as "0".
	const used = Math.min(bound.max, Math.max(bound.min, rounded)) + 0;
	if (used !== rounded) return { used, problem: 'out-of-range' };
	if (rounded !== value) return { used, problem: 'not-an-integer' };
	return { used, problem: null };
}

/**
 * The starting point for a preset: its strategy and parameters over the
 * defaults (a preset says nothing about clients, capacity or seed).
 */
function baseState(preset: PresetId | null): BackoffState {
	if (preset === null) return DEFAULT_STATE;
	const p = getPreset(preset);
	return { ...DEFAULT_STATE, preset, strategy: p.strategy, params: p.params };
}

/**
 * Reads the widget state from a query string. Never throws. Missing or empty
 * values take the preset's value (if a valid preset is given) or the default;
 * invalid values do the same and are reported; out-of-range values are
 * clamped and reported.
 * @param search URLSearchParams, or a query string with or without "?".
 */
export function parseState(search: URLSearchParams | string): ParsedState {
	const query = typeof search === 'string' ? new URLSearchParams(search) : search;
	const problems: StateProblem[] = [];
	const read = (key: UrlKey): string | null => {
		const raw = query.get(key);
		return raw === null || raw.trim() === '' ? null : raw;
	};

	let preset: PresetId | null = null;
	const rawPreset = read(URL_KEYS.preset);
	if (rawPreset !== null) {
		if (isPresetId(rawPreset)) preset = rawPreset;
		else problems.push({ param: URL_KEYS.preset, problem: 'unknown-preset', given: truncateGiven(rawPreset), used: null });
	}
	const base = baseState(preset);

	let strategy = base.strategy;
	const rawStrategy = read(URL_KEYS.strategy);
	if (rawStrategy !== null) {
		if (isStrategyId(rawStrategy)) strategy = rawStrategy;
		else problems.push({ param: URL_KEYS.strategy, problem: 'unknown-strategy', given: truncateGiven(rawStrategy), used: strategy });
	}

	const numbers = numbersOf(base);
	for (const field of NUMERIC_FIELDS) {
		const key = URL_KEYS[field];
		const raw = read(key);
		if (raw === null) continue;
		const text = raw.trim();
		if (!DECIMAL.test(text)) {
			problems.push({ param: key, problem: 'not-a-number', given: truncateGiven(raw), used: numbers[field] });
			continue;
		}
		const { used, problem } = coerce(field, Number(text));
		numbers[field] = used;
		if (problem !== null) problems.push({ param: key, problem, given: truncateGiven(raw), used });
	}
	return { state: stateOf(preset, strategy, numbers), problems };
}

/**
 * Validates a state built in code (e.g. from the widget's inputs) with the
 * same bounds as the URL: numbers are clamped or rounded, NaN falls back to
 * the default, and unknown ids fall back as in {@link parseState}.
 */
export function normalizeState(state: BackoffState): ParsedState {
	const problems: StateProblem[] = [];
	let preset: PresetId | null = state.preset;
	if (preset !== null && !isPresetId(preset)) {
		problems.push({ param: URL_KEYS.preset, problem: 'unknown-preset', given: truncateGiven(String(preset)), used: null });
		preset = null;
	}
	let strategy = state.strategy;
	if (!isStrategyId(strategy)) {
		strategy = baseState(preset).strategy;
		problems.push({ param: URL_KEYS.strategy, problem: 'unknown-strategy', given: truncateGiven(String(state.strategy)), used: strategy });
	}
	const defaults = numbersOf(baseState(preset));
	const numbers = numbersOf(state);
	for (const field of NUMERIC_FIELDS) {
		const value = numbers[field];
		const given = truncateGiven(String(value));
		if (typeof value !== 'number' || Number.isNaN(value)) {
			numbers[field] = defaults[field];
			problems.push({ param: URL_KEYS[field], problem: 'not-a-number', given, used: defaults[field] });
			continue;
		}
		const { used, problem } = coerce(field, value);
		numbers[field] = used;
		if (problem !== null) problems.push({ param: URL_KEYS[field], problem, given, used });
	}
	return { state: stateOf(preset, strategy, numbers), problems };
}

/** Options of {@link serializeState}. */
export interface SerializeOptions {
	/**
	 * Omit values equal to the preset's (or, without a preset, the default)
	 * for shorter links; parseState restores them. Default false.
	 */
	readonly compact?: boolean;
}

/**
 * Writes the state as query parameters in a fixed order, after normalizing
 * it, so serializeState(parseState(x).state) is stable under repetition.
 * Only the keys in URL_KEYS are written: merge them into the page's own
 * query string (other parameters, such as a language, are the caller's).
 */
export function serializeState(state: BackoffState, options: SerializeOptions = {}): URLSearchParams {
	const normal = normalizeState(state).state;
	const compact = options.compact ?? false;
	const base = baseState(normal.preset);
	const baseNumbers = numbersOf(base);
	const numbers = numbersOf(normal);
	const out = new URLSearchParams();
	if (normal.preset !== null) out.set(URL_KEYS.preset, normal.preset);
	if (!compact || normal.strategy !== base.strategy) out.set(URL_KEYS.strategy, normal.strategy);
	for (const field of NUMERIC_FIELDS) {
		if (compact && numbers[field] === baseNumbers[field]) continue;
		// Values are bounded (≤ 4294967295, multiplier ≥ 1), so String() never uses an exponent.
		out.set(URL_KEYS[field], String(numbers[field]));
	}
	return out;
}
