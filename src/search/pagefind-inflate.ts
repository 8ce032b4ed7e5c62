/**
 * Pagefind's data files (its WebAssembly, index chunks, metadata and
 * fragments) are gzip, and pagefind.js inflates them in JavaScript. On a cold
 * page that costs the browser a good deal of work on the side (compiling the
 * inflater's hot loops, collecting its garbage): measured with
 * `npm run bench:search`, a first search took a quarter less of the
 * renderer's CPU time, and its first result showed sooner on a busy
 * machine, when the browser's own `DecompressionStream` inflates them
 * instead. Pagefind takes the inflated bytes as they are: it skips its own
 * inflating when a file starts with its `pagefind_dcd` signature, as every
 * inflated file does.
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

/**
 * Inflates gzip bytes with the browser's (or Node's) native `DecompressionStream`.
 * The bytes are streamed from a Response, not a Blob: Chrome registers every Blob
 * with its browser process, a round trip per file on a cold page.
 */
export async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
	const stream = new Response(bytes).body;
	if (!stream) throw new Error('A Response made from bytes has no body stream.');
	return new Response(stream.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
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
