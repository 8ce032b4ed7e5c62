/**
 * A query as the search dialog's results' header names it: a long paste
 * shortened, its start kept (what the reader recognises). Part of every
 * page's search script, so it stays this small. Pure.
 */

/** `text` cut to at most `max` characters at a space where it can be, with `…` when cut. */
export function shorten(text: string, max: number): string {
	const plain = text.replace(/\s+/g, ' ').trim();
	if (plain.length <= max) return plain;
	const cut = plain.slice(0, max - 1);
	// Cut at the last space, unless the cut already ends a word (the next character is a space).
	const space = plain[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,:;]+$/, '')}…`;
}

/** How long a query may be in the results' header before it is shortened. */
export const MAX_QUERY_SHOWN = 48;

/** The query as the results' header names it: a long paste shortened (its start is what the reader recognises). */
export function shownQuery(text: string): string {
	return shorten(text, MAX_QUERY_SHOWN);
}
