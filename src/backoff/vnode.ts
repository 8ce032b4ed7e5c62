/**
 * A tiny element tree, so the simulator's tables and charts are described
 * once (in view.ts) and rendered twice: to HTML at build time (renderHtml,
 * for the page without JavaScript) and to DOM nodes in the browser (with
 * createElement and text nodes, never innerHTML; see
 * src/components/backoff/dom.ts).
 *
 * Text children are always text, never markup: renderHtml escapes them and
 * the DOM renderer makes text nodes, so a string from a URL cannot become
 * an element or an attribute.
 */

/** Attribute values; false, null and undefined leave the attribute out, true writes it empty. */
export type AttrValue = string | number | boolean | null | undefined;

export interface VElement {
	readonly tag: string;
	readonly attrs: Readonly<Record<string, AttrValue>>;
	readonly children: readonly VNode[];
}

/** An element or a text. */
export type VNode = VElement | string;

/** Children as written in h(): nested arrays are flattened, and null/false/undefined are skipped. */
export type VChild = VNode | null | undefined | false | readonly VChild[];

/** Tag and attribute names allowed in a tree: letters, digits, '-' and ':' only. */
export const NAME = /^[A-Za-z][A-Za-z0-9:-]*$/;

/** Builds an element; throws on a tag or attribute name that is not a plain name (a programming error). */
export function h(tag: string, attrs: Readonly<Record<string, AttrValue>> | null = null, ...children: VChild[]): VElement {
	if (!NAME.test(tag)) throw new Error(`bad tag name: ${tag}`);
	const clean: Record<string, AttrValue> = {};
	for (const [name, value] of Object.entries(attrs ?? {})) {
		if (!NAME.test(name) || name.toLowerCase().startsWith('on')) throw new Error(`bad attribute name: ${name}`);
		clean[name] = value;
	}
	return { tag, attrs: clean, children: flatten(children) };
}

function flatten(children: readonly VChild[]): VNode[] {
	const out: VNode[] = [];
	for (const child of children) {
		if (child === null || child === undefined || child === false) continue;
		if (Array.isArray(child)) out.push(...flatten(child as readonly VChild[]));
		else out.push(child as VNode);
	}
	return out;
}

/** The attribute's text, or null to leave it out. */
export function attrText(value: AttrValue): string | null {
	if (value === null || value === undefined || value === false) return null;
	if (value === true) return '';
	return String(value);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** SVG tags rendered as self-closing when they have no children. */
const SVG_EMPTY_OK = new Set(['rect', 'circle', 'line', 'path', 'polyline', 'polygon', 'use', 'stop']);

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The tree as HTML. Text and attribute values are escaped; names were checked by h(). */
export function renderHtml(node: VNode | readonly VNode[]): string {
	if (Array.isArray(node)) return (node as readonly VNode[]).map((n) => renderHtml(n)).join('');
	if (typeof node === 'string') return escapeHtml(node);
	const el = node as VElement;
	let attrs = '';
	for (const [name, value] of Object.entries(el.attrs)) {
		const text = attrText(value);
		if (text !== null) attrs += ` ${name}="${escapeHtml(text)}"`;
	}
	if (VOID.has(el.tag)) return `<${el.tag}${attrs}>`;
	if (el.children.length === 0 && SVG_EMPTY_OK.has(el.tag)) return `<${el.tag}${attrs}/>`;
	return `<${el.tag}${attrs}>${el.children.map((c) => renderHtml(c)).join('')}</${el.tag}>`;
}

/** All the text of a tree, in order (for tests and summaries). */
export function textOf(node: VNode | readonly VNode[]): string {
	if (Array.isArray(node)) return (node as readonly VNode[]).map((n) => textOf(n)).join('');
	if (typeof node === 'string') return node;
	return (node as VElement).children.map((c) => textOf(c)).join('');
}
