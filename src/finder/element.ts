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
import { callBox, callNodes, candidateItem, linkOf, para } from './call-nodes.ts';
import { answerFor, flattenPaste, loadedFrom, type FinderStrings, type Hrefs, type Loaded } from './answer.ts';

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
						// The call that got it, under the status's advice, led by its own lead (the message names the id).
						if (shown.call) callBox(answer).replaceChildren(para(shown.call.lead, 'find-call-lead'), ...callNodes(shown.call));
						// On a phone the answer may start below the screen: bring it into view, without leaving the page.
						answer.scrollIntoView({ block: 'nearest' });
					} else if (shown.kind === 'call') {
						// The lead goes in the announced message, as for an id the catalog lacks; the rest under it.
						message.textContent = shown.lead;
						const box = callBox(message);
						box.replaceChildren(...callNodes(shown));
						box.scrollIntoView({ block: 'nearest' });
					} else if (shown.kind === 'list') {
						message.textContent = shown.lead;
						list.replaceChildren(...shown.items.map(candidateItem));
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
