/**
 * Reads the evidence out of whatever a person pastes after a failed Classroom
 * API call: an exception string from one of Google's client libraries, an
 * HTTP dump, a log line, a JSON body inside a longer text. It knows nothing
 * about the catalog; it only finds
 *
 * - every bounded `@Id` (the error id the API puts in the message),
 * - canonical status names (`FAILED_PRECONDITION`),
 * - the legacy `errors[].reason` tokens the Go and Ruby clients print
 *   (`failedPrecondition`, `forbidden`, `rateLimitExceeded`), as statuses,
 * - HTTP codes, but only where a client library or protocol puts one
 *   (`HttpError 400`, `googleapi: Error 429`, `HTTP/1.1 403`,
 *   `400 Bad Request`, .NET's `HttpStatusCode is BadRequest`), plus weaker
 *   `code: 400` / `status: 400` pairs; a bare number in a log (a timestamp,
 *   a course id) is never read as a code.
 *
 * Every pattern is a fixed regular expression run once over the text, so the
 * cost is linear in the text and independent of the catalog's size.
 * Pure and browser-safe.
 */

/** An `@Id` found in a text, with where it starts (the index of the `@`). */
export interface FoundId {
	readonly id: string;
	readonly index: number;
}

/** Everything that identifies an entry in a pasted text, in order of first appearance, without repeats. */
export interface Signals {
	/** Bounded `@Id` tokens (see {@link findIds}). */
	readonly ids: readonly FoundId[];
	/** Canonical status names, as written (`PERMISSION_DENIED`); may include statuses outside the catalog. */
	readonly statusNames: readonly string[];
	/** Statuses implied by legacy reason tokens (`failedPrecondition` → `FAILED_PRECONDITION`). */
	readonly reasonStatuses: readonly string[];
	/** HTTP codes in a client-library or protocol context. */
	readonly strongCodes: readonly number[];
	/** HTTP codes from `code: 400`-style pairs, which also occur in unrelated JSON. */
	readonly weakCodes: readonly number[];
}

/**
 * The google.rpc canonical codes by name (google/rpc/code.proto). `OK` and
 * `UNKNOWN` are left out: as words in a log they mean too little.
 */
export const CANONICAL_STATUSES: ReadonlyMap<string, number> = new Map([
	['CANCELLED', 1],
	['INVALID_ARGUMENT', 3],
	['DEADLINE_EXCEEDED', 4],
	['NOT_FOUND', 5],
	['ALREADY_EXISTS', 6],
	['PERMISSION_DENIED', 7],
	['RESOURCE_EXHAUSTED', 8],
	['FAILED_PRECONDITION', 9],
	['ABORTED', 10],
	['OUT_OF_RANGE', 11],
	['UNIMPLEMENTED', 12],
	['INTERNAL', 13],
	['UNAVAILABLE', 14],
	['DATA_LOSS', 15],
	['UNAUTHENTICATED', 16],
]);

/**
 * Legacy `errors[].reason` values and the status each stands for. Google's
 * v1 error format carries them beside `status`; the Go client prints
 * `errors[0].reason` after the message (`googleapi: Error 400: …,
 * failedPrecondition`) and the Ruby client before it (`forbidden: …`).
 * Classroom's own documented example pairs `forbidden` with 403
 * PERMISSION_DENIED. Only reasons whose status is unambiguous are listed.
 */
const REASONS: ReadonlyMap<string, string> = new Map([
	['failedPrecondition', 'FAILED_PRECONDITION'],
	['forbidden', 'PERMISSION_DENIED'],
	['permissionDenied', 'PERMISSION_DENIED'],
	['insufficientPermissions', 'PERMISSION_DENIED'],
	['rateLimitExceeded', 'RESOURCE_EXHAUSTED'],
	['userRateLimitExceeded', 'RESOURCE_EXHAUSTED'],
	['quotaExceeded', 'RESOURCE_EXHAUSTED'],
	['resourceExhausted', 'RESOURCE_EXHAUSTED'],
	['backendError', 'INTERNAL'],
	['internalError', 'INTERNAL'],
	['badRequest', 'INVALID_ARGUMENT'],
	['invalidArgument', 'INVALID_ARGUMENT'],
	['invalid', 'INVALID_ARGUMENT'],
	['required', 'INVALID_ARGUMENT'],
	['notFound', 'NOT_FOUND'],
	['alreadyExists', 'ALREADY_EXISTS'],
	['authError', 'UNAUTHENTICATED'],
	['unauthorized', 'UNAUTHENTICATED'],
]);

/** HTTP reason phrases as status lines and Java's `HttpResponseException` print them (`400 Bad Request`). */
const PHRASE_CODE =
	/\b([1-5]\d\d) (?:Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/gi;

/** .NET's `HttpStatusCode` enum names, as `GoogleApiException` prints them (`HttpStatusCode is BadRequest.`). */
const DOTNET_CODES: ReadonlyMap<string, number> = new Map([
	['BadRequest', 400],
	['Unauthorized', 401],
	['Forbidden', 403],
	['NotFound', 404],
	['Conflict', 409],
	['TooManyRequests', 429],
	['InternalServerError', 500],
	['BadGateway', 502],
	['ServiceUnavailable', 503],
	['GatewayTimeout', 504],
]);

/** Code contexts that only client libraries and protocols produce. Each captures the code in group 1. */
const STRONG_CODE_PATTERNS: readonly RegExp[] = [
	// Status lines and `HTTP 429`: `HTTP/1.1 400`, `HTTP/2 403`, `HTTP 429`, `HTTP: 500`.
	/\bHTTP(?:\/\d(?:\.\d)?)?\s*:?\s*([1-5]\d\d)\b/gi,
	// Python googleapiclient: `<HttpError 400 when requesting …>`.
	/\bHttpError\s+([1-5]\d\d)\b/g,
	// Go google.golang.org/api/googleapi: `googleapi: Error 400: …`, `googleapi: got HTTP response code 500 with body: …`.
	/\bgoogleapi:\s*(?:Error|got HTTP response code)\s+([1-5]\d\d)\b/g,
	// Gaxios and other HTTP clients: `Request failed with status code 429`.
	/\bstatus code\s+([1-5]\d\d)\b/gi,
	PHRASE_CODE,
];

/** `code: 400`, `"code" : 400`, `'status': 429`, `statusCode=500`: also found in JSON that is not an error. */
const WEAK_CODE = /(?<![A-Za-z0-9_])["']?(?:code|status|statusCode|status_code|httpStatus|httpStatusCode)["']?\s*[:=]\s*["']?([1-5]\d\d)(?![0-9])/g;

/** .NET: `HttpStatusCode is BadRequest` (newer) or `HttpStatusCode: Forbidden`. */
const DOTNET_CODE = /\bHttpStatusCode(?:\s+is|\s*[:=])\s*([A-Za-z]+)/g;

/** Ruby google-apis-core raises `Google::Apis::RateLimitError` for 429 only. */
const RUBY_RATE_LIMIT = /\bGoogle::Apis::RateLimitError\b/;

/** Upper-case words that may be status names; looked up in {@link CANONICAL_STATUSES}. */
const STATUS_WORD = /(?<![A-Za-z0-9_])([A-Z][A-Z]+(?:_[A-Z]+)*)(?![A-Za-z0-9_])/g;

/** Multi-word camelCase reasons are not English, so they count anywhere; bounded on both sides. */
const CAMEL_REASON = /(?<![A-Za-z0-9_])([a-z]+[A-Z][A-Za-z]*)(?![A-Za-z0-9_])/g;

/**
 * One-word reasons (`forbidden`, `invalid`) are English words too, so they
 * count only as a reason: after a `reason` key (`"reason": "forbidden"`,
 * .NET's `Reason[forbidden]`, Go's `Reason: forbidden`) or in Ruby's
 * `reason: @Id message` form.
 */
const KEYED_REASON = /\breason["']?\s*(?:[:=]\s*["']?|\[)([A-Za-z]+)/gi;
const RUBY_REASON = /(?<![A-Za-z0-9_])([a-z][A-Za-z]*): @[A-Za-z]/g;
const GO_REASON = /\bgoogleapi:\s*Error\s+\d{3}:[^\n]*,\s*([a-z][A-Za-z]*)\s*$/gm;

/** The `@`: an id token starts here and runs over letters, digits and `_`. */
const AT_ID = /@([A-Za-z][A-Za-z0-9_]*)/g;

/** Longest id the matcher will look at; anything longer is noise, not an id. */
const MAX_ID_LENGTH = 120;

/** Characters that continue an id, so an `@Id` followed by one of them is part of a longer token. */
function continuesId(char: string | undefined): boolean {
	return char !== undefined && /[A-Za-z0-9_-]/.test(char);
}

/**
 * Every bounded `@Id` in `text`, in order, without repeats. Bounded means:
 * nothing that can continue an id comes right after it (so
 * `@CannotRemoveCourseOwnerTransferIncomplete` never yields
 * `CannotRemoveCourseOwner`), and no letter or digit comes right before the
 * `@` (so `teacher@school.example` is an address, not an id). An id followed
 * by `.` and a letter is a domain or a dotted name, not an error id.
 *
 * With `truncated`, an id that runs to the very end of the text does not
 * count: the text was cut off and the id may have been cut with it.
 */
export function findIds(text: string, options: { truncated?: boolean } = {}): FoundId[] {
	const seen = new Set<string>();
	const out: FoundId[] = [];
	const unescaped = text.includes('\\u0040') ? text.replace(/\\u0040/g, '@') : text;
	for (const match of unescaped.matchAll(AT_ID)) {
		const id = match[1] ?? '';
		const at = match.index;
		const end = at + 1 + id.length;
		if (id.length > MAX_ID_LENGTH || seen.has(id)) continue;
		const before = at > 0 ? unescaped[at - 1] : undefined;
		if (before !== undefined && /[\p{L}\p{N}_.]/u.test(before)) continue;
		const after = unescaped[end];
		if (continuesId(after)) continue;
		if (after === '.' && /[A-Za-z]/.test(unescaped[end + 1] ?? '')) continue;
		if (after === undefined && options.truncated) continue;
		seen.add(id);
		out.push({ id, index: at });
	}
	return out;
}

function pushUnique<T>(list: T[], value: T): void {
	if (!list.includes(value)) list.push(value);
}

/** All signals in `text` (see the module comment). `truncated` is passed on to {@link findIds}. */
export function scanSignals(text: string, options: { truncated?: boolean } = {}): Signals {
	const statusNames: string[] = [];
	for (const match of text.matchAll(STATUS_WORD)) {
		const word = match[1] ?? '';
		if (CANONICAL_STATUSES.has(word)) pushUnique(statusNames, word);
	}

	// Reasons in the order they appear, whichever pattern found them.
	const reasonHits: { index: number; status: string }[] = [];
	const addReason = (word: string | undefined, index: number): void => {
		const status = word === undefined ? undefined : REASONS.get(word);
		if (status !== undefined) reasonHits.push({ index, status });
	};
	for (const match of text.matchAll(CAMEL_REASON)) addReason(match[1], match.index);
	for (const pattern of [KEYED_REASON, RUBY_REASON, GO_REASON]) {
		for (const match of text.matchAll(pattern)) addReason(match[1], match.index);
	}
	const reasonStatuses: string[] = [];
	for (const hit of reasonHits.sort((a, b) => a.index - b.index)) pushUnique(reasonStatuses, hit.status);

	const strongHits: { index: number; code: number }[] = [];
	for (const pattern of STRONG_CODE_PATTERNS) {
		for (const match of text.matchAll(pattern)) strongHits.push({ index: match.index, code: Number(match[1]) });
	}
	for (const match of text.matchAll(DOTNET_CODE)) {
		const code = DOTNET_CODES.get(match[1] ?? '');
		if (code !== undefined) strongHits.push({ index: match.index, code });
	}
	const ruby = RUBY_RATE_LIMIT.exec(text);
	if (ruby) strongHits.push({ index: ruby.index, code: 429 });
	const strongCodes: number[] = [];
	for (const hit of strongHits.sort((a, b) => a.index - b.index)) pushUnique(strongCodes, hit.code);

	const weakCodes: number[] = [];
	for (const match of text.matchAll(WEAK_CODE)) pushUnique(weakCodes, Number(match[1]));

	return { ids: findIds(text, options), statusNames, reasonStatuses, strongCodes, weakCodes };
}
