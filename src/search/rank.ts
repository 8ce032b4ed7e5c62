/**
 * Ranking when not every word of a query is on one page: pages are scored by
 * the concepts they match, each concept by its best alternative, weighted by
 * the concept's weight, with a bonus for matching more of the query. A page
 * that matches every concept (what Pagefind's own all-words search returns)
 * therefore still comes first when it matches them well, and a query with
 * one extra word still finds the pages that match the rest.
 *
 * Pure: it works on the scores Pagefind returned for each term.
 */
import type { QueryConcept } from './query.ts';

/** One page Pagefind returned for one term, with its score. */
export interface TermHit {
	readonly id: string;
	readonly score: number;
}

/** A page, ranked. */
export interface RankedPage {
	readonly id: string;
	readonly score: number;
	/** The share of the query's weight the page matches, 0 to 1. */
	readonly coverage: number;
	/** The term whose hit stands for this page (for its excerpt): the best-scoring one. */
	readonly term: string;
}

/** The knobs of the ranking, with the values the benchmark settled on. */
export interface RankOptions {
	/** How much a page's coverage multiplies its score: score × (1 + coverageBonus × coverage²). */
	readonly coverageBonus: number;
	/**
	 * A hit scoring below this share of its term's best hit does not count as
	 * matching the concept. Pagefind answers a word it does not know with the
	 * longest indexed word the query word starts with (`archived` with `a`),
	 * which scores far below a real match.
	 */
	readonly minShareOfBest: number;
	/**
	 * A concept's alternatives are listed best first, and a page is scored by
	 * the first one it matches. A later alternative counts at most this share
	 * of the best score of the earlier ones: a page that has the whole id
	 * (`memberlimitreached`) outranks pages that only have its parts
	 * (`member limit reached`, which `membershiplimitreached` has too).
	 */
	readonly alternateDiscount: number;
}

/** The ranking's defaults. */
export const RANK_DEFAULTS: RankOptions = { coverageBonus: 4, minShareOfBest: 0.02, alternateDiscount: 0.5 };

/**
 * Ranks pages for `concepts` from the hits of each term (`hits` by term).
 * `strict` is Pagefind's answer to all concepts at once; its pages count as
 * matching every concept they were returned for.
 */
export function rankPages(concepts: readonly QueryConcept[], hits: ReadonlyMap<string, readonly TermHit[]>, options: RankOptions = RANK_DEFAULTS): RankedPage[] {
	const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
	if (totalWeight === 0) return [];
	const pages = new Map<string, { score: number; weight: number; bestTermScore: number; term: string }>();
	for (const concept of concepts) {
		// The best score of each page over the concept's alternatives.
		const best = new Map<string, { score: number; term: string }>();
		let earlierTop = 0;
		for (const term of concept.terms) {
			const termHits = hits.get(term) ?? [];
			const top = termHits.reduce((max, h) => Math.max(max, h.score), 0);
			const cap = earlierTop > 0 ? earlierTop * options.alternateDiscount : Infinity;
			for (const hit of termHits) {
				if (top > 0 && hit.score < top * options.minShareOfBest) continue;
				if (!best.has(hit.id)) best.set(hit.id, { score: Math.min(hit.score, cap), term });
			}
			earlierTop = Math.max(earlierTop, top);
		}
		for (const [id, { score, term }] of best) {
			const page = pages.get(id) ?? { score: 0, weight: 0, bestTermScore: 0, term };
			page.score += concept.weight * score;
			page.weight += concept.weight;
			if (score > page.bestTermScore) {
				page.bestTermScore = score;
				page.term = term;
			}
			pages.set(id, page);
		}
	}
	const ranked: RankedPage[] = [];
	for (const [id, page] of pages) {
		const coverage = page.weight / totalWeight;
		ranked.push({ id, score: page.score * (1 + options.coverageBonus * coverage * coverage), coverage, term: page.term });
	}
	// Stable order for equal scores: by id, so the same query always gives the same list.
	return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
