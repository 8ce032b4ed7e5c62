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
 * Each input form has its own reader in `readers/` (one per client library,
 * command-line tool, HTTP dump and log line); this module runs them all and
 * merges what they find. Every pattern is a fixed regular expression run once
 * over the text, so the cost is linear in the text and independent of the
 * catalog's size. Pure and browser-safe.
 */
import { rpcCodeOf } from '../catalog/google-rpc.ts';
import { appsScript } from './readers/apps-script.ts';
import { readCanonicalMessages } from './readers/canonical-message.ts';
import { dotnet } from './readers/dotnet.ts';
import { gam } from './readers/gam.ts';
import { go } from './readers/go.ts';
import { httpDump } from './readers/http-dump.ts';
import { java } from './readers/java.ts';
import { readLogLine } from './readers/log-line.ts';
import { node } from './readers/node.ts';
import { python } from './readers/python.ts';
import type { Hit, Reader } from './readers/reading.ts';
import { reportTitle } from './readers/report-title.ts';
import { ruby } from './readers/ruby.ts';

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
	/** Statuses named by Google's generic messages (`The caller does not have permission` → PERMISSION_DENIED). */
	readonly messageStatuses: readonly string[];
	/** The error messages the readers found, in order (the text after `returned`, `failed with error:`, …). */
	readonly messages: readonly string[];
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
 * The HTTP code google/rpc/code.proto maps a canonical status to, or
 * undefined for a name it lacks. (`src/catalog/google-rpc.ts` has no imports,
 * so the browser bundle gains only its table.)
 */
export function httpOfCanonical(name: string): number | undefined {
	return rpcCodeOf(name)?.http;
}

/** Upper-case words that may be status names; looked up in {@link CANONICAL_STATUSES}. */
const STATUS_WORD = /(?<![A-Za-z0-9_])([A-Z][A-Z]+(?:_[A-Z]+)*)(?![A-Za-z0-9_])/g;

/** One reader per input form; each finds the codes, reasons and messages its form prints. */
const READERS: readonly Reader[] = [python, go, node, java, dotnet, ruby, appsScript, gam, httpDump, reportTitle];

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

/** Values in the order they appear in the text, without repeats. */
function ordered<T>(hits: readonly Hit<T>[]): T[] {
	const out: T[] = [];
	for (const hit of [...hits].sort((a, b) => a.index - b.index)) pushUnique(out, hit.value);
	return out;
}

/**
 * All signals in `text` (see the module comment): every reader runs over it
 * and what they find is merged in the order it appears. `truncated` is passed
 * on to {@link findIds}.
 */
export function scanSignals(text: string, options: { truncated?: boolean } = {}): Signals {
	const statusNames: string[] = [];
	for (const match of text.matchAll(STATUS_WORD)) {
		const word = match[1] ?? '';
		if (CANONICAL_STATUSES.has(word)) pushUnique(statusNames, word);
	}
	const codes: Hit<number>[] = [];
	const reasons: Hit<string>[] = [];
	const messages: Hit<string>[] = [];
	for (const reader of READERS) {
		const reading = reader.read(text);
		codes.push(...(reading.codes ?? []));
		reasons.push(...(reading.reasons ?? []));
		messages.push(...(reading.messages ?? []));
	}
	const log = readLogLine(text);
	return {
		ids: findIds(text, options),
		statusNames,
		reasonStatuses: ordered([...reasons, ...log.reasons]),
		messageStatuses: ordered(readCanonicalMessages(text)),
		strongCodes: ordered(codes),
		weakCodes: ordered(log.weakCodes),
		messages: ordered(messages),
	};
}
