/**
 * One locale's view of the catalog for the matcher: ids, codes, titles, and
 * the words of each entry's keywords and summary, the titles in the other
 * locales (matched exactly, so a title pasted into the other language's
 * finder still finds its entry) and each status's advice (shown beside an id
 * the catalog lacks), and nothing else. The site embeds
 * it in the home page's finder and `catalog explain` builds the same view, so
 * both match with the same data.
 *
 * Structural on purpose: the validated `Catalog` fits `LocalizedCatalog`, and
 * nothing here imports the catalog module, so the YAML loader never reaches a
 * browser bundle.
 */
import { lexiconFromGlossary, NO_LEXICON, type KoreanLexicon } from '../search/korean.ts';
import type { MatchableCatalog, MatchableError, MatchableMethod, MatchableStatus } from './match.ts';
import { splitCamel, wordsOf } from './words.ts';

/** What the view is built from; the validated `Catalog` fits it. */
export interface LocalizedCatalog<L extends string> {
	readonly statuses: readonly {
		readonly id: string;
		readonly http: number;
		readonly grpcCode: number;
		readonly text: Readonly<
			Record<L, { readonly title: string; readonly meaning: { readonly plain: string }; readonly advice?: { readonly plain: string }; readonly keywords?: readonly string[] }>
		>;
	}[];
	readonly errors: readonly {
		readonly id: string;
		readonly status: string;
		readonly text: Readonly<Record<L, { readonly title: string; readonly summary: { readonly plain: string }; readonly keywords?: readonly string[] }>>;
	}[];
	/** The glossary: its terms are kept whole and its avoided words read as its terms, in Korean text. */
	readonly glossary?: readonly { readonly ko: string; readonly avoid: readonly string[] }[];
	/** The API's methods (from the discovery document), to name the method of a pasted call. */
	readonly methods?: readonly {
		readonly id: string;
		readonly httpMethod: string;
		readonly path: string;
		readonly scopes: readonly string[];
		readonly returns: readonly { readonly status: string; readonly condition: string; readonly errorIds: readonly string[] }[];
	}[];
	/** The conditions the methods name, written in every locale. */
	readonly conditions?: readonly { readonly key: string; readonly text: Readonly<Record<L, string>> }[];
}

/** The methods as the matcher sees them, and their conditions' text in `locale`; nothing when the catalog has no methods. */
function methodsView<L extends string>(catalog: LocalizedCatalog<L>, locale: L): Pick<MatchableCatalog, 'methods' | 'conditions'> {
	if (!catalog.methods || catalog.methods.length === 0) return {};
	const methods: MatchableMethod[] = catalog.methods.map((m) => ({
		id: m.id,
		httpMethod: m.httpMethod,
		path: m.path,
		scopes: m.scopes,
		returns: m.returns.map((r) => (r.errorIds.length > 0 ? { status: r.status, condition: r.condition, errors: r.errorIds } : { status: r.status, condition: r.condition })),
	}));
	const conditions = Object.fromEntries((catalog.conditions ?? []).map((c) => [c.key, c.text[locale]]));
	return { methods, conditions };
}

/** The distinct words of `text` that `known` lacks, normalised, space-separated. */
function summaryTerms(text: string, known: string, lexicon: KoreanLexicon): string {
	const have = new Set(wordsOf(known, { lexicon }).terms);
	return wordsOf(text, { lexicon })
		.terms.filter((t) => !have.has(t))
		.join(' ');
}

/** The titles of an entry in the locales other than `locale`, as a field to spread (none when there are none). */
function otherTitles<L extends string>(text: Readonly<Record<L, { readonly title: string }>>, locale: L): { otherTitles?: readonly string[] } {
	const titles = (Object.keys(text) as L[]).filter((l) => l !== locale).map((l) => text[l].title);
	return titles.length === 0 ? {} : { otherTitles: titles };
}

/**
 * The matcher's view of `catalog` in `locale`. Keywords, error summaries and
 * status meanings are reduced to their distinct normalised words, minus
 * those a weightier field already carries: they rank candidates but are
 * never shown, so the phrases themselves need not travel to the browser.
 */
export function matcherView<L extends string>(catalog: LocalizedCatalog<L>, locale: L): MatchableCatalog {
	// The glossary is the Korean one (its avoided words are Korean), so it shapes the Korean view only.
	const lexicon = locale === 'ko' && catalog.glossary ? lexiconFromGlossary(catalog.glossary) : NO_LEXICON;
	const statuses: MatchableStatus[] = catalog.statuses.map((s) => {
		const text = s.text[locale];
		const terms = summaryTerms([text.meaning.plain, ...(text.keywords ?? [])].join(' \n '), `${s.id.replace(/_/g, ' ')} ${text.title}`, lexicon);
		const view: MatchableStatus = { id: s.id, http: s.http, grpcCode: s.grpcCode, title: text.title, ...otherTitles(s.text, locale), ...(text.advice ? { advice: text.advice.plain } : {}) };
		return terms === '' ? view : { ...view, terms };
	});
	const errors: MatchableError[] = catalog.errors.map((e) => {
		const text = e.text[locale];
		const named = `${splitCamel(e.id)} ${text.title}`;
		const keywords = (text.keywords ?? []).join(' \n ');
		const keywordTerms = summaryTerms(keywords, named, lexicon);
		const terms = summaryTerms(text.summary.plain, `${named} ${keywords}`, lexicon);
		const view: MatchableError = { id: e.id, status: e.status, title: text.title, ...otherTitles(e.text, locale) };
		return {
			...view,
			...(keywordTerms !== '' ? { keywordTerms } : {}),
			...(terms !== '' ? { terms } : {}),
		};
	});
	const methods = methodsView(catalog, locale);
	return lexicon === NO_LEXICON ? { statuses, errors, ...methods } : { statuses, errors, lexicon, ...methods };
}
