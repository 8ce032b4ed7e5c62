/**
 * What the search index holds for a page beyond its visible text, computed at
 * build time from the catalog model: Pagefind metadata fields that are
 * searched and weighted but never shown.
 *
 * - `ids`: every run of an id's parts (`notmodifiable`), so a partial id finds its page;
 * - `keywords`: the words users type for an error (the catalog's `keywords`), in the page's language;
 * - `norm` (Korean pages): the stems of the page's text and keywords, through the same
 *   normaliser that reads the query, so particles, endings and spacing do not stop a match
 *   (see koreanNorm for which texts also get their stems joined in pairs);
 * - `kind`: what the page is (error, status), for the result list.
 *
 * Each value is a space-separated list of words, without punctuation (Pagefind
 * splits metadata on spaces). Pure.
 */
import type { Catalog, ErrorEntry, Locale, StatusEntry } from '../catalog/index.ts';
import { koreanIndexTerms, koreanTerms, type KoreanLexicon } from './korean.ts';
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

/** The index terms (stems and joined pairs) of each text, unique: no pair joins the end of one text to the start of the next. */
function koreanIndexTermsOf(texts: readonly string[], lexicon: KoreanLexicon): string[] {
	return [...new Set(texts.flatMap((text) => koreanIndexTerms(text, lexicon)))];
}

/**
 * The `norm` field of a Korean page: the stems of all its text, and, for the
 * short texts where the compound nouns readers run together live (the title
 * and each keyword), also their adjacent stems joined (`공동교사` for
 * `공동 교사`). Joined pairs from the prose as well made Korean index 10 KB
 * (gzip) bigger, a fifth of it, and found no query better: neither the
 * benchmark's nor any pair of a title's stems typed as one word.
 */
function koreanNorm(shortTexts: readonly string[], prose: readonly string[], lexicon: KoreanLexicon): string {
	return [...new Set([...koreanIndexTermsOf(shortTexts, lexicon), ...prose.flatMap((text) => koreanTerms(text, lexicon))])].join(' ');
}

function withoutEmpty(fields: Record<string, string>): SearchFields {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
}

/** The hidden search fields of an error's page in `locale`. */
export function errorSearchFields(entry: ErrorEntry, locale: Locale, lexicon: KoreanLexicon, catalogIds: ReadonlySet<string> = new Set()): SearchFields {
	const text = entry.text[locale];
	return withoutEmpty({
		kind: 'error',
		ids: idIndexTerms(entry.id, catalogIds).join(' '),
		keywords: locale === 'ko' ? koreanIndexTermsOf(text.keywords, lexicon).join(' ') : plainWords(text.keywords),
		norm: locale === 'ko' ? koreanNorm([text.title, ...text.keywords], [text.summary.plain, text.cause.plain, text.action?.plain ?? ''], lexicon) : '',
	});
}

/** The hidden search fields of a status's page in `locale`. */
export function statusSearchFields(entry: StatusEntry, locale: Locale, lexicon: KoreanLexicon, catalogIds: ReadonlySet<string> = new Set()): SearchFields {
	const text = entry.text[locale];
	return withoutEmpty({
		kind: 'status',
		ids: [...idIndexTerms(entry.id, catalogIds), String(entry.http)].join(' '),
		keywords: locale === 'ko' ? koreanIndexTermsOf(text.keywords, lexicon).join(' ') : plainWords(text.keywords),
		norm: locale === 'ko' ? koreanNorm([text.title, ...text.keywords], [text.meaning.plain, text.advice.plain], lexicon) : '',
	});
}
