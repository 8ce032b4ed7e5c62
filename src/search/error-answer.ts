/**
 * The search dialog's answer for a pasted error: what decides whether a query
 * is worth the matcher (the finder's, `src/matcher/`), which of its results
 * the dialog shows above the search results, and how. Pure and browser-safe:
 * the dialog loads the matcher and its data only when {@link looksLikeError}
 * says yes (see error-lookup.ts), and draws what {@link cardFor} returns with
 * text nodes.
 */
import type { Candidate, MatchResult } from '../matcher/types.ts';

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

/** Whether a result names what the reader holds: one entry, an id the catalog lacks, a status it does not document, or several entries outright. */
function isAnswer(result: MatchResult): boolean {
	if (result.kind === 'error' || result.kind === 'status') return true;
	if (result.kind === 'candidates') return result.reason === 'ambiguous';
	return (result.reason === 'unknown-id' || result.reason === 'unknown-status') && result.subject !== undefined;
}

/**
 * The matcher's answer for `text`: the whole text's, when it names an
 * entry; else the first of its tokens' (see {@link errorTokens}) that does;
 * `undefined` when neither does (word candidates are the search results'
 * job, not the answer's).
 */
export function answerMatch(text: string, match: (text: string) => MatchResult): MatchResult | undefined {
	const whole = match(text);
	if (isAnswer(whole)) return whole;
	for (const token of errorTokens(text).slice(0, 8)) {
		const result = match(token);
		if (isAnswer(result)) return result;
	}
	return undefined;
}

/** One entry as the answer shows it: a link (code, then title) and, for an error, its status. */
export interface AnswerLink {
	readonly href: string;
	readonly code: string;
	readonly title: string;
	readonly badge?: string;
}

/** What the dialog shows above the results. Nothing in it is markup. */
export type AnswerCard =
	| {
			/** One entry: its link and what to do (for an error, filled in once its page's data is in: see `errorId`). */
			readonly kind: 'entry';
			readonly link: AnswerLink;
			readonly todo?: string;
			/** Set for an error: the id whose what-to-do the dialog fetches. */
			readonly errorId?: string;
	  }
	| {
			/** An id the catalog lacks: a note, then its status and that status's advice, or the statuses such ids come with. */
			readonly kind: 'unknown-id';
			readonly lead: string;
			readonly links: readonly AnswerLink[];
			readonly todo?: string;
	  }
	| { readonly kind: 'several'; readonly lead: string; readonly links: readonly AnswerLink[] }
	| { readonly kind: 'message'; readonly text: string };

/** The strings the answer is written with, in the page's language. */
export interface AnswerStrings {
	/** `{id}` is filled in. */
	readonly unknownId: string;
	/** `{id}` is filled in: an id the catalog lacks, with no status in the text. */
	readonly unknownIdAlone: string;
	/** `{status}` is filled in. */
	readonly unknownStatus: string;
	readonly ambiguous: string;
}

/** What the answer needs to know of the catalog: titles and statuses, from the finder's data. */
export interface AnswerCatalog {
	readonly errorTitle: (id: string) => string | undefined;
	readonly status: (id: string) => { readonly http: number; readonly title?: string; readonly advice?: string } | undefined;
	/** The statuses that have specific errors, for an id the catalog lacks and no status to go with it. */
	readonly statusesWithErrors: readonly string[];
	readonly errorHref: (id: string) => string;
	readonly statusHref: (id: string) => string;
}

/** The longest piece of a pasted id or status shown back. */
const MAX_SHOWN = 80;

function linkOf(catalog: AnswerCatalog, c: Pick<Candidate, 'kind' | 'id' | 'status'>): AnswerLink {
	const status = catalog.status(c.status);
	if (c.kind === 'error') {
		const link = { href: catalog.errorHref(c.id), code: c.id, title: catalog.errorTitle(c.id) ?? '' };
		return status ? { ...link, badge: `${String(status.http)} ${c.status}` } : link;
	}
	return { href: catalog.statusHref(c.id), code: `${status ? String(status.http) : ''} ${c.id}`.trim(), title: status?.title ?? '' };
}

/** The answer card for a match (see {@link answerMatch}). */
export function cardFor(result: MatchResult, catalog: AnswerCatalog, strings: AnswerStrings): AnswerCard | undefined {
	if (result.kind === 'error') return { kind: 'entry', link: linkOf(catalog, { kind: 'error', id: result.id, status: result.status }), errorId: result.id };
	if (result.kind === 'status') {
		const link = linkOf(catalog, { kind: 'status', id: result.status, status: result.status });
		const todo = firstSentence(catalog.status(result.status)?.advice ?? '');
		if (result.unknownId === undefined) return { kind: 'entry', link, todo };
		return { kind: 'unknown-id', lead: strings.unknownId.replace('{id}', () => result.unknownId?.slice(0, MAX_SHOWN) ?? ''), links: [link], todo };
	}
	if (result.kind === 'candidates') {
		return { kind: 'several', lead: strings.ambiguous, links: result.candidates.map((c) => linkOf(catalog, c)) };
	}
	const subject = result.subject?.replace(/^@/, '').slice(0, MAX_SHOWN);
	if (subject === undefined) return undefined;
	if (result.reason === 'unknown-id') {
		return {
			kind: 'unknown-id',
			lead: strings.unknownIdAlone.replace('{id}', () => subject),
			links: catalog.statusesWithErrors.map((id) => linkOf(catalog, { kind: 'status', id, status: id })),
		};
	}
	if (result.reason === 'unknown-status') return { kind: 'message', text: strings.unknownStatus.replace('{status}', () => subject) };
	return undefined;
}

/**
 * The first sentence of a plain text, for a one-line what-to-do: up to the
 * first full stop (or ! ?) followed by a space, cut at `max` characters with
 * an ellipsis when longer.
 */
export function firstSentence(text: string, max = 220): string {
	const plain = text.replace(/\s+/g, ' ').trim();
	const end = /[.!?。](?=\s|$)/u.exec(plain);
	const sentence = end ? plain.slice(0, end.index + 1) : plain;
	return shorten(sentence, max);
}

/** `text` cut to at most `max` characters at a space where it can be, with `…` when cut. */
export function shorten(text: string, max: number): string {
	const plain = text.replace(/\s+/g, ' ').trim();
	if (plain.length <= max) return plain;
	const cut = plain.slice(0, max - 1);
	// Cut at the last space, unless the cut already ends a word (the next character is a space).
	const space = plain[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,:;]+$/, '')}…`;
}

/** How long a query may be in the results' header before it is shortened. */
export const MAX_QUERY_SHOWN = 48;

/** The query as the results' header names it: a long paste shortened (its start is what the reader recognises). */
export function shownQuery(text: string): string {
	return shorten(text, MAX_QUERY_SHOWN);
}
