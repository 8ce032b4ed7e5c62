import { describe, expect, it } from 'vitest';
import { escapeHtml, h, renderHtml, textOf } from './vnode.ts';

describe('h', () => {
	it('flattens children and drops null, undefined and false', () => {
		const el = h('ul', null, [h('li', null, 'a'), null, [h('li', null, 'b'), false]], undefined);
		expect(el.children).toHaveLength(2);
		expect(textOf(el)).toBe('ab');
	});

	it('refuses tag and attribute names that are not plain names, and event handlers', () => {
		expect(() => h('a b')).toThrow(/tag/);
		expect(() => h('img', { 'src=x onerror': 'y' })).toThrow(/attribute/);
		expect(() => h('div', { onclick: 'alert(1)' })).toThrow(/attribute/);
	});
});

describe('renderHtml', () => {
	it('escapes text, so markup in a string stays text', () => {
		expect(renderHtml(h('li', null, '<script>alert(1)</script>'))).toBe('<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>');
	});

	it('escapes attribute values and leaves out false, null and undefined', () => {
		expect(renderHtml(h('td', { title: '"><img src=x>', hidden: true, open: false, id: null, class: undefined }))).toBe(
			'<td title="&quot;&gt;&lt;img src=x&gt;" hidden=""></td>',
		);
	});

	it('writes void elements without a closing tag and empty SVG shapes self-closed', () => {
		expect(renderHtml(h('input', { value: 1 }))).toBe('<input value="1">');
		expect(renderHtml(h('svg', null, h('rect', { x: 0 }), h('text', null, 'a')))).toBe('<svg><rect x="0"/><text>a</text></svg>');
	});

	it('renders lists of nodes in order', () => {
		expect(renderHtml(['a & b', h('b', null, 'c')])).toBe('a &amp; b<b>c</b>');
		expect(escapeHtml(`'`)).toBe('&#39;');
	});
});
