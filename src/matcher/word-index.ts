/**
 * The matcher's inverted index of words, built once per catalog view, and
 * the ranking of entries by the words they share with a text.
 *
 * Each word counts by how rare it is in the catalog (inverse document
 * frequency) and by where it is (id and title over keywords over summary);
 * Korean syllable bigrams count at half, so spacing mistakes still match; an
 * entry that shares more of the text's words ranks higher. A query visits
 * only the postings of its own words, never every entry.
 *
 * Pure and browser-safe.
 */
import type { KoreanLexicon } from '../search/korean.ts';
import { hangulBigrams, wordsOf, type Aliases } from './words.ts';

/** One entry of the index: an error or a status. */
export interface IndexedEntry {
	readonly kind: 'error' | 'status';
	readonly id: string;
	readonly status: string;
}

/** A text to index for an entry, and how much its words count. */
export type Field = readonly [text: string, weight: number];

/** How much a word counts by where it is. */
export const FIELD_WEIGHT = { id: 3, title: 3, keyword: 2.5, code: 2, summary: 1 } as const;

/** A bigram is weaker evidence than a whole word. */
const BIGRAM_FACTOR = 0.5;
/** Prefix that keeps bigrams apart from words in the postings. */
const BIGRAM = '\u0001';
/** An error ranks above a status with the same words: it is the more useful page. */
const STATUS_FACTOR = 0.9;
/** Candidates scoring under this share of the best are dropped. */
const RELATIVE_CUTOFF = 0.3;
/**
 * Nor does any candidate scoring under this: one common word (`course`) or
 * one word of a long summary is not evidence, while one rare word of a title
 * or id is.
 */
const MIN_SCORE = 2;

interface Posting {
	readonly entry: number;
	readonly weight: number;
}

/** A ranked entry. */
export interface Ranked {
	readonly entry: IndexedEntry;
	readonly score: number;
	/** The share of the text's words the entry has, each word weighed by its rarity (or the share of its bigrams, when it ran words together), 0–1. */
	readonly coverage: number;
}

/** The word index of one catalog view. */
export class WordIndex {
	readonly #entries: IndexedEntry[] = [];
	readonly #postings = new Map<string, Posting[]>();
	/** Per entry: a factor that favours entries whose id and title say little else (the more specific match). */
	readonly #norms: number[] = [];
	readonly #lexicon: KoreanLexicon | undefined;
	readonly #aliases: Aliases;

	/** `lexicon` reads Korean on both sides; `aliases` widen the reader's words only. */
	constructor(lexicon: KoreanLexicon | undefined, aliases: Aliases) {
		this.#lexicon = lexicon;
		this.#aliases = aliases;
	}

	/**
	 * Adds an entry. `named` are the fields that name it (id, title), which
	 * also set its specificity; `fields` are the rest; `terms` are words that
	 * arrive normalised (keyword and summary words from the view) with their
	 * weight.
	 */
	add(entry: IndexedEntry, named: readonly Field[], fields: readonly Field[], terms: readonly Field[]): void {
		const at = this.#entries.length;
		this.#entries.push(entry);
		const best = new Map<string, number>();
		const raise = (key: string, weight: number): void => {
			if (weight > (best.get(key) ?? 0)) best.set(key, weight);
		};
		const naming = new Set<string>();
		for (const [text, weight] of [...named, ...fields]) {
			const words = wordsOf(text, { lexicon: this.#lexicon });
			for (const term of words.terms) raise(term, weight);
			for (const bigram of words.bigrams) raise(BIGRAM + bigram, weight);
			if (named.some(([t]) => t === text)) for (const term of words.terms) naming.add(term);
		}
		for (const [term, weight] of terms) {
			raise(term, weight);
			for (const bigram of hangulBigrams(term)) raise(BIGRAM + bigram, weight);
		}
		for (const [key, weight] of best) {
			const list = this.#postings.get(key);
			if (list) list.push({ entry: at, weight });
			else this.#postings.set(key, [{ entry: at, weight }]);
		}
		this.#norms.push(1 / (1 + 0.05 * naming.size));
	}

	/** The entries whose words come closest to `text`, best first, at most `limit`. */
	rank(text: string, limit: number): Ranked[] {
		const words = wordsOf(text, { aliases: this.#aliases, lexicon: this.#lexicon });
		const total = this.#entries.length;
		const scores = new Map<number, { score: number; terms: number; bigrams: number; weight: number }>();
		// The weight of the text's words, each by its rarity (a word no entry has
		// weighs most): what `coverage` divides by, so that common words ("course",
		// "user") cannot cover a text on their own.
		const unseen = Math.log(1 + Math.max(1, total));
		let textWeight = 0;
		const visit = (key: string, factor: number, kind: 'terms' | 'bigrams'): void => {
			const list = this.#postings.get(key);
			if (kind === 'terms') textWeight += list ? Math.log(1 + total / list.length) : unseen;
			if (!list) return;
			const idf = Math.log(1 + total / list.length);
			const seen = new Set<number>();
			for (const posting of list) {
				const s = scores.get(posting.entry) ?? { score: 0, terms: 0, bigrams: 0, weight: 0 };
				s.score += idf * posting.weight * factor;
				if (!seen.has(posting.entry)) {
					s[kind] += 1;
					if (kind === 'terms') s.weight += idf;
					seen.add(posting.entry);
				}
				scores.set(posting.entry, s);
			}
		};
		for (const term of words.terms) visit(term, 1, 'terms');
		for (const bigram of words.bigrams) visit(BIGRAM + bigram, BIGRAM_FACTOR, 'bigrams');
		const ranked = [...scores]
			.map(([at, s]) => {
				// The share of the text's words the entry has: whole words, or bigrams when the text ran words together.
				const bigramShare = words.bigrams.length > 0 ? s.bigrams / words.bigrams.length : 0;
				const coverage = Math.max(s.terms / Math.max(1, words.terms.length), bigramShare);
				const kind = this.#entries[at]?.kind === 'status' ? STATUS_FACTOR : 1;
				const weighted = Math.max(textWeight > 0 ? s.weight / textWeight : 0, bigramShare);
				return { at, coverage: Math.min(1, weighted), score: s.score * (0.5 + 0.5 * coverage) * (this.#norms[at] ?? 1) * kind };
			})
			.sort((a, b) => b.score - a.score || a.at - b.at);
		const top = ranked[0]?.score ?? 0;
		return ranked
			.filter((r) => r.score >= MIN_SCORE && r.score >= top * RELATIVE_CUTOFF)
			.slice(0, limit)
			.flatMap((r) => {
				const entry = this.#entries[r.at];
				return entry ? [{ entry, score: Math.round(r.score * 100) / 100, coverage: r.coverage }] : [];
			});
	}
}
