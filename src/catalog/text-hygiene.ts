/**
 * What may be in a catalog's bytes and text at all, before any schema: the
 * file must be valid UTF-8 of a sane size, and no value may carry characters
 * that would corrupt a page, `catalog.json` or a terminal (controls, escape
 * sequences, bidi overrides, invisible-only text, lone surrogates), nor a YAML
 * tag the loader does not know. Every finding is a {@link Problem} with file,
 * line, column, key path and fix, like every other catalog problem.
 */
import { isMap, isPair, isScalar, isSeq, visit, type Document, type LineCounter } from 'yaml';
import { formatPath, type Problem } from './problems.ts';

/** The largest content file accepted: room for 10,000 errors of rich bilingual text, yet not unbounded. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/**
 * The most alias nodes the YAML parser expands. A catalog needs none; a few
 * are tolerated, but an "alias bomb" (aliases of aliases, exponential on
 * expansion) is stopped and reported, not expanded.
 */
export const MAX_ALIAS_COUNT = 100;

/** Fields whose text may span lines (Markdown prose); every other string is one line. */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set(['summary', 'cause', 'action', 'meaning', 'advice', 'note']);

/** Bidi embedding, override and isolate controls, and the implicit marks: they reorder what a reader sees. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Characters with no glyph: text made only of these (and spaces) looks empty on every page. */
const INVISIBLE = /[\s\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\ufeff]/gu;

/** The first unsafe character of `value`, with its offset and a name for the message; undefined if clean. */
export function firstUnsafeChar(value: string, multiline: boolean): { index: number; char: string; what: string } | undefined {
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		const char = value[i] as string;
		if (code === 0x0a || code === 0x09) {
			if (multiline) continue;
			return { index: i, char, what: code === 0x0a ? 'a line break' : 'a tab' };
		}
		if (code === 0) return { index: i, char, what: 'a NUL character' };
		if (code === 0x1b) return { index: i, char, what: 'an escape character (ESC, used by terminal escape sequences)' };
		if (code < 0x20 || code === 0x7f) return { index: i, char, what: `the control character ${codeName(code)}` };
		if (code >= 0x80 && code <= 0x9f) return { index: i, char, what: `the C1 control character ${codeName(code)}` };
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = value.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				i++;
				continue;
			}
			return { index: i, char, what: `a lone surrogate ${codeName(code)} (not a character)` };
		}
		if (code >= 0xdc00 && code <= 0xdfff) return { index: i, char, what: `a lone surrogate ${codeName(code)} (not a character)` };
		if (BIDI.test(char)) return { index: i, char, what: `the bidirectional control ${codeName(code)}, which reorders how text is displayed` };
		if (code === 0xfffd) return { index: i, char, what: 'U+FFFD, the replacement character left by a broken encoding conversion' };
		if (code === 0xfffe || code === 0xffff) return { index: i, char, what: `the noncharacter ${codeName(code)}` };
	}
	return undefined;
}

/** True when `value` has characters but none that show (only spaces and zero-width characters). */
export function isInvisibleOnly(value: string): boolean {
	return value.length > 0 && value.trim() !== '' && value.replace(INVISIBLE, '') === '';
}

function codeName(code: number): string {
	return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Decodes `bytes` as strict UTF-8. On the first invalid byte, returns a
 * problem with its line and column (in characters, 1-based) instead of
 * silently turning it into U+FFFD.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const bad = firstInvalidUtf8Byte(bytes);
		let lineStart = 0;
		let line = 1;
		for (let i = 0; i < bad; i++) {
			if (bytes[i] === 0x0a) {
				line++;
				lineStart = i + 1;
			}
		}
		const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad));
		const column = Array.from(before).length + 1;
		const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
		return {
			problem: {
				file,
				line,
				column,
				path: '',
				message: `The file is not valid UTF-8: byte 0x${byte} at byte offset ${String(bad)} does not start or continue a UTF-8 character.`,
				fix: 'Save the file as UTF-8 (without converting it from another encoding twice), and retype the character at this position.',
			},
		};
	}
}

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence (RFC 3629), or bytes.length. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] as number;
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return bytes.length;
}

/** The key path of a node from `visit`'s ancestor list: `errors[3].title`. */
function pathOf(ancestors: readonly unknown[], node: unknown): (string | number)[] {
	const path: (string | number)[] = [];
	const chain = [...ancestors, node];
	for (let i = 0; i < chain.length - 1; i++) {
		const parent = chain[i];
		const child = chain[i + 1];
		if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
		else if (isPair(parent) && parent.value === child && isScalar(parent.key)) path.push(String(parent.key.value));
		else if (isMap(parent)) continue;
	}
	return path;
}

/**
 * Problems in the strings of a parsed document: unsafe characters in any key
 * or value (located at the character where the source holds it raw, else at
 * the value), invisible-only text, and unknown tags (which the parser would
 * otherwise read as plain text without a word).
 */
export function textHygieneProblems(file: string, text: string, doc: Document.Parsed, lineCounter: LineCounter): Problem[] {
	const problems: Problem[] = [];
	const at = (offset: number) => lineCounter.linePos(offset);
	visit(doc, {
		Scalar(_key, node, ancestors) {
			const path = pathOf(ancestors, node);
			const isKey = ancestors.length > 0 && isPair(ancestors[ancestors.length - 1]) && (ancestors[ancestors.length - 1] as { key: unknown }).key === node;
			const field = [...path].reverse().find((p): p is string => typeof p === 'string') ?? 'document';
			const where = formatPath(path);
			const start = node.range?.[0] ?? 0;
			const end = node.range?.[1] ?? start;
			if (typeof node.value !== 'string') return;
			const value = node.value;
			const unsafe = firstUnsafeChar(value, !isKey && MULTILINE_FIELDS.has(field));
			if (unsafe) {
				// Point at the character itself when the file holds it raw; an escape (`\0`, `\e`) is found by the value.
				const raw = text.indexOf(unsafe.char, start);
				const pos = at(raw >= start && raw < end ? raw : start);
				const kind = isKey ? 'A key' : `"${field}"`;
				problems.push({
					file,
					line: pos.line,
					column: pos.col,
					path: where,
					message: `${kind} contains, at character ${String(Array.from(value.slice(0, unsafe.index)).length + 1)}, ${unsafe.what}.`,
					fix: unsafe.what.startsWith('a line break') || unsafe.what.startsWith('a tab') ? `Write "${field}" on one line, with plain spaces.` : 'Delete the character (retype the text if it was pasted from a terminal, a PDF or a right-to-left editor).',
				});
				return;
			}
			if (!isKey && isInvisibleOnly(value)) {
				const pos = at(start);
				problems.push({ file, line: pos.line, column: pos.col, path: where, message: `"${field}" has no visible text, only spaces and zero-width characters.`, fix: `Write the text of "${field}".` });
			}
		},
	});
	// The parser only warns about a tag it cannot resolve (`!evil`, `!!binary`) and then reads the value as plain text.
	for (const warning of doc.warnings) {
		const pos = at(warning.pos[0]);
		const tag = /tag: (\S+)/.exec(warning.message)?.[1];
		problems.push(
			warning.code === 'TAG_RESOLVE_FAILED'
				? { file, line: pos.line, column: pos.col, path: '', message: `Unknown YAML tag ${JSON.stringify((tag ?? '').slice(0, 40))}: the catalog has no such type, and the parser would silently read the value as plain text.`, fix: 'Remove the tag (catalog values are plain text, numbers and lists).' }
				: { file, line: pos.line, column: pos.col, path: '', message: `YAML: ${(warning.message.split('\n')[0] ?? warning.message).slice(0, 200)}.`, fix: 'Correct the YAML at this position.' },
		);
	}
	return problems;
}

/** The offset of the first alias (`*name`) in the document, for locating an alias-limit problem. */
export function firstAliasOffset(doc: Document.Parsed): number | undefined {
	let offset: number | undefined;
	visit(doc, {
		Alias(_key, node) {
			offset = node.range?.[0];
			return visit.BREAK;
		},
	});
	return offset;
}
