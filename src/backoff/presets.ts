/**
 * Backoff settings published by Google, gRPC and AWS, so the widget can
 * show "what the libraries do" next to the textbook strategies.
 *
 * Each number was checked against the cited document or source file
 * (see `verified` and the comments); where a source leaves a parameter
 * open (attempt limit, deadline), the value is ours and the comment says so.
 * "No limit" is modelled with the largest value the URL state accepts
 * (30 attempts, a one-hour deadline), because a simulation has to stop.
 */

import type { BackoffParams, StrategyId } from './strategies.ts';

/** Every preset id. */
export const PRESET_IDS = ['google-cloud', 'google-api-core', 'grpc-connection', 'aws-standard'] as const;

/** A preset id, usable in URLs and as a localization key suffix. */
export type PresetId = (typeof PRESET_IDS)[number];

/** A named, sourced set of backoff settings. */
export interface Preset {
	readonly id: PresetId;
	/** Localization key for the label, e.g. `backoff.preset.google-cloud`. */
	readonly key: string;
	readonly strategy: StrategyId;
	readonly params: BackoffParams;
	/** Where the numbers come from and what was simplified (short English). */
	readonly source: string;
	/** The document or source file the numbers were checked against. */
	readonly sourceUrl: string;
}

/** Stand-in for "no attempt limit": the URL state's maximum. */
const UNLIMITED_ATTEMPTS = 30;
/** Stand-in for "no deadline": the URL state's maximum (one hour). */
const NO_DEADLINE_MS = 3_600_000;

/** All presets, in the order a picker should list them. */
export const PRESETS: readonly Preset[] = [
	{
		id: 'google-cloud',
		key: 'backoff.preset.google-cloud',
		strategy: 'google',
		// Verified in Cloud Storage's "Truncated exponential backoff" page: wait
		// min(2^n + random_number_milliseconds, maximum_backoff), random part
		// ≤ 1000 ms, maximum_backoff "typically 32 or 64 seconds" (32 chosen).
		// The page leaves the retry limit and deadline open: 10 attempts and a
		// 5-minute deadline are our choice.
		params: { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 32_000, maxAttempts: 10, deadlineMs: 300_000 },
		source:
			'Google Cloud documentation: min(2^n s + up to 1 s random, maximum_backoff); maximum_backoff is typically 32 or 64 s (32 s here). Attempt limit and deadline are not specified by Google; 10 attempts and 5 min are this site\'s choice.',
		sourceUrl: 'https://cloud.google.com/storage/docs/exponential-backoff',
	},
	{
		id: 'google-api-core',
		key: 'backoff.preset.google-api-core',
		strategy: 'full-jitter',
		// Verified in google/api_core/retry/retry_base.py: _DEFAULT_INITIAL_DELAY
		// 1.0 s, _DEFAULT_MAXIMUM_DELAY 60.0 s, _DEFAULT_DELAY_MULTIPLIER 2.0,
		// _DEFAULT_DEADLINE 120 s, and exponential_sleep_generator yields
		// random.uniform(0, delay) with delay = min(delay · multiplier, maximum):
		// full jitter. Older releases jittered differently. No attempt limit.
		params: { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 60_000, maxAttempts: UNLIMITED_ATTEMPTS, deadlineMs: 120_000 },
		source:
			'google-api-core (Python) Retry defaults: initial 1 s, multiplier 2, maximum 60 s, timeout 120 s, full jitter (uniform(0, delay)) in current releases. No attempt limit (30 here, the simulator maximum).',
		sourceUrl: 'https://github.com/googleapis/python-api-core/blob/main/google/api_core/retry/retry_base.py',
	},
	{
		id: 'grpc-connection',
		key: 'backoff.preset.grpc-connection',
		strategy: 'grpc',
		// Verified in grpc/grpc doc/connection-backoff.md: INITIAL_BACKOFF 1 s,
		// MULTIPLIER 1.6, JITTER 0.2, MAX_BACKOFF 120 s, MIN_CONNECT_TIMEOUT
		// 20 s (not modelled: calls here are instantaneous). Connection
		// backoff retries forever, so attempts and deadline are stand-ins.
		params: { initialDelayMs: 1000, multiplier: 1.6, maxDelayMs: 120_000, maxAttempts: UNLIMITED_ATTEMPTS, deadlineMs: NO_DEADLINE_MS },
		source:
			'gRPC connection backoff: initial 1 s, multiplier 1.6, max 120 s, jitter ±20 % (applied after the cap, so delays reach 144 s). It retries without limit; 30 attempts and 1 h stand in. MIN_CONNECT_TIMEOUT (20 s) is not modelled.',
		sourceUrl: 'https://github.com/grpc/grpc/blob/master/doc/connection-backoff.md',
	},
	{
		id: 'aws-standard',
		key: 'backoff.preset.aws-standard',
		strategy: 'full-jitter',
		// Verified: the AWS SDKs reference guide gives 3 attempts for standard
		// mode; botocore/retries/standard.py ExponentialBackoff computes
		// random() · min(2^(attempt - 1), 20) seconds: full jitter, base 1 s,
		// cap 20 s. The JavaScript SDK v3 uses a 100 ms base (500 ms for
		// throttling errors) instead. The retry-quota token bucket is not
		// modelled, and there is no deadline.
		params: { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 20_000, maxAttempts: 3, deadlineMs: NO_DEADLINE_MS },
		source:
			'AWS SDK standard retry mode: 3 attempts, full jitter, base 2, maximum backoff 20 s (1 s base as in botocore; the JavaScript SDK v3 uses 100 ms). Retry quota not modelled; no deadline.',
		sourceUrl: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html',
	},
];

/** Type guard for preset ids coming from untrusted input. */
export function isPresetId(value: unknown): value is PresetId {
	return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

/** The preset with this id. */
export function getPreset(id: PresetId): Preset {
	// PRESETS lists every id, so the lookup cannot miss.
	return PRESETS.find((preset) => preset.id === id) as Preset;
}

/**
 * The preset whose strategy and parameters equal these exactly, or null, so
 * the widget can keep a preset selected until the user edits a value.
 */
export function findMatchingPreset(strategy: StrategyId, params: BackoffParams): PresetId | null {
	const match = PRESETS.find(
		(preset) =>
			preset.strategy === strategy &&
			preset.params.initialDelayMs === params.initialDelayMs &&
			preset.params.multiplier === params.multiplier &&
			preset.params.maxDelayMs === params.maxDelayMs &&
			preset.params.maxAttempts === params.maxAttempts &&
			preset.params.deadlineMs === params.deadlineMs,
	);
	return match?.id ?? null;
}
