/**
 * The change feed: `/api/v1/changes.json` and an Atom feed per locale
 * (`/api/v1/<locale>/changes.atom`), built from the committed change ledger
 * (`content/changes.yaml`, src/catalog/ledger.ts), never from git history, so
 * every clone (a shallow one too) builds the same bytes. No timestamps but
 * the ledger's days. Linear: one pass over the ledger, one map of entries.
 */
import { createHash } from 'node:crypto';
import { LOCALES, type Catalog, type Locale } from '../catalog/index.ts';
import { entryKey } from '../catalog/ledger.ts';
import type { ChangeRecord } from '../catalog/schema.ts';
import { ui } from '../i18n/index.ts';
import { absoluteUrl, homePath } from '../site/routes.ts';
import { ChangesSchema, SCHEMA_VERSION, type ApiCatalog, type ApiChanges } from './schema.ts';

/** Where the site is served. */
interface At {
	readonly site: string;
	readonly base: string;
}

/** The API's folder (as build-files.ts). */
const PREFIX = 'api/v1/';

/** The most changes an Atom feed carries (the newest); changes.json carries them all. */
export const ATOM_LIMIT = 100;

/** The Atom feed of `locale`, relative to the site root. */
export function atomPath(locale: Locale): string {
	return `${PREFIX}${locale}/changes.atom`;
}

/** `changes.json` as an object: every change of the ledger, newest first, with each entry's title and pages today. */
export function buildChangesJson(catalog: Catalog, full: ApiCatalog, at: At): ApiChanges {
	const url = (path: string) => absoluteUrl(at.site, at.base, path);
	const present = new Map<string, { title: Record<Locale, string>; urls: Record<Locale, string>; api?: string }>();
	for (const s of full.statuses) present.set(entryKey('status', s.id), { title: perLocale((l) => s.text[l].title), urls: s.urls });
	for (const e of full.errors) present.set(entryKey('error', e.id), { title: perLocale((l) => e.text[l].title), urls: e.urls, api: url(`${PREFIX}errors/${e.id}.json`) });
	const records = catalog.changes ?? [];
	const seen = new Set<string>();
	const changes = records.map((record) => {
		const id = uniqueId(changeId(record), seen);
		const now = record.change === 'removed' ? undefined : present.get(entryKey(record.kind, record.id));
		const fields = record.change === 'changed' ? Object.keys(record.fields ?? {}) : undefined;
		return {
			id,
			date: record.date,
			change: record.change,
			kind: record.kind,
			entry: record.id,
			...(record.hash ? { contentHash: record.hash } : {}),
			...(fields ? { fields, locales: LOCALES.filter((l) => fields.some((f) => f.startsWith(`${l}.`))) } : {}),
			...(now ? { title: now.title, urls: now.urls, ...(now.api ? { api: now.api } : {}) } : {}),
		};
	});
	changes.reverse();
	return ChangesSchema.parse({
		$schema: full.$schema.replace(/catalog\.schema\.json$/, 'catalog.schema.json#/$defs/Changes'),
		schemaVersion: SCHEMA_VERSION,
		catalogVersion: catalog.version,
		feeds: perLocale((l) => url(atomPath(l))),
		changes,
	});
}

const perLocale = <T>(pick: (locale: Locale) => T) => Object.fromEntries(LOCALES.map((l) => [l, pick(l)])) as Record<Locale, T>;

/** A change's permanent id: `2026-12-07/error/CourseNotModifiable/01e03add5ed46746`. */
function changeId(record: ChangeRecord): string {
	return `${record.date}/${record.kind}/${record.id}/${record.hash ?? 'removed'}`;
}

/** `id`, or, if an entry came back to the same content on the same day, `id` with `~2`, `~3`…: ids stay unique and stable, since the ledger only grows. */
function uniqueId(id: string, seen: Set<string>): string {
	let candidate = id;
	for (let n = 2; seen.has(candidate); n++) candidate = `${id}~${String(n)}`;
	seen.add(candidate);
	return candidate;
}

/**
 * The Atom id of a change in one locale's feed: a name-based UUID (version 5
 * layout, over SHA-256 rather than SHA-1) of the change's id and the locale,
 * so it is the same on every build and does not follow the site's address.
 */
export function atomEntryId(changeId: string, locale: Locale): string {
	const bytes = createHash('sha256').update(`classroom-errors-change/${changeId}/${locale}`, 'utf8').digest().subarray(0, 16);
	bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
	bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Text escaped for XML content and attribute values. */
export function xmlEscape(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/**
 * The Atom feed (RFC 4287) of `locale`: the newest {@link ATOM_LIMIT} changes,
 * each linking the entry's page in that language. Entry ids are
 * {@link atomEntryId}s: they never change once published, wherever the site moves.
 */
export function buildAtomFeed(changes: ApiChanges, locale: Locale, at: At): string {
	const t = ui(locale);
	const self = changes.feeds[locale];
	const home = absoluteUrl(at.site, at.base, homePath(locale));
	const updated = changes.changes[0]?.date ?? '2000-01-01';
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
		`  <id>${xmlEscape(self)}</id>`,
		`  <title>${xmlEscape(t.feedTitle)}</title>`,
		`  <subtitle>${xmlEscape(t.feedSubtitle)}</subtitle>`,
		`  <updated>${updated}T00:00:00Z</updated>`,
		`  <author><name>${xmlEscape(t.siteTitle)}</name><uri>${xmlEscape(home)}</uri></author>`,
		`  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${xmlEscape(home)}"/>`,
		`  <link rel="related" type="application/json" href="${xmlEscape(self.replace(/[a-z]+\/changes\.atom$/, 'changes.json'))}"/>`,
	];
	for (const change of changes.changes.slice(0, ATOM_LIMIT)) {
		const title = change.title?.[locale];
		const summary = change.change === 'added' ? t.feedAddedSummary : change.change === 'removed' ? t.feedRemovedSummary : t.feedFields((change.fields ?? []).join(', '));
		const page = change.urls?.[locale];
		lines.push(
			'  <entry>',
			`    <id>${atomEntryId(change.id, locale)}</id>`,
			`    <title>${xmlEscape(`${t.feedChange[change.change]}: ${change.entry}${title ? ` — ${title}` : ''}`)}</title>`,
			`    <updated>${change.date}T00:00:00Z</updated>`,
			...(page ? [`    <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>`] : []),
			`    <category term="${change.change}"/>`,
			`    <category term="${change.kind}"/>`,
			`    <summary>${xmlEscape(summary)}</summary>`,
			'  </entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
