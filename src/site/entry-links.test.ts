/** The edit and feedback links: none without a repository, and exact addresses with one. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { editUrl, entryLinks, entrySource, feedbackUrl, repositoryFrom } from './entry-links.ts';

const catalog = loadCatalogOrThrow(resolve('content'));
const page = { title: 'CourseNotModifiable', url: 'https://example.org/errors/course-not-modifiable/', issueTitle: (p: string) => `Feedback: ${p}`, issueBody: (u: string) => `Page: ${u}` };

describe('edit and feedback links', () => {
	it('are absent when no repository is set', () => {
		expect(repositoryFrom({})).toBeUndefined();
		expect(repositoryFrom({ REPOSITORY_URL: '  ' })).toBeUndefined();
		expect(entryLinks(undefined, entrySource(catalog, { kind: 'error', id: 'CourseNotModifiable' }, 'en'), page)).toEqual({});
	});

	it('point at the entry’s YAML line in each language, and open a prefilled issue, when one is set', () => {
		const repository = repositoryFrom({ REPOSITORY_URL: 'https://github.com/example/classroom-errors.git/' });
		expect(repository).toEqual({ url: 'https://github.com/example/classroom-errors', branch: 'main', contentDir: 'content' });
		if (!repository) return;
		for (const locale of ['en', 'ko'] as const) {
			const source = entrySource(catalog, { kind: 'error', id: 'CourseNotModifiable' }, locale);
			expect(source?.file).toBe(`${locale}.yaml`);
			const links = entryLinks(repository, source, page);
			expect(links.edit).toBe(`https://github.com/example/classroom-errors/blob/main/content/${locale}.yaml#L${String(source?.line)}`);
			const lines = readFileSync(join('content', `${locale}.yaml`), 'utf8').split('\n');
			expect(lines[(source?.line ?? 0) - 1]).toBe('  - id: CourseNotModifiable');
			const feedback = new URL(links.feedback ?? '');
			expect(feedback.origin + feedback.pathname).toBe('https://github.com/example/classroom-errors/issues/new');
			expect(feedback.searchParams.get('title')).toBe('Feedback: CourseNotModifiable');
			expect(feedback.searchParams.get('body')).toBe('Page: https://example.org/errors/course-not-modifiable/');
		}
		const status = entrySource(catalog, { kind: 'status', id: 'NOT_FOUND' }, 'ko');
		expect(readFileSync(join('content', 'ko.yaml'), 'utf8').split('\n')[(status?.line ?? 0) - 1]).toBe('  - id: NOT_FOUND');
		const method = catalog.methods[0];
		const methods = entrySource(catalog, { kind: 'methods', id: method?.id ?? '' }, 'en');
		expect(methods?.file).toBe('methods.yaml');
		expect(readFileSync(join('content', 'methods.yaml'), 'utf8').split('\n')[(methods?.line ?? 0) - 1]).toBe(`  - id: ${method?.id ?? ''}`);
	});

	it('follow the branch and content folder, each path segment encoded', () => {
		const repository = repositoryFrom({ REPOSITORY_URL: 'https://gitlab.example.org/a/b', REPOSITORY_BRANCH: 'release/2026 q4', REPOSITORY_CONTENT_DIR: '/site/content/' });
		if (!repository) throw new Error('expected a repository');
		expect(editUrl(repository, 'ko.yaml', 12)).toBe('https://gitlab.example.org/a/b/blob/release/2026%20q4/site/content/ko.yaml#L12');
		expect(feedbackUrl(repository, 'a&b', 'c d')).toBe('https://gitlab.example.org/a/b/issues/new?title=a%26b&body=c+d');
	});

	it('stop the build on a repository address that is not https, naming the variable', () => {
		expect(() => repositoryFrom({ REPOSITORY_URL: 'javascript:alert(1)' })).toThrow(/REPOSITORY_URL must be an https address/);
		expect(() => repositoryFrom({ REPOSITORY_URL: 'not a url' })).toThrow(/REPOSITORY_URL is not an address/);
		expect(() => repositoryFrom({ REPOSITORY_URL: 'https://github.com/a/b?x=1' })).toThrow(/without a query/);
	});

	it('has no edit link for an entry the model has no line for', () => {
		const { sourceLines: _lines, ...withoutLines } = catalog;
		const repository = repositoryFrom({ REPOSITORY_URL: 'https://github.com/a/b' });
		const links = entryLinks(repository, entrySource(withoutLines, { kind: 'error', id: 'CourseNotModifiable' }, 'en'), page);
		expect(links.edit).toBeUndefined();
		expect(links.feedback).toBeDefined();
	});
});
