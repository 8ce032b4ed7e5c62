/**
 * <cat-find>: the home page's finder. Whatever the reader holds (an id, a
 * message, a client library's exception, a whole or cut JSON error response,
 * a log line, an HTTP code, a status name or title, a few words) goes through
 * the same matcher the command line uses (`src/matcher/`), and `answer.ts`
 * decides what to show: one entry opens its page; an id the catalog lacks is
 * named on the page with its status and that status's advice (no automatic
 * navigation); several entries are listed, best first; otherwise a message.
 *
 * The catalog view it matches against is fetched, not embedded, and the
 * matcher's code is loaded with it: the page stays small at any catalog size,
 * and both start as soon as the reader points at or focuses the finder, so
 * they are usually there before the reader submits.
 * Nothing typed by the reader is ever put into the page as markup.
 *
 * Markup and styles are in HomePage.astro; `data-finder` carries the data
 * URL, locale, base and messages (see `FinderConfig`).
 */
import { slugOf } from '../catalog/model.ts';
import type { Locale } from '../catalog/locales.ts';
import type { MatchableCatalog, MatchResult } from '../matcher/types.ts';
import { MAX_INPUT_CHARS } from '../matcher/types.ts';
import { methodPath } from '../site/method-pages.ts';
import { errorPath, statusPath, withBase } from '../site/routes.ts';
import { answerFor, flattenPaste, loadedFrom, type CallAnswer, type FinderStrings, type Hrefs, type ListItem, type Loaded } from './answer.ts';

/** What the page tells the element, as JSON in `data-finder`. */
export interface FinderConfig extends FinderStrings {
	readonly viewUrl: string;
	readonly locale: Locale;
	readonly base: string;
}

/** The catalog view the finder matches against. */
async function fetchView(url: string): Promise<MatchableCatalog> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`The finder's data answered ${String(response.status)}.`);
	return (await response.json()) as MatchableCatalog;
}

/** A link to an entry, built as nodes: its code, then its title. */
function linkOf(item: ListItem): HTMLAnchorElement {
	const link = document.createElement('a');
	const code = document.createElement('code');
	const title = document.createElement('span');
	link.href = item.href;
	code.textContent = item.code;
	title.textContent = item.title;
	link.append(code, ' ', title);
	return link;
}

/** The box a call answer goes in, right after the message; made on first use so the page's markup need not carry it. */
function callBox(after: HTMLElement): HTMLElement {
	const box = document.createElement('div');
	box.dataset['testid'] = 'find-call';
	box.className = 'cat-find-call';
	after.after(box);
	return box;
}

/** A paragraph of text. */
function para(text: string, testid?: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.textContent = text;
	if (testid) p.dataset['testid'] = testid;
	return p;
}

/** A call answer as nodes: notes, each method with its conditions, the scopes, then the entry and its advice. Text only. */
function callNodes(shown: CallAnswer): Node[] {
	const nodes: Node[] = shown.notes.map((note) => para(note, 'find-call-note'));
	if (shown.scopesLead) nodes.push(para(shown.scopesLead, 'find-call-scopes-lead'));
	const methods = document.createElement('ul');
	methods.dataset['testid'] = 'find-call-methods';
	for (const m of shown.methods) {
		const li = document.createElement('li');
		li.append(linkOf(m.item));
		if (m.note) li.append(para(m.note));
		if (m.conditions.length > 0) {
			const conditions = document.createElement('ul');
			conditions.dataset['testid'] = 'find-call-conditions';
			for (const c of m.conditions) {
				const item = document.createElement('li');
				item.textContent = c;
				conditions.append(item);
			}
			li.append(conditions);
		}
		if (m.scopes && m.scopes.length > 0) {
			const scopes = document.createElement('ul');
			scopes.dataset['testid'] = 'find-call-scopes';
			for (const scope of m.scopes) {
				const item = document.createElement('li');
				const code = document.createElement('code');
				code.textContent = scope;
				item.append(code);
				scopes.append(item);
			}
			li.append(scopes);
		}
		methods.append(li);
	}
	nodes.push(methods);
	const entry = para(shown.entryLead, 'find-call-entry');
	entry.append(' ', linkOf(shown.entry));
	nodes.push(entry);
	if (shown.advice) nodes.push(para(shown.advice));
	return nodes;
}

/** The loaded view, and the matcher itself: both arrive when the reader reaches for the finder, not with the page. */
type Ready = Loaded & { readonly match: (input: string, catalog: MatchableCatalog) => MatchResult };

class CatFind extends HTMLElement {
	#loading: Promise<Ready> | undefined;
	/** Bumped by every submit and every edit: an answer that arrives for an older one is dropped. */
	#generation = 0;

	#load(url: string): Promise<Ready> {
		this.#loading ??= Promise.all([fetchView(url), import('../matcher/match.ts')])
			.then(([data, matcher]) => ({ ...loadedFrom(data), match: matcher.matchError }))
			.catch((cause: unknown) => {
				// A later attempt may succeed (a network blip): forget the failed one.
				this.#loading = undefined;
				throw cause;
			});
		return this.#loading;
	}

	connectedCallback(): void {
		const config = JSON.parse(this.dataset['finder'] ?? '{}') as FinderConfig;
		const form = this.querySelector('form');
		const input = this.querySelector('input');
		const message = this.querySelector<HTMLElement>('[data-testid="find-message"]');
		const list = this.querySelector<HTMLOListElement>('[data-testid="find-candidates"]');
		const answer = this.querySelector<HTMLElement>('[data-testid="find-answer"]');
		const answerStatus = this.querySelector<HTMLElement>('[data-testid="find-answer-status"]');
		const answerAdvice = this.querySelector<HTMLElement>('[data-testid="find-answer-advice"]');
		if (!form || !input || !message || !list || !answer || !answerStatus || !answerAdvice) return;
		const hrefs: Hrefs = {
			error: (id) => withBase(config.base, errorPath(config.locale, slugOf(id))),
			status: (id) => withBase(config.base, statusPath(config.locale, slugOf(id))),
			method: (id) => withBase(config.base, methodPath(config.locale, id)),
		};
		const prefetch = () => void this.#load(config.viewUrl).catch(() => undefined);
		form.addEventListener('pointerenter', prefetch, { once: true });
		input.addEventListener('focus', prefetch, { once: true });

		const clear = () => {
			this.#generation += 1;
			message.textContent = '';
			list.replaceChildren();
			list.hidden = true;
			answerStatus.replaceChildren();
			answerAdvice.textContent = '';
			answer.hidden = true;
			this.querySelector('[data-testid="find-call"]')?.remove();
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clear();
			// The matcher reads at most this much; cutting here also keeps a huge paste out of its regular expressions.
			const text = input.value.slice(0, MAX_INPUT_CHARS);
			const generation = this.#generation;
			this.#load(config.viewUrl).then(
				(loaded) => {
					// The reader edited or submitted again while the data loaded: only the latest submit answers.
					if (generation !== this.#generation) return;
					const shown = answerFor(loaded.match(text, loaded.view), loaded, config, hrefs);
					if (shown.kind === 'open') {
						window.location.assign(shown.href);
					} else if (shown.kind === 'unknown-id') {
						message.textContent = shown.lead;
						answerStatus.replaceChildren(linkOf(shown.status));
						answerAdvice.textContent = shown.advice;
						answer.hidden = false;
						// On a phone the answer may start below the screen: bring it into view, without leaving the page.
						answer.scrollIntoView({ block: 'nearest' });
					} else if (shown.kind === 'call') {
						message.textContent = shown.lead;
						callBox(message).replaceChildren(...callNodes(shown));
					} else if (shown.kind === 'list') {
						message.textContent = shown.lead;
						list.replaceChildren(
							...shown.items.map((item) => {
								const li = document.createElement('li');
								li.append(linkOf(item));
								if (item.badge) {
									const badge = document.createElement('span');
									badge.className = 'cat-find-status';
									badge.textContent = item.badge;
									li.append(' ', badge);
								}
								return li;
							}),
						);
						list.hidden = false;
					} else {
						message.textContent = shown.text;
					}
				},
				() => {
					if (generation === this.#generation) message.textContent = config.loadFailed;
				},
			);
		});
		input.addEventListener('input', clear);
		input.addEventListener('paste', (event) => {
			const flat = flattenPaste(event.clipboardData?.getData('text/plain') ?? '', MAX_INPUT_CHARS);
			if (flat === undefined) return;
			event.preventDefault();
			input.setRangeText(flat, input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length, 'end');
			input.dispatchEvent(new Event('input', { bubbles: true }));
		});
	}
}

if (!customElements.get('cat-find')) customElements.define('cat-find', CatFind);
