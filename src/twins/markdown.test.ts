/**
 * The Markdown twins and llms.txt, from the real catalog: each twin holds its
 * page's facts (read back by parsing the Markdown, not by searching its
 * bytes), catalog text cannot change a twin's structure, and each language's
 * llms.txt lists every twin of that language.
 */
import { resolve } from 'node:path';
import type { Heading, Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadCatalogOrThrow, statusOf, type Catalog, type ErrorEntry } from '../catalog/index.ts';
import { ui } from '../i18n/index.ts';
import { methodResources } from '../site/method-pages.ts';
import { absoluteUrl, errorPath, shortLinkPath } from '../site/routes.ts';
import { errorTwin, llmsTxt, llmsTxtPath, methodResourceTwin, statusTwin, twinFiles, twinPath } from './markdown.ts';

const catalog = loadCatalogOrThrow(resolve('content'));
const AT = { site: 'https://classroom-errors.example.org', base: '/' };
const parser = unified().use(remarkParse);
const parse = (markdown: string): Root => parser.parse(markdown);

/** Every node of a tree, depth first. */
function* nodes(node: Nodes): Generator<Nodes> {
	yield node;
	if ('children' in node) for (const child of node.children) yield* nodes(child);
}

/** Text of the tree with whitespace runs as one space, as catalog text reads once parsed. */
const flat = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The plain text of each H2 section of a twin, by heading. */
function sections(tree: Root): Map<string, string> {
	const out = new Map<string, string>();
	let current: string | undefined;
	for (const child of tree.children) {
		if (child.type === 'heading' && child.depth === 2) {
			current = toString(child);
			out.set(current, '');
		} else if (current !== undefined) out.set(current, `${out.get(current) ?? ''} ${toString(child)}`);
	}
	return new Map([...out].map(([k, v]) => [k, flat(v)]));
}

describe('error twins', () => {
	for (const locale of LOCALES) {
		it(`hold each error's id, status, cause, fix, user message and short link (${locale})`, () => {
			const t = ui(locale);
			for (const error of catalog.errors) {
				const tree = parse(errorTwin(catalog, error, locale, AT));
				const text = catalog.errors.length > 0 ? error.text[locale] : undefined;
				if (!text) throw new Error('no text');
				const h1 = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 1);
				expect(h1.map((n) => toString(n))).toEqual([`${error.id}: ${text.title}`]);
				const all = flat(toString(tree));
				expect(all).toContain(`@${error.id}`);
				expect(all).toContain(statusOf(catalog, error).id);
				expect(all).toContain(flat(text.summary.plain));
				const parts = sections(tree);
				expect(parts.get(t.causeHeading)).toBe(flat(text.cause.plain));
				expect(parts.get(t.actionHeading)).toContain(flat(text.action ? text.action.plain : t.noAction));
				expect(parts.get(t.userMessageHeading)).toContain(flat(text.userMessage));
				const links = [...nodes(tree)].filter((n): n is Link => n.type === 'link').map((n) => n.url);
				expect(links).toContain(absoluteUrl(AT.site, AT.base, shortLinkPath(locale, error.id)));
				expect(links).toContain(absoluteUrl(AT.site, AT.base, errorPath(locale, error.slug)));
				expect([...nodes(tree)].some((n) => n.type === 'html')).toBe(false);
			}
		});
	}

	it('keep catalog text as text: Markdown and HTML in it change nothing of the structure', () => {
		const hostile = '# Not a heading\n\n- not a list *not emphasis* [not a link](javascript:alert(1)) <script>alert(1)</script> `x` | a | b |';
		const base = catalog.errors[0] as ErrorEntry;
		const en = base.text.en;
		const error: ErrorEntry = { ...base, text: { ...base.text, en: { ...en, title: hostile, userMessage: hostile } } };
		const shadow: Catalog = { ...catalog, errors: catalog.errors.map((e) => (e.id === error.id ? error : e)) };
		const markdown = errorTwin(shadow, error, 'en', AT);
		const tree = parse(markdown);
		const original = parse(errorTwin(catalog, base, 'en', AT));
		// The same blocks in the same order, whatever the text says.
		expect(tree.children.map((n) => n.type)).toEqual(original.children.map((n) => n.type));
		expect([...nodes(tree)].some((n) => n.type === 'html')).toBe(false);
		expect([...nodes(tree)].filter((n): n is Link => n.type === 'link').some((n) => n.url.startsWith('javascript:'))).toBe(false);
		// The heading reads back as exactly the id and the title, line breaks and all (encoded as character references).
		expect(toString(tree.children[0] as Heading)).toBe(`${error.id}: ${hostile}`);
		expect(flat(toString(tree))).toContain(flat(hostile));
	});
});

describe('status and method twins', () => {
	it('a status twin holds its meaning, advice and every error under it, in both languages', () => {
		for (const locale of LOCALES) {
			const t = ui(locale);
			for (const status of catalog.statuses) {
				const tree = parse(statusTwin(catalog, status, locale, AT));
				const parts = sections(tree);
				expect(parts.get(t.meaningHeading)).toBe(flat(status.text[locale].meaning.plain));
				expect(parts.get(t.adviceHeading)).toContain(flat(status.text[locale].advice.plain));
				for (const id of status.errorIds) expect(parts.get(t.statusErrorsHeading)).toContain(id);
			}
		}
	});

	it('a method twin holds, for each method, what it does, its request and the condition of every status it returns', () => {
		const resources = methodResources(catalog);
		expect(resources.length).toBeGreaterThan(0);
		for (const locale of LOCALES) {
			const conditions = new Map(catalog.conditions.map((c) => [c.key, c.text[locale]]));
			for (const resource of resources) {
				const tree = parse(methodResourceTwin(catalog, resource, locale, AT));
				const methodHeadings = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
				const all = flat(toString(tree));
				for (const method of resource.methods) {
					expect(methodHeadings).toContain(method.id);
					expect(all).toContain(method.path);
					expect(all).toContain(flat(method.summary[locale]));
					for (const ret of method.returns) expect(all).toContain(`${ret.status}: ${flat(conditions.get(ret.condition) ?? '')}`);
				}
			}
		}
	});
});

describe('llms.txt', () => {
	const files = [...twinFiles(catalog, AT)];

	it('is one file per language, among twins at unique paths', () => {
		const paths = files.map(([path]) => path);
		expect(new Set(paths).size).toBe(paths.length);
		for (const locale of LOCALES) expect(paths).toContain(llmsTxtPath(locale));
		const twins = paths.filter((p) => p.endsWith('/index.md'));
		expect(twins.length).toBe(LOCALES.length * (catalog.errors.length + catalog.statuses.length + methodResources(catalog).length));
	});

	for (const locale of LOCALES) {
		it(`follows the llms.txt format and lists every twin of its language, and only those (${locale})`, () => {
			const body = files.find(([path]) => path === llmsTxtPath(locale))?.[1] ?? '';
			expect(body).toBe(llmsTxt(catalog, locale, AT));
			const tree = parse(body);
			// H1 with the site's name, then the summary as a blockquote, then H2 sections of link lists.
			expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
			expect(toString(tree.children[0] as Nodes)).toBe(ui(locale).siteTitle);
			expect(tree.children[1]?.type).toBe('blockquote');
			const sectionNames = tree.children.filter((n): n is Heading => n.type === 'heading').slice(1).map((n) => toString(n));
			expect(sectionNames).toEqual([ui(locale).twin.errors, ui(locale).twin.statuses, ui(locale).twin.methods, 'Optional']);
			const listed = new Set([...nodes(tree)].filter((n): n is Link => n.type === 'link').map((n) => n.url).filter((url) => url.endsWith('/index.md')));
			const prefix = locale === 'en' ? '' : `${locale}/`;
			const expected = new Set(
				files
					.map(([path]) => path)
					.filter((path) => path.endsWith('/index.md') && (prefix === '' ? !LOCALES.some((l) => l !== 'en' && path.startsWith(`${l}/`)) : path.startsWith(prefix)))
					.map((path) => absoluteUrl(AT.site, AT.base, path)),
			);
			expect(listed).toEqual(expected);
			for (const error of catalog.errors) expect(listed.has(absoluteUrl(AT.site, AT.base, twinPath(errorPath(locale, error.slug))))).toBe(true);
		});
	}
});
