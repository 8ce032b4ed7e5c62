/**
 * The favicon inline, as a data URL in the head, instead of a file: a browser
 * fetches the icon with every first visit, and that request's headers cost
 * more than the icon itself (238 bytes of SVG). Error pages must stay within
 * their weight budget, headers counted (issue 20, item 10). The file stays in
 * public/ for anything that asks for it by name.
 */
import type { HeadEntry } from './link-preview.ts';

/** An SVG as a `data:` URL: only the characters a URL or an attribute cannot hold are escaped, so it stays short. */
export function svgDataUrl(svg: string): string {
	const compact = svg.replace(/\s*\n\s*/g, ' ').trim().replace(/"/g, "'");
	return `data:image/svg+xml,${compact.replace(/[%#<>?[\\\]^`{|}\r\n\t]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}

const dataUrls = new Map<string, string>();

/** `head` with every icon link pointing at `svg` inline; other entries untouched. */
export function withInlineFavicon<T extends HeadEntry>(head: readonly T[], svg: string): T[] {
	// Every page of a build passes the same SVG: its URL is made once.
	const href = dataUrls.get(svg) ?? svgDataUrl(svg);
	dataUrls.set(svg, href);
	return head.map((entry) => {
		const rel = entry.tag === 'link' ? String(entry.attrs?.['rel'] ?? '') : '';
		if (!/(^|\s)icon(\s|$)/.test(rel)) return entry;
		return { ...entry, attrs: { ...entry.attrs, href, type: 'image/svg+xml' } };
	});
}
