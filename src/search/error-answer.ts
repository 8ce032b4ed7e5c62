/**
 * The search dialog's answer for a pasted error: which of the matcher's
 * results (the finder's, `src/matcher/`) the dialog shows above the search
 * results, and how. Pure and browser-safe; loaded with the matcher, only when
 * a query looks like an error (query-shape.ts decides, error-lookup.ts loads),
 * never with a page. The dialog draws what {@link cardFor} returns with text
 * nodes.
 */
import type { CallAnswer, FinderStrings } from '../finder/answer.ts';
import { finderStrings } from '../finder/strings.ts';
import type { UiStrings } from '../i18n/index.ts';
import type { Candidate, MatchResult } from '../matcher/types.ts';
import { errorTokens } from './query-shape.ts';
import { shorten } from './shown-query.ts';

/** Whether a result names what the reader holds: one entry, an id the catalog lacks, a status it does not document, or several entries outright. */
function isAnswer(result: MatchResult): boolean {
	if (result.kind === 'error' || result.kind === 'status' || result.kind === 'method') return true;
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
	/** The failed call's method and what it documents for the status: the finder's own answer (see `CallAnswer`). */
	| { readonly kind: 'call'; readonly answer: CallAnswer }
	| { readonly kind: 'message'; readonly text: string };

/** The strings the answer is written with, in the page's language (served as `finder/answer-<locale>.json`). */
export interface AnswerStrings {
	/** Before the what-to-do line. */
	readonly todoLabel: string;
	/** `{id}` is filled in. */
	readonly unknownId: string;
	/** `{id}` is filled in: an id the catalog lacks, with no status in the text. */
	readonly unknownIdAlone: string;
	/** `{status}` is filled in. */
	readonly unknownStatus: string;
	readonly ambiguous: string;
	/** The finder's strings, for an answer about the failed call's method (the same words as the home finder). */
	readonly finder: FinderStrings;
}

/** What the answer needs to know of the catalog: titles and statuses, from the finder's data. */
export interface AnswerCatalog {
	readonly errorTitle: (id: string) => string | undefined;
	readonly status: (id: string) => { readonly http: number; readonly title?: string; readonly advice?: string } | undefined;
	/** The statuses that have specific errors, for an id the catalog lacks and no status to go with it. */
	readonly statusesWithErrors: readonly string[];
	readonly errorHref: (id: string) => string;
	readonly statusHref: (id: string) => string;
	readonly methodHref: (id: string) => string;
	/** A method's verb and path template, for its link. */
	readonly method: (id: string) => { readonly httpMethod: string; readonly path: string } | undefined;
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
	if (result.kind === 'method') {
		const links = result.methods.map((id): AnswerLink => {
			const method = catalog.method(id);
			return { href: catalog.methodHref(id), code: id, title: method ? `${method.httpMethod} ${method.path}` : '' };
		});
		const [only] = links;
		return links.length === 1 && only ? { kind: 'entry', link: only } : { kind: 'several', lead: strings.finder.call.methodsLead, links };
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

/** The UI strings the answer needs (the finder's wording where it has one). */
export interface AnswerUi {
	readonly homeJumpUnknownId: (id: string) => string;
	readonly findUnknownStatus: (status: string) => string;
	readonly findAmbiguousLead: string;
	readonly search: { readonly todoLabel: string; readonly unknownIdAlone: string };
}

/** The answer's strings in one locale, from its UI strings. */
export function answerStringsOf(t: AnswerUi & UiStrings): AnswerStrings {
	return {
		finder: finderStrings(t),
		todoLabel: t.search.todoLabel,
		unknownId: t.homeJumpUnknownId('{id}'),
		unknownIdAlone: t.search.unknownIdAlone,
		unknownStatus: t.findUnknownStatus('{status}'),
		ambiguous: t.findAmbiguousLead,
	};
}
