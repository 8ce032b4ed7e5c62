/**
 * Finds the catalog entry for whatever a tool holds after a failed Classroom
 * API call: a whole error response, its inner `error` object, the message,
 * an id, an HTTP code, a status name or a google.rpc code.
 *
 * Pure and dependency-free so the website (in the browser) and the command
 * line share one implementation. It deliberately takes a structural view of
 * the catalog instead of importing `src/catalog/`, so it never drags the YAML
 * loader into a browser bundle; the validated `Catalog` satisfies it as is.
 */

/** The part of the catalog that matching needs; the validated `Catalog` fits it structurally. */
export interface MatchableCatalog {
	readonly statuses: readonly { readonly id: string; readonly http: number; readonly grpcCode: number }[];
	readonly errors: readonly { readonly id: string; readonly status: string }[];
}

/**
 * Where the evidence came from: `response` for an error response body or its
 * inner `error` object, `value` for a lone message, id, code or status name.
 */
export type MatchSource = 'response' | 'value';

/**
 * Something in an error response that contradicts the entry returned. The
 * match still stands (the `@Id` prefix is the most specific signal), but the
 * caller should show it. `code` is machine-readable for localization;
 * `detail` is English for the command line.
 */
export type MatchWarning =
	| {
			/** The response's `status` differs from the status the matched error belongs to. */
			readonly code: 'status-mismatch';
			/** The `status` as the response spelled it (it may not be in the catalog at all). */
			readonly responseStatus: string;
			readonly expectedStatus: string;
			readonly detail: string;
	  }
	| {
			/** The response's `code` differs from the code of the returned status. */
			readonly code: 'code-mismatch';
			readonly responseCode: number;
			/** How `responseCode` was read: an HTTP code, or a google.rpc code (see {@link matchError}). */
			readonly codeKind: 'http' | 'grpc';
			readonly expectedCode: number;
			readonly expectedStatus: string;
			readonly detail: string;
	  };

/** How a specific error was identified. `id-loose` is lower confidence: case or separators differed. */
export type ErrorMatchVia = 'message-prefix' | 'id' | 'id-loose';

/** How a status was identified. */
export type StatusMatchVia = 'status-name' | 'http-code' | 'grpc-code';

/** The input names one specific error. */
export interface ErrorMatch {
	readonly kind: 'error';
	readonly id: string;
	readonly status: string;
	readonly via: ErrorMatchVia;
	readonly source: MatchSource;
	readonly warnings: readonly MatchWarning[];
}

/** The input names a status only (or its `@Id` is not in the catalog, see `unknownId`). */
export interface StatusMatch {
	readonly kind: 'status';
	readonly status: string;
	readonly via: StatusMatchVia;
	readonly source: MatchSource;
	/**
	 * Set when the message carried a well-formed `@Id` the catalog lacks: the
	 * status entry is then a fallback, and the id is worth reporting upstream.
	 */
	readonly unknownId?: string;
	readonly warnings: readonly MatchWarning[];
}

/** Why nothing matched; machine-readable so the site can localize it. */
export type NoMatchReason =
	| 'empty'
	| 'malformed-json'
	| 'not-an-error-response'
	| 'unknown-id'
	| 'unknown-status'
	| 'unknown-code'
	| 'ambiguous'
	| 'unknown-input';

/** Nothing in the catalog fits the input. */
export interface NoMatch {
	readonly kind: 'no-match';
	readonly reason: NoMatchReason;
	/** One English sentence or two, for the command line. */
	readonly detail: string;
	/** The offending value (unknown id, status name or code), when there is one, for localized messages. */
	readonly subject?: string;
}

/** The outcome of {@link matchError}. */
export type MatchResult = ErrorMatch | StatusMatch | NoMatch;

type StatusView = MatchableCatalog['statuses'][number];
type ErrorView = MatchableCatalog['errors'][number];

/** What an error object may carry that matters here; everything else (`details`, …) is ignored. */
interface ErrorFields {
	readonly message?: string;
	readonly status?: string;
	readonly code?: number;
}

/** The shape of an id the API puts after `@`; rejects `@Foo:` and similar so punctuation is never read as part of an id. */
const ID_SHAPE = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The error id a Classroom message starts with, or `undefined`.
 *
 * The rule: after trimming leading whitespace, the message starts with `@`,
 * then the id, then whitespace or the end of the message. The id is the whole
 * run of non-whitespace, so `@ClassroomApiDisabledFoo` yields
 * `ClassroomApiDisabledFoo` and can never be mistaken for
 * `ClassroomApiDisabled`. An `@` later in the message does not count.
 */
export function extractErrorId(message: string): string | undefined {
	const text = message.trimStart();
	if (!text.startsWith('@')) return undefined;
	const token = text.slice(1).split(/\s/, 1)[0] ?? '';
	return ID_SHAPE.test(token) ? token : undefined;
}

/**
 * Finds the catalog entry for `input`, which may be:
 * - an error response body, as a JSON string or an already-parsed object
 *   (`{"error": {"code", "message", "status", ...}}`), or the bare inner
 *   `error` object; unknown fields such as `details` are ignored;
 * - the message alone (`@CourseNotModifiable The course is not modifiable.`);
 * - an id (`CourseNotModifiable`, `@CourseNotModifiable`); a case-insensitive
 *   or kebab-case id (`course-not-modifiable`) matches with `via: 'id-loose'`;
 * - an HTTP code (`429`, `HTTP 429`), a status name (`RESOURCE_EXHAUSTED`,
 *   any case), or a google.rpc code written as such (`grpc:8`, `rpc 8`).
 *
 * A known `@Id` wins over the response's `status` and `code`; disagreement
 * between them becomes a warning. Never throws: anything unusable yields a
 * `no-match` with a reason.
 */
export function matchError(input: unknown, catalog: MatchableCatalog): MatchResult {
	if (typeof input === 'string') return matchText(input, catalog, true);
	if (typeof input === 'number') return matchNumber(input, catalog);
	if (input === undefined) return noMatch('empty', 'No input was given.');
	if (input === null) return noMatch('not-an-error-response', 'The input is null, not an error response.');
	if (typeof input === 'object') {
		// Objects from callers can be anything (proxies, throwing getters); the
		// promise not to throw covers them too.
		try {
			return matchObject(input, catalog);
		} catch {
			return noMatch('unknown-input', 'The input object could not be read.');
		}
	}
	return noMatch('unknown-input', `A ${typeof input} is not something the catalog can match.`);
}

/**
 * One line of English describing a result, for the command line and logs.
 * Warnings follow on the same line.
 */
export function describeMatch(result: MatchResult): string {
	if (result.kind === 'no-match') return `No match: ${result.detail}`;
	const where = result.source === 'response' ? "the response's" : 'its';
	let line: string;
	if (result.kind === 'error') {
		const how =
			result.via === 'message-prefix'
				? `by the @${result.id} prefix of ${result.source === 'response' ? "the response's" : 'the'} message`
				: result.via === 'id'
					? 'by its id'
					: 'loosely by its id (case or separators differ; check the spelling)';
		line = `Error ${result.id} (status ${result.status}), matched ${how}.`;
	} else {
		const how =
			result.via === 'status-name'
				? `${where} status name`
				: result.via === 'http-code'
					? `${where} HTTP code`
					: `${where} google.rpc code`;
		line = `Status ${result.status}, matched by ${how}.`;
		if (result.unknownId !== undefined) {
			line += ` The message's @${result.unknownId} prefix is not in the catalog, so this is the status's general entry.`;
		}
	}
	for (const warning of result.warnings) line += ` Warning: ${warning.detail}`;
	return line;
}

function noMatch(reason: NoMatchReason, detail: string, subject?: string): NoMatch {
	return subject === undefined ? { kind: 'no-match', reason, detail } : { kind: 'no-match', reason, detail, subject };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lower-cased with separators removed, so `course-not-modifiable`, `course_not_modifiable` and `COURSENOTMODIFIABLE` meet. */
function loose(text: string): string {
	return text.replace(/[\s_-]+/g, '').toLowerCase();
}

function findStatusByName(catalog: MatchableCatalog, name: string): StatusView | undefined {
	const wanted = name.trim().toUpperCase();
	return catalog.statuses.find((s) => s.id.toUpperCase() === wanted);
}

function codeOf(status: StatusView, kind: 'http' | 'grpc'): number {
	return kind === 'http' ? status.http : status.grpcCode;
}

/**
 * Statuses with this code. A list, not one entry: the catalog does not
 * promise unique HTTP codes (Google maps INVALID_ARGUMENT and
 * FAILED_PRECONDITION both to 400), and guessing between them would mislead.
 */
function statusesByCode(catalog: MatchableCatalog, code: number, kind: 'http' | 'grpc'): StatusView[] {
	return catalog.statuses.filter((s) => codeOf(s, kind) === code);
}

/** A code lookup turned into a result, shared by bare codes and responses that carry only a code. */
function matchCode(
	catalog: MatchableCatalog,
	code: number,
	kind: 'http' | 'grpc',
	source: MatchSource,
	unknownId?: string,
): StatusMatch | NoMatch {
	const found = statusesByCode(catalog, code, kind);
	const label = kind === 'http' ? 'HTTP code' : 'google.rpc code';
	const [only] = found;
	if (found.length === 1 && only !== undefined) {
		const result = { kind: 'status', status: only.id, via: kind === 'http' ? 'http-code' : 'grpc-code', source, warnings: [] } as const;
		return unknownId === undefined ? result : { ...result, unknownId };
	}
	if (found.length > 1) {
		return noMatch(
			'ambiguous',
			`The ${label} ${code} belongs to several statuses (${found.map((s) => s.id).join(', ')}); give the status name instead.`,
			String(code),
		);
	}
	let detail = `The ${label} ${code} is not used by any status in the catalog.`;
	if (kind === 'http' && source === 'value' && code < 100) {
		detail += ` If ${code} is a google.rpc code, write it as grpc:${code}.`;
	}
	if (unknownId !== undefined) detail += ` The message's @${unknownId} prefix is not in the catalog either.`;
	return noMatch('unknown-code', detail, String(code));
}

/** Finds an error or status by id: exact first, then loosely (case and separators ignored). */
function matchId(token: string, catalog: MatchableCatalog): MatchResult {
	const exact = catalog.errors.find((e) => e.id === token);
	if (exact) return errorMatch(exact, 'id', 'value', []);
	const status = findStatusByName(catalog, token);
	if (status) return { kind: 'status', status: status.id, via: 'status-name', source: 'value', warnings: [] };

	const key = loose(token);
	if (key === '') return noMatch('unknown-input', 'The input names no id, status or code.');
	const errors = catalog.errors.filter((e) => loose(e.id) === key);
	const statuses = catalog.statuses.filter((s) => loose(s.id) === key);
	const [error] = errors;
	const [looseStatus] = statuses;
	if (errors.length + statuses.length > 1) {
		const names = [...errors.map((e) => e.id), ...statuses.map((s) => s.id)].join(', ');
		return noMatch('ambiguous', `"${token}" loosely matches several entries (${names}); give the exact id.`, token);
	}
	if (error) return errorMatch(error, 'id-loose', 'value', []);
	// A status name is already matched case-insensitively, so a loose hit
	// (`resource-exhausted`) is no less certain and keeps `status-name`.
	if (looseStatus) return { kind: 'status', status: looseStatus.id, via: 'status-name', source: 'value', warnings: [] };
	return unknownText(token);
}

function errorMatch(error: ErrorView, via: ErrorMatchVia, source: MatchSource, warnings: MatchWarning[]): ErrorMatch {
	return { kind: 'error', id: error.id, status: error.status, via, source, warnings };
}

function unknownText(text: string): NoMatch {
	if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(text)) {
		return noMatch('unknown-id', `"${text}" is not an error id, status name or code in the catalog.`, text);
	}
	const hint = /@[A-Za-z]/.test(text)
		? ' An @Id counts only at the very start of the message.'
		: ' Paste the whole error response, its message, an error id, a status name or an HTTP code.';
	return noMatch('unknown-input', `The text is not an error response and names no catalog entry.${hint}`);
}

function matchNumber(value: number, catalog: MatchableCatalog): MatchResult {
	if (!Number.isInteger(value)) return noMatch('unknown-input', `The number ${value} is not an HTTP code.`, String(value));
	// A bare number is read as HTTP only: rpc codes (0–16) and HTTP codes never
	// overlap, but a lone 8 is more likely a typo than a deliberate rpc code.
	return matchCode(catalog, value, 'http', 'value');
}

/** An rpc code written so it cannot be mistaken for HTTP: `grpc:9`, `rpc 9`, `grpc code 9`, `google.rpc.Code 9`. */
const GRPC_CODE = /^(?:g?rpc|google\.rpc(?:\.code)?)(?:[\s_-]*code)?\s*[:=\s]\s*(\d{1,3})$/i;
/** An HTTP code alone or as `HTTP 429` / `HTTP/1.1 429`; any digits, so an unknown number gets a code-specific answer. */
const HTTP_CODE = /^(?:http(?:\/[\d.]+)?\s*[:\s]\s*)?(\d{1,6})$/i;

function matchText(text: string, catalog: MatchableCatalog, mayUnquote: boolean): MatchResult {
	const trimmed = text.trim();
	if (trimmed === '') return noMatch('empty', 'The input is empty.');

	const first = trimmed[0];
	const looksJson =
		first === '{' || first === '[' || (first === '"' && mayUnquote) || ['null', 'true', 'false'].includes(trimmed);
	if (looksJson) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(trimmed);
		} catch (error) {
			const why = error instanceof Error ? ` (${error.message})` : '';
			return noMatch('malformed-json', `The input looks like JSON but does not parse${why}.`);
		}
		// A message copied with its JSON quotes: match the message, but only one
		// level deep so `"\"...\""` cannot recurse.
		if (typeof parsed === 'string') return matchText(parsed, catalog, false);
		if (parsed === null || typeof parsed !== 'object') {
			return noMatch('not-an-error-response', `The JSON value ${trimmed} is not an error response.`);
		}
		return matchObject(parsed, catalog);
	}

	const http = HTTP_CODE.exec(trimmed)?.[1];
	if (http !== undefined) return matchNumber(Number(http), catalog);
	const grpc = GRPC_CODE.exec(trimmed)?.[1];
	if (grpc !== undefined) return matchCode(catalog, Number(grpc), 'grpc', 'value');

	if (trimmed.startsWith('@')) {
		// `@Id` alone is an id someone typed; `@Id text` is a message and must
		// follow the strict prefix rule (exact case, whitespace after the id).
		if (!/\s/.test(trimmed)) return matchId(trimmed.slice(1), catalog);
		const id = extractErrorId(trimmed);
		if (id === undefined) {
			return noMatch('unknown-input', 'The message starts with @ but not with a well-formed @Id followed by a space.');
		}
		const error = catalog.errors.find((e) => e.id === id);
		if (error) return errorMatch(error, 'message-prefix', 'value', []);
		return noMatch('unknown-id', `The message's @${id} prefix is not an error id in the catalog.`, id);
	}
	return matchId(trimmed, catalog);
}

function matchObject(value: object, catalog: MatchableCatalog): MatchResult {
	if (Array.isArray(value)) return noMatch('not-an-error-response', 'The input is a JSON array, not an error response.');
	if (!isRecord(value)) return noMatch('not-an-error-response', 'The input is not an error response.');
	if ('error' in value) {
		const inner = value['error'];
		if (!isRecord(inner)) {
			// OAuth errors look like `{"error": "invalid_grant"}`: not an API error.
			return noMatch('not-an-error-response', 'The "error" field is not an object, so this is not a Classroom API error response.');
		}
		const fields = readErrorFields(inner);
		if (!fields) {
			return noMatch('not-an-error-response', 'The "error" object has no code, message or status.');
		}
		return matchResponse(fields, catalog);
	}
	// No `error` key: accept the inner error object on its own.
	const fields = readErrorFields(value);
	if (!fields) {
		return noMatch('not-an-error-response', 'The object has no "error" field and no code, message or status of its own.');
	}
	return matchResponse(fields, catalog);
}

/** The fields that identify an entry, or `undefined` when the object has none of them. */
function readErrorFields(object: Record<string, unknown>): ErrorFields | undefined {
	const message = object['message'];
	const status = object['status'];
	const code = object['code'];
	const fields: { message?: string; status?: string; code?: number } = {};
	if (typeof message === 'string') fields.message = message;
	if (typeof status === 'string' && status.trim() !== '') fields.status = status.trim();
	if (typeof code === 'number' && Number.isInteger(code)) fields.code = code;
	else if (typeof code === 'string' && /^\s*\d+\s*$/.test(code)) fields.code = Number(code);
	return Object.keys(fields).length === 0 ? undefined : fields;
}

/**
 * How to read the response's `code`. In Classroom's JSON error responses it
 * is the HTTP status code, not the google.rpc code (that one is only implied
 * by `status`). A value below 100 cannot be HTTP, so it is a google.rpc code:
 * that is the `google.rpc.Status` shape gRPC clients hand out.
 */
function codeKindOf(code: number): 'http' | 'grpc' {
	return code >= 100 ? 'http' : 'grpc';
}

function codeMismatch(code: number, status: StatusView): MatchWarning | undefined {
	const kind = codeKindOf(code);
	const expected = codeOf(status, kind);
	if (code === expected) return undefined;
	const label = kind === 'http' ? 'HTTP code' : 'google.rpc code';
	return {
		code: 'code-mismatch',
		responseCode: code,
		codeKind: kind,
		expectedCode: expected,
		expectedStatus: status.id,
		detail: `The response's ${label} ${code} does not match ${status.id}, whose ${label} is ${expected}.`,
	};
}

function matchResponse(fields: ErrorFields, catalog: MatchableCatalog): MatchResult {
	const id = fields.message === undefined ? undefined : extractErrorId(fields.message);
	const error = id === undefined ? undefined : catalog.errors.find((e) => e.id === id);
	const namedStatus = fields.status === undefined ? undefined : findStatusByName(catalog, fields.status);

	if (error) {
		const warnings: MatchWarning[] = [];
		if (fields.status !== undefined && namedStatus?.id !== error.status) {
			warnings.push({
				code: 'status-mismatch',
				responseStatus: fields.status,
				expectedStatus: error.status,
				detail: `The response's status ${fields.status} differs from ${error.status}, the status of ${error.id}.`,
			});
		}
		const errorStatus = catalog.statuses.find((s) => s.id === error.status);
		const mismatch = fields.code === undefined || !errorStatus ? undefined : codeMismatch(fields.code, errorStatus);
		if (mismatch) warnings.push(mismatch);
		return errorMatch(error, 'message-prefix', 'response', warnings);
	}

	// No usable @Id: the status entry, from `status` first since it is exact,
	// else from `code`.
	const unknownId = id;
	if (fields.status !== undefined) {
		if (!namedStatus) {
			// Deliberately no fallback to `code` here: INVALID_ARGUMENT is also
			// HTTP 400, and naming FAILED_PRECONDITION for it would be wrong.
			let detail = `The response's status ${fields.status} is not in the catalog.`;
			if (unknownId !== undefined) detail += ` Its @${unknownId} prefix is not either.`;
			return noMatch('unknown-status', detail, fields.status);
		}
		const mismatch = fields.code === undefined ? undefined : codeMismatch(fields.code, namedStatus);
		const result = {
			kind: 'status',
			status: namedStatus.id,
			via: 'status-name',
			source: 'response',
			warnings: mismatch ? [mismatch] : [],
		} as const;
		return unknownId === undefined ? result : { ...result, unknownId };
	}
	if (fields.code !== undefined) return matchCode(catalog, fields.code, codeKindOf(fields.code), 'response', unknownId);
	if (unknownId !== undefined) {
		return noMatch(
			'unknown-id',
			`The message's @${unknownId} prefix is not in the catalog, and the response has no status or code to fall back on.`,
			unknownId,
		);
	}
	return noMatch('unknown-input', 'The error response has no @Id prefix, status or code that names a catalog entry.');
}
