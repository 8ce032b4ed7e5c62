/**
 * The matcher, as the search dialog uses it: loaded only when the dialog is
 * given something that looks like an error (error-answer.ts decides), never
 * with a page. It fetches the finder's data for the page's language (the
 * same `finder/<locale>.json` the home page's finder matches against), runs
 * the finder's matcher, and, for an error, fetches that error's file of the
 * JSON API for its what-to-do: one small file, whatever the catalog's size.
 */
import { slugOf } from '../catalog/model.ts';
import type { Locale } from '../catalog/locales.ts';
import { matchError } from '../matcher/match.ts';
import { MAX_INPUT_CHARS, type MatchableCatalog } from '../matcher/types.ts';
import { answerFor, loadedFrom, type Hrefs } from '../finder/answer.ts';
import { callNodes, entryNode } from '../finder/call-nodes.ts';
import { methodPath } from '../site/method-pages.ts';
import { errorPath, statusPath, withBase } from '../site/routes.ts';
import { answerMatch, cardFor, firstSentence, type AnswerCard, type AnswerCatalog, type AnswerLink, type AnswerStrings } from './error-answer.ts';

/** What the dialog tells the lookup. */
export interface LookupConfig {
	readonly locale: Locale;
	readonly base: string;
}

async function fetchJson(url: string): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${String(response.status)}.`);
	return response.json();
}

/** The part of an error's JSON API file the answer reads. */
interface ErrorFile {
	readonly text?: Readonly<Record<string, { readonly action?: { readonly plain?: string }; readonly summary?: { readonly plain?: string } } | undefined>>;
}

/** One page's matcher: its data loads once, on first use. */
export class ErrorLookup {
	private readonly config: LookupConfig;
	private view: Promise<{ view: MatchableCatalog; catalog: AnswerCatalog; strings: AnswerStrings }> | undefined;

	constructor(config: LookupConfig) {
		this.config = config;
	}

	private load(): Promise<{ view: MatchableCatalog; catalog: AnswerCatalog; strings: AnswerStrings }> {
		const { base, locale } = this.config;
		this.view ??= Promise.all([fetchJson(withBase(base, `finder/${locale}.json`)), fetchJson(withBase(base, `finder/answer-${locale}.json`))]).then(
			([data, strings]) => {
				const view = data as MatchableCatalog;
				const titles = new Map(view.errors.map((e) => [e.id, e.title ?? '']));
				const statuses = new Map(view.statuses.map((s) => [s.id, s]));
				const withErrors = new Set(view.errors.map((e) => e.status));
				const methods = new Map((view.methods ?? []).map((m) => [m.id, m]));
				const catalog: AnswerCatalog = {
					errorTitle: (id) => titles.get(id),
					status: (id) => statuses.get(id),
					statusesWithErrors: view.statuses.filter((s) => withErrors.has(s.id)).map((s) => s.id),
					errorHref: (id) => withBase(base, errorPath(locale, slugOf(id))),
					statusHref: (id) => withBase(base, statusPath(locale, slugOf(id))),
					methodHref: (id) => withBase(base, methodPath(locale, id)),
					method: (id) => methods.get(id),
				};
				return { view, catalog, strings: strings as AnswerStrings };
			},
			(cause: unknown) => {
				// A later query may succeed (a network blip): forget the failed load.
				this.view = undefined;
				throw new Error("The finder's data could not load.", { cause });
			},
		);
		return this.view;
	}

	/** Starts loading the data (the dialog calls it as soon as a query looks like an error). */
	preload(): void {
		void this.load().catch(() => undefined);
	}

	/** The answer for `text`, or `undefined` when the matcher names nothing (the search results speak then). */
	async answer(text: string): Promise<AnswerCard | undefined> {
		const { view, catalog, strings } = await this.load();
		const input = text.slice(0, MAX_INPUT_CHARS);
		const result = answerMatch(input, (t) => matchError(t, view));
		if (!result) return undefined;
		// A call's answer is the home finder's own, so both say the same.
		if ((result.kind === 'error' || result.kind === 'status') && result.call) {
			const hrefs: Hrefs = { error: catalog.errorHref, status: catalog.statusHref, method: catalog.methodHref };
			const shown = answerFor(result, loadedFrom(view), strings.finder, hrefs);
			if (shown.kind === 'call') return { kind: 'call', answer: shown };
		}
		return cardFor(result, catalog, strings);
	}

	/** The label of the what-to-do line (loaded with the data: call after {@link answer}). */
	async todoLabel(): Promise<string> {
		return (await this.load()).strings.todoLabel;
	}

	/** An error's what-to-do, one sentence, from its file of the JSON API (its summary when it has no action). */
	async todo(id: string): Promise<string | undefined> {
		const file = (await fetchJson(withBase(this.config.base, `api/v1/errors/${encodeURIComponent(id)}.json`))) as ErrorFile;
		const text = file.text?.[this.config.locale];
		const plain = text?.action?.plain ?? text?.summary?.plain;
		return plain ? firstSentence(plain) : undefined;
	}
}

/**
 * Draws an answer into the dialog's answer box, with DOM nodes only (never
 * markup from data): a lead for an id the catalog lacks or several entries,
 * the entry's link (code, then title) with its status, and what to do after
 * `todoLabel`. Here rather than in the dialog's script, so a page that never
 * sees an error loads none of it.
 */
export function drawAnswer(box: HTMLElement, card: AnswerCard, todoLabel: string): void {
	box.replaceChildren();
	box.dataset['kind'] = card.kind;
	const paragraph = (className: string, text: string) => {
		const p = document.createElement('p');
		p.className = className;
		p.textContent = text;
		return p;
	};
	if (card.kind === 'message') {
		box.append(paragraph('cat-search-answer-lead', card.text));
		return;
	}
	if (card.kind === 'call') {
		box.append(paragraph('cat-search-answer-lead', card.answer.lead), ...callNodes(card.answer));
		return;
	}
	if (card.kind !== 'entry') box.append(paragraph('cat-search-answer-lead', card.lead));
	const links = card.kind === 'entry' ? [card.link] : card.links;
	if (links.length === 1 && links[0]) box.append(entryOf(links[0], 'p'));
	else {
		const ul = document.createElement('ul');
		ul.className = 'cat-search-answer-links';
		for (const link of links) ul.append(entryOf(link, 'li'));
		box.append(ul);
	}
	const todo = card.kind === 'entry' || card.kind === 'unknown-id' ? card.todo : undefined;
	if (todo) {
		const p = paragraph('cat-search-answer-todo', '');
		const label = document.createElement('strong');
		label.textContent = `${todoLabel}: `;
		p.append(label, todo);
		box.append(p);
	}
}

/** The dialog's entry: the finder's (call-nodes.ts), with the dialog's classes. */
function entryOf(link: AnswerLink, tag: 'p' | 'li'): HTMLElement {
	return entryNode(link, tag, { holder: 'cat-search-answer-entry', title: 'cat-search-answer-title', badge: 'cat-search-answer-badge' });
}

/** The page's lookup, made on first use. */
let pageLookup: { key: string; lookup: ErrorLookup } | undefined;

/**
 * Finds the answer for `text` and draws it into `box` (shown), the one-line
 * what-to-do of an error as soon as its file is in; `current` says whether
 * the query is still the reader's (a newer one drops this one's drawing).
 * Returns whether an answer is shown. A failed load of the data throws; a
 * failed load of an error's what-to-do only leaves that line out.
 */
export async function answerInto(box: HTMLElement, text: string, config: LookupConfig, current: () => boolean): Promise<boolean> {
	const key = `${config.base} ${config.locale}`;
	if (pageLookup?.key !== key) pageLookup = { key, lookup: new ErrorLookup(config) };
	const { lookup } = pageLookup;
	const card = await lookup.answer(text);
	if (!card || !current()) return false;
	const todoLabel = await lookup.todoLabel();
	drawAnswer(box, card, todoLabel);
	box.hidden = false;
	if (card.kind === 'entry' && card.errorId !== undefined) {
		const todo = await lookup.todo(card.errorId).catch((error: unknown) => {
			console.warn(new Error('The error’s what-to-do could not load.', { cause: error }));
			return undefined;
		});
		if (!current()) return false;
		if (todo !== undefined) drawAnswer(box, { ...card, todo }, todoLabel);
	}
	return true;
}
