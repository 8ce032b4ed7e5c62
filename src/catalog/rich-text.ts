/**
 * The small Markdown subset allowed in catalog text: inline code, emphasis,
 * strong emphasis and https links, in one or more paragraphs. Parsed with
 * remark; anything else (raw HTML above all) is a problem, never passed on.
 *
 * The result is a small serialisable tree that pages render element by
 * element (so nothing from the catalog is ever emitted as raw HTML) and a
 * plain-text rendering for tools.
 */
import type { Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';

/** An inline node of catalog text. */
export type Inline =
	| { readonly type: 'text'; readonly value: string }
	| { readonly type: 'code'; readonly value: string }
	| { readonly type: 'emphasis'; readonly children: readonly Inline[] }
	| { readonly type: 'strong'; readonly children: readonly Inline[] }
	| { readonly type: 'link'; readonly href: string; readonly children: readonly Inline[] }
	/** A mention of another catalog error, linked to its page in the reader's language. */
	| { readonly type: 'errorRef'; readonly id: string; readonly code: boolean }
	/** A mention of a REST method, linked to its official reference page. */
	| { readonly type: 'methodRef'; readonly method: string; readonly code: boolean };

/** Catalog text, parsed. */
export interface RichText {
	/** The Markdown source, as written. */
	readonly markdown: string;
	/** Paragraphs of inline nodes. */
	readonly paragraphs: readonly (readonly Inline[])[];
	/** Plain text, for tools and search snippets: no Markdown syntax. */
	readonly plain: string;
}

/** A problem inside one text field; the caller adds file, line and key path. */
export interface TextProblem {
	readonly message: string;
	readonly fix: string;
}

/** What auto-linking needs to know. */
export interface RefContext {
	readonly errorIds: ReadonlySet<string>;
	readonly methods: ReadonlySet<string>;
	/** The entry whose text this is: it does not link to itself. */
	readonly selfId?: string;
}

const ERROR_REF = 'catalog-error:';
const METHOD_REF = 'catalog-method:';

/**
 * A remark plugin: every mention of a known error id (as a word or as inline
 * code) or of a known method name (as inline code) becomes a link node with a
 * `catalog-error:` or `catalog-method:` URL, resolved later per locale.
 * Linear in the text: set lookups, no pattern of every id.
 */
export const remarkCatalogRefs: Plugin<[RefContext], Root> = (context) => {
	return (tree) => {
		rewriteChildren(tree, (node) => {
			if (node.type === 'inlineCode') {
				if (context.errorIds.has(node.value) && node.value !== context.selfId) return [refLink(ERROR_REF + node.value, node.value, true)];
				const method = node.value.replace(/\(\)$/, '');
				if (context.methods.has(method)) return [refLink(METHOD_REF + method, node.value, true)];
				return undefined;
			}
			if (node.type === 'text') return splitText(node, context);
			return undefined;
		});
	};
};

function refLink(url: string, value: string, code: boolean): Link {
	return { type: 'link', url, children: [code ? { type: 'inlineCode', value } : { type: 'text', value }] };
}

/**
 * A word that could be an id: a maximal run of letters, digits, `_` and `-`.
 * Each is looked up in the id set, so linking costs the same whatever the
 * catalog's size (a pattern of every id, built per field, made the check grow
 * with the square of the catalog).
 */
const WORD = /[A-Za-z0-9_-]+/g;
/** A word right after one of these is part of an `@Id` prefix, a path, a URL or a fragment, not a mention. */
const NOT_AFTER = new Set(['@', '/', '.', '#', '=']);

function splitText(node: Text, context: RefContext): PhrasingContent[] | undefined {
	const parts: PhrasingContent[] = [];
	let last = 0;
	for (const match of node.value.matchAll(WORD)) {
		const word = match[0];
		const index = match.index;
		if (!context.errorIds.has(word) || word === context.selfId) continue;
		if (index > 0 && NOT_AFTER.has(node.value[index - 1] as string)) continue;
		if (index > last) parts.push({ type: 'text', value: node.value.slice(last, index) });
		parts.push(refLink(ERROR_REF + word, word, false));
		last = index + word.length;
	}
	if (parts.length === 0) return undefined;
	if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
	return parts;
}

/** Replaces children via `replace` (undefined keeps a node); never descends into links. */
function rewriteChildren(parent: Nodes, replace: (node: Nodes) => Nodes[] | undefined): void {
	if (!('children' in parent)) return;
	const next: Nodes[] = [];
	for (const child of parent.children as Nodes[]) {
		const replaced = child.type === 'link' ? undefined : replace(child);
		if (replaced) next.push(...replaced);
		else {
			if (child.type !== 'link') rewriteChildren(child, replace);
			next.push(child);
		}
	}
	(parent as { children: Nodes[] }).children = next;
}

/** One frozen parser for every field; only the reference pass needs the field's context. */
const parser = unified().use(remarkParse).freeze();

/**
 * Parses one text field. Returns every problem in it (raw HTML, a heading, a
 * list, an image, a non-https link…) or, when there is none, the parsed text.
 */
export function parseRichText(markdown: string, context: RefContext): { text?: RichText; problems: TextProblem[] } {
	const tree = plainProseTree(markdown) ?? parser.parse(markdown);
	const transform = (remarkCatalogRefs as unknown as (context: RefContext) => (tree: Root) => void)(context);
	transform(tree);
	const problems: TextProblem[] = [];
	const paragraphs: Inline[][] = [];
	for (const block of tree.children) {
		if (block.type === 'paragraph') paragraphs.push(convertInlines(block.children, problems));
		else problems.push(blockProblem(block));
	}
	if (problems.length > 0) return { problems };
	return { text: { markdown, paragraphs, plain: paragraphs.map((p) => p.map(plainOf).join('')).join('\n\n') }, problems };
}

/**
 * Characters and line shapes that can start Markdown syntax: inline code,
 * emphasis, links, images, HTML, entities, escapes, headings, lists, quotes,
 * setext underlines, indented code, hard breaks. Text with none of them can
 * only be paragraphs of plain text.
 */
const MARKDOWN_SYNTAX = /[`*_[\]<>!&\\#|~=+\t]| {2,}\n/;
const BLOCK_START = /(?:^|\n) *(?:\d+[.)]|-)/;
const INDENTED = /(?:^|\n) {4}/;

/**
 * The tree remark would build for text without any Markdown syntax (most
 * catalog fields): paragraphs split at blank lines, each line stripped of its
 * leading and trailing spaces, lines joined by a line break. It skips the
 * Markdown parser, whose start-up and tokenizer were most of `catalog check`
 * at 10,000 errors; `rich-text.test.ts` checks it gives remark's tree for
 * every field of the real catalog and for tricky spacing. Inline code (ids
 * in backticks, the one syntax most fields carry) is read here too, by
 * CommonMark's code-span rule. Undefined when the text might hold any other
 * syntax: then remark parses it.
 */
export function plainProseTree(markdown: string): Root | undefined {
	if (BLOCK_START.test(markdown) || INDENTED.test(markdown)) return undefined;
	// Inline code is the one syntax most fields carry (ids in backticks); its rule is simple enough to follow here.
	const withCode = MARKDOWN_SYNTAX.test(markdown);
	// Bail out on anything else: other syntax, a fence (a line starting with three backticks), or spaces at a line's ends (kept inside a span).
	if (withCode && (MARKDOWN_SYNTAX.test(markdown.replace(/`/g, '')) || /(?:^|\n)```/.test(markdown) || /(?:^|\n) +\S|\S +(?:\n|$)/.test(markdown))) return undefined;
	const paragraphs: string[][] = [[]];
	for (const line of markdown.split('\n')) {
		const trimmed = line.replace(/^ +| +$/g, '');
		if (trimmed === '') {
			if ((paragraphs[paragraphs.length - 1] ?? []).length > 0) paragraphs.push([]);
		} else paragraphs[paragraphs.length - 1]?.push(trimmed);
	}
	return {
		type: 'root',
		children: paragraphs
			.filter((lines) => lines.length > 0)
			.map((lines) => ({ type: 'paragraph', children: withCode ? codeSpans(lines.join('\n')) : [{ type: 'text', value: lines.join('\n') }] })),
	};
}

/**
 * A paragraph's inlines when its only syntax is backticks, by CommonMark's
 * code-span rule: a run of n backticks opens a span that the next run of
 * exactly n closes; one space or line ending is stripped from each end when
 * both ends have one and the content is not all spaces (mdast keeps line
 * endings inside as they are). A run with no closing run is literal text.
 */
function codeSpans(text: string): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let literal = '';
	let at = 0;
	while (at < text.length) {
		const open = text.indexOf('`', at);
		if (open === -1) break;
		let n = open;
		while (text[n] === '`') n++;
		const run = n - open;
		// The closing run: the next run of exactly `run` backticks.
		let close = -1;
		let scan = n;
		while (scan < text.length) {
			const next = text.indexOf('`', scan);
			if (next === -1) break;
			let end = next;
			while (text[end] === '`') end++;
			if (end - next === run) {
				close = next;
				break;
			}
			scan = end;
		}
		if (close === -1) {
			literal += text.slice(at, n);
			at = n;
			continue;
		}
		literal += text.slice(at, open);
		if (literal !== '') out.push({ type: 'text', value: literal });
		literal = '';
		// mdast keeps a line ending inside a span as is; a space or line ending at both ends is padding.
		let value = text.slice(n, close);
		if (value.length >= 2 && /^[ \n]/.test(value) && /[ \n]$/.test(value) && /[^ \n]/.test(value)) value = value.slice(1, -1);
		out.push({ type: 'inlineCode', value });
		at = close + run;
	}
	literal += text.slice(at);
	if (literal !== '') out.push({ type: 'text', value: literal });
	return out;
}

/** What remark alone makes of `markdown`, for tests that compare the plain-prose shortcut with it. */
export function remarkTree(markdown: string): Root {
	return parser.parse(markdown);
}

function blockProblem(block: Nodes): TextProblem {
	const where = block.position ? ` (at text line ${block.position.start.line}, column ${block.position.start.column})` : '';
	if (block.type === 'html') {
		return { message: `Raw HTML is not allowed in catalog text: ${JSON.stringify(toString(block) || (block as { value: string }).value)}${where}.`, fix: 'Remove the HTML; use `code`, *emphasis* or [a link](https://…) instead.' };
	}
	return {
		message: `A Markdown ${block.type} is not allowed in catalog text${where}.`,
		fix: 'Use plain paragraphs with inline code, *emphasis*, **strong** and https links only.',
	};
}

function convertInlines(nodes: readonly PhrasingContent[], problems: TextProblem[]): Inline[] {
	const out: Inline[] = [];
	for (const node of nodes) {
		const where = node.position ? ` (at text line ${node.position.start.line}, column ${node.position.start.column})` : '';
		switch (node.type) {
			case 'text':
				out.push({ type: 'text', value: node.value });
				break;
			case 'inlineCode':
				out.push({ type: 'code', value: node.value });
				break;
			case 'emphasis':
				out.push({ type: 'emphasis', children: convertInlines(node.children, problems) });
				break;
			case 'strong':
				out.push({ type: 'strong', children: convertInlines(node.children, problems) });
				break;
			case 'break':
				out.push({ type: 'text', value: ' ' });
				break;
			case 'link': {
				const code = node.children.length === 1 && node.children[0]?.type === 'inlineCode';
				if (node.url.startsWith(ERROR_REF)) out.push({ type: 'errorRef', id: node.url.slice(ERROR_REF.length), code });
				else if (node.url.startsWith(METHOD_REF)) out.push({ type: 'methodRef', method: node.url.slice(METHOD_REF.length), code });
				else if (!/^https:\/\/[^\s]+$/.test(node.url)) {
					problems.push({ message: `The link ${JSON.stringify(node.url)} is not an https address${where}.`, fix: 'Link only to https:// addresses.' });
				} else out.push({ type: 'link', href: node.url, children: convertInlines(node.children, problems) });
				break;
			}
			case 'html':
				problems.push({ message: `Raw HTML is not allowed in catalog text: ${JSON.stringify(node.value)}${where}.`, fix: 'Remove the HTML; use `code`, *emphasis* or [a link](https://…) instead.' });
				break;
			default:
				problems.push({ message: `Markdown ${node.type} is not allowed in catalog text${where}.`, fix: 'Use inline code, *emphasis*, **strong** and https links only.' });
		}
	}
	return out;
}

/** Plain text of an inline node: what a reader sees, without Markdown syntax. */
export function plainOf(node: Inline): string {
	switch (node.type) {
		case 'text':
		case 'code':
			return node.value;
		case 'errorRef':
			return node.id;
		case 'methodRef':
			return node.method;
		default:
			return node.children.map(plainOf).join('');
	}
}

/**
 * The official REST reference page of a method: `courses.students.create`
 * lives at `…/rest/v1/courses.students/create`.
 */
export function methodReferenceUrl(method: string): string {
	const dot = method.lastIndexOf('.');
	return `https://developers.google.com/workspace/classroom/reference/rest/v1/${method.slice(0, dot)}/${method.slice(dot + 1)}`;
}

/**
 * The prose of a text: its words without inline code and without mentions of
 * ids or methods, which are identifiers, not words of the language.
 */
export function proseOf(text: RichText): string {
	const walk = (node: Inline): string => {
		switch (node.type) {
			case 'text':
				return node.value;
			case 'code':
			case 'errorRef':
			case 'methodRef':
				return ' ';
			default:
				return node.children.map(walk).join('');
		}
	};
	return text.paragraphs.map((p) => p.map(walk).join('')).join('\n');
}
