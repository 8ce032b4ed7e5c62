import { describe, expect, it } from 'vitest';
import { CatalogSearch, type PagefindApi, type PagefindResult } from './engine.ts';
import { NO_LEXICON } from './korean.ts';

/** A fake Pagefind over a few pages: a term matches a page whose words start with it; the score counts matches. */
function fakePagefind(pages: Record<string, string>): PagefindApi & { calls: string[] } {
	const calls: string[] = [];
	const result = (id: string, score: number): PagefindResult => ({ id, score, data: async () => ({ url: `/${id}/`, excerpt: '', meta: { title: id } }) });
	return {
		calls,
		options: async () => undefined,
		preload: async () => undefined,
		search: async (term: string) => {
			calls.push(term);
			const words = term.split(' ');
			const results = Object.entries(pages)
				.map(([id, text]) => {
					const pageWords = text.toLowerCase().split(/\s+/);
					const matched = words.filter((w) => pageWords.some((p) => p.startsWith(w)));
					return matched.length === words.length ? result(id, matched.length) : undefined;
				})
				.filter((r) => r !== undefined);
			return { results };
		},
	};
}

describe('CatalogSearch', () => {
	const pages = { archived: 'course archived rename state', members: 'course members limit students', join: 'student joined courses day limit' };

	it('returns the page that has every word first', async () => {
		const answer = await new CatalogSearch(fakePagefind(pages), NO_LEXICON).query('course limit students');
		expect(answer.hits[0]?.id).toBe('members');
		expect(answer.strict).toBe(true);
	});

	it('falls back to ranked partial matches when no page has every word', async () => {
		const answer = await new CatalogSearch(fakePagefind(pages), NO_LEXICON).query('student joined too many courses yesterday');
		expect(answer.strict).toBe(false);
		expect(answer.hits[0]?.id).toBe('join');
		expect((await answer.hits[0]?.data())?.url).toBe('/join/');
	});

	it('asks Pagefind once per term and remembers the answers', async () => {
		const pagefind = fakePagefind(pages);
		const search = new CatalogSearch(pagefind, NO_LEXICON);
		await search.query('rename course');
		const first = pagefind.calls.length;
		await search.query('rename course');
		expect(pagefind.calls.length).toBe(first);
	});

	it('answers an empty query with nothing, without asking Pagefind', async () => {
		const pagefind = fakePagefind(pages);
		expect((await new CatalogSearch(pagefind, NO_LEXICON).query('  the a ')).hits).toEqual([]);
		expect(pagefind.calls).toEqual([]);
	});
});
