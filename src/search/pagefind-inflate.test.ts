import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { inflatingFetch, installInflatingFetch, isPagefindDataFile } from './pagefind-inflate.ts';

const PAGE = 'https://example.org/ko/errors/course-not-modifiable/';
const BUNDLE = 'https://example.org/pagefind/';
/** What Pagefind's data files hold once inflated: its signature, then the data. */
const PLAIN = new TextEncoder().encode('pagefind_dcd{"some":"index"}');

/** A fake network: each URL answers with its bytes, or 404. */
function fakeFetch(files: Record<string, Uint8Array>): typeof fetch & { calls: string[] } {
	const calls: string[] = [];
	const fetcher = async (input: RequestInfo | URL) => {
		const url = String(input);
		calls.push(url);
		const body = files[url];
		return body ? new Response(new Uint8Array(body)) : new Response('missing', { status: 404 });
	};
	return Object.assign(fetcher, { calls });
}

describe('isPagefindDataFile', () => {
	it('knows Pagefind’s gzip data files under the bundle, and nothing else', () => {
		for (const path of ['wasm.en.pagefind', 'pagefind.ko_60f4d8dbb0.pf_meta', 'index/ko_d0f2f6a.pf_index', 'fragment/en_bc7a6a3.pf_fragment', 'filter/en_1.pf_filter']) {
			expect(isPagefindDataFile(new URL(path, BUNDLE), BUNDLE), path).toBe(true);
		}
		for (const url of [`${BUNDLE}pagefind.js`, `${BUNDLE}pagefind-entry.json?ts=1`, 'https://example.org/elsewhere/index/a.pf_index', 'https://other.example/pagefind/wasm.en.pagefind']) {
			expect(isPagefindDataFile(new URL(url), BUNDLE), url).toBe(false);
		}
	});
});

describe('inflatingFetch', () => {
	it('hands a gzip data file over inflated, so that Pagefind skips its own inflating', async () => {
		const inner = fakeFetch({ '/pagefind/index/ko_1.pf_index': gzipSync(PLAIN) });
		// Pagefind asks for its files by path, without the origin.
		const response = await inflatingFetch(inner, BUNDLE, PAGE)('/pagefind/index/ko_1.pf_index');
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(PLAIN);
		expect(inner.calls).toEqual(['/pagefind/index/ko_1.pf_index']);
	});

	it('passes a data file that arrives inflated already (the host used Content-Encoding) as it is', async () => {
		const inner = fakeFetch({ '/pagefind/wasm.en.pagefind': PLAIN });
		const response = await inflatingFetch(inner, BUNDLE, PAGE)('/pagefind/wasm.en.pagefind');
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(PLAIN);
	});

	it('leaves every other request and every failed one untouched', async () => {
		const script = new Response('export {}');
		const inner = vi.fn(async (input: RequestInfo | URL) => (String(input).endsWith('.js') ? script : new Response('gone', { status: 404 })));
		const fetcher = inflatingFetch(inner, BUNDLE, PAGE);
		expect(await fetcher('/pagefind/pagefind.js')).toBe(script);
		const missing = await fetcher('/pagefind/index/none.pf_index');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toBe('gone');
	});

	it('is installed once per window', async () => {
		const inner = fakeFetch({ '/pagefind/fragment/a.pf_fragment': gzipSync(PLAIN) });
		const scope = { fetch: inner as typeof fetch, location: { href: PAGE } };
		installInflatingFetch(scope, BUNDLE);
		const installed = scope.fetch;
		installInflatingFetch(scope, BUNDLE);
		expect(scope.fetch).toBe(installed);
		expect(new Uint8Array(await (await scope.fetch('/pagefind/fragment/a.pf_fragment')).arrayBuffer())).toEqual(PLAIN);
	});
});
