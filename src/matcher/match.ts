/**
 * Finds the catalog entry for whatever a person holds after a failed
 * Classroom API call: a whole error response, its inner `error` object, the
 * message, an exception string from a client library, an HTTP dump, a log
 * line, an id, an HTTP code, a status name, a title or a few words, in the
 * locale of the view it is given.
 *
 * Pure and dependency-free so the website (in the browser) and the command
 * line share one implementation. It deliberately takes a structural view of
 * the catalog instead of importing `src/catalog/`, so it never drags the YAML
 * loader into a browser bundle; `matcherView` (view.ts) builds the view of a
 * locale, and the validated `Catalog` also fits it as is (without titles and
 * words).
 *
 * Everything that depends on the catalog is precomputed once per catalog
 * object (an inverted index of words, maps of ids, titles and codes), so a
 * query costs time in proportion to its own length and the postings it
 * touches, never a pass over every entry.
 *
 * `match-core.ts` is the dispatcher: it picks the reader for the input's
 * form (a parsed object, a JSON body, a bare code or name, a longer text
 * whose signals `scan.ts` gathers from one reader per form), and leaves
 * ranking by words to `rank.ts`; `with-call.ts` then reads the failed call
 * in a text. This module joins the two.
 */
import { matchWithoutCall } from './match-core.ts';
import type { MatchableCatalog, MatchResult } from './types.ts';
import { withCall } from './with-call.ts';

export * from './types.ts';
export * from './match-core.ts';
export { describeMatch } from './describe.ts';
export { nearestEntries } from './rank.ts';

/**
 * Finds the catalog entry for `input` (see `matchWithoutCall` in
 * match-core.ts for every form it reads), and, in a text, the failed call:
 * an entry or status gains the method's documented condition; a method id
 * typed alone, or an address with nothing about its outcome, is a method
 * match (with-call.ts). Never throws.
 */
export function matchError(input: unknown, catalog: MatchableCatalog): MatchResult {
	const result = matchWithoutCall(input, catalog);
	return typeof input === 'string' ? withCall(result, input, catalog) : result;
}
