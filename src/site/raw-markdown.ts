/**
 * Finds Markdown that reached a page as text instead of being rendered: a
 * reader should never see `**`, a backtick, `[text](url)` or a literal tag
 * in a page's prose. Code samples are left out by the caller (they quote
 * `/** … *\/` comments on purpose); what is passed here is visible prose.
 *
 * The classic slip is CommonMark's flanking rule: `**\`x\`**는` stays raw,
 * because a closing `**` after punctuation must be followed by a space or
 * punctuation, and a Korean particle is neither.
 */

/** One piece of raw Markdown found in a text, with a little context to find it by. */
export interface RawMarkdown {
	readonly syntax: string;
	readonly context: string;
}

const PATTERNS: readonly { readonly syntax: string; readonly pattern: RegExp }[] = [
	{ syntax: 'strong (**)', pattern: /\*\*/g },
	{ syntax: 'strong (__)', pattern: /(?:^|[\s(])__\S|\S__(?=[\s).,:;!?]|$)/g },
	{ syntax: 'emphasis (*text*)', pattern: /(?:^|\s)\*[^\s*][^*\n]*\*(?=[\s.,:;!?)]|[\uAC00-\uD7A3]|$)/g },
	{ syntax: 'inline code (`)', pattern: /`/g },
	{ syntax: 'link ([text](url))', pattern: /\]\((?:https?:|\/|#|\.)/g },
	{ syntax: 'HTML tag as text', pattern: /<\/?(?:strong|em|code|a|b|i|br|p|span|div)\b[^>]*>/gi },
];

/** Every piece of raw Markdown in `text` (visible prose, code excluded). */
export function findRawMarkdown(text: string): RawMarkdown[] {
	const found: RawMarkdown[] = [];
	for (const { syntax, pattern } of PATTERNS) {
		for (const match of text.matchAll(pattern)) {
			const at = match.index;
			found.push({ syntax, context: text.slice(Math.max(0, at - 30), at + match[0].length + 30).replace(/\s+/g, ' ').trim() });
		}
	}
	return found;
}
