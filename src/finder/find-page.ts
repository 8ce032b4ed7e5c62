/**
 * The shareable finder page's logic (`/find/?q=…`, `/ko/find/?q=…`), without
 * a browser: reading the query from the address, where an error's data is,
 * and what to show for a matched error. The custom element
 * (`find-page-element.ts`) wires them to the page; matching itself is the
 * home finder's (`answer.ts`, `src/matcher/`), unchanged.
 */
import { MAX_INPUT_CHARS } from '../matcher/types.ts';
import { withBase } from '../site/routes.ts';

/** The name of the query parameter the page reads: `find/?q=…`. */
export const QUERY_PARAMETER = 'q';

/** The text to find, from a location's search string (`?q=…`): at most what the matcher reads, empty when absent. */
export function queryOf(search: string): string {
	return (new URLSearchParams(search).get(QUERY_PARAMETER) ?? '').slice(0, MAX_INPUT_CHARS);
}

/** The address of the finder page at `findPath` for `query`, as a link or a browser search engine writes it. */
export function findHref(findPath: string, query: string): string {
	return `${findPath}?${new URLSearchParams({ [QUERY_PARAMETER]: query }).toString()}`;
}

/** The JSON API's file of one error (`api/v1/errors/<Id>.json`), under the site's base. */
export function errorDataUrl(base: string, id: string): string {
	return withBase(base, `api/v1/errors/${encodeURIComponent(id)}.json`);
}

/** The part of an error's JSON API file the page shows (see src/api/schema.ts). */
export interface ErrorData {
	readonly id: string;
	readonly status: string;
	readonly http: number;
	readonly text: Readonly<
		Record<
			string,
			{
				readonly title: string;
				readonly summary: { readonly plain: string };
				readonly cause: { readonly plain: string };
				readonly action?: { readonly plain: string };
				readonly userMessage: string;
			}
		>
	>;
}

/** What the page shows for a matched error: plain strings, put into the page as text. */
export interface ErrorAnswer {
	readonly id: string;
	readonly title: string;
	readonly badge: string;
	readonly summary: string;
	readonly cause: string;
	/** Undefined where the sources give no action: the page says so. */
	readonly action?: string;
	readonly userMessage: string;
	readonly href: string;
}

/** The answer for an error from its JSON API file, in `locale`; undefined when the file lacks that locale. */
export function errorAnswerOf(data: ErrorData, locale: string, href: string): ErrorAnswer | undefined {
	const text = data.text[locale];
	if (!text) return undefined;
	return {
		id: data.id,
		title: text.title,
		badge: `HTTP ${String(data.http)} · ${data.status}`,
		summary: text.summary.plain,
		cause: text.cause.plain,
		...(text.action ? { action: text.action.plain } : {}),
		userMessage: text.userMessage,
		href,
	};
}
