/**
 * The site's search, as the dialog runs it (and the benchmark, through the
 * dialog's element): a query is read into concepts (query.ts), Pagefind is
 * asked for all of them at once and for each term on its own, and pages are
 * ranked by what they match (rank.ts), so a query with one word too many
 * still finds its page.
 *
 * It talks to Pagefind's JavaScript API through the small interface below,
 * so it runs against a fake in unit tests. Browser-safe; no DOM.
 */
import type { KoreanLexicon } from './korean.ts';
import { parseQuery, strictQuery, type QueryConcept } from './query.ts';
import { RANK_DEFAULTS, rankPages, type RankOptions, type TermHit } from './rank.ts';

/** What a result's data holds (the part of Pagefind's fragment the dialog reads). */
export interface PagefindData {
	readonly url: string;
	/** HTML with `<mark>` around matches, the page text entity-escaped by Pagefind. */
	readonly excerpt: string;
	/** The page's whole indexed text, to tell where the excerpt was cut from it. */
	readonly content?: string;
	readonly meta: Readonly<Record<string, string | undefined>>;
}

/** One Pagefind result. */
export interface PagefindResult {
	readonly id: string;
	readonly score: number;
	data(): Promise<PagefindData>;
}

/** The part of Pagefind's JavaScript API (`pagefind.js`) the engine uses. */
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<unknown>;
	init?(): Promise<unknown>;
	search(term: string): Promise<{ readonly results: readonly PagefindResult[] } | null>;
	preload(term: string): Promise<unknown>;
}

/** One page found, ranked. */
export interface SearchHit {
	/** Pagefind's page id. */
	readonly id: string;
	readonly score: number;
	/** The share of the query the page matches (1 when it matches every concept). */
	readonly coverage: number;
	/** Loads the page's URL, title, meta and excerpt. */
	data(): Promise<PagefindData>;
}

/** The answer to one query. */
export interface SearchAnswer {
	readonly query: string;
	readonly concepts: readonly QueryConcept[];
	readonly hits: readonly SearchHit[];
	/** Whether some page matched every concept. */
	readonly strict: boolean;
}

/**
 * Pagefind's ranking for this site: title-like fields (the id in the `h1`,
 * the error's title in `label`, every part of the id in `ids`) and the
 * curated `keywords` weigh more than body text; the Korean stems in `norm`
 * weigh a little more than the text they come from. A high term similarity
 * keeps a short query word from matching long unrelated words by prefix.
 */
export const PAGEFIND_RANKING = {
	termSimilarity: 6,
	pageLength: 0.25,
	termFrequency: 0.5,
	termSaturation: 1.4,
	metaWeights: { title: 6, label: 4, ids: 6, keywords: 3, norm: 1.5 },
} as const;

/** How many term answers the engine keeps, so retyping a query costs no new search. */
const CACHE_SIZE = 200;

/** The search engine of one page: one Pagefind instance, one lexicon. */
export class CatalogSearch {
	private readonly cache = new Map<string, Promise<readonly PagefindResult[]>>();
	private readonly pagefind: PagefindApi;
	private readonly lexicon: KoreanLexicon;
	private readonly rankOptions: RankOptions;

	constructor(pagefind: PagefindApi, lexicon: KoreanLexicon, rankOptions: RankOptions = RANK_DEFAULTS) {
		this.pagefind = pagefind;
		this.lexicon = lexicon;
		this.rankOptions = rankOptions;
	}

	/** Starts loading what a query needs (index chunks) while the reader is still typing. */
	preload(text: string): void {
		for (const concept of parseQuery(text, this.lexicon)) for (const term of concept.terms) void this.pagefind.preload(term);
	}

	/** The ranked pages for what the reader typed. */
	async query(text: string): Promise<SearchAnswer> {
		const concepts = parseQuery(text, this.lexicon);
		if (concepts.length === 0) return { query: text, concepts, hits: [], strict: false };
		const strictTerm = strictQuery(concepts);
		const terms = [...new Set(concepts.flatMap((c) => c.terms))];
		const single = concepts.length === 1 && terms.length === 1;
		const [strictResults, ...termResults] = await Promise.all([this.search(strictTerm), ...(single ? [] : terms.map((t) => this.search(t)))]);
		const byId = new Map<string, PagefindResult>();
		for (const results of [...termResults, strictResults]) for (const r of results ?? []) byId.set(r.id, r);
		if (single) {
			const hits = (strictResults ?? []).map((r) => ({ id: r.id, score: r.score, coverage: 1, data: () => r.data() }));
			return { query: text, concepts, hits, strict: hits.length > 0 };
		}
		const hitsByTerm = new Map<string, readonly TermHit[]>(terms.map((t, i) => [t, termResults[i] ?? []]));
		const strictById = new Map((strictResults ?? []).map((r) => [r.id, r]));
		// The result object whose excerpt matches the page best: the strict one, else the best term's.
		const resultOf = new Map<string, Map<string, PagefindResult>>(terms.map((t, i) => [t, new Map((termResults[i] ?? []).map((r) => [r.id, r]))]));
		const ranked = rankPages(concepts, hitsByTerm, this.rankOptions);
		const hits = ranked.map((page) => {
			const result = strictById.get(page.id) ?? resultOf.get(page.term)?.get(page.id) ?? byId.get(page.id);
			return { id: page.id, score: page.score, coverage: page.coverage, data: () => (result ? result.data() : Promise.reject(new Error(`No result for page ${page.id}.`))) };
		});
		// Pagefind's own all-words answer can include pages that matched an unknown word only by a stray prefix; the ranking's coverage does not.
		return { query: text, concepts, hits, strict: ranked.some((page) => page.coverage === 1) };
	}

	private search(term: string): Promise<readonly PagefindResult[]> {
		let answer = this.cache.get(term);
		if (!answer) {
			answer = this.pagefind.search(term).then((r) => r?.results ?? []);
			this.cache.set(term, answer);
			if (this.cache.size > CACHE_SIZE) {
				const oldest = this.cache.keys().next().value;
				if (oldest !== undefined) this.cache.delete(oldest);
			}
		}
		return answer;
	}
}
