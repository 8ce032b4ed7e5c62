/**
 * Parses a YAML content file while keeping positions, so that every later
 * problem (from zod or from a cross-entry check) can point at a line and a column.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Problem } from './problems.ts';
import { formatPath } from './problems.ts';
import { MAX_ALIAS_COUNT, firstAliasOffset, textHygieneProblems } from './text-hygiene.ts';

/** A parsed file: its plain value plus what is needed to locate a key path. */
export interface YamlSource {
	readonly file: string;
	readonly value: unknown;
	readonly doc: Document.Parsed;
	readonly lineCounter: LineCounter;
}

/** Line and column, both 1-based. */
export interface Position {
	readonly line: number;
	readonly column: number;
}

/**
 * Parses `text` as the YAML file `file`. Syntax errors (and duplicate keys,
 * which YAML forbids) come back as problems, all of them, not just the first.
 */
export function parseYaml(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
	const lineCounter = new LineCounter();
	// YAML 1.2 core schema only (no custom types), keys unique, and errors kept as data with positions.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', schema: 'core' });
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
	return { source: { file, value, doc, lineCounter }, problems };
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
