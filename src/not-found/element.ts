/**
 * <cat-not-found>: the 404 page's script. It reads the missing address,
 * sends a near miss straight to its page (`location.replace`, with the link
 * shown too), and otherwise lists the errors the address most resembles and
 * offers the site search with the address's words in the box.
 * It also points the language switch at the same address in the other
 * language, which is a real page or that language's 404 for it.
 *
 * Nothing from the address is ever parsed as markup: it is shown with
 * `textContent`, and links are built from the catalog's ids and from the
 * cleaned path (always on this site; see `pathInLocale`).
 *
 * Attributes (set by NotFoundPage.astro):
 *   data-base    the site's base path
 *   data-locale  the locale of this rendering
 *   data-lookup  URL of this locale's lookup file (src/not-found/lookup.ts)
 */
import { isLocale, LOCALES, LOCALE_INFO, SOURCE_LOCALE, type Locale } from '../catalog/locales.ts';
import { normalizeBase, withBase } from '../site/routes.ts';
import { LEAVING_ATTRIBUTE, renderingPath } from './early-script.ts';
import { SEARCH_OPEN_EVENT, type SearchOpenDetail } from '../search/open-event.ts';
import { nearMissTarget, pathInLocale, readMissingPath, searchWordsOf, suggest, type MissingPath, type NotFoundLookup } from './resolve.ts';

/** The longest piece of an address shown back to the reader. */
const MAX_SHOWN = 200;

function decodedForDisplay(pathname: string): string {
	let text: string;
	try {
		text = decodeURIComponent(pathname);
	} catch {
		text = pathname;
	}
	return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function isLookup(value: unknown): value is NotFoundLookup {
	if (typeof value !== 'object' || value === null) return false;
	const { errors, statuses } = value as Record<string, unknown>;
	return Array.isArray(errors) && Array.isArray(statuses);
}

/** The locale a language-switch option leads to, from the path Starlight gave it. */
function optionLocale(value: string, base: string): Locale {
	const rest = value.startsWith(base) ? value.slice(base.length) : value.replace(/^\/+/, '');
	for (const locale of LOCALES) {
		const prefix = LOCALE_INFO[locale].pathPrefix;
		if (prefix !== '' && `${rest}/`.startsWith(prefix)) return locale;
	}
	return SOURCE_LOCALE;
}

class CatNotFound extends HTMLElement {
	connectedCallback(): void {
		// The head script is already taking the reader to the other language's rendering.
		if (document.documentElement.hasAttribute(LEAVING_ATTRIBUTE)) return;
		const base = normalizeBase(this.dataset['base']);
		const here = this.dataset['locale'];
		if (!isLocale(here)) return;
		const pathname = window.location.pathname;
		// Opened at its own address (`/ko/404/`): there is no missing address to read.
		if (pathname === base + renderingPath(here)) return;

		const missing = readMissingPath(pathname, base);
		const shown = this.querySelector<HTMLElement>('[data-nf-path]');
		if (shown) {
			shown.textContent = decodedForDisplay(pathname);
			shown.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
		}
		this.retargetLanguageLinks(missing, base);
		void this.resolve(missing, base);
	}

	/** Starlight's language switch and the page's own link lead to this address in the other language. */
	private retargetLanguageLinks(missing: MissingPath, base: string): void {
		for (const option of document.querySelectorAll<HTMLOptionElement>('starlight-lang-select option')) {
			option.value = pathInLocale(missing, base, optionLocale(option.value, base));
		}
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-nf-locale]')) {
			const locale = link.dataset['nfLocale'];
			if (isLocale(locale)) link.href = pathInLocale(missing, base, locale);
		}
	}

	private async resolve(missing: MissingPath, base: string): Promise<void> {
		const url = this.dataset['lookup'];
		if (!url) return;
		let lookup: unknown;
		try {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${url} answered ${String(response.status)}`);
			lookup = await response.json();
		} catch {
			// The static links below still help; the failed request is already in the console.
			this.reveal('[data-nf-none]');
			return;
		}
		if (!isLookup(lookup)) return;

		const target = nearMissTarget(missing, lookup);
		if (target !== undefined) {
			const href = withBase(base, target) + window.location.search + window.location.hash;
			// Never "redirect" to this same address (a host that lost a page would loop).
			if (new URL(href, window.location.href).pathname !== window.location.pathname) {
				const link = this.querySelector<HTMLAnchorElement>('[data-nf-redirect] a');
				if (link) {
					link.href = href;
					link.textContent = withBase(base, target);
				}
				this.reveal('[data-nf-redirect]');
				window.location.replace(href);
				return;
			}
		}

		this.offerSearch(missing);
		const suggestions = suggest(missing, lookup);
		const list = this.querySelector('[data-nf-suggestions] ul');
		if (!list || suggestions.length === 0) {
			this.reveal('[data-nf-none]');
			return;
		}
		for (const suggestion of suggestions) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = withBase(base, suggestion.path);
			const code = document.createElement('code');
			code.textContent = suggestion.id;
			link.append(code);
			item.append(link, document.createTextNode(` ${suggestion.title}`));
			list.append(item);
		}
		this.reveal('[data-nf-suggestions]');
	}

	/**
	 * The search box, with the address's own words in it (the reader's typo
	 * included: the search is typo-tolerant); submitting opens the site's
	 * search dialog on them. Offered whether or not anything resembles the
	 * address, since the words may mean something no id spells.
	 */
	private offerSearch(missing: MissingPath): void {
		const form = this.querySelector<HTMLFormElement>('[data-nf-search]');
		const input = form?.querySelector<HTMLInputElement>('input');
		if (!form || !input) return;
		input.value = searchWordsOf(missing).join(' ');
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const detail: SearchOpenDetail = { query: input.value };
			document.dispatchEvent(new CustomEvent(SEARCH_OPEN_EVENT, { detail }));
		});
		form.removeAttribute('hidden');
	}

	private reveal(selector: string): void {
		this.querySelector<HTMLElement>(selector)?.removeAttribute('hidden');
	}
}

customElements.define('cat-not-found', CatNotFound);
