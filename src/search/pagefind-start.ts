/**
 * Starting Pagefind for the search dialog with as little as possible on the
 * path of a reader's first search. Three things pagefind.js does slowly on a
 * cold page, each measured with `npm run bench:search`:
 *
 * - it inflates its gzip data files (the WebAssembly, the index chunks, the
 *   fragments) in JavaScript, which on a cold page takes longer than
 *   downloading them: {@link inflatingFetch} has the browser's own
 *   `DecompressionStream` do it instead, and Pagefind takes the inflated
 *   bytes as they are (it skips its own inflating when a file starts with
 *   its `pagefind_dcd` signature, as the inflated files do);
 * - a search asked for before its WebAssembly is ready waits in 50 ms
 *   sleeps, so the first search starts up to 50 ms after it could:
 *   {@link whenInitialised} finds the moment within a few milliseconds;
 * - it creates an `Intl.Segmenter` for every search, and the first one in a
 *   page loads the browser's break rules, tens of milliseconds:
 *   {@link warmSegmenter} pays that while the scripts download.
 *
 * Browser-safe; the browser objects are parameters, so the unit tests pass fakes.
 */

/** Pagefind's gzip data files, by their extensions (its entry file and scripts are not gzip). */
const DATA_FILE = /\.(?:pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** The absolute URL of what `fetch` was asked for. */
function requestUrl(input: RequestInfo | URL, base: string): URL {
	return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, base);
}

/** Whether `url` is one of Pagefind's gzip data files under `bundleDir` (an absolute URL ending in `/`). */
export function isPagefindDataFile(url: URL, bundleDir: string): boolean {
	return url.href.startsWith(bundleDir) && DATA_FILE.test(url.pathname);
}

/** Inflates gzip bytes with the browser's (or Node's) native `DecompressionStream`. */
export async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
	return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/**
 * A `fetch` that hands Pagefind's data files under `bundleDir` (absolute,
 * ending in `/`) over inflated, and everything else untouched. A data file
 * that is not gzip (a host that served it with `Content-Encoding`, so the
 * browser inflated it already) passes as it came; so does any failure.
 */
export function inflatingFetch(inner: typeof fetch, bundleDir: string, pageUrl: string): typeof fetch {
	return async (input, init) => {
		const response = await inner(input, init);
		if (!response.ok || !isPagefindDataFile(requestUrl(input, pageUrl), bundleDir)) return response;
		const bytes = new Uint8Array(await response.arrayBuffer());
		const body = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1] ? await inflate(bytes) : bytes;
		return new Response(body, { status: response.status, statusText: response.statusText });
	};
}

const INSTALLED = new WeakSet<object>();

/**
 * Makes `scope.fetch` an {@link inflatingFetch} for the Pagefind bundle in
 * `bundleDir`, once. pagefind.js fetches through the global `fetch` and has
 * no option for another, hence the wrapper; it changes nothing but
 * Pagefind's own data files. Where `DecompressionStream` is missing,
 * nothing changes and Pagefind inflates as before.
 */
export function installInflatingFetch(scope: { fetch: typeof fetch; location: { href: string } }, bundleDir: string): void {
	if (typeof DecompressionStream === 'undefined' || INSTALLED.has(scope)) return;
	INSTALLED.add(scope);
	scope.fetch = inflatingFetch(scope.fetch.bind(scope), bundleDir, scope.location.href);
}

/** How many staggered probes {@link whenInitialised} sends, and pagefind.js's sleep between two looks. */
const PROBES = 5;
const PAGEFIND_SLEEP_MS = 50;

/**
 * Resolves when Pagefind's WebAssembly is ready (rejects when it failed).
 * pagefind.js answers any call made before that by sleeping 50 ms and
 * looking again, so a search asked for early starts up to 50 ms late. Empty
 * searches, started 10 ms apart, look at five different moments of that
 * cycle: the first to return says the index is ready, and the dialog's real
 * searches then start without sleeping. An empty search does no work beyond
 * that wait.
 */
export function whenInitialised(search: (term: string) => Promise<unknown>, schedule: (run: () => void, ms: number) => unknown = setTimeout): Promise<void> {
	return new Promise((resolve, reject) => {
		let settled = false;
		const probe = () => {
			if (settled) return;
			search('').then(
				() => {
					settled = true;
					resolve();
				},
				(error: unknown) => {
					settled = true;
					reject(error instanceof Error ? error : new Error(String(error)));
				},
			);
		};
		probe();
		for (let i = 1; i < PROBES; i++) schedule(probe, (i * PAGEFIND_SLEEP_MS) / PROBES);
	});
}

/**
 * Creates the grapheme segmenter pagefind.js creates for every search, in
 * the page's language: the first one in a page is slow (the browser loads
 * its break rules), later ones are not. Does nothing where `Intl.Segmenter`
 * is missing, as Pagefind then does without it.
 */
export function warmSegmenter(lang: string): void {
	if (typeof Intl.Segmenter === 'undefined') return;
	try {
		const locale = Intl.getCanonicalLocales(lang)[0];
		new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment('');
	} catch {
		// An invalid lang: Pagefind skips segmenting then too.
	}
}
