/** The OpenSearch descriptions: the finder's address as the template, text escaped, the head link per language. */
import { describe, expect, it } from 'vitest';
import { opensearchHeadLink, opensearchPath, opensearchXml } from './opensearch.ts';

describe('OpenSearch', () => {
	it('points each language at its finder page with {searchTerms}', () => {
		const at = { site: 'https://example.org', base: '/ref/' };
		expect(opensearchXml('en', at)).toContain('template="https://example.org/ref/find/?q={searchTerms}"');
		expect(opensearchXml('ko', at)).toContain('template="https://example.org/ref/ko/find/?q={searchTerms}"');
		expect(opensearchXml('ko', at)).toContain('<Language>ko</Language>');
		expect(opensearchPath('ko')).toBe('ko/opensearch.xml');
	});

	it('keeps a short name of at most 16 characters, as the specification asks', () => {
		for (const locale of ['en', 'ko'] as const) {
			const name = /<ShortName>([^<]*)<\/ShortName>/.exec(opensearchXml(locale, { site: 'https://example.org', base: '/' }))?.[1] ?? '';
			expect(name.length).toBeGreaterThan(0);
			expect(name.length).toBeLessThanOrEqual(16);
		}
	});

	it('escapes what it puts into XML', () => {
		const xml = opensearchXml('en', { site: 'https://example.org', base: '/a&b"<c>/' });
		expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
		expect(xml).toContain('https://example.org/a&amp;b%22%3Cc%3E/find/');
	});

	it('gives every page a search link in its language, under the base', () => {
		expect(opensearchHeadLink('ko', '/ref/')).toMatchObject({ tag: 'link', attrs: { rel: 'search', type: 'application/opensearchdescription+xml', href: '/ref/ko/opensearch.xml' } });
	});
});
