/**
 * Ranking by words, kept apart from reading: the entries whose words come
 * closest to a text, through the word index built once per catalog.
 */
import { indexOf, type MatchIndex } from './catalog-index.ts';
import { MAX_CANDIDATES, MAX_INPUT_CHARS, type Candidate, type CandidateMatch, type MatchableCatalog } from './types.ts';

/** How much of a text is read for words: questions are short, and words deep in a log only add noise. */
const MAX_WORDS_CHARS = 2000;

/**
 * The entries whose words come closest to `text` (ids split into words,
 * titles, keywords, summaries, in the view's locale), best first; empty when
 * no word matches. For "did you mean" lists such as the 404 page's.
 */
export function nearestEntries(text: string, catalog: MatchableCatalog, limit = MAX_CANDIDATES): Candidate[] {
	return rankByWords(text.slice(0, MAX_INPUT_CHARS), indexOf(catalog), limit);
}


/**
 * The share of a text's words an entry must have to be offered as a
 * candidate: more than half. Below it the words are a coincidence ("Invalid
 * request" in an unrelated summary), and "not in the catalog" is the honest
 * answer, not a list of wrong guesses.
 */
export const MIN_COVERAGE = 0.6;

/**
 * Ranked candidates for `text` by words, or `undefined` when no entry has
 * enough of its words. With `statuses`, only entries of those statuses count:
 * an explicit code or status in the text rules out the others.
 */
export function wordCandidates(text: string, index: MatchIndex, statuses?: ReadonlySet<string>): CandidateMatch | undefined {
	const candidates = index
		.words()
		.rank(text.slice(0, MAX_WORDS_CHARS), statuses ? MAX_CANDIDATES * 4 : MAX_CANDIDATES)
		.filter((r) => r.coverage >= MIN_COVERAGE && (!statuses || statuses.has(r.entry.status)))
		.slice(0, MAX_CANDIDATES)
		.map(({ entry, score }) => ({ kind: entry.kind, id: entry.id, status: entry.status, score }));
	if (candidates.length === 0) return undefined;
	return {
		kind: 'candidates',
		reason: 'words',
		candidates,
		source: 'value',
		detail: `No single entry matches; by their words the closest are ${candidates.map((c) => c.id).join(', ')}.`,
	};
}

/** The word ranking of `text` as candidates; reads at most {@link MAX_WORDS_CHARS} characters. */
export function rankByWords(text: string, index: MatchIndex, limit: number): Candidate[] {
	return index.words().rank(text.slice(0, MAX_WORDS_CHARS), limit).map(({ entry, score }) => ({ kind: entry.kind, id: entry.id, status: entry.status, score }));
}
