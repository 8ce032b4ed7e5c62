/**
 * Pagefind's excerpts as text: Pagefind returns the page text entity-escaped
 * with `<mark>` around the matched words. The dialog draws them with text
 * nodes and `<mark>` elements, never as markup, so this splits them into
 * parts and decodes the entities. Pure.
 */

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
	readonly text: string;
	readonly marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes (named ones and numeric ones). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? all;
	});
}

/** The parts of an excerpt; any tag other than `<mark>` is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(piece)) marked = true;
		else if (/^<\/mark>$/i.test(piece)) marked = false;
		else {
			const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
			if (text !== '') parts.push({ text, marked });
		}
	}
	return parts;
}
