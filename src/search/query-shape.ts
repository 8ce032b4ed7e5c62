/**
 * What the search dialog reads from a query before it asks the matcher:
 * whether it looks like an error (then the dialog loads the finder's matcher,
 * see error-lookup.ts), and the ids, statuses and codes in it. Loaded with
 * the search engine (client.ts), not with the page. Pure and browser-safe.
 */

/** An `@Id`, as the API writes one in a message. */
const AT_ID = /@[A-Z][A-Za-z0-9]{2,}/;
/** An id typed without its `@`: a word of two or more capitalised parts (`CourseNotModifiable`). */
const CAMEL_ID = /(?<![A-Za-z0-9])[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+(?![A-Za-z0-9])/g;
/** A status name: `NOT_FOUND`, `PERMISSION_DENIED`, and the one-word ones. */
const STATUS_NAME = /(?<![A-Za-z0-9_])(?:[A-Z]+(?:_[A-Z]+)+|CANCELLED|UNKNOWN|ABORTED|INTERNAL|UNAVAILABLE|UNAUTHENTICATED)(?![A-Za-z0-9_])/g;
/** An HTTP error code standing as a word (Hangul particles may follow: `403이`). */
const HTTP_CODE = /(?<![\p{L}\p{N}.:/-])[45]\d\d(?![\p{N}.:/-]|[A-Za-z])/gu;
/** Words a client library's exception, a log line or an error body carries. */
const ERROR_WORDS = /HttpError|Exception|googleapi|failed with error|"error"\s*:|"status"\s*:|\berror\s*:|\bcaller does not have permission\b|\brequested entity was not found\b|\brequest had insufficient\b/i;

/**
 * Whether `text` looks like something the matcher reads better than the word
 * search: an `@Id`, an id, a status name, an HTTP error code, or the words of
 * an exception or error body. Only then does the dialog load the matcher.
 */
export function looksLikeError(text: string): boolean {
	return AT_ID.test(text) || ERROR_WORDS.test(text) || errorTokens(text).length > 0;
}

/**
 * The ids, status names and HTTP codes in `text`, in order, without repeats
 * and without what follows them (`403이`, `NOT_FOUND가`): each can be asked
 * of the matcher on its own when the whole text does not name one entry (a
 * Korean sentence around a code, say).
 */
export function errorTokens(text: string): string[] {
	const found: { at: number; token: string }[] = [];
	for (const re of [CAMEL_ID, STATUS_NAME, HTTP_CODE]) {
		for (const m of text.matchAll(re)) {
			// An id's `@` goes with it, so the matcher reads it as an id the API sent.
			const at = m.index;
			const token = at > 0 && text[at - 1] === '@' ? `@${m[0]}` : m[0];
			found.push({ at, token });
		}
	}
	found.sort((a, b) => a.at - b.at);
	return [...new Set(found.map((f) => f.token))];
}
