/**
 * Translation freshness: each translated entry records (`sourceHash` in its
 * locale file) the hash of the English text it translates; when the English
 * changes, the hashes differ and the translation is stale until a translator
 * reviews it and records the new hash (`npm run catalog -- mark-translated`).
 * A stale translation is not an error: `catalog check` lists it, the page says
 * so and links the English, the JSON marks it.
 *
 * This module also gives every entry its content hash, since the
 * translation's record is part of what the catalog publishes about it.
 * Linear: one pass over the entries, plus one over the ledger when some
 * translation is stale (to tell which English fields changed since).
 */
import { contentHash, entryFields, fieldHashes, sourceHashOf, TRANSLATED_FIELDS, translationLocales, type EntryKind } from './hashing.ts';
import { entryKey } from './ledger.ts';
import { SOURCE_LOCALE, type Locale } from './locales.ts';
import type { ErrorEntry, StatusEntry, TranslationFreshness } from './model.ts';
import type { ChangeRecord } from './schema.ts';

/** Recorded source hashes, by `locale:kind:id`. */
export type RecordedSourceHashes = ReadonlyMap<string, string>;

/** The key of a recorded source hash. */
export function recordedKey(locale: Locale, kind: EntryKind, id: string): string {
	return `${locale}:${kind}:${id}`;
}

/** The source hash of an entry's English text today. */
export function currentSourceHash(kind: EntryKind, entry: ErrorEntry | StatusEntry): string {
	const english: Record<string, unknown> = {};
	const fields = entryFields(kind, entry);
	for (const name of TRANSLATED_FIELDS[kind]) {
		const key = `${SOURCE_LOCALE}.${name}`;
		if (key in fields) english[key] = fields[key];
	}
	return sourceHashOf(kind, fieldHashes(english));
}

/**
 * The entries with `contentHash` set and, in every translation, its
 * freshness. `changes` (the ledger, when there is one) tells a stale
 * translation which English fields changed since the state it was reviewed against.
 */
export function withFreshness<S extends StatusEntry, E extends ErrorEntry>(
	statuses: readonly Omit<S, 'contentHash'>[],
	errors: readonly Omit<E, 'contentHash'>[],
	recorded: RecordedSourceHashes,
	changes: readonly ChangeRecord[] | undefined,
): { statuses: StatusEntry[]; errors: ErrorEntry[] } {
	let history: Map<string, ChangeRecord[]> | undefined;
	const historyOf = (kind: EntryKind, id: string) => {
		if (!history) {
			history = new Map();
			for (const record of changes ?? []) {
				const key = entryKey(record.kind, record.id);
				const list = history.get(key);
				if (list) list.push(record);
				else history.set(key, [record]);
			}
		}
		return history.get(entryKey(kind, id)) ?? [];
	};
	const apply = <T extends StatusEntry | ErrorEntry>(kind: EntryKind, entry: Omit<T, 'contentHash'>): T => {
		const bare = { ...entry, contentHash: '' } as unknown as T;
		const source = currentSourceHash(kind, bare);
		const text: Record<string, unknown> = { ...bare.text };
		for (const locale of translationLocales()) {
			const own = bare.text[locale];
			if (!own) continue;
			const reviewed = recorded.get(recordedKey(locale, kind, entry.id));
			const translation: TranslationFreshness =
				reviewed === undefined
					? { state: 'unrecorded', sourceHash: source }
					: reviewed === source
						? { state: 'current', recorded: reviewed, sourceHash: source }
						: staleTranslation(kind, bare, reviewed, source, historyOf(kind, entry.id));
			text[locale] = { ...own, translation };
		}
		const withText = { ...bare, text } as T;
		return { ...withText, contentHash: contentHash(kind, entry.id, entryFields(kind, withText)) };
	};
	return {
		statuses: statuses.map((s) => apply<StatusEntry>('status', s as unknown as Omit<StatusEntry, 'contentHash'>)),
		errors: errors.map((e) => apply<ErrorEntry>('error', e as unknown as Omit<ErrorEntry, 'contentHash'>)),
	};
}

/**
 * A stale translation, with the English fields changed since the state whose
 * source hash it records, when the ledger holds that state (the latest such).
 */
function staleTranslation(kind: EntryKind, entry: StatusEntry | ErrorEntry, reviewed: string, source: string, records: readonly ChangeRecord[]): TranslationFreshness {
	let match: Record<string, string> | undefined;
	let fields: Record<string, string> = {};
	for (const record of records) {
		if (record.change === 'removed') {
			fields = {};
			continue;
		}
		fields = record.change === 'added' ? {} : { ...fields };
		for (const [name, hash] of Object.entries(record.fields ?? {})) {
			if (hash === null) delete fields[name];
			else fields[name] = hash;
		}
		if (sourceHashOf(kind, fields) === reviewed) match = fields;
	}
	if (!match) return { state: 'stale', recorded: reviewed, sourceHash: source };
	const now = fieldHashes(entryFields(kind, entry));
	const changedFields = TRANSLATED_FIELDS[kind].filter((name) => match[`${SOURCE_LOCALE}.${name}`] !== now[`${SOURCE_LOCALE}.${name}`]);
	return { state: 'stale', recorded: reviewed, sourceHash: source, changedFields };
}

/** One translation's state, for `catalog status` and `catalog check`. */
export interface TranslationState {
	readonly locale: Locale;
	readonly kind: EntryKind;
	readonly id: string;
	readonly freshness: TranslationFreshness;
}

/** Every translation of every entry, statuses first, in catalog order. */
export function translationStates(catalog: { readonly statuses: readonly StatusEntry[]; readonly errors: readonly ErrorEntry[] }): TranslationState[] {
	const out: TranslationState[] = [];
	for (const locale of translationLocales()) {
		for (const s of catalog.statuses) {
			const freshness = s.text[locale]?.translation;
			if (freshness) out.push({ locale, kind: 'status', id: s.id, freshness });
		}
		for (const e of catalog.errors) {
			const freshness = e.text[locale]?.translation;
			if (freshness) out.push({ locale, kind: 'error', id: e.id, freshness });
		}
	}
	return out;
}
