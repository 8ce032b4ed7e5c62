/**
 * The change feed: `changes.json` validated against the published JSON
 * Schema with an independent validator (ajv, draft 2020-12), and the Atom
 * feeds read by an independent XML parser (fast-xml-parser), in both locales.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load.ts';
import { formatProblem } from '../catalog/problems.ts';
import type { Catalog } from '../catalog/model.ts';
import { buildApiFiles } from './build-files.ts';
import { ATOM_LIMIT, atomEntryId, buildAtomFeed, xmlEscape } from './changes.ts';
import type { ApiChanges } from './schema.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AT = { site: 'https://example.org', base: '/docs/' };

const loaded = loadCatalog(join(ROOT, 'content'), { cwd: ROOT });
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const catalog: Catalog = loaded.catalog;
const files = buildApiFiles(catalog, AT);
const text = (path: string) => {
	const body = files.get(`api/v1/${path}`);
	if (body === undefined) throw new Error(`no api/v1/${path}`);
	return body;
};
const schema = JSON.parse(text('catalog.schema.json')) as { $id: string };
const changes = JSON.parse(text('changes.json')) as ApiChanges;

function validatorFor(pointer: string) {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('uri', { type: 'string', validate: (v: string) => URL.canParse(v) });
	ajv.addSchema(schema);
	const validate = ajv.getSchema(`${schema.$id}${pointer}`);
	if (!validate) throw new Error(`no schema at ${pointer}`);
	return (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message ?? ''}`));
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

describe('changes.json', () => {
	const validate = validatorFor('#/$defs/Changes');

	it('validates against $defs/Changes of the published schema (ajv), which $schema points at', () => {
		expect(validate(changes)).toEqual([]);
		expect(changes.$schema).toBe('https://example.org/docs/api/v1/catalog.schema.json#/$defs/Changes');
	});

	it('the schema is strict: a change of an unknown kind or with a stray field is refused', () => {
		const [first] = changes.changes;
		expect(validate({ ...changes, changes: [{ ...first, change: 'renamed' }] })).not.toEqual([]);
		expect(validate({ ...changes, changes: [{ ...first, extra: 1 }] })).not.toEqual([]);
	});

	it('lists every ledger record once, newest first, with unique ids', () => {
		expect(changes.changes).toHaveLength(catalog.changes?.length ?? -1);
		const dates = changes.changes.map((c) => c.date);
		expect([...dates].sort().reverse()).toEqual(dates);
		expect(new Set(changes.changes.map((c) => c.id)).size).toBe(changes.changes.length);
	});

	it('gives each entry\'s latest change the entry\'s contentHash in catalog.json, and its pages in both languages', () => {
		const full = JSON.parse(text('catalog.json')) as { errors: { id: string; contentHash: string; urls: Record<string, string> }[]; statuses: { id: string; contentHash: string }[] };
		const latest = new Map<string, ApiChanges['changes'][number]>();
		for (const change of changes.changes) if (!latest.has(`${change.kind}:${change.entry}`)) latest.set(`${change.kind}:${change.entry}`, change);
		for (const e of full.errors) {
			const change = latest.get(`error:${e.id}`);
			expect(change?.contentHash, e.id).toBe(e.contentHash);
			expect(change?.urls).toEqual(e.urls);
			expect(change?.api).toBe(`https://example.org/docs/api/v1/errors/${e.id}.json`);
			expect(Object.keys(change?.title ?? {})).toEqual(['en', 'ko']);
		}
		for (const s of full.statuses) expect(latest.get(`status:${s.id}`)?.contentHash, s.id).toBe(s.contentHash);
		expect(changes.feeds).toEqual({ en: 'https://example.org/docs/api/v1/en/changes.atom', ko: 'https://example.org/docs/api/v1/ko/changes.atom' });
	});

	it('every error and status in catalog.json carries a contentHash, and catalog.json still validates (ajv)', () => {
		const full = JSON.parse(text('catalog.json')) as { errors: { contentHash: string }[]; statuses: { contentHash: string }[] };
		expect([...full.errors, ...full.statuses].every((e) => /^[0-9a-f]{16}$/.test(e.contentHash))).toBe(true);
		expect(validatorFor('')(full)).toEqual([]);
		expect(validatorFor('#/$defs/LocaleCatalog')(JSON.parse(text('ko/catalog.json')))).toEqual([]);
	});
});

describe('the Atom feeds', () => {
	for (const locale of ['en', 'ko'] as const) {
		describe(locale, () => {
			const xml = text(`${locale}/changes.atom`);
			const feed = (parser.parse(xml) as { feed: Record<string, unknown> }).feed;
			const entries = feed['entry'] as Record<string, unknown>[];

			it('is well-formed XML (fast-xml-parser) and an Atom feed in its language', () => {
				expect(XMLValidator.validate(xml)).toBe(true);
				expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
				expect(feed['@xml:lang']).toBe(locale);
				expect(feed['id']).toBe(`https://example.org/docs/api/v1/${locale}/changes.atom`);
				expect(String(feed['updated'])).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
				expect((feed['author'] as Record<string, unknown>)['name']).toBeTruthy();
				const links = feed['link'] as Record<string, string>[];
				expect(links.find((l) => l['@rel'] === 'self')?.['@href']).toBe(feed['id']);
			});

			it('has one entry per change (the newest, up to the limit), each with an id, a title, a date and its page', () => {
				expect(entries).toHaveLength(Math.min(ATOM_LIMIT, changes.changes.length));
				entries.forEach((entry, i) => {
					const change = changes.changes[i];
					if (!change) throw new Error('more entries than changes');
					expect(entry['id']).toBe(atomEntryId(change.id, locale));
					expect(String(entry['title'])).toContain(change.entry);
					expect(String(entry['title'])).toContain(change.title?.[locale] ?? '');
					expect(entry['updated']).toBe(`${change.date}T00:00:00Z`);
					expect((entry['link'] as Record<string, string>[])[0]?.['@href']).toBe(change.urls?.[locale]);
				});
				expect(new Set(entries.map((e) => e['id'])).size).toBe(entries.length);
			});
		});
	}

	it('escapes what it writes: a title with markup stays text', () => {
		const [first] = changes.changes;
		if (!first) throw new Error('no changes');
		const hostile: ApiChanges = { ...changes, changes: [{ ...first, title: { en: '<script>&"\'', ko: '<b>' } }] };
		const xml = buildAtomFeed(hostile, 'en', AT);
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml).not.toContain('<script>');
		expect(String((parser.parse(xml) as { feed: { entry: { title: string }[] } }).feed.entry[0]?.title)).toContain('<script>&"\'');
		expect(xmlEscape('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
	});

	it('gives a change the same Atom id wherever the site is served, a different one per locale', () => {
		const elsewhere = buildApiFiles(catalog, { site: 'https://other.example.net', base: '/' }).get('api/v1/en/changes.atom') ?? '';
		const ids = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
		expect(ids(elsewhere)).toEqual(ids(text('en/changes.atom')));
		expect(ids(text('ko/changes.atom'))[0]).not.toBe(ids(text('en/changes.atom'))[0]);
	});
});
