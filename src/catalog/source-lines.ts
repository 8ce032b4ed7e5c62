/**
 * Where each entry starts in its YAML file (the line of its `- id:`), so a
 * page can link to the line that writes it ("edit this entry").
 *
 * The loader's positions come from `yaml`'s composed document, which the
 * fast path composes only when a problem needs a position: composing it for
 * every entry cost about 0.7 s per locale file at 1,000 errors. Catalog files
 * write each entry as a block list item starting `- id: <id>`, so the lines
 * are first read from the text in one pass; the result counts only when it
 * names exactly the parsed ids, in order. Otherwise (flow style, an entry
 * whose first key is not `id`, quoting the scan does not read) every line
 * comes from the loader's positions (`locate`), as a problem's would.
 */
import type { Locale } from './locales.ts';
import { locate, type YamlSource } from './yaml-source.ts';

/** The line (1-based) where each entry starts in its file, by id. */
export interface SourceLines {
	/** Each error's line in each locale's file (`en.yaml`, `ko.yaml`), by id. */
	readonly errors: Readonly<Record<string, Readonly<Record<Locale, number>>>>;
	/** Each status's line in each locale's file, by id. */
	readonly statuses: Readonly<Record<string, Readonly<Record<Locale, number>>>>;
	/** Each method's line in `methods.yaml`, by id; empty without methods. */
	readonly methods: Readonly<Record<string, number>>;
}

/** Each file's lines, split once for both of its lists. */
const split = new WeakMap<YamlSource, readonly string[]>();

/** The line of each item of the top-level list `key` in `source`, whose items carry `ids` in this order. */
export function itemLines(source: YamlSource, key: string, ids: readonly string[]): number[] {
	let lines = split.get(source);
	if (!lines && source.text !== undefined) split.set(source, (lines = source.text.split('\n')));
	const scanned = lines === undefined ? undefined : scanItemLines(lines, key, ids);
	return scanned ?? ids.map((_, index) => locate(source, [key, index]).line);
}

/** An `id:` value as a plain or simply quoted scalar, without a trailing comment. */
function scalarOf(raw: string): string {
	const value = raw.replace(/\s+#.*$/, '').trim();
	if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"') && !value.includes('\\')) || (value.startsWith("'") && value.endsWith("'") && !value.slice(1, -1).includes("'")))) {
		return value.slice(1, -1);
	}
	return value;
}

/** The lines read from the text (split at line feeds), or undefined when they do not name exactly `ids` in order. */
export function scanItemLines(lines: readonly string[], key: string, ids: readonly string[]): number[] | undefined {
	const start = lines.findIndex((line) => line.startsWith(`${key}:`) && /^\s*(?:#.*)?$/.test(line.slice(key.length + 1)));
	if (start === -1) return ids.length === 0 ? [] : undefined;
	const out: number[] = [];
	let indent: number | undefined;
	for (let i = start + 1; i < lines.length; i++) {
		const line = (lines[i] as string).replace(/\r$/, '');
		const trimmed = line.trimStart();
		if (trimmed === '' || trimmed.startsWith('#')) continue;
		const at = line.length - trimmed.length;
		if (at === 0 && !trimmed.startsWith('-')) break;
		if (!(trimmed === '-' || trimmed.startsWith('- '))) continue;
		indent ??= at;
		if (at !== indent) continue;
		const id = /^-\s+id:\s(.*)$/.exec(trimmed)?.[1];
		if (id === undefined || scalarOf(id) !== ids[out.length]) return undefined;
		out.push(i + 1);
	}
	return out.length === ids.length ? out : undefined;
}
