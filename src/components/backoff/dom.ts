/**
 * Renders the simulator's element trees (src/backoff/vnode.ts) to DOM nodes
 * in the browser. Text becomes text nodes and attributes go through
 * setAttribute, never innerHTML, so text that came from a URL stays text.
 */
import { NAME, attrText, type VNode } from '../../backoff/vnode.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A DOM node for `node`; elements inside an <svg> are created in the SVG namespace. */
export function toDom(node: VNode, doc: Document = document, inSvg = false): Node {
	if (typeof node === 'string') return doc.createTextNode(node);
	const svg = inSvg || node.tag === 'svg';
	// h() already checks names; checked again here so no other tree can slip a bad name through.
	if (!NAME.test(node.tag)) return doc.createTextNode('');
	const el = svg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
	for (const [name, value] of Object.entries(node.attrs)) {
		const text = attrText(value);
		if (text === null || !NAME.test(name) || name.toLowerCase().startsWith('on')) continue;
		el.setAttribute(name, text);
	}
	for (const child of node.children) el.appendChild(toDom(child, doc, svg));
	return el;
}
