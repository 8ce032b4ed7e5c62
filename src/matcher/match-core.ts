/**
 * The matcher without the reading of the failed call: everything `match.ts`
 * describes except naming the method (`with-call.ts`). The site and the
 * command line use `matchError` (match.ts), which adds that step; the
 * `classroom-errors` package's core uses this alone when it has no methods
 * to name, so a browser bundle without them carries no call reader.
 */
import { indexOf, type MatchIndex } from './catalog-index.ts';
import { codeKindOf, codeMismatch, matchCode } from './codes.ts';
import { readJsonBody, type ErrorFields } from './readers/json-body.ts';
import { ambiguous, candidateOf, errorMatch, isRecord, noMatch, quote } from './results.ts';
import { wordCandidates } from './rank.ts';
import { readCanonicalMessages } from './readers/canonical-message.ts';
import { CANONICAL_STATUSES, findIds, httpOfCanonical, scanSignals, type Signals } from './scan.ts';
import { exactKey } from './words.ts';
import { MAX_INPUT_CHARS, type MatchableCatalog, type MatchResult, type MatchSource, type MatchWarning, type NoMatch } from './types.ts';


/** The shape of an id the API puts after `@`; rejects `@Foo:` and similar so punctuation is never read as part of an id. */
const ID_SHAPE = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * An `@Id` inside a longer text counts as an unknown error id only in the
 * API's own shape, upper camel case (`@SomethingNew`): `@type`, `@timestamp`
 * and `@version` are JSON and logging keys, not error ids.
 */
const UNKNOWN_ID_SHAPE = /^[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*$/;

/**
 * The error id a Classroom message starts with, or `undefined`.
 *
 * This is the strict rule of the API's own message format: after trimming
 * leading whitespace, the message starts with `@`, then the id, then
 * whitespace or the end of the message. The id is the whole run of
 * non-whitespace, so `@ClassroomApiDisabledFoo` yields
 * `ClassroomApiDisabledFoo` and can never be mistaken for
 * `ClassroomApiDisabled`. (The matcher also finds an `@Id` later in a text,
 * bounded the same way; see `findIds`.)
 */
export function extractErrorId(message: string): string | undefined {
	const text = message.trimStart();
	if (!text.startsWith('@')) return undefined;
	const token = text.slice(1).split(/\s/, 1)[0] ?? '';
	return ID_SHAPE.test(token) ? token : undefined;
}

// ---------------------------------------------------------------------------
// Public entry points.

/**
 * Finds the catalog entry for `input`, which may be:
 * - an error response body, as a JSON string or an already-parsed object
 *   (`{"error": {"code", "message", "status", ...}}`), or the bare inner
 *   `error` object; unknown fields such as `details` are ignored;
 * - any text that carries an `@Id`, a status or an HTTP code where a client
 *   library puts one: the message alone, an exception string from Google's
 *   Python, Node, Go, Java, .NET, PHP, Ruby or Apps Script clients, an HTTP
 *   dump, a log line, JSON inside a longer text (see `scan.ts`);
 * - an id (`CourseNotModifiable`, `@CourseNotModifiable`); a case-insensitive
 *   or kebab-case id (`course-not-modifiable`) matches with `via: 'id-loose'`;
 * - an HTTP code (`429`, `HTTP 429`), a status name (`RESOURCE_EXHAUSTED`,
 *   any case), or a google.rpc code written as such (`grpc:8`, `rpc 8`);
 * - a title or status title in the view's locale, however spaced;
 * - a few words, which yield ranked candidates.
 *
 * A known `@Id` wins over a status or code; disagreement between them
 * becomes a warning. An `@Id` the catalog lacks falls back to the status the
 * same text names, with `unknownId` set. Text past {@link MAX_INPUT_CHARS}
 * is ignored. Never throws: anything unusable yields a `no-match` with a
 * reason. Reads no call: `matchError` (match.ts) adds that.
 */
export function matchWithoutCall(input: unknown, catalog: MatchableCatalog): MatchResult {
	if (typeof input === 'string') return matchText(input, indexOf(catalog), true);
	if (typeof input === 'number') return matchNumber(input, indexOf(catalog));
	if (input === undefined) return noMatch('empty', 'No input was given.');
	if (input === null) return noMatch('not-an-error-response', 'The input is null, not an error response.');
	if (typeof input === 'object') {
		// Objects from callers can be anything (proxies, throwing getters); the
		// promise not to throw covers them too.
		try {
			return matchObject(input, indexOf(catalog));
		} catch {
			return noMatch('unknown-input', 'The input object could not be read.');
		}
	}
	return noMatch('unknown-input', `A ${typeof input} is not something the catalog can match.`);
}

/** A loose id or a title, typed alone: `course-not-modifiable`, `permission denied`, `사전 조건 실패`. */
function matchName(text: string, index: MatchIndex): MatchResult | undefined {
	const key = exactKey(text);
	if (key === '') return undefined;
	for (const [map, via] of [
		[index.looseIds, 'loose'],
		[index.titles, 'title'],
	] as const) {
		const found = map.get(key) ?? [];
		if (found.length > 1) {
			const candidates = found.flatMap((at, i) => candidateOf(index, at, found.length - i) ?? []);
			return ambiguous(candidates, 'value', `"${quote(text)}"`);
		}
		const entry = found[0] === undefined ? undefined : index.entries[found[0]];
		if (!entry) continue;
		if (entry.kind === 'status') {
			// A status name is matched case-insensitively anyway, so a loose hit
			// (`resource-exhausted`) is no less certain and keeps `status-name`.
			return { kind: 'status', status: entry.id, via: via === 'title' ? 'title' : 'status-name', source: 'value', warnings: [] };
		}
		const error = index.errors.get(entry.id);
		if (error) return errorMatch(error, via === 'title' ? 'title' : 'id-loose', 'value', []);
	}
	return undefined;
}

/** Finds an error or status by id: exact first, then loosely (case and separators ignored), then by title. */
function matchId(token: string, index: MatchIndex): MatchResult {
	const exact = index.errors.get(token);
	if (exact) return errorMatch(exact, 'id', 'value', []);
	const status = index.statusNames.get(token.trim().toUpperCase());
	if (status) return { kind: 'status', status: status.id, via: 'status-name', source: 'value', warnings: [] };
	if (exactKey(token) === '') return noMatch('unknown-input', 'The input names no id, status or code.');
	return matchName(token, index) ?? unknownText(token);
}

function unknownText(text: string): NoMatch {
	if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(text)) {
		return noMatch('unknown-id', `"${quote(text)}" is not an error id, status name or code in the catalog.`, quote(text, 120));
	}
	return noMatch(
		'unknown-input',
		'The text names no catalog entry. Paste the whole error response or exception, its message, an error id, a status name, an HTTP code or a few words.',
	);
}

function matchNumber(value: number, index: MatchIndex): MatchResult {
	if (!Number.isInteger(value)) return noMatch('unknown-input', `The number ${value} is not an HTTP code.`, String(value));
	// A bare number is read as HTTP only: rpc codes (0–16) and HTTP codes never
	// overlap, but a lone 8 is more likely a typo than a deliberate rpc code.
	return matchCode(index, value, 'http', 'value');
}

/** An rpc code written so it cannot be mistaken for HTTP: `grpc:9`, `rpc 9`, `grpc code 9`, `google.rpc.Code 9`. */
const GRPC_CODE = /^(?:g?rpc|google\.rpc(?:\.code)?)(?:[\s_-]*code)?\s*[:=\s]\s*(\d{1,3})$/i;
/** An HTTP code alone or as `HTTP 429` / `HTTP/1.1 429`; any digits, so an unknown number gets a code-specific answer. */
const HTTP_CODE = /^(?:http(?:\/[\d.]+)?\s*[:\s]\s*)?(\d{1,6})$/i;

/**
 * A lone word that is worth reading as words when it is no id: lower case or
 * Korean (`archived`, `공동교사`), as opposed to an id-shaped token such as
 * `ClassroomApiDisabledFoo`, which gets "no error with that id".
 */
function readsAsWord(token: string): boolean {
	return !/[A-Z_0-9]/.test(token.slice(1));
}

function matchText(text: string, index: MatchIndex, mayUnquote: boolean): MatchResult {
	const capped = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
	const trimmed = capped.trim();
	if (trimmed === '') return noMatch('empty', 'The input is empty.');

	const first = trimmed[0];
	const looksJson =
		first === '{' || first === '[' || (first === '"' && mayUnquote) || ['null', 'true', 'false'].includes(trimmed);
	if (looksJson) return matchJsonText(trimmed, index, text.length > MAX_INPUT_CHARS);

	const http = HTTP_CODE.exec(trimmed)?.[1];
	if (http !== undefined) return matchNumber(Number(http), index);
	const grpc = GRPC_CODE.exec(trimmed)?.[1];
	if (grpc !== undefined) return matchCode(index, Number(grpc), 'grpc', 'value');

	if (!/\s/.test(trimmed)) {
		// One token: an id (`@Id` alone is an id someone typed), a status name,
		// a loose id or a title typed without spaces.
		const token = trimmed.startsWith('@') ? trimmed.slice(1) : trimmed;
		const byId = matchId(token, index);
		if (byId.kind !== 'no-match' || trimmed.startsWith('@') || !readsAsWord(token)) return byId;
		const words = wordCandidates(trimmed, index);
		return words ?? byId;
	}

	const signals = scanSignals(trimmed, { truncated: text.length > MAX_INPUT_CHARS });
	const fromSignals = matchSignals(signals, index, 'text');
	if (fromSignals?.kind === 'candidates' && fromSignals.candidates.every((c) => c.kind === 'status')) {
		// A code several statuses share (400, 409, 500): the message's words may
		// pick an entry among those statuses, and only among them.
		const statuses = new Set(fromSignals.candidates.map((c) => c.status));
		const byWords = wordCandidates(signals.messages[0] ?? trimmed, index, statuses);
		if (byWords) return { ...byWords, source: 'text' };
	}
	if (fromSignals) return fromSignals;
	if (trimmed.length <= 200) {
		const byName = matchName(trimmed, index);
		if (byName) return byName;
	}
	return wordCandidates(trimmed, index) ?? unknownText(trimmed);
}

/** Text that starts like JSON: parsed when it parses, read for its code, status and message otherwise. */
function matchJsonText(trimmed: string, index: MatchIndex, cut: boolean): MatchResult {
	const reading = readJsonBody(trimmed);
	if (reading.kind === 'broken') {
		// A body cut short or followed by more log: its fields still count, like
		// a whole body's (an id that runs into the cut does not).
		if (reading.fields) {
			const fromFields = matchResponse(reading.fields, index);
			if (fromFields.kind !== 'no-match' || fromFields.reason !== 'unknown-input') return fromFields;
		}
		const fromText = matchSignals(scanSignals(trimmed, { truncated: true }), index, 'text', true);
		if (fromText) return fromText;
		return noMatch('malformed-json', `The input looks like JSON but does not parse (${quote(reading.why, 100)}).`);
	}
	const parsed = reading.value;
	// A message copied with its JSON quotes: match the message, but only one
	// level deep so `"\"...\""` cannot recurse.
	if (typeof parsed === 'string') return matchText(parsed, index, false);
	if (parsed === null || typeof parsed !== 'object') {
		return noMatch('not-an-error-response', `The JSON value ${quote(trimmed)} is not an error response.`);
	}
	const structured = matchObject(parsed, index);
	if (structured.kind === 'error') return structured;
	// JSON that is not an error response (a structured log entry, a batch
	// reply) may still carry an @Id or a status in one of its strings.
	const fromText = cut ? undefined : matchSignals(scanSignals(trimmed), index, 'text', true);
	if (fromText && (fromText.kind === 'error' || fromText.kind === 'candidates')) return fromText;
	if (structured.kind === 'no-match' && structured.reason === 'not-an-error-response' && fromText?.kind === 'status') return fromText;
	return structured;
}

/**
 * The entry the signals of a text point to, or `undefined` when they point
 * nowhere. `strict` (for JSON-looking text) ignores weak codes and an unknown
 * id with no status, which prove little there.
 */
function matchSignals(signals: Signals, index: MatchIndex, source: MatchSource, strict = false): MatchResult | undefined {
	const known = signals.ids.filter((f) => index.errors.has(f.id));
	const code = signals.strongCodes[0] ?? (strict ? undefined : signals.weakCodes[0]);
	const [first] = known;
	if (known.length > 1) {
		return ambiguous(
			known.map((f, i) => {
				const error = index.errors.get(f.id);
				return { kind: 'error', id: f.id, status: error?.status ?? '', score: known.length - i };
			}),
			source,
			'The text',
		);
	}
	if (first) {
		const error = index.errors.get(first.id);
		if (!error) return undefined;
		const warnings: MatchWarning[] = [];
		const named = signals.statusNames[0];
		if (named !== undefined && named !== error.status) {
			warnings.push({
				code: 'status-mismatch',
				responseStatus: named,
				expectedStatus: error.status,
				detail: `The text's status ${named} differs from ${error.status}, the status of ${error.id}.`,
			});
		}
		const errorStatus = index.statuses.get(error.status);
		const mismatch = code === undefined || !errorStatus ? undefined : codeMismatch(code, errorStatus, "The text's");
		if (mismatch) warnings.push(mismatch);
		// A text that starts with the @Id is the message itself.
		const atStart = first.index === 0;
		return errorMatch(error, atStart ? 'message-prefix' : 'id-in-text', atStart ? 'value' : source, warnings);
	}

	const unknownId = signals.ids.find((f) => UNKNOWN_ID_SHAPE.test(f.id) || f.index === 0)?.id;
	const named = signals.statusNames[0];
	const reason = signals.reasonStatuses[0];
	const strong = signals.strongCodes[0];
	// A generic message names its status, unless a code in the same text says otherwise.
	const byMessage = signals.messageStatuses.find((name) => strong === undefined || httpOfCanonical(name) === strong);
	for (const [name, via] of [
		[named, 'status-name'],
		[reason, 'reason'],
		[byMessage, 'message'],
	] as const) {
		if (name === undefined) continue;
		const status = index.statuses.get(name);
		if (!status) {
			let detail = `The text's status ${name} is a Google status this catalog does not document yet.`;
			if (unknownId !== undefined) detail += ` Its @${quote(unknownId)} is not in the catalog either.`;
			return noMatch('unknown-status', detail, name);
		}
		const mismatch = code === undefined ? undefined : codeMismatch(code, status, "The text's");
		const result = { kind: 'status', status: status.id, via, source, warnings: mismatch ? [mismatch] : [] } as const;
		return unknownId === undefined ? result : { ...result, unknownId };
	}
	if (code !== undefined) return matchCode(index, code, 'http', source, unknownId);
	if (unknownId !== undefined && !strict) {
		return noMatch(
			'unknown-id',
			`@${quote(unknownId)} is not in the catalog, and the text names no status or HTTP code to fall back on.`,
			quote(unknownId, 120),
		);
	}
	return undefined;
}

function matchObject(value: object, index: MatchIndex): MatchResult {
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
		return matchResponse(fields, index);
	}
	// No `error` key: accept the inner error object on its own.
	const fields = readErrorFields(value);
	if (!fields) {
		return noMatch('not-an-error-response', 'The object has no "error" field and no code, message or status of its own.');
	}
	return matchResponse(fields, index);
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

function matchResponse(fields: ErrorFields, index: MatchIndex): MatchResult {
	const message = fields.message ?? '';
	const found = findIds(message, { truncated: fields.messageCut === true });
	const knownHit = found.find((f) => index.errors.has(f.id));
	const error = knownHit === undefined ? undefined : index.errors.get(knownHit.id);
	const namedStatus = fields.status === undefined ? undefined : index.statusNames.get(fields.status.toUpperCase());

	if (error && knownHit) {
		const warnings: MatchWarning[] = [];
		if (fields.status !== undefined && namedStatus?.id !== error.status) {
			warnings.push({
				code: 'status-mismatch',
				responseStatus: quote(fields.status),
				expectedStatus: error.status,
				detail: `The response's status ${quote(fields.status)} differs from ${error.status}, the status of ${error.id}.`,
			});
		}
		const errorStatus = index.statuses.get(error.status);
		const mismatch = fields.code === undefined || !errorStatus ? undefined : codeMismatch(fields.code, errorStatus);
		if (mismatch) warnings.push(mismatch);
		const atStart = message.trimStart().startsWith(`@${error.id}`);
		return errorMatch(error, atStart ? 'message-prefix' : 'id-in-text', 'response', warnings);
	}

	// No known @Id: the status entry, from `status` first since it is exact,
	// else from `code`. An id the catalog lacks is reported: the API's own
	// prefix first, else an id in the API's shape further in.
	const unknownId = extractErrorId(message) ?? found.find((f) => UNKNOWN_ID_SHAPE.test(f.id))?.id;
	if (fields.status !== undefined) {
		if (!namedStatus) {
			// Deliberately no fallback to `code` here: INVALID_ARGUMENT is also
			// HTTP 400, and naming FAILED_PRECONDITION for it would be wrong.
			let detail = `The response's status ${quote(fields.status)} is not in the catalog${CANONICAL_STATUSES.has(fields.status.toUpperCase()) ? ' (a Google status it does not document yet)' : ''}.`;
			if (unknownId !== undefined) detail += ` Its @${quote(unknownId)} prefix is not either.`;
			return noMatch('unknown-status', detail, quote(fields.status, 120));
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
	// The code, unless several statuses share it (500: INTERNAL, UNKNOWN,
	// DATA_LOSS) or none has it: then a generic message of Google's that agrees
	// with the code settles it.
	const byCode = fields.code === undefined ? undefined : matchCode(index, fields.code, codeKindOf(fields.code), 'response', unknownId);
	if (byCode?.kind === 'status') return byCode;
	const byMessage = readCanonicalMessages(message).find((hit) => fields.code === undefined || httpOfCanonical(hit.value) === fields.code)?.value;
	const messageStatus = byMessage === undefined ? undefined : index.statuses.get(byMessage);
	if (messageStatus) {
		const result = { kind: 'status', status: messageStatus.id, via: 'message', source: 'response', warnings: [] } as const;
		return unknownId === undefined ? result : { ...result, unknownId };
	}
	if (byCode) return byCode;
	if (unknownId !== undefined) {
		return noMatch(
			'unknown-id',
			`The message's @${quote(unknownId)} is not in the catalog, and the response has no status or code to fall back on.`,
			quote(unknownId, 120),
		);
	}
	return noMatch('unknown-input', 'The error response has no @Id, status or code that names a catalog entry.');
}

