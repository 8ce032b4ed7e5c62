/**
 * What the search index holds for a page beyond its visible text, computed at
 * build time from the catalog model: Pagefind metadata fields that are
 * searched and weighted but never shown.
 *
 * - `ids`: every run of an id's parts (`notmodifiable`), so a partial id finds its page;
 * - `keywords`: the words users type for an error (the catalog's `keywords`), in the page's language;
 * - `norm` (Korean pages): the stems of the page's text and keywords, through the same
 *   normaliser that reads the query, so particles, endings and spacing do not stop a match;
 * - `kind`: what the page is (error, status), for the result list.
 *
 * Each value is a space-separated list of words, without punctuation (Pagefind
 * splits metadata on spaces). Pure.
 */
import type { Catalog, ErrorEntry, Locale, StatusEntry } from '../catalog/index.ts';
import { koreanIndexTerms, type KoreanLexicon } from './korean.ts';
import { idIndexTerms, indexIdKeys } from './query.ts';

/** The keys idIndexTerms compares runs with: every error and status id of the catalog (built once per build). */
export function catalogIdKeys(catalog: Catalog): ReadonlySet<string> {
	let keys = ID_KEYS.get(catalog);
	if (!keys) {
		keys = indexIdKeys([...catalog.errors.map((e) => e.id), ...catalog.statuses.map((s) => s.id)]);
		ID_KEYS.set(catalog, keys);
	}
	return keys;
}
const ID_KEYS = new WeakMap<Catalog, ReadonlySet<string>>();

/** Pagefind metadata fields, by name; an empty value is left out. */
export type SearchFields = Readonly<Record<string, string>>;

/**
 * The words of a text for a metadata field: lowercased, apostrophes dropped
 * (`can't` → `cant`, as Pagefind indexes it), other punctuation but hyphens
 * removed, so Pagefind reads `co-teacher` as it does in page text.
 */
function plainWords(texts: readonly string[]): string {
	const words = texts.flatMap((t) => t.toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}\s-]+/gu, ' ').split(/\s+/));
	return [...new Set(words.filter((w) => /[\p{L}\p{N}]/u.test(w)))].join(' ');
}

function withoutEmpty(fields: Record<string, string>): SearchFields {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
}

/** The hidden search fields of an error's page in `locale`. */
export function errorSearchFields(entry: ErrorEntry, locale: Locale, lexicon: KoreanLexicon, catalogIds: ReadonlySet<string> = new Set()): SearchFields {
	const text = entry.text[locale];
	const prose = [text.title, text.summary.plain, text.cause.plain, text.action?.plain ?? ''];
	return withoutEmpty({
		kind: 'error',
		ids: idIndexTerms(entry.id, catalogIds).join(' '),
		keywords: locale === 'ko' ? koreanIndexTerms(text.keywords.join(' . '), lexicon).join(' ') : plainWords(text.keywords),
		norm: locale === 'ko' ? koreanIndexTerms([...prose, ...text.keywords].join(' . '), lexicon).join(' ') : '',
	});
}

/** The hidden search fields of a status's page in `locale`. */
export function statusSearchFields(entry: StatusEntry, locale: Locale, lexicon: KoreanLexicon, catalogIds: ReadonlySet<string> = new Set()): SearchFields {
	const text = entry.text[locale];
	return withoutEmpty({
		kind: 'status',
		ids: [...idIndexTerms(entry.id, catalogIds), String(entry.http)].join(' '),
		keywords: locale === 'ko' ? koreanIndexTerms(text.keywords.join(' . '), lexicon).join(' ') : plainWords(text.keywords),
		norm: locale === 'ko' ? koreanIndexTerms([text.title, text.meaning.plain, text.advice.plain, ...text.keywords].join(' . '), lexicon).join(' ') : '',
	});
}
