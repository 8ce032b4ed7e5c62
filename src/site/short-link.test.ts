import { describe, expect, it } from 'vitest';
import type { ErrorEntry } from '../catalog/index.ts';
import { escapeHtml, shortLinkHtml } from './short-link.ts';

/** An error with only what the short link reads, its text as given. */
function entry(title: string, summary: string): ErrorEntry {
	const text = { title, summary: { markdown: summary, plain: summary, paragraphs: [] } };
	return { id: 'CourseNotModifiable', slug: 'course-not-modifiable', text: { en: text, ko: text } } as unknown as ErrorEntry;
}

describe('short links', () => {
	it('redirect to the error page in their language, with its canonical address and a visible link', () => {
		const html = shortLinkHtml(entry('Course not modifiable', 'The course cannot change.'), 'ko', { site: 'https://example.org', base: '/ref/' });
		expect(html).toMatch(/^<!DOCTYPE html><html lang="ko">/);
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/ref/ko/errors/course-not-modifiable/">');
		expect(html).toContain('<link rel="canonical" href="https://example.org/ref/ko/errors/course-not-modifiable/">');
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain('<a href="/ref/ko/errors/course-not-modifiable/">CourseNotModifiable</a>');
		expect(html).toContain('<meta property="og:locale" content="ko_KR">');
		expect(html).toContain('<link rel="icon" href="/ref/favicon.svg" type="image/svg+xml">');
	});

	it('preview as the error: id and title, summary', () => {
		const html = shortLinkHtml(entry('Course not modifiable', 'The course cannot change.'), 'en', { site: 'https://example.org', base: '/' });
		expect(html).toContain('<title>CourseNotModifiable: Course not modifiable</title>');
		expect(html).toContain('<meta property="og:title" content="CourseNotModifiable: Course not modifiable">');
		expect(html).toContain('<meta name="twitter:description" content="The course cannot change.">');
	});

	it('escape catalog text everywhere, so it never becomes markup', () => {
		const html = shortLinkHtml(entry('A "title" <b>bold</b>', "It's <script>alert(1)</script> & more"), 'en', { site: undefined, base: '/' });
		expect(html).not.toContain('<b>');
		expect(html).not.toContain('<script>');
		expect(html).toContain('A &#34;title&#34; &#60;b&#62;bold&#60;/b&#62;');
		expect(html).toContain('content="It&#39;s &#60;script&#62;alert(1)&#60;/script&#62; &#38; more"');
		// Without a configured origin the canonical stays root-relative.
		expect(html).toContain('<link rel="canonical" href="/errors/course-not-modifiable/">');
		expect(escapeHtml(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
	});
});
