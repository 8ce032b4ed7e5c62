/**
 * The home page finder's logic, without a browser: what to show for a match
 * result, and how a pasted text is laid on one line. The custom element
 * (`element.ts`) only wires the form to these functions and draws what they
 * return.
 */
import type { Candidate, MatchableCatalog, MatchableStatus, MatchResult } from '../matcher/match.ts';

/** The localized messages the finder shows, from the page (see HomePage.astro). */
export interface FinderStrings {
	/** One message per no-match reason (`empty`, `malformed-json`, …, `unknown-input`). */
	readonly noMatch: Readonly<Record<string, string>>;
	/** The lead for an id the catalog lacks, with `{id}` where the id goes. */
	readonly unknownId: string;
	/** The message for a Google status the catalog does not document, with `{status}` where its name goes. */
	readonly unknownStatus: string;
	readonly candidatesLead: string;
	readonly ambiguousLead: string;
	readonly loadFailed: string;
}

/** The catalog view and what the finder derives from it, once loaded. */
export interface Loaded {
	readonly view: MatchableCatalog;
	readonly titles: ReadonlyMap<string, string>;
	readonly statuses: ReadonlyMap<string, MatchableStatus>;
}

/** Derives the lookups the finder draws with from a fetched view. */
export function loadedFrom(view: MatchableCatalog): Loaded {
	return {
		view,
		titles: new Map(view.errors.map((e) => [e.id, e.title ?? ''])),
		statuses: new Map(view.statuses.map((s) => [s.id, s])),
	};
}

/** Page addresses of entries, from their ids (the element knows the base and locale). */
export interface Hrefs {
	error(id: string): string;
	status(id: string): string;
}

/** One line of a candidate list: a link (code, then title) and, for an error, its status. */
export interface ListItem {
	readonly href: string;
	readonly code: string;
	readonly title: string;
	readonly badge?: string;
}

/** What the finder does with a result. */
export type Answer =
	| { readonly kind: 'open'; readonly href: string }
	| {
			/** An id the catalog lacks: the id, its status and the status's advice, on the page; no navigation. */
			readonly kind: 'unknown-id';
			readonly lead: string;
			readonly status: ListItem;
			readonly advice: string;
	  }
	| { readonly kind: 'list'; readonly lead: string; readonly items: readonly ListItem[] }
	| { readonly kind: 'message'; readonly text: string };

/** The longest piece of a pasted id shown back. */
const MAX_ID_SHOWN = 80;

/** The list item of a candidate. */
export function itemOf(loaded: Loaded, hrefs: Hrefs, c: Pick<Candidate, 'kind' | 'id' | 'status'>): ListItem {
	const status = loaded.statuses.get(c.status);
	if (c.kind === 'error') {
		const item = { href: hrefs.error(c.id), code: c.id, title: loaded.titles.get(c.id) ?? '' };
		return status ? { ...item, badge: `${status.http} ${status.id}` } : item;
	}
	return { href: hrefs.status(c.id), code: `${status?.http ?? ''} ${c.id}`.trim(), title: status?.title ?? '' };
}

/** What to show for `result`. Nothing in it is markup: the element puts every string in as text. */
export function answerFor(result: MatchResult, loaded: Loaded, strings: FinderStrings, hrefs: Hrefs): Answer {
	if (result.kind === 'error') return { kind: 'open', href: hrefs.error(result.id) };
	if (result.kind === 'status') {
		if (result.unknownId === undefined) return { kind: 'open', href: hrefs.status(result.status) };
		return {
			kind: 'unknown-id',
			lead: strings.unknownId.replace('{id}', () => result.unknownId?.slice(0, MAX_ID_SHOWN) ?? ''),
			status: itemOf(loaded, hrefs, { kind: 'status', id: result.status, status: result.status }),
			advice: loaded.statuses.get(result.status)?.advice ?? '',
		};
	}
	if (result.kind === 'candidates') {
		return {
			kind: 'list',
			lead: result.reason === 'ambiguous' ? strings.ambiguousLead : strings.candidatesLead,
			items: result.candidates.map((c) => itemOf(loaded, hrefs, c)),
		};
	}
	if (result.reason === 'unknown-status' && result.subject !== undefined) {
		return { kind: 'message', text: strings.unknownStatus.replace('{status}', () => result.subject?.slice(0, MAX_ID_SHOWN) ?? '') };
	}
	return { kind: 'message', text: strings.noMatch[result.reason] ?? strings.noMatch['unknown-input'] ?? '' };
}

/**
 * A pasted text laid on one line: the field is one line, and dropping the
 * line breaks of a dump would run its lines together (`…@Id` + `next line`);
 * a space keeps words apart. `undefined` when the text has no line break (the
 * browser's own paste is right then).
 */
export function flattenPaste(text: string, max: number): string | undefined {
	if (!/[\r\n]/.test(text)) return undefined;
	return text.slice(0, max).replace(/\r\n?|\n/g, ' ');
}
