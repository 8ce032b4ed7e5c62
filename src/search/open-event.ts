/**
 * The event that opens the site search on a query from elsewhere on the page
 * (the 404 page's search box): dispatched on `document`, heard by the search
 * element in the header, which opens its dialog with the query in the box and
 * runs it at once. An event rather than an import, so a page never loads the
 * search code just to be able to hand it a query.
 */
export const SEARCH_OPEN_EVENT = 'cat-search-open';

/** The event's detail. */
export interface SearchOpenDetail {
	/** What to search for, as the reader would have typed it. */
	readonly query: string;
}

/** The query of an event's detail, or undefined when the detail is not one. */
export function queryOf(detail: unknown): string | undefined {
	if (typeof detail !== 'object' || detail === null) return undefined;
	const { query } = detail as Record<string, unknown>;
	return typeof query === 'string' ? query : undefined;
}
