import { describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, headersFile, type TopLevelEntry } from './headers.ts';

const SITE: TopLevelEntry[] = [
	{ name: '_astro', directory: true },
	{ name: 'api', directory: true },
	{ name: 'errors', directory: true },
	{ name: 'ko', directory: true },
	{ name: 'pagefind', directory: true },
	{ name: '404.html', directory: false },
	{ name: 'index.html', directory: false },
	{ name: 'favicon.svg', directory: false },
];

/** The rules of a _headers text: pattern → header lines. */
function parse(text: string): Map<string, string[]> {
	const rules = new Map<string, string[]>();
	for (const block of text.trim().split(/\n\n/)) {
		const [pattern = '', ...lines] = block.split('\n');
		rules.set(pattern, lines.map((l) => l.trim()));
	}
	return rules;
}

/** Whether a Netlify / Cloudflare Pages pattern (`*` a splat) matches a path. */
function matches(pattern: string, path: string): boolean {
	const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
	return re.test(path);
}

describe('headersFile', () => {
	it('makes fingerprinted assets immutable and everything else revalidated', () => {
		const rules = parse(headersFile('/', SITE));
		expect(rules.get('/_astro/*')).toEqual([`Cache-Control: ${IMMUTABLE}`]);
		expect(rules.get('/')).toEqual([`Cache-Control: ${REVALIDATE}`]);
		expect(rules.get('/ko/*')).toEqual([`Cache-Control: ${REVALIDATE}`]);
		expect(rules.get('/404.html')).toEqual([`Cache-Control: ${REVALIDATE}`]);
	});

	it('lets any origin read the JSON API', () => {
		const rules = parse(headersFile('/', SITE));
		expect(rules.get('/api/v1/*')).toEqual([`Cache-Control: ${REVALIDATE}`, 'Access-Control-Allow-Origin: *']);
		expect(rules.get('/api/')).toEqual([`Cache-Control: ${REVALIDATE}`]);
	});

	it('never gives one path two Cache-Control values, as hosts that merge every matching rule would', () => {
		const text = headersFile('/docs/', SITE);
		const rules = parse(text);
		const paths = ['/docs/', '/docs/_astro/page.abc.js', '/docs/api/', '/docs/api/v1/catalog.json', '/docs/ko/errors/x/', '/docs/errors/x/', '/docs/pagefind/pagefind.js', '/docs/404.html', '/docs/favicon.svg'];
		for (const path of paths) {
			const cacheControl = [...rules].filter(([pattern]) => matches(pattern, path)).flatMap(([, lines]) => lines.filter((l) => l.startsWith('Cache-Control:')));
			expect(cacheControl, path).toHaveLength(1);
		}
	});

	it('puts every rule under the base path', () => {
		const rules = parse(headersFile('/docs/', SITE));
		for (const pattern of rules.keys()) expect(pattern.startsWith('/docs/')).toBe(true);
		expect(rules.has('/docs/_astro/*')).toBe(true);
	});

	it('is the same text for the same site, whatever the order of the folder listing', () => {
		expect(headersFile('/', [...SITE].reverse())).toBe(headersFile('/', SITE));
	});
});
