/**
 * Link previews: Starlight's head is completed (not duplicated), the short
 * links get the whole set, and a noindex page names no URL.
 */
import { describe, expect, it } from 'vitest';
import { completeLinkPreview, isNoindex, previewMetaTags, withoutIndexSignals, type HeadEntry } from './link-preview.ts';

/** The head Starlight writes for a page (abridged to the tags that matter here). */
const starlightHead: HeadEntry[] = [
	{ tag: 'meta', attrs: { charset: 'utf-8' } },
	{ tag: 'title', content: 'CourseNotModifiable | Classroom API errors' },
	{ tag: 'link', attrs: { rel: 'canonical', href: 'https://x.example/ko/errors/a/' } },
	{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: 'https://x.example/errors/a/' } },
	{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'ko', href: 'https://x.example/ko/errors/a/' } },
	{ tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
	{ tag: 'meta', attrs: { property: 'og:title', content: 'CourseNotModifiable: 수업을 수정할 수 없음' } },
	{ tag: 'meta', attrs: { property: 'og:url', content: 'https://x.example/ko/errors/a/' } },
	{ tag: 'meta', attrs: { property: 'og:locale', content: 'ko' } },
	{ tag: 'meta', attrs: { property: 'og:description', content: '요약' } },
	{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
];

const metas = (head: readonly HeadEntry[], key: string, value: string) => head.filter((e) => e.tag === 'meta' && e.attrs?.[key] === value).map((e) => e.attrs?.['content']);

describe('completeLinkPreview', () => {
	const head = completeLinkPreview(starlightHead, 'ko');

	it('adds the Twitter title and description from the Open Graph ones, once each', () => {
		expect(metas(head, 'name', 'twitter:title')).toEqual(['CourseNotModifiable: 수업을 수정할 수 없음']);
		expect(metas(head, 'name', 'twitter:description')).toEqual(['요약']);
	});

	it('writes og:locale as Open Graph spells it, with the other language as an alternate', () => {
		expect(metas(head, 'property', 'og:locale')).toEqual(['ko_KR']);
		expect(metas(head, 'property', 'og:locale:alternate')).toEqual(['en_US']);
	});

	it('asks for a summary card, the site having no preview image', () => {
		expect(metas(head, 'name', 'twitter:card')).toEqual(['summary']);
	});

	it('keeps everything else as it was, and is stable when run twice', () => {
		expect(head.slice(0, 8)).toEqual(starlightHead.filter((e) => e.attrs?.['property'] !== 'og:locale').slice(0, 8));
		expect(completeLinkPreview(head, 'ko')).toEqual(head);
	});

	it("lets a page's own Twitter title win", () => {
		const own = completeLinkPreview([...starlightHead, { tag: 'meta', attrs: { name: 'twitter:title', content: 'Own' } }], 'ko');
		expect(metas(own, 'name', 'twitter:title')).toEqual(['Own']);
	});

	it('falls back to the meta description', () => {
		const plain = completeLinkPreview([{ tag: 'meta', attrs: { name: 'description', content: 'D' } }], 'en');
		expect(metas(plain, 'name', 'twitter:description')).toEqual(['D']);
		expect(metas(plain, 'name', 'twitter:title')).toEqual([]);
	});
});

describe('noindex pages', () => {
	it('lose their canonical, hreflang alternates and og:url, and keep the rest', () => {
		const head = withoutIndexSignals([...starlightHead, { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }]);
		expect(isNoindex(head)).toBe(true);
		expect(head.some((e) => e.attrs?.['rel'] === 'canonical' || e.attrs?.['rel'] === 'alternate' || e.attrs?.['property'] === 'og:url')).toBe(false);
		expect(head.some((e) => e.attrs?.['rel'] === 'sitemap')).toBe(true);
		expect(isNoindex(starlightHead)).toBe(false);
	});
});

describe('previewMetaTags (short links)', () => {
	it('carries every preview tag once, in the page language', () => {
		const tags = previewMetaTags({ title: 'T', description: 'D', url: 'https://x.example/errors/a/', locale: 'en', siteName: 'S' });
		const key = (t: (typeof tags)[number]) => ('property' in t ? t.property : t.name);
		expect(tags.map(key)).toEqual([
			'description',
			'og:title',
			'og:type',
			'og:url',
			'og:locale',
			'og:locale:alternate',
			'og:description',
			'og:site_name',
			'twitter:card',
			'twitter:title',
			'twitter:description',
		]);
		expect(tags.find((t) => key(t) === 'og:locale')?.content).toBe('en_US');
	});
});
