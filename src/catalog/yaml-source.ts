/**
 * Parses a YAML content file while keeping positions, so that every later
 * problem (from zod or from a cross-entry check) can point at a line and a column.
 *
 * Two parsers, one meaning. The `yaml` library composes a document with every
 * node's position, but at about 2 MB of catalog per second of CPU: at 10,000
 * errors per locale its parse alone was most of `catalog check`. So a file is
 * first read by js-yaml (ten times faster, no positions) with the plain
 * scalars typed by `yaml`'s own core-schema rules, and `yaml` composes the
 * positioned document only when something needs a position, that is when a
 * problem is reported. Whatever js-yaml would read differently or cannot
 * read (a syntax error, a duplicate key, a tag, an anchor, a directive, an
 * unsafe character) goes straight to `yaml`, whose problems are the ones
 * reported, as before.
 */
import jsYaml from 'js-yaml';
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Problem } from './problems.ts';
import { formatPath } from './problems.ts';
import { MAX_ALIAS_COUNT, MULTILINE_FIELDS, firstAliasOffset, firstUnsafeChar, isInvisibleOnly, textHygieneProblems } from './text-hygiene.ts';

/** A parsed file: its plain value plus what is needed to locate a key path. */
export interface YamlSource {
	readonly file: string;
	readonly value: unknown;
	/** The positioned document; composed on first use when the file was read by the fast path. */
	readonly doc: Document.Parsed;
	readonly lineCounter: LineCounter;
	/** The file's text, where the reader kept it (for source-lines.ts). */
	readonly text?: string;
}

/** The options every positioned parse uses: YAML 1.2 core schema only (no custom types), keys unique, errors kept as data with positions. */
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', schema: 'core' } as const;

function composeDocument(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
	const lineCounter = new LineCounter();
	const doc = withPlainEnv(() => parseDocument(text, { lineCounter, ...YAML_OPTIONS }));
	return { doc, lineCounter };
}

/**
 * Runs `parse` with `process.env` as a plain object. The `yaml` parser reads
 * `process.env.LOG_TOKENS` once per token, and every read of the real
 * `process.env` is a call into the C++ environment: about a quarter of the
 * parser's time on a large file. Synchronous, so nothing else sees the copy.
 */
function withPlainEnv<T>(parse: () => T): T {
	const env = process.env;
	process.env = { ...env };
	try {
		return parse();
	} finally {
		process.env = env;
	}
}

/** `yaml`'s core-schema rules for plain scalars (null, booleans, integers, floats), in its order. */
const CORE_RULES = new Document(null, YAML_OPTIONS).schema.tags.flatMap((tag) => {
	const { test, resolve } = tag as { test?: RegExp; resolve?: (value: string, onError: (message: string) => void, options: object) => unknown };
	return test && resolve ? [{ test, resolve }] : [];
});

/**
 * Every core-schema rule needs its scalar to be empty or to start with one of
 * these (`~`, null, true, false, a digit, a sign, a dot): any other plain
 * scalar is a string without testing the rules one by one.
 */
const CORE_FIRST_CHAR = /^[~nNtTfF0-9+\-.]/;

function coreRule(text: string): (typeof CORE_RULES)[number] | undefined {
	if (text !== '' && !CORE_FIRST_CHAR.test(text)) return undefined;
	return CORE_RULES.find((rule) => rule.test.test(text));
}

/**
 * The js-yaml schema of the fast path: one implicit type that applies
 * `yaml`'s own core-schema rules, so a plain scalar gets the same type and
 * value from both parsers. No explicit tag is known, so a file with any tag
 * (`!!str`, `!evil`) fails here and is read by `yaml`, which reports the
 * unknown ones.
 */
const FAST_SCHEMA = new jsYaml.Schema({
	implicit: [
		new jsYaml.Type('tag:catalog-fast:core', {
			kind: 'scalar',
			resolve: (data: unknown) => coreRule(data === null ? '' : String(data)) !== undefined,
			construct: (data: unknown) => {
				const text = data === null ? '' : String(data);
				const resolved = coreRule(text)?.resolve(text, () => undefined, { intAsBigInt: false });
				return isScalar(resolved) ? resolved.value : resolved;
			},
		}),
	],
});

/**
 * True for text that js-yaml and `yaml` might read differently, or that only
 * `yaml` reports well: an anchor (`&name`, whose aliases `yaml` bounds), a
 * directive (`%YAML`), a document marker (`---`, `...`). Catalogs use none of
 * them. Searched by `indexOf`: a pattern over a 10 MB file cost more.
 */
/** The offset of the next line, from `from` on, that starts with `prefix`, or -1. */
function lineStart(text: string, prefix: string, from: number): number {
	const at = text.indexOf(`\n${prefix}`, from);
	return at === -1 ? -1 : at + 1;
}

function hasUnusualYaml(text: string): boolean {
	if (text.startsWith('%') || text.includes('\n%')) return true;
	for (const marker of ['---', '...']) {
		for (let at = text.startsWith(marker) ? 0 : lineStart(text, marker, 0); at !== -1; at = lineStart(text, marker, at + 1)) {
			const after = text.charAt(at + marker.length);
			if (after === '' || after === ' ' || after === '\t' || after === '\r' || after === '\n') return true;
		}
	}
	// An anchor is `&` right after a space, a line start or a flow indicator, followed by its name.
	for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
		const before = at === 0 ? '\n' : text.charAt(at - 1);
		const after = text.charAt(at + 1);
		if (' \t\n[{,'.includes(before) && after !== '' && !' \t\r\n[]{},'.includes(after)) return true;
	}
	return false;
}

/**
 * Every character `firstUnsafeChar` can object to, as one pattern over code
 * units: controls (tab and line feed included), bidi controls, U+FFFD, the
 * noncharacters and any surrogate. One scan per string instead of a test per
 * character; a string it matches is then judged by `firstUnsafeChar` itself.
 */
const MAYBE_UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffd-\uffff]/;
/** A key js-yaml types as null (`~:`, `null:`): `yaml` names it '' and js-yaml 'null', so such a file goes to `yaml`. */
const NULL_KEY = /^(?:~|[Nn]ull|NULL)?$/;
/** The same, for prose fields, where tabs and line breaks are allowed. */
const MAYBE_UNSAFE_PROSE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffd-\uffff]/;
/** A character that shows: a string holding one cannot be invisible-only. */
const VISIBLE = /[^\s\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;

/** The text-hygiene rules `textHygieneProblems` applies to one key or value. */
function isUnsafeString(value: string, multiline: boolean, isKey: boolean): boolean {
	if ((multiline ? MAYBE_UNSAFE_PROSE : MAYBE_UNSAFE).test(value) && firstUnsafeChar(value, multiline) !== undefined) return true;
	return !isKey && !VISIBLE.test(value) && isInvisibleOnly(value);
}

/** True when a key or string anywhere in `value` fails a text-hygiene rule (which `yaml`'s document then locates). */
function hasUnsafeText(value: unknown, field: string): boolean {
	if (typeof value === 'string') return isUnsafeString(value, MULTILINE_FIELDS.has(field), false);
	if (Array.isArray(value)) return value.some((item) => hasUnsafeText(item, field));
	if (value !== null && typeof value === 'object') {
		for (const key of Object.keys(value)) {
			if (NULL_KEY.test(key) || isUnsafeString(key, false, true) || hasUnsafeText((value as Record<string, unknown>)[key], key)) return true;
		}
	}
	return false;
}

/**
 * The fast read of a content file, or undefined when the file needs `yaml`
 * (see the module comment). The document with positions is composed the
 * first time a problem asks for a position.
 */
function parseFast(file: string, text: string): YamlSource | undefined {
	if (hasUnusualYaml(text)) return undefined;
	let value: unknown;
	let warned = false;
	try {
		value = jsYaml.load(text, { schema: FAST_SCHEMA, onWarning: () => void (warned = true) });
	} catch {
		return undefined;
	}
	if (warned || value === null || typeof value !== 'object' || Array.isArray(value) || hasUnsafeText(value, 'document')) return undefined;
	let positioned: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
	const composed = () => (positioned ??= composeDocument(text));
	return {
		file,
		value,
		text,
		get doc() {
			return composed().doc;
		},
		get lineCounter() {
			return composed().lineCounter;
		},
	};
}

/** Line and column, both 1-based. */
export interface Position {
	readonly line: number;
	readonly column: number;
}

/**
 * Parses `text` as the YAML file `file`. Syntax errors (and duplicate keys,
 * which YAML forbids) come back as problems, all of them, not just the first.
 * `precise` skips the fast path: the document with positions is composed at once.
 */
export function parseYaml(file: string, text: string, options: { readonly precise?: boolean } = {}): { source?: YamlSource; problems: Problem[] } {
	const fast = options.precise ? undefined : parseFast(file, text);
	if (fast) return { source: fast, problems: [] };
	const { doc, lineCounter } = composeDocument(text);
	const problems: Problem[] = doc.errors.map((error) => {
		let pos = lineCounter.linePos(error.pos[0]);
		let message = firstLine(error.message);
		// A double-quoted YAML string may span lines, so the parser only notices a
		// missing closing quote at the end of the file; point at the opening one.
		const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(message)?.[1] : undefined;
		const opened = quote === '"' || quote === "'" ? unclosedQuoteLine(text, quote) : undefined;
		if (opened) {
			pos = opened;
			message = `a quoted value opened here is never closed (the parser reached the end of the file looking for the closing quote)`;
		}
		return {
			file,
			line: pos.line,
			column: pos.col,
			path: '',
			message: `YAML syntax error: ${message}`,
			fix: error.code === 'DUPLICATE_KEY' ? 'Remove or rename the repeated key.' : 'Correct the YAML syntax at this position (indentation, quoting, a missing colon).',
		};
	});
	if (problems.length > 0) return { problems };
	if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) {
		return {
			problems: [
				{ file, line: 1, column: 1, path: '', message: 'The file is empty.', fix: 'Add the catalog content (see the README for the file format).' },
			],
		};
	}
	const hygiene = textHygieneProblems(file, text, doc, lineCounter);
	if (hygiene.length > 0) return { problems: hygiene };
	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (cause) {
		// The parser refuses to expand an "alias bomb" (aliases of aliases); say where, like any other problem.
		const pos = lineCounter.linePos(firstAliasOffset(doc) ?? 0);
		return {
			problems: [
				{
					file,
					line: pos.line,
					column: pos.col,
					path: '',
					message: `The YAML aliases (*name) starting here expand to more than ${String(MAX_ALIAS_COUNT)} nodes, which the loader refuses as a resource-exhaustion risk (${firstLine((cause as Error).message ?? String(cause))}).`,
					fix: 'Write the repeated content out instead of nesting aliases; a catalog needs no anchors or aliases.',
				},
			],
		};
	}
	return { source: { file, value, doc, lineCounter, text }, problems };
}

/**
 * Where an unclosed quoted scalar opens. The parser consumed everything after
 * the opening quote looking for its partner, so the opening quote is the last
 * quote of that kind in the file (for single quotes, not counting the `''`
 * escape).
 */
function unclosedQuoteLine(text: string, quote: '"' | "'"): { line: number; col: number } | undefined {
	let index = -1;
	if (quote === '"') {
		for (let i = text.length - 1; i >= 0; i--) {
			if (text[i] !== '"') continue;
			let backslashes = 0;
			for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) backslashes++;
			if (backslashes % 2 === 0) {
				index = i;
				break;
			}
		}
	} else {
		const singles = [...text.matchAll(/'+/g)].filter((m) => m[0].length % 2 === 1);
		const last = singles[singles.length - 1];
		if (last) index = last.index + last[0].length - 1;
	}
	if (index < 0) return undefined;
	const before = text.slice(0, index);
	const line = before.split('\n').length;
	return { line, col: index - before.lastIndexOf('\n') };
}

function firstLine(message: string): string {
	return message.split('\n')[0] ?? message;
}

/**
 * The position of `path` in the file. With `at: 'key'` it points at the key of
 * the last segment (for an unknown key); otherwise at the value. A path that
 * does not exist (a missing field) resolves to the deepest node that does.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[], at: 'key' | 'value' = 'value'): Position {
	let node: unknown = source.doc.contents;
	let best: unknown = node;
	for (let i = 0; i < path.length; i++) {
		const segment = path[i];
		let next: unknown;
		let keyNode: unknown;
		if (isMap(node)) {
			const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
			if (pair) {
				keyNode = pair.key;
				next = pair.value ?? pair.key;
			}
		} else if (isSeq(node) && typeof segment === 'number') {
			next = node.items[segment];
		}
		if (next === undefined) break;
		node = next;
		best = at === 'key' && i === path.length - 1 && keyNode !== undefined ? keyNode : next;
	}
	const range = (best as YamlNode | null)?.range;
	const offset = range ? range[0] : 0;
	const pos = source.lineCounter.linePos(offset);
	return { line: pos.line, column: pos.col };
}

/** A problem at `path` in `source`. */
export function problemAt(
	source: YamlSource,
	path: readonly PropertyKey[],
	message: string,
	fix: string,
	at: 'key' | 'value' = 'value',
): Problem {
	const pos = locate(source, path, at);
	return { file: source.file, line: pos.line, column: pos.column, path: formatPath(path.map((p) => (typeof p === 'number' ? p : String(p)))), message, fix };
}
