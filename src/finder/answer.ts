/**
 * The home page finder's logic, without a browser: what to show for a match
 * result, and how a pasted text is laid on one line. The custom element
 * (`element.ts`) only wires the form to these functions and draws what they
 * return.
 */
import type { CallMatch, Candidate, ErrorMatch, MatchableCatalog, MatchableMethod, MatchableStatus, MatchResult, StatusMatch } from '../matcher/match.ts';

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
	/** What the finder says about a pasted call's method (see `CallStrings`). */
	readonly call: CallStrings;
}

/** The finder's messages about a call's method; `{method}`, `{status}` and `{id}` are filled in. */
export interface CallStrings {
	readonly returned: string;
	readonly fits: string;
	readonly statusUndocumented: string;
	readonly idUndocumented: string;
	readonly scopes: string;
	readonly scopesEach: string;
	readonly entry: string;
	readonly methodLead: string;
	readonly methodsLead: string;
}

/** The catalog view and what the finder derives from it, once loaded. */
export interface Loaded {
	readonly view: MatchableCatalog;
	readonly titles: ReadonlyMap<string, string>;
	readonly statuses: ReadonlyMap<string, MatchableStatus>;
	readonly methods: ReadonlyMap<string, MatchableMethod>;
}

/** Derives the lookups the finder draws with from a fetched view. */
export function loadedFrom(view: MatchableCatalog): Loaded {
	return {
		view,
		titles: new Map(view.errors.map((e) => [e.id, e.title ?? ''])),
		statuses: new Map(view.statuses.map((s) => [s.id, s])),
		methods: new Map((view.methods ?? []).map((m) => [m.id, m])),
	};
}

/** Page addresses of entries, from their ids (the element knows the base and locale). */
export interface Hrefs {
	error(id: string): string;
	status(id: string): string;
	method(id: string): string;
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
	| CallAnswer
	| { readonly kind: 'message'; readonly text: string };

/**
 * A status (or an error the method is not documented to return) with the
 * call that got it: what each method the call fits documents for the
 * status, the scopes when the token lacks one, and the entry with its
 * advice. Shown on the page, with no navigation.
 */
export interface CallAnswer {
	readonly kind: 'call';
	readonly lead: string;
	/** Notes before the methods: an id the catalog lacks, an `@Id` the method is not documented to return. */
	readonly notes: readonly string[];
	/** One per method the call fits, best first: its link and the conditions it documents (or why there are none). */
	readonly methods: readonly { readonly item: ListItem; readonly conditions: readonly string[]; readonly note?: string; readonly scopes?: readonly string[] }[];
	/** Set when the message says a scope is missing: what to do; each method then carries the scopes it accepts. */
	readonly scopesLead?: string;
	readonly entryLead: string;
	readonly entry: ListItem;
	/** The status's advice, for a status answer. */
	readonly advice?: string;
}

/** `template` with `{name}` placeholders filled in (as text: nothing here is markup). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The list item of a method: its id, then its verb and path. */
function methodItem(loaded: Loaded, hrefs: Hrefs, id: string): ListItem {
	const method = loaded.methods.get(id);
	return { href: hrefs.method(id), code: id, title: method ? `${method.httpMethod} ${method.path}` : '' };
}

/** The call answer of an error or status result that carries a call. */
function callAnswer(result: ErrorMatch | StatusMatch, call: CallMatch, loaded: Loaded, strings: FinderStrings, hrefs: Hrefs): CallAnswer {
	const s = strings.call;
	const first = call.methods[0];
	const single = call.methods.length === 1 && first !== undefined;
	const lead = !single
		? fill(s.fits, { status: result.status })
		: first.statusDocumented
			? fill(s.returned, { method: first.method, status: result.status })
			: fill(s.statusUndocumented, { method: first.method, status: result.status });
	const notes: string[] = [];
	if (result.kind === 'status' && result.unknownId !== undefined) notes.push(strings.unknownId.replace('{id}', () => result.unknownId?.slice(0, MAX_ID_SHOWN) ?? ''));
	if (result.kind === 'error' && single && first.idDocumented === false) notes.push(fill(s.idUndocumented, { method: first.method, id: result.id }));
	const conditionText = (key: string) => loaded.view.conditions?.[key] ?? '';
	const methods = call.methods.map((m) => {
		const conditions = m.conditions.map(conditionText).filter((t) => t !== '');
		const item = methodItem(loaded, hrefs, m.method);
		const scopes = call.scopeProblem ? { scopes: m.scopes } : {};
		return !single && !m.statusDocumented ? { item, conditions, note: fill(s.statusUndocumented, { method: m.method, status: result.status }), ...scopes } : { item, conditions, ...scopes };
	});
	const entry =
		result.kind === 'error'
			? itemOf(loaded, hrefs, { kind: 'error', id: result.id, status: result.status })
			: itemOf(loaded, hrefs, { kind: 'status', id: result.status, status: result.status });
	const advice = result.kind === 'status' ? loaded.statuses.get(result.status)?.advice : undefined;
	return {
		kind: 'call',
		lead,
		notes,
		methods,
		...(call.scopeProblem && first ? { scopesLead: single ? fill(s.scopes, { method: first.method }) : s.scopesEach } : {}),
		entryLead: s.entry,
		entry,
		...(advice ? { advice } : {}),
	};
}

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
	if (result.kind === 'error') {
		// The @Id settles the entry: its page opens, unless the call's method is not documented to return it (then say so here).
		const call = result.call;
		if (call && call.methods.length === 1 && call.methods[0]?.idDocumented === false) return callAnswer(result, call, loaded, strings, hrefs);
		return { kind: 'open', href: hrefs.error(result.id) };
	}
	if (result.kind === 'status' && result.call) return callAnswer(result, result.call, loaded, strings, hrefs);
	if (result.kind === 'method') {
		const [only] = result.methods;
		if (result.methods.length === 1 && only !== undefined) return { kind: 'open', href: hrefs.method(only) };
		return { kind: 'list', lead: strings.call.methodsLead, items: result.methods.map((id) => methodItem(loaded, hrefs, id)) };
	}
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
