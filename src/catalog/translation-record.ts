/**
 * Writes a translation's record of the English it translates (`sourceHash`)
 * into its locale file, for `npm run catalog -- mark-translated`. The file is
 * hand-written, so it is edited line by line, never re-serialised: the one
 * line `sourceHash: "…"` goes right under the entry's `- id:` line (or
 * replaces the one there), and nothing else moves. The result is read back
 * and compared with the original, field for field, before anything is written.
 */
import jsYaml from 'js-yaml';
import { canonicalJson, type EntryKind } from './hashing.ts';
import { SOURCE_HASH_PATTERN } from './schema.ts';

/** An update: the entry, and the hash to record. */
export interface SourceHashUpdate {
	readonly kind: EntryKind;
	readonly id: string;
	readonly hash: string;
}

const SECTION: Readonly<Record<string, EntryKind>> = { statuses: 'status', errors: 'error' };

/**
 * `text` with each update's `sourceHash` set. Throws, naming the entries, when
 * an update's entry is not found in the layout the catalog's files use
 * (`  - id: <Id>` under `statuses:` or `errors:`), or when the edited text
 * would read differently from the original in anything but those hashes.
 */
export function setSourceHashes(text: string, updates: readonly SourceHashUpdate[]): string {
	const wanted = new Map(updates.map((u) => [`${u.kind}:${u.id}`, u.hash]));
	for (const u of updates) if (!SOURCE_HASH_PATTERN.test(u.hash)) throw new Error(`"${u.hash}" is not a source hash.`);
	const lines = text.split('\n');
	const out: string[] = [];
	const done = new Set<string>();
	let section: EntryKind | undefined;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as string;
		const top = /^([A-Za-z][\w-]*):/.exec(line);
		if (top) section = SECTION[top[1] as string];
		const entry = section ? /^ {2}- id: *(?:"([^"]+)"|'([^']+)'|([^\s#"']+)) *$/.exec(line) : null;
		out.push(line);
		if (!entry || !section) continue;
		const key = `${section}:${entry[1] ?? entry[2] ?? entry[3] ?? ''}`;
		const hash = wanted.get(key);
		if (hash === undefined) continue;
		done.add(key);
		// The entry's own lines: up to the next item or top-level key.
		let end = i + 1;
		while (end < lines.length && !/^ {2}- |^\S/.test(lines[end] as string)) end++;
		const existing = lines.slice(i + 1, end).findIndex((l) => /^ {4}sourceHash:/.test(l));
		const record = `    sourceHash: "${hash}"`;
		if (existing >= 0) {
			out.push(...lines.slice(i + 1, i + 1 + existing), record);
			i = i + 1 + existing;
		} else {
			out.push(record);
		}
	}
	const missing = [...wanted.keys()].filter((key) => !done.has(key));
	if (missing.length > 0) throw new Error(`No entry "- id: …" found for ${missing.slice(0, 10).map((k) => k.replace(':', ' ')).join(', ')}${missing.length > 10 ? ` and ${String(missing.length - 10)} more` : ''}.`);
	const edited = out.join('\n');
	// The same file but for the hashes: nothing else may have moved.
	const before = withoutHashes(jsYaml.load(text));
	const after = jsYaml.load(edited);
	if (canonicalJson(before) !== canonicalJson(withoutHashes(after))) throw new Error('Setting the hashes would change more than the hashes; nothing was written.');
	for (const kind of ['statuses', 'errors'] as const) {
		for (const item of (after as Record<string, Record<string, unknown>[]>)[kind] ?? []) {
			const hash = wanted.get(`${SECTION[kind] as string}:${String(item['id'])}`);
			if (hash !== undefined && item['sourceHash'] !== hash) throw new Error(`The hash of ${String(item['id'])} did not land in its entry; nothing was written.`);
		}
	}
	return edited;
}

function withoutHashes(value: unknown): unknown {
	if (value === null || typeof value !== 'object') return value;
	const file = { ...(value as Record<string, unknown>) };
	for (const kind of ['statuses', 'errors']) {
		const list = file[kind];
		if (Array.isArray(list)) file[kind] = list.map((item: unknown) => (item && typeof item === 'object' ? Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'sourceHash')) : item));
	}
	return file;
}
