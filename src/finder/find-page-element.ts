/**
 * <cat-find-page>: the shareable finder page (`/find/?q=…`). It reads `q`
 * from the address, puts it in the field (as the field's value, never as
 * markup), runs the home finder's matcher on it and shows the answer on the
 * page: for one error its title, summary, cause, what to do and the message
 * for the user, from the error's JSON API file, with a link to its page; for
 * a status its title and advice; otherwise what the home finder shows (an id
 * the catalog lacks with its status's advice, ranked candidates, a message).
 * Submitting the form loads the page again with the new `q`, so every answer
 * has an address to share. `data-state` is `done` once the answer is shown.
 *
 * Every string from the address or the data goes in as text (textContent,
 * the field's value): nothing from `q` is ever parsed as HTML.
 */
import { slugOf } from '../catalog/model.ts';
import type { MatchableCatalog, MatchResult } from '../matcher/types.ts';
import { methodPath } from '../site/method-pages.ts';
import { errorPath, statusPath, withBase } from '../site/routes.ts';
import { callNodes, candidateItem, linkOf, para } from './call-nodes.ts';
import { answerFor, loadedFrom, type Hrefs, type Loaded } from './answer.ts';
import type { FinderConfig } from './element.ts';
import { errorAnswerOf, errorDataUrl, queryOf, type ErrorAnswer, type ErrorData } from './find-page.ts';

/** What the page tells the element, as JSON in `data-finder`: the home finder's and the headings of an answer. */
export interface FindPageConfig extends FinderConfig {
	readonly causeHeading: string;
	readonly actionHeading: string;
	readonly noAction: string;
	readonly userMessageHeading: string;
	readonly adviceHeading: string;
	readonly openPage: string;
}

type Ready = Loaded & { readonly match: (input: string, catalog: MatchableCatalog) => MatchResult };

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${String(response.status)}.`);
	return (await response.json()) as T;
}

/** An element with text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, testId?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (testId) node.dataset['testid'] = testId;
	return node;
}


/** The answer for one error, as nodes. */
function errorNodes(answer: ErrorAnswer, config: FindPageConfig): Node[] {
	const title = element('h2', undefined, 'find-entry-title');
	title.append(element('code', answer.id), ' ', element('span', answer.title));
	const open = element('a', config.openPage, 'find-entry-link');
	open.href = answer.href;
	const more = element('p');
	more.append(open);
	return [
		title,
		element('p', answer.badge, 'find-entry-status'),
		element('p', answer.summary, 'find-entry-summary'),
		element('h3', config.causeHeading),
		element('p', answer.cause, 'find-entry-cause'),
		element('h3', config.actionHeading),
		element('p', answer.action ?? config.noAction, 'find-entry-action'),
		element('h3', config.userMessageHeading),
		element('blockquote', answer.userMessage, 'find-entry-user-message'),
		more,
	];
}

class CatFindPage extends HTMLElement {
	connectedCallback(): void {
		const config = JSON.parse(this.dataset['finder'] ?? '{}') as FindPageConfig;
		const input = this.querySelector('input');
		const message = this.querySelector<HTMLElement>('[data-testid="find-message"]');
		const list = this.querySelector<HTMLOListElement>('[data-testid="find-candidates"]');
		const entry = this.querySelector<HTMLElement>('[data-testid="find-entry"]');
		if (!input || !message || !list || !entry) return;
		const query = queryOf(window.location.search);
		if (query === '') {
			this.dataset['state'] = 'idle';
			return;
		}
		input.value = query;
		this.dataset['state'] = 'loading';
		const hrefs: Hrefs = {
			error: (id) => withBase(config.base, errorPath(config.locale, slugOf(id))),
			status: (id) => withBase(config.base, statusPath(config.locale, slugOf(id))),
			method: (id) => withBase(config.base, methodPath(config.locale, id)),
		};
		const done = () => void (this.dataset['state'] = 'done');
		const ready: Promise<Ready> = Promise.all([fetchJson<MatchableCatalog>(config.viewUrl), import('../matcher/match.ts')]).then(([view, matcher]) => ({
			...loadedFrom(view),
			match: matcher.matchError,
		}));
		ready
			.then(async (loaded) => {
				const result = loaded.match(query, loaded.view);
				const shown = answerFor(result, loaded, config, hrefs);
				if (shown.kind === 'open' && result.kind === 'error') {
					const data = await fetchJson<ErrorData>(errorDataUrl(config.base, result.id)).catch(() => undefined);
					const answer = data && errorAnswerOf(data, config.locale, shown.href);
					if (answer) entry.replaceChildren(...errorNodes(answer, config));
					else entry.replaceChildren(linkOf({ href: shown.href, code: result.id, title: loaded.titles.get(result.id) ?? '' }));
					entry.hidden = false;
				} else if (shown.kind === 'open' && result.kind === 'status') {
					const status = loaded.statuses.get(result.status);
					const title = element('h2', undefined, 'find-entry-title');
					title.append(element('code', `${String(status?.http ?? '')} ${result.status}`.trim()), ' ', element('span', status?.title ?? ''));
					const open = element('a', config.openPage, 'find-entry-link');
					open.href = shown.href;
					const more = element('p');
					more.append(open);
					entry.replaceChildren(title, element('h3', config.adviceHeading), element('p', status?.advice ?? '', 'find-entry-advice'), more);
					entry.hidden = false;
				} else if (shown.kind === 'unknown-id') {
					message.textContent = shown.lead;
					const status = element('p');
					status.append(linkOf(shown.status));
					entry.replaceChildren(status, element('p', shown.advice, 'find-entry-advice'));
					if (shown.call) entry.append(para(shown.call.lead, 'find-call-lead'), ...callNodes(shown.call));
					entry.hidden = false;
				} else if (shown.kind === 'call') {
					message.textContent = shown.lead;
					entry.replaceChildren(...callNodes(shown));
					entry.hidden = false;
				} else if (shown.kind === 'list') {
					message.textContent = shown.lead;
					list.replaceChildren(...shown.items.map(candidateItem));
					list.hidden = false;
				} else if (shown.kind === 'message') {
					message.textContent = shown.text;
				}
			})
			.catch(() => {
				message.textContent = config.loadFailed;
			})
			.finally(done);
	}
}

if (!customElements.get('cat-find-page')) customElements.define('cat-find-page', CatFindPage);
