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
import { errorPath, statusPath, withBase } from '../site/routes.ts';
import { answerMatch, cardFor, firstSentence, type AnswerCard, type AnswerCatalog, type AnswerStrings } from './error-answer.ts';

/** What the dialog tells the lookup. */
export interface LookupConfig {
	readonly locale: Locale;
	readonly base: string;
	readonly strings: AnswerStrings;
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
	private view: Promise<{ view: MatchableCatalog; catalog: AnswerCatalog }> | undefined;

	constructor(config: LookupConfig) {
		this.config = config;
	}

	private load(): Promise<{ view: MatchableCatalog; catalog: AnswerCatalog }> {
		const { base, locale } = this.config;
		this.view ??= fetchJson(withBase(base, `finder/${locale}.json`)).then(
			(data) => {
				const view = data as MatchableCatalog;
				const titles = new Map(view.errors.map((e) => [e.id, e.title ?? '']));
				const statuses = new Map(view.statuses.map((s) => [s.id, s]));
				const withErrors = new Set(view.errors.map((e) => e.status));
				const catalog: AnswerCatalog = {
					errorTitle: (id) => titles.get(id),
					status: (id) => statuses.get(id),
					statusesWithErrors: view.statuses.filter((s) => withErrors.has(s.id)).map((s) => s.id),
					errorHref: (id) => withBase(base, errorPath(locale, slugOf(id))),
					statusHref: (id) => withBase(base, statusPath(locale, slugOf(id))),
				};
				return { view, catalog };
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
		const { view, catalog } = await this.load();
		const input = text.slice(0, MAX_INPUT_CHARS);
		const result = answerMatch(input, (t) => matchError(t, view));
		return result ? cardFor(result, catalog, this.config.strings) : undefined;
	}

	/** An error's what-to-do, one sentence, from its file of the JSON API (its summary when it has no action). */
	async todo(id: string): Promise<string | undefined> {
		const file = (await fetchJson(withBase(this.config.base, `api/v1/errors/${encodeURIComponent(id)}.json`))) as ErrorFile;
		const text = file.text?.[this.config.locale];
		const plain = text?.action?.plain ?? text?.summary?.plain;
		return plain ? firstSentence(plain) : undefined;
	}
}
