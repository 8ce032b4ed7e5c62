import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgDataUrl, withInlineFavicon } from './favicon.ts';

const svg = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

describe('the inline favicon', () => {
	it('is a data URL that decodes back to the SVG, with nothing an attribute or URL cannot hold', () => {
		const url = svgDataUrl(svg);
		expect(url.startsWith('data:image/svg+xml,')).toBe(true);
		expect(url).not.toMatch(/[<>"#\s]{2}|[<>"#]/);
		expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.replace(/\s*\n\s*/g, ' ').trim().replace(/"/g, "'"));
	});

	it('replaces the icon links of a head and nothing else', () => {
		const head = [
			{ tag: 'link' as const, attrs: { rel: 'shortcut icon', href: '/favicon.svg', type: 'image/svg+xml' } },
			{ tag: 'link' as const, attrs: { rel: 'canonical', href: 'https://example.org/' } },
		];
		const out = withInlineFavicon(head, svg);
		expect(out[0]?.attrs?.['href']).toBe(svgDataUrl(svg));
		expect(out[1]).toEqual(head[1]);
	});
});
