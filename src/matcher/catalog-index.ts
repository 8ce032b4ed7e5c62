/**
 * What the matcher precomputes once per catalog object: maps of ids, titles
 * and codes, and (on the first word query) the word index. Everything a query
 * does afterwards costs time in proportion to the query, never a pass over
 * every entry.
 */
import type { MatchableCatalog, MatchableError, MatchableStatus } from './types.ts';
import { FIELD_WEIGHT, WordIndex, type Field, type IndexedEntry } from './word-index.ts';
import { BUILT_IN_ALIASES, buildAliases, exactKey, splitCamel } from './words.ts';


/** The precomputed index of one catalog view. */
export interface MatchIndex {
	readonly catalog: MatchableCatalog;
	/** Every error, then every status, in catalog order; the positions the maps below refer to. */
	readonly entries: readonly IndexedEntry[];
	readonly errors: ReadonlyMap<string, MatchableError>;
	readonly statuses: ReadonlyMap<string, MatchableStatus>;
	/** Statuses by upper-case id, for names typed in any case. */
	readonly statusNames: ReadonlyMap<string, MatchableStatus>;
	/** `exactKey(id)` → entries: `course-not-modifiable`, `resource_exhausted`. */
	readonly looseIds: ReadonlyMap<string, readonly number[]>;
	/** `exactKey(title)` → entries: `수업을수정할수없음`, `permission denied`. */
	readonly titles: ReadonlyMap<string, readonly number[]>;
	/** The word index, built on the first word query: an @Id or a code never pays for it. */
	readonly words: () => WordIndex;
}

const INDEXES = new WeakMap<MatchableCatalog, MatchIndex>();

/** The index of `catalog`, built on first use and cached per object. */
export function indexOf(catalog: MatchableCatalog): MatchIndex {
	let index = INDEXES.get(catalog);
	if (!index) {
		index = buildIndex(catalog);
		INDEXES.set(catalog, index);
	}
	return index;
}

function addTo(map: Map<string, number[]>, key: string, entry: number): void {
	if (key === '') return;
	const list = map.get(key);
	if (!list) map.set(key, [entry]);
	else if (!list.includes(entry)) list.push(entry);
}

/** Keyword, summary and meaning words arrive normalised (see `matcherView`), so they are indexed as they are. */
function normalised(terms: string | undefined, weight: number): Field[] {
	return (terms ?? '')
		.split(' ')
		.filter((t) => t !== '')
		.map((t) => [t, weight] as const);
}

function buildIndex(catalog: MatchableCatalog): MatchIndex {
	const entries: IndexedEntry[] = [];
	const looseIds = new Map<string, number[]>();
	const titles = new Map<string, number[]>();
	const add = (entry: IndexedEntry, title: string | undefined, otherTitles: readonly string[] = []): void => {
		addTo(looseIds, exactKey(entry.id), entries.length);
		for (const t of [title, ...otherTitles]) if (t) addTo(titles, exactKey(t), entries.length);
		entries.push(entry);
	};
	for (const error of catalog.errors) add({ kind: 'error', id: error.id, status: error.status }, error.title, error.otherTitles);
	for (const status of catalog.statuses) add({ kind: 'status', id: status.id, status: status.id }, status.title, status.otherTitles);
	let words: WordIndex | undefined;
	return {
		catalog,
		entries,
		errors: new Map(catalog.errors.map((e) => [e.id, e])),
		statuses: new Map(catalog.statuses.map((s) => [s.id, s])),
		statusNames: new Map(catalog.statuses.map((s) => [s.id.toUpperCase(), s])),
		looseIds,
		titles,
		words: () => (words ??= buildWordIndex(catalog)),
	};
}

/** The word index of a catalog view: ids split into words, titles, keywords, summary and meaning words. */
function buildWordIndex(catalog: MatchableCatalog): WordIndex {
	const words = new WordIndex(catalog.lexicon, buildAliases(BUILT_IN_ALIASES));
	for (const error of catalog.errors) {
		words.add(
			{ kind: 'error', id: error.id, status: error.status },
			[
				[splitCamel(error.id), FIELD_WEIGHT.id],
				[error.title ?? '', FIELD_WEIGHT.title],
			],
			[[(error.keywords ?? []).join(' \n '), FIELD_WEIGHT.keyword]],
			[...normalised(error.keywordTerms, FIELD_WEIGHT.keyword), ...normalised(error.terms, FIELD_WEIGHT.summary)],
		);
	}
	for (const status of catalog.statuses) {
		words.add(
			{ kind: 'status', id: status.id, status: status.id },
			[
				[status.id.replace(/_/g, ' '), FIELD_WEIGHT.id],
				[status.title ?? '', FIELD_WEIGHT.title],
			],
			[[String(status.http), FIELD_WEIGHT.code]],
			normalised(status.terms, FIELD_WEIGHT.summary),
		);
	}
	return words;
}

