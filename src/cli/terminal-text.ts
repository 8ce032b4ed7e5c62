/**
 * Text that is safe to print on a terminal. The command line echoes bits of
 * what a user pasted (an unknown id, the start of a message) and text from the
 * catalog; neither may move the cursor, clear the screen, flip the text
 * direction or flood the terminal.
 */

/** Default length of an echoed excerpt, in characters (code points). */
export const EXCERPT_LENGTH = 80;

/**
 * C0 and C1 controls, DEL, bidi embedding/override/isolate controls and the
 * zero-width format characters that can hide or reorder text.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** Escapes one unsafe character as `\u001b`, so it is visible but inert. */
function escapeChar(char: string): string {
	return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every unsafe character shown as a `\uXXXX` escape. Tabs and
 * newlines stay: they cannot take over the terminal.
 */
export function terminalSafe(text: string): string {
	return text.replace(UNSAFE, escapeChar);
}

/**
 * A short, single-line, terminal-safe excerpt of what the user gave, for
 * messages such as "No match for …": whitespace runs (newlines included)
 * become one space, unsafe characters are escaped, and anything past `max`
 * code points is cut and counted, so 50 MB of input never comes back out.
 */
export function safeExcerpt(text: string, max = EXCERPT_LENGTH): string {
	const flat = text.replace(/\s+/gu, ' ').trim();
	const chars = Array.from(flat);
	const head = chars.length > max ? chars.slice(0, max).join('') : flat;
	const rest = chars.length - Array.from(head).length;
	return `${terminalSafe(head)}${rest > 0 ? `… (${String(rest)} more characters)` : ''}`;
}
