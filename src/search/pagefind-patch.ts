/**
 * Two changes to the `pagefind.js` that Pagefind writes into the site, made
 * as the index is written (pagefind-index.ts). Both cut the time of a first
 * search on a cold page, where a reader who pastes a query the moment the
 * dialog opens waits for everything; measured with `npm run bench:search`
 * and a cold A/B run on two cores, together about 60 ms in English and 90 ms
 * in Korean (a fifth of the first search):
 *
 * - **The wait for the WebAssembly.** Every search and index load first waits
 *   for Pagefind's WebAssembly to be ready (`getPtr`), by sleeping 50 ms at
 *   a time; a query asked while it loads got its first result up to 50 ms
 *   after everything was ready. Here it looks again every 4 ms, the shortest
 *   a browser's repeated timers wait anyway: a few idle checks, only while
 *   Pagefind loads.
 * - **Grapheme splitting of queries.** Before a search, Pagefind lowercases
 *   the query and drops punctuation grapheme by grapheme, with a new
 *   `Intl.Segmenter`; the page's first segmenter loads the browser's Unicode
 *   data, 25 to 60 ms of a cold first search. For languages written with
 *   spaces (all of this site's) it now goes code point by code point, its
 *   own path where there is no `Intl.Segmenter`: the same query for every
 *   text but one whose graphemes mix punctuation with other characters.
 *   Languages written without spaces (Chinese, Japanese, Thai) keep
 *   Pagefind's word segmentation.
 *
 * Each text replaced is matched exactly, once. When a new version of
 * Pagefind writes something else, the build stops and says which change no
 * longer applies, rather than shipping a script that is quietly slower or
 * broken.
 */

/** One change: the exact text of Pagefind 1.6's minified script, and what replaces it. */
export interface PagefindPatch {
	readonly what: string;
	readonly find: string;
	readonly replace: string;
}

export const PAGEFIND_PATCHES: readonly PagefindPatch[] = [
	{
		what: 'the wait for the WebAssembly (getPtr)',
		find: 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}',
		replace: 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(4);}',
	},
	{
		what: 'grapheme splitting of queries (search)',
		find: 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){',
		replace: 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){',
	},
];

/** How often `text` occurs in `source`. */
function occurrences(source: string, text: string): number {
	let count = 0;
	for (let at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + text.length)) count++;
	return count;
}

/** `source` (the text of Pagefind's `pagefind.js`) with every change of `patches` made; throws, naming each change that does not apply. */
export function patchPagefindScript(source: string, patches: readonly PagefindPatch[] = PAGEFIND_PATCHES): string {
	const failing = patches.filter((patch) => occurrences(source, patch.find) !== 1);
	if (failing.length > 0) {
		const version = /pagefind_version\s*=\s*"([^"]+)"/.exec(source)?.[1] ?? 'unknown';
		throw new Error(
			`pagefind.js (Pagefind ${version}) does not hold, exactly once, the text that src/search/pagefind-patch.ts changes for ${failing.map((p) => p.what).join(' and ')}. ` +
				'Find that code in the new pagefind.js and update PAGEFIND_PATCHES there, or remove a change Pagefind no longer needs.',
		);
	}
	return patches.reduce((text, patch) => text.replace(patch.find, () => patch.replace), source);
}
