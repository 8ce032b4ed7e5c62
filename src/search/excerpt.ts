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

/**
 * The excerpt without the copy of `label` it starts with, if it does: an
 * error page's text begins with its title, which the result already shows
 * above the excerpt, so a match in the title quoted it twice. The label is
 * matched as a whole, ignoring case and the marks; the punctuation and
 * spaces after it go with it. An excerpt that is nothing but the label is
 * left as it is.
 */
export function withoutLeadingLabel(parts: readonly ExcerptPart[], label: string | undefined): ExcerptPart[] {
	const plain = parts.map((part) => part.text).join('');
	const wanted = label?.trim();
	if (!wanted || plain.slice(0, wanted.length).toLowerCase() !== wanted.toLowerCase()) return [...parts];
	const rest = /^[\s.,:;·…]*/u.exec(plain.slice(wanted.length));
	const cut = wanted.length + (rest?.[0].length ?? 0);
	if (cut >= plain.length) return [...parts];
	const out: ExcerptPart[] = [];
	let at = 0;
	for (const part of parts) {
		const end = at + part.text.length;
		if (end > cut) out.push({ text: part.text.slice(Math.max(0, cut - at)), marked: part.marked });
		at = end;
	}
	return out;
}

/** Text with its runs of white space made single spaces, trimmed: how excerpts and page text are compared. */
function squeezed(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Where an excerpt was cut from its page's text: `before` when the page
 * says more before it, `after` when it says more after it. Pagefind's
 * excerpt is a window of the page's words; `content` is the page's whole
 * text (its result's `content`). When the excerpt cannot be found in it,
 * each end counts as cut unless the page starts (ends) the same way.
 */
export function excerptCuts(parts: readonly ExcerptPart[], content: string | undefined): { before: boolean; after: boolean } {
	const plain = squeezed(parts.map((part) => part.text).join(''));
	if (plain === '') return { before: false, after: false };
	if (content === undefined) return { before: true, after: true };
	const page = squeezed(decodeEntities(content));
	const at = page.indexOf(plain);
	if (at >= 0) return { before: at > 0, after: at + plain.length < page.length };
	const edge = Math.min(20, plain.length);
	return { before: !page.startsWith(plain.slice(0, edge)), after: !page.endsWith(plain.slice(-edge)) };
}

/** The ellipsis that marks where an excerpt was cut. */
export const CUT_MARK = '…';

/**
 * The parts of a result's excerpt as the dialog shows them: the copy of the
 * label it may start with dropped (see {@link withoutLeadingLabel}), and a
 * `…` where it was cut from the page's text (see {@link excerptCuts}). The
 * excerpt that starts where the page does, once its label is dropped, starts
 * a sentence: no mark there.
 */
export function shownExcerpt(excerpt: string, content: string | undefined, label: string | undefined): ExcerptPart[] {
	const parts = excerptParts(excerpt);
	const cuts = excerptCuts(parts, content);
	let shown = withoutLeadingLabel(parts, label);
	let before = cuts.before;
	// An excerpt that starts inside the title (`…remove the course owner. A request…`) drops the title's tail too: the title is on the line above.
	const wanted = label?.trim() ?? '';
	const page = content === undefined ? '' : squeezed(decodeEntities(content));
	const at = page.indexOf(squeezed(parts.map((part) => part.text).join('')));
	if (shown.length === parts.length && wanted !== '' && at > 0 && at < wanted.length && page.startsWith(wanted)) {
		const rest = withoutLeadingLabel(parts, wanted.slice(at));
		if (rest.length > 0 && rest.map((part) => part.text).join('') !== parts.map((part) => part.text).join('')) {
			shown = rest;
			before = false;
		}
	}
	if (shown.length === 0) return shown;
	const out = [...shown];
	const first = out[0];
	if (first) out[0] = { ...first, text: first.text.trimStart() };
	const lastAt = out.length - 1;
	const last = out[lastAt];
	if (last) out[lastAt] = { ...last, text: last.text.trimEnd() };
	if (before) out.unshift({ text: CUT_MARK, marked: false });
	if (cuts.after) out.push({ text: CUT_MARK, marked: false });
	return out;
}
