/**
 * The change ledger (`content/changes.yaml`): one record per change to an
 * entry (added, changed, removed), with the day and the hashes of the fields
 * it set. It is committed and only ever appended to, by
 * `npm run catalog -- record-changes`, which diffs the catalog against the
 * hashes last recorded; the change feed (`/api/v1/changes.json`, the Atom
 * feeds) is built from it, so the feed is the same on any clone, shallow or not.
 *
 * Every pass here is linear in the ledger plus the catalog: one fold of the
 * records into the state of each entry, one map lookup per entry.
 */
import type { Catalog } from './model.ts';
import { entryFields, fieldHashes, type EntryKind } from './hashing.ts';
import type { Problem } from './problems.ts';
import type { ChangeRecord } from './schema.ts';
import { problemAt, type YamlSource } from './yaml-source.ts';

/** The ledger's file name in a catalog folder. */
export const LEDGER_FILE = 'changes.yaml';

/** The command that brings the ledger up to date, as messages name it. */
export const RECORD_COMMAND = 'npm run catalog -- record-changes';

/** The key of an entry in the ledger's state: statuses and errors are separate namespaces. */
export function entryKey(kind: EntryKind, id: string): string {
	return `${kind}:${id}`;
}

/** What the ledger last recorded for one entry. */
export interface RecordedEntry {
	readonly kind: EntryKind;
	readonly id: string;
	/** The content hash last recorded; undefined once removed. */
	readonly hash: string | undefined;
	/** Every field's last recorded hash (fields set to null are gone). */
	readonly fields: Readonly<Record<string, string>>;
	readonly removed: boolean;
	/** The index of its last record. */
	readonly last: number;
}

/** The state of every entry the ledger knows, by {@link entryKey}, after applying every record in order. */
export function foldLedger(records: readonly ChangeRecord[]): Map<string, RecordedEntry> {
	const state = new Map<string, RecordedEntry>();
	records.forEach((record, index) => {
		const key = entryKey(record.kind, record.id);
		const before = state.get(key);
		if (record.change === 'removed') {
			state.set(key, { kind: record.kind, id: record.id, hash: undefined, fields: {}, removed: true, last: index });
			return;
		}
		const fields: Record<string, string> = record.change === 'added' || !before ? {} : { ...before.fields };
		for (const [name, hash] of Object.entries(record.fields ?? {})) {
			if (hash === null) delete fields[name];
			else fields[name] = hash;
		}
		state.set(key, { kind: record.kind, id: record.id, hash: record.hash, fields, removed: false, last: index });
	});
	return state;
}

/**
 * Problems of the ledger's own consistency, each at its record: days in
 * order (it is appended to, never rewritten), an entry's first record an
 * addition, nothing after a removal (ids are never reused), the hashes each
 * kind of record needs.
 */
export function ledgerProblems(source: YamlSource, records: readonly ChangeRecord[]): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, ChangeRecord['change']>();
	let previousDate = '';
	const fix = `The ledger is written by ${RECORD_COMMAND} and only appended to: restore it from version control and run the command again.`;
	records.forEach((record, index) => {
		const at = (field: string) => ['changes', index, field];
		const day = new Date(`${record.date}T00:00:00Z`);
		if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== record.date) problems.push(problemAt(source, at('date'), `"${record.date}" is not a calendar day.`, fix));
		else if (record.date < previousDate) problems.push(problemAt(source, at('date'), `${record.date} comes after ${previousDate}; the ledger is in the order it was recorded.`, fix));
		else previousDate = record.date;
		const key = entryKey(record.kind, record.id);
		const before = seen.get(key);
		if (before === 'removed') {
			problems.push(problemAt(source, at('change'), `${record.kind} ${record.id} was removed earlier in the ledger; a removed id is never used again.`, 'Give the new entry an id of its own; ids are permanent URLs.'));
		} else if (before === undefined && record.change !== 'added') {
			problems.push(problemAt(source, at('change'), `The first record of ${record.kind} ${record.id} is "${record.change}", not "added".`, fix));
		} else if (before !== undefined && record.change === 'added') {
			problems.push(problemAt(source, at('change'), `${record.kind} ${record.id} is added twice.`, fix));
		}
		seen.set(key, record.change);
		const needsHashes = record.change !== 'removed';
		if (needsHashes && (record.hash === undefined || record.fields === undefined)) problems.push(problemAt(source, ['changes', index], `An "${record.change}" record needs "hash" and "fields".`, fix));
		if (!needsHashes && (record.hash !== undefined || record.fields !== undefined)) problems.push(problemAt(source, ['changes', index], 'A "removed" record has no "hash" or "fields".', fix));
	});
	return problems;
}

/**
 * The records that bring the ledger up to the catalog, dated `date`: an
 * addition for each entry it lacks (every field), a change for each entry
 * whose content hash differs (the fields whose hash differs, null for a field
 * gone), a removal for each entry it holds that the catalog no longer has.
 * Statuses first, then errors, in catalog order, then removals in ledger order.
 */
export function pendingChanges(catalog: Catalog, date: string): ChangeRecord[] {
	const state = foldLedger(catalog.changes ?? []);
	const out: ChangeRecord[] = [];
	const present = new Set<string>();
	// Field hashes only for entries whose content hash differs: an up-to-date ledger costs one comparison per entry.
	const visit = (kind: EntryKind, id: string, hash: string, fieldsOf: () => Record<string, string>) => {
		const key = entryKey(kind, id);
		present.add(key);
		const recorded = state.get(key);
		if (recorded && !recorded.removed && recorded.hash === hash) return;
		const fields = fieldsOf();
		if (!recorded || recorded.removed) {
			// A removed id back in the catalog is refused by the loader before this runs.
			out.push({ date, change: 'added', kind, id, hash, fields });
			return;
		}
		const changed: Record<string, string | null> = {};
		for (const [name, value] of Object.entries(fields)) if (recorded.fields[name] !== value) changed[name] = value;
		for (const name of Object.keys(recorded.fields)) if (!(name in fields)) changed[name] = null;
		out.push({ date, change: 'changed', kind, id, hash, fields: changed });
	};
	for (const status of catalog.statuses) visit('status', status.id, status.contentHash, () => fieldHashes(entryFields('status', status)));
	for (const error of catalog.errors) visit('error', error.id, error.contentHash, () => fieldHashes(entryFields('error', error)));
	for (const [key, recorded] of state) if (!recorded.removed && !present.has(key)) out.push({ date, change: 'removed', kind: recorded.kind, id: recorded.id });
	return out;
}

/** The header of a new ledger file. */
export const LEDGER_HEADER = `# The catalog's change ledger: one record per change to a status or an error, oldest first.
# Written only by \`${RECORD_COMMAND}\`, which appends what changed since the last record;
# never edit or reorder it. The change feed (/api/v1/changes.json and the Atom feeds) is built
# from it, and \`npm run catalog -- check\` fails until it records the catalog as it is.
# fields: the hash of each field the change set (null: the field was removed); hash: the
# entry's content hash afterwards (README: "The change feed").
changes:
`;

/** A key or id as YAML: plain when it can only read as itself, JSON-quoted otherwise. */
function yamlWord(word: string): string {
	return /^[A-Za-z][A-Za-z0-9_.]*$/.test(word) && !/^(null|true|false|yes|no|on|off)$/i.test(word) ? word : JSON.stringify(word);
}

/** YAML text of `records`, to append under `changes:`. Hashes are quoted: `1e234567` would read as a number. */
export function recordsYaml(records: readonly ChangeRecord[]): string {
	const lines: string[] = [];
	for (const r of records) {
		lines.push(`  - date: ${r.date}`, `    change: ${r.change}`, `    kind: ${r.kind}`, `    id: ${yamlWord(r.id)}`);
		if (r.hash !== undefined) lines.push(`    hash: "${r.hash}"`);
		if (r.fields !== undefined) {
			const pairs = Object.entries(r.fields).map(([name, hash]) => `${yamlWord(name)}: ${hash === null ? 'null' : `"${hash}"`}`);
			lines.push(`    fields: {${pairs.join(', ')}}`);
		}
	}
	return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Today's date in UTC, YYYY-MM-DD, or `override` when given (tests, and a recorder who dates a change deliberately). */
export function recordDate(override?: string): string {
	return override ?? new Date().toISOString().slice(0, 10);
}
