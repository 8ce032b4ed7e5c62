/**
 * Reads which call failed, where a pasted text shows it: the method id Apps
 * Script names (`API call to classroom.courses.students.create failed`), the
 * request's address with its verb (Java prints `PATCH https://…`, Ruby
 * `Sending HTTP get https://…`, Node's gaxios `url: '…', method: 'POST'`, an
 * HTTP dump its request line), the address alone (Python's `HttpError … when
 * requesting https://…`), a Python traceback's source line
 * (`service.courses().students().create(…)`), or a method id written
 * anywhere (`NOT_FOUND from courses.students.create`).
 *
 * Like the other readers it knows nothing of the catalog: it returns what the
 * text says, and `../calls.ts` resolves it against the methods. Every pattern
 * is a fixed regular expression run once over the text, with no nested
 * repetition that could backtrack, so the cost stays linear in the text.
 */

/** One sign of the call in the text. */
export interface CallReading {
	readonly via: 'apps-script' | 'url' | 'python-call' | 'method-id';
	/** Where in the text it starts; the first reading is the most direct. */
	readonly index: number;
	/** A dotted method id without the API's prefix: `courses.students.create`. */
	readonly methodId?: string;
	/** The verb, upper case, when the text printed one. */
	readonly httpMethod?: string;
	/** The request's path from `v1/` on, without query or fragment, percent-decoded where safe. */
	readonly path?: string;
}

/** The verbs the API's methods use. */
const VERB = '(GET|POST|PUT|PATCH|DELETE)';

/**
 * A path from `v1/` on: segments of anything but separators, or a
 * placeholder someone wrote instead of an id (`<course id>`, as in texts
 * posted publicly). A segment cannot contain `/`, so the repetition cannot
 * backtrack.
 */
const PATH = String.raw`(v1(?:\/(?:<[^<>\n\/]{1,40}>|[^\s?#"'<>\\\/{}|^\x60])+)*)`;

/** `https://classroom.googleapis.com/v1/…`, with the verb before it when one is printed (upper case, or after `HTTP ` as Ruby logs it). */
const URL_PATTERN = new RegExp(String.raw`(?:\b${VERB}[ \t]+|\bHTTP[ \t]+(get|post|put|patch|delete)[ \t]+)?https?:\/\/classroom\.googleapis\.com(?::443)?\/${PATH}`, 'g');

/** Node's gaxios error, as `console.error` prints it: `url: '…',` then `method: 'POST'`. */
const GAXIOS_PATTERN = new RegExp(String.raw`\burl:\s*'https?:\/\/classroom\.googleapis\.com\/${PATH}[^'\n]*',\s*method:\s*'${VERB}'`, 'g');

/** An HTTP dump's request line: `POST /v1/courses/123/students HTTP/1.1` (curl -v puts `> ` before it). */
const REQUEST_LINE = new RegExp(String.raw`^[ \t>]*${VERB}[ \t]+\/${PATH}\S*[ \t]+HTTP\/[\d.]+`, 'gm');

/** Apps Script's `API call to classroom.<method> failed` (English; its other languages leave the id, which `METHOD_ID` finds). */
const APPS_SCRIPT = /\bAPI call to classroom\.([a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*){1,6}) failed\b/g;

/**
 * A dotted method id anywhere, with or without the API's `classroom.`
 * prefix: lower-case-initial names joined by dots, not part of a longer
 * dotted name, a path or an address.
 */
const METHOD_ID = /(?<![\w.\/@-])(?:classroom\.)?([a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*){1,6})(?![\w\/@-]|\.[A-Za-z])/g;

/** Python's discovery client: `.courses().students().create(`. */
const PYTHON_CALL = /\.((?:[a-z][A-Za-z]*\(\)\.){1,6})([a-z][A-Za-z]*)\(/g;

/** Percent-escapes that may stand in a path (`%3A` for the `:` of a custom verb); anything else stays as written. */
function decodePath(path: string): string {
	return path.replace(/%3A/gi, ':').replace(/%2D/gi, '-').replace(/%5F/gi, '_').replace(/\/+$/, '');
}

/** Every sign of the failed call in `text`, in the order they appear. */
export function readCalls(text: string): CallReading[] {
	const out: CallReading[] = [];
	for (const m of text.matchAll(APPS_SCRIPT)) out.push({ via: 'apps-script', index: m.index, methodId: m[1] ?? '' });
	for (const m of text.matchAll(GAXIOS_PATTERN)) out.push({ via: 'url', index: m.index, path: decodePath(m[1] ?? ''), httpMethod: m[2] ?? '' });
	for (const m of text.matchAll(REQUEST_LINE)) out.push({ via: 'url', index: m.index, path: decodePath(m[2] ?? ''), httpMethod: m[1] ?? '' });
	for (const m of text.matchAll(URL_PATTERN)) {
		const verb = (m[1] ?? m[2])?.toUpperCase();
		out.push({ via: 'url', index: m.index, path: decodePath(m[3] ?? ''), ...(verb ? { httpMethod: verb } : {}) });
	}
	for (const m of text.matchAll(PYTHON_CALL)) {
		const resources = (m[1] ?? '').split('().').filter((s) => s !== '');
		out.push({ via: 'python-call', index: m.index, methodId: [...resources, m[2] ?? ''].join('.') });
	}
	for (const m of text.matchAll(METHOD_ID)) {
		// `classroom.googleapis.com` and other dotted names are filtered out when resolved against the methods.
		out.push({ via: 'method-id', index: m.index, methodId: m[1] ?? '' });
	}
	return out.sort((a, b) => a.index - b.index);
}

/** Whether the text says the access token lacks a scope (Google's message, its reason token, or OAuth's error code). */
export function mentionsScopeProblem(text: string): boolean {
	return /insufficient authentication scopes|ACCESS_TOKEN_SCOPE_INSUFFICIENT|\binsufficientPermissions\b|\binsufficient_scope\b/i.test(text);
}
