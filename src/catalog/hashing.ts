/**
 * Content hashes of catalog entries, over one canonical serialisation, so that
 * a tool can sync one entry at a time, the change ledger can tell which fields
 * changed, and a translation can record which English text it translates.
 *
 * The canonical serialisation of a value is JSON with the keys of every object
 * sorted (by UTF-16 code unit), no white space, absent fields left out, and
 * strings as `JSON.stringify` writes them; the hash is SHA-256 over its UTF-8
 * bytes, written in lowercase hex and cut to a fixed length. Text fields are
 * hashed as the Markdown written in the content file (after the loader trims
 * it), never as rendered HTML, so a change of renderer changes no hash.
 *
 * Everything here is linear in the size of an entry; nothing looks at other entries.
 */
import { createHash } from 'node:crypto';
import { LOCALES, SOURCE_LOCALE, type Locale } from './locales.ts';
import type { ErrorEntry, ErrorText, StatusEntry, StatusText } from './model.ts';
import type { RichText } from './rich-text.ts';

/** Hex digits of an entry's content hash (64 bits). */
export const CONTENT_HASH_LENGTH = 16;
/** Hex digits of one field's hash in the change ledger (32 bits: it only tells which fields of one entry changed; the entry's own hash decides that it changed). */
export const FIELD_HASH_LENGTH = 8;
/** Hex digits of the hash of an entry's source-locale text, which a translation records (64 bits). */
export const SOURCE_HASH_LENGTH = 16;

/** What kind of entry: a status or an error. Their ids live in separate namespaces. */
export type EntryKind = 'status' | 'error';

/** The canonical JSON text of `value` (see the module comment). */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
	if (typeof value === 'object') {
		const keys = Object.keys(value as object)
			.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
			.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
	}
	throw new TypeError(`canonicalJson cannot serialise a ${typeof value}.`);
}

/** The first `length` hex digits of SHA-256 over the canonical JSON of `value`. */
export function hashOf(value: unknown, length: number): string {
	return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex').slice(0, length);
}

const md = (text: RichText | undefined) => text?.markdown;

/** The text fields of an error in one locale, by name, as written. */
function errorTextFields(text: ErrorText): Record<string, unknown> {
	return {
		title: text.title,
		summary: md(text.summary),
		cause: md(text.cause),
		action: md(text.action),
		notThis: md(text.notThis),
		userMessage: text.userMessage,
		references: text.references,
		keywords: text.keywords,
	};
}

/** The text fields of a status in one locale, by name, as written. */
function statusTextFields(text: StatusText): Record<string, unknown> {
	return { title: text.title, meaning: md(text.meaning), advice: md(text.advice), references: text.references, keywords: text.keywords };
}

/**
 * The fields of the source-locale text that a translation renders, and so
 * that its `sourceHash` covers: every text field but `keywords`, which each
 * locale writes for itself (the words its readers type), not as a translation.
 */
export const TRANSLATED_FIELDS: Readonly<Record<EntryKind, readonly string[]>> = {
	error: ['title', 'summary', 'cause', 'action', 'notThis', 'userMessage', 'references'],
	status: ['title', 'meaning', 'advice', 'references'],
};

/**
 * An entry's published content as named fields: its facts (`status`,
 * `retry`, …) and each locale's text (`en.title`, `ko.cause`, …, and
 * `ko.sourceHash`, the translation's record of the English it translates).
 * Absent fields are left out. A status's `errorIds` is not a field of its
 * own: it follows from the errors, whose own changes say so.
 */
export function entryFields(kind: 'error', entry: ErrorEntry): Record<string, unknown>;
export function entryFields(kind: 'status', entry: StatusEntry): Record<string, unknown>;
export function entryFields(kind: EntryKind, entry: ErrorEntry | StatusEntry): Record<string, unknown>;
export function entryFields(kind: EntryKind, entry: ErrorEntry | StatusEntry): Record<string, unknown> {
	const fields: Record<string, unknown> = {};
	if (kind === 'error') {
		const e = entry as ErrorEntry;
		Object.assign(fields, {
			status: e.status,
			methods: e.methods,
			related: e.related,
			relatedWhy: e.relatedWhy,
			retry: e.retry,
			whoActs: e.whoActs,
			userMessageFor: e.userMessageFor,
			limits: e.limits,
			example: e.example,
			evidence: e.evidence,
			provenance: e.provenance,
		});
	} else {
		const s = entry as StatusEntry;
		Object.assign(fields, { http: s.http, grpcCode: s.grpcCode, retry: s.retry, provenance: s.provenance });
	}
	for (const locale of LOCALES) {
		const text = entry.text[locale];
		if (!text) continue;
		const own = kind === 'error' ? errorTextFields(text as ErrorText) : statusTextFields(text as StatusText);
		for (const [name, value] of Object.entries(own)) fields[`${locale}.${name}`] = value;
		if (locale !== SOURCE_LOCALE) fields[`${locale}.sourceHash`] = text.translation?.recorded;
	}
	for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
	return fields;
}

/** The hash of each field of {@link entryFields}, by field name. */
export function fieldHashes(fields: Readonly<Record<string, unknown>>): Record<string, string> {
	return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, hashOf(value, FIELD_HASH_LENGTH)]));
}

/**
 * An entry's content hash: over its kind, id and every field of
 * {@link entryFields}. It changes exactly when something the catalog publishes
 * about the entry changes, in any locale.
 */
export function contentHash(kind: EntryKind, id: string, fields: Readonly<Record<string, unknown>>): string {
	return hashOf({ kind, id, fields }, CONTENT_HASH_LENGTH);
}

/**
 * The hash of an entry's source-locale text that a translation records
 * (`sourceHash` in `ko.yaml`): over the field hashes of the fields in
 * {@link TRANSLATED_FIELDS}, so that the change ledger's field hashes of an
 * earlier state give that state's source hash too, and a stale translation
 * can be told which fields changed since.
 */
export function sourceHashOf(kind: EntryKind, hashesByField: Readonly<Record<string, string | null | undefined>>): string {
	const picked: Record<string, string> = {};
	for (const name of TRANSLATED_FIELDS[kind]) {
		const hash = hashesByField[`${SOURCE_LOCALE}.${name}`];
		if (typeof hash === 'string') picked[name] = hash;
	}
	return hashOf({ kind, fields: picked }, SOURCE_HASH_LENGTH);
}

/** The locales a translation may be recorded for: every locale but the source. */
export function translationLocales(): Locale[] {
	return LOCALES.filter((locale) => locale !== SOURCE_LOCALE);
}
