/**
 * The compact list the 404 page fetches, one file per locale
 * (`not-found/<locale>.json`): ids, status codes and titles, no other text.
 * The 404 page itself embeds none of it, so its own weight does not grow
 * with the catalog; the list is fetched only when an address is missing.
 */
import type { Catalog, Locale } from '../catalog/index.ts';
import type { NotFoundLookup } from './resolve.ts';

/** The folder of the lookup files inside the site. */
export const LOOKUP_FOLDER = 'not-found/';

/** Site path of a locale's lookup file (without the base). */
export function lookupPath(locale: Locale): string {
	return `${LOOKUP_FOLDER}${locale}.json`;
}

/** The lookup of one locale, in catalog order. */
export function buildNotFoundLookup(catalog: Catalog, locale: Locale): NotFoundLookup {
	const statusIndex = new Map(catalog.statuses.map((status, index) => [status.id, index]));
	return {
		statuses: catalog.statuses.map((status) => [status.id, status.http, status.grpcCode, status.text[locale].title] as const),
		errors: catalog.errors.map((error) => [error.id, statusIndex.get(error.status) ?? -1, error.text[locale].title] as const),
	};
}

/** The file's text: compact JSON (no indentation: it is data for a script, and every byte is fetched). */
export function lookupJson(lookup: NotFoundLookup): string {
	return JSON.stringify(lookup);
}
