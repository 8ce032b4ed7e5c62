/**
 * The JSON API as published: every file checked against the published JSON
 * Schema with an independent validator (ajv, not the zod schemas the files
 * were built with), the schema's own promises (a description on every field),
 * the catalog's facts, determinism, and absolute URLs under a base path.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES, STATUS_IDS, formatProblem, loadCatalog, type Catalog } from '../catalog/index.ts';
import { API_PREFIX, buildApiFiles, toJsonText, type SiteLocation } from './build-files.ts';
import { SCHEMA_VERSION } from './schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = join(ROOT, 'content');
const DEFAULT_AT: SiteLocation = { site: 'https://classroom-errors.example.org', base: '/' };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function load(dir: string = CONTENT): Catalog {
	const result = loadCatalog(dir, { cwd: ROOT });
	if (!result.ok) throw new Error(`expected a valid catalog in ${dir}:\n${result.problems.map(formatProblem).join('\n')}`);
	return result.catalog;
}

const catalog = load();
const files = buildApiFiles(catalog, DEFAULT_AT);

function fileText(map: ReadonlyMap<string, string>, path: string): string {
	const text = map.get(`${API_PREFIX}${path}`);
	if (text === undefined) throw new Error(`no file ${API_PREFIX}${path}; files: ${[...map.keys()].join(', ')}`);
	return text;
}

function parse(map: ReadonlyMap<string, string>, path: string): JsonObject {
	return JSON.parse(fileText(map, path)) as JsonObject;
}

function obj(value: Json | undefined): JsonObject {
	if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) throw new Error(`expected an object, got ${JSON.stringify(value)}`);
	return value;
}

function arr(value: Json | undefined): Json[] {
	if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
	return value;
}

function str(value: Json | undefined): string {
	if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`);
	return value;
}

/** A deep copy, for mutating a file without touching the original. */
function clone<T>(value: T): T {
	return structuredClone(value);
}

const catalogJson = parse(files, 'catalog.json');
const schema = parse(files, 'catalog.schema.json');
const SCHEMA_ID = str(schema['$id']);
const apiErrors = arr(catalogJson['errors']).map(obj);
const apiStatuses = arr(catalogJson['statuses']).map(obj);

// ---------------------------------------------------------------------------
// An independent validator: ajv for draft 2020-12, every error reported.
// ---------------------------------------------------------------------------

/** The `uri` format: an absolute URL, as `new URL()` without a base accepts it. */
function isAbsoluteUrl(value: string): boolean {
	try {
		new URL(value);
		return true;
	} catch {
		return false;
	}
}

function newAjv(schemaDocument: JsonObject = schema): InstanceType<typeof Ajv2020> {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('uri', { type: 'string', validate: isAbsoluteUrl });
	ajv.addSchema(schemaDocument);
	return ajv;
}

const ajv = newAjv();

function validator(pointer: '' | '#/$defs/Error' | '#/$defs/Status' | '#/$defs/LocaleCatalog'): ValidateFunction {
	const validate = ajv.getSchema(`${SCHEMA_ID}${pointer}`);
	if (!validate) throw new Error(`ajv has no schema at ${SCHEMA_ID}${pointer}`);
	return validate;
}

const validateCatalog = validator('');
const validateError = validator('#/$defs/Error');
const validateLocaleCatalog = validator('#/$defs/LocaleCatalog');
const validateStatus = validator('#/$defs/Status');

/** Validation errors as readable lines, or [] when the value is valid. */
function problems(validate: ValidateFunction, value: unknown): string[] {
	if (validate(value)) return [];
	return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.keyword}: ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('every file validates against the published schema (ajv, draft 2020-12)', () => {
	it('writes exactly the expected files: seven (the catalog, its schema, a catalog and an Atom feed per locale, the change feed), one per error and one per status', () => {
		const expected = [
			'catalog.json',
			'catalog.schema.json',
			'changes.json',
			...LOCALES.map((l) => `${l}/catalog.json`),
			...LOCALES.map((l) => `${l}/changes.atom`),
			...catalog.errors.map((e) => `errors/${e.id}.json`),
			...catalog.statuses.map((s) => `statuses/${s.id}.json`),
		].map((p) => `${API_PREFIX}${p}`);
		expect([...files.keys()].sort()).toEqual(expected.sort());
		expect(files.size).toBe(7 + catalog.errors.length + catalog.statuses.length);
	});

	it('every file names its schema in $schema: the schema itself its draft, every other file a shape of catalog.schema.json', () => {
		for (const [path, text] of files) {
			// The Atom feeds are XML: their format is their schema.
			if (path.endsWith('.atom')) continue;
			const value = obj(JSON.parse(text) as Json);
			const expected = path.endsWith('catalog.schema.json')
				? 'https://json-schema.org/draft/2020-12/schema'
				: path.endsWith('/catalog.json') && !path.startsWith(`${API_PREFIX}catalog.json`)
					? `${SCHEMA_ID}#/$defs/LocaleCatalog`
					: path.endsWith('/changes.json')
						? `${SCHEMA_ID}#/$defs/Changes`
						: path.includes('/errors/')
						? `${SCHEMA_ID}#/$defs/Error`
						: path.includes('/statuses/')
							? `${SCHEMA_ID}#/$defs/Status`
							: SCHEMA_ID;
			expect(value['$schema'], path).toBe(expected);
			// The first member, where editors and readers look for it.
			expect(Object.keys(value)[0], path).toBe('$schema');
		}
	});

	it('the schema is itself a valid draft 2020-12 schema, with $id at its published URL', () => {
		expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(ajv.validateSchema(schema)).toBe(true);
		expect(SCHEMA_ID).toBe(`${DEFAULT_AT.site}/${API_PREFIX}catalog.schema.json`);
		expect(catalogJson['$schema']).toBe(SCHEMA_ID);
	});

	it('catalog.json validates against the root', () => {
		expect(problems(validateCatalog, catalogJson)).toEqual([]);
	});

	it.each(catalog.errors.map((e) => e.id))('errors/%s.json validates against #/$defs/Error', (id) => {
		expect(problems(validateError, parse(files, `errors/${id}.json`))).toEqual([]);
	});

	it.each(catalog.statuses.map((s) => s.id))('statuses/%s.json validates against #/$defs/Status', (id) => {
		expect(problems(validateStatus, parse(files, `statuses/${id}.json`))).toEqual([]);
	});

	it.each([...LOCALES])('%s/catalog.json validates against #/$defs/LocaleCatalog', (locale) => {
		const file = parse(files, `${locale}/catalog.json`);
		expect(problems(validateLocaleCatalog, file)).toEqual([]);
		expect(file['$schema']).toBe(`${SCHEMA_ID}#/$defs/LocaleCatalog`);
	});

	it('versions agree: schemaVersion in every header, its major is the /vN/ of the paths, one catalogVersion', () => {
		expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
		expect(API_PREFIX).toBe(`api/v${SCHEMA_VERSION.split('.')[0] ?? ''}/`);
		for (const file of [catalogJson, ...LOCALES.map((l) => parse(files, `${l}/catalog.json`))]) {
			expect(file['schemaVersion']).toBe(SCHEMA_VERSION);
			expect(file['catalogVersion']).toBe(catalog.version);
		}
	});
});

describe('negative controls: the validator can fail', () => {
	function keywordsOf(validate: ValidateFunction, value: unknown): string[] {
		expect(validate(value)).toBe(false);
		return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
	}

	it('rejects an unknown top-level field in catalog.json', () => {
		const mutated = clone(catalogJson);
		mutated['surprise'] = true;
		expect(keywordsOf(validateCatalog, mutated)).toContain(' additionalProperties');
	});

	it('rejects an error without its id', () => {
		const mutated = clone(catalogJson);
		delete obj(arr(mutated['errors'])[0])['id'];
		expect(keywordsOf(validateCatalog, mutated)).toContain('/errors/0 required');
	});

	it('rejects a status name the schema does not know', () => {
		const mutated = clone(catalogJson);
		obj(arr(mutated['errors'])[0])['status'] = 'NOT_A_STATUS';
		expect(keywordsOf(validateCatalog, mutated)).toContain('/errors/0/status enum');
	});

	it('reports all three mutations at once (allErrors)', () => {
		const mutated = clone(catalogJson);
		mutated['surprise'] = true;
		delete obj(arr(mutated['errors'])[1])['id'];
		obj(arr(mutated['errors'])[2])['status'] = 'NOT_A_STATUS';
		expect(keywordsOf(validateCatalog, mutated)).toEqual(expect.arrayContaining([' additionalProperties', '/errors/1 required', '/errors/2/status enum']));
	});

	it('rejects a page URL that is not an absolute URL (the uri format is checked)', () => {
		const mutated = clone(catalogJson);
		obj(obj(arr(mutated['errors'])[0])['urls'])['en'] = '/errors/relative/';
		expect(keywordsOf(validateCatalog, mutated)).toContain('/errors/0/urls/en format');
	});

	it('rejects a wrong retry kind and a wrong type in a per-error file', () => {
		const error = clone(parse(files, 'errors/CourseNotModifiable.json'));
		obj(error['retry'])['kind'] = 'sometimes';
		error['http'] = '400';
		expect(keywordsOf(validateError, error)).toEqual(expect.arrayContaining(['/retry/kind enum', '/http type']));
	});

	it('rejects a single-locale catalog without its locale, and the bilingual file as a locale file', () => {
		const locale = clone(parse(files, 'ko/catalog.json'));
		delete locale['locale'];
		expect(keywordsOf(validateLocaleCatalog, locale)).toContain(' required');
		expect(validateLocaleCatalog(catalogJson)).toBe(false);
	});
});

// ---------------------------------------------------------------------------
// Every field has a description.
// ---------------------------------------------------------------------------

/** The target of a local `$ref` (`#/$defs/Name`), or an exception. */
function resolveRef(document: JsonObject, ref: string): JsonObject {
	if (!ref.startsWith('#/')) throw new Error(`non-local $ref ${ref}`);
	let node: Json = document;
	for (const raw of ref.slice(2).split('/')) {
		const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
		node = obj(node)[key] ?? null;
	}
	return obj(node);
}

/** Where a subschema of `node` lives, for walking every schema in the document. */
function subschemas(node: JsonObject): [string, JsonObject][] {
	const out: [string, JsonObject][] = [];
	for (const [key, value] of Object.entries(node)) {
		if (value === null || typeof value !== 'object') continue;
		if (key === 'properties' || key === '$defs' || key === 'patternProperties' || key === 'dependentSchemas') {
			for (const [name, sub] of Object.entries(obj(value))) out.push([`${key}/${name}`, obj(sub)]);
		} else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames' || key === 'not' || key === 'contains' || key === 'unevaluatedProperties' || key === 'unevaluatedItems') {
			if (!Array.isArray(value)) out.push([key, obj(value)]);
		} else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf' || key === 'prefixItems') {
			arr(value).forEach((sub, i) => out.push([`${key}/${String(i)}`, obj(sub)]));
		}
	}
	return out;
}

/**
 * Every property schema (a value under `properties`) and every `$defs`
 * entry without a description, directly or at the end of its `$ref`.
 */
function missingDescriptions(document: JsonObject): string[] {
	const missing: string[] = [];
	const described = (node: JsonObject): boolean => {
		if (typeof node['description'] === 'string' && node['description'].trim() !== '') return true;
		const ref = node['$ref'];
		return typeof ref === 'string' && described(resolveRef(document, ref));
	};
	const walk = (node: JsonObject, path: string): void => {
		for (const [where, sub] of subschemas(node)) {
			const at = `${path}/${where}`;
			if ((where.startsWith('properties/') || where.startsWith('$defs/')) && !described(sub)) missing.push(at);
			walk(sub, at);
		}
	};
	if (!described(document)) missing.push('#');
	walk(document, '#');
	return missing;
}

describe('the schema documents every field', () => {
	it('every property schema and every $defs entry has a description (following $ref)', () => {
		expect(missingDescriptions(schema)).toEqual([]);
	});

	it('every $ref is local and resolves', () => {
		const refs: string[] = [];
		const walk = (node: JsonObject): void => {
			if (typeof node['$ref'] === 'string') refs.push(node['$ref']);
			for (const [, sub] of subschemas(node)) walk(sub);
		};
		walk(schema);
		expect(refs.length).toBeGreaterThan(0);
		for (const ref of refs) expect(() => resolveRef(schema, ref), ref).not.toThrow();
	});

	it('the check itself fails on a missing description', () => {
		const mutated = clone(schema);
		const error = obj(obj(mutated['$defs'])['Error']);
		delete obj(obj(error['properties'])['messagePrefix'])['description'];
		const text = obj(obj(mutated['$defs'])['ErrorText']);
		delete text['description'];
		expect(missingDescriptions(mutated)).toEqual(
			expect.arrayContaining(['#/$defs/Error/properties/messagePrefix', '#/$defs/ErrorText', '#/$defs/Error/properties/text/properties/en']),
		);
	});

	it('names the three published shapes: the root, $defs/Error and $defs/LocaleCatalog', () => {
		const defs = obj(schema['$defs']);
		expect(Object.keys(defs)).toEqual(expect.arrayContaining(['Error', 'LocaleCatalog']));
		expect(obj(obj(schema['properties'])['errors'])['items']).toEqual({ $ref: '#/$defs/Error' });
	});
});

// ---------------------------------------------------------------------------
// The catalog's facts, as the files carry them.
// ---------------------------------------------------------------------------

describe('the catalog in the files', () => {
	it('has every error and all 16 statuses, each with English and Korean text', () => {
		expect(apiErrors).toHaveLength(catalog.errors.length);
		expect(apiErrors.length).toBeGreaterThanOrEqual(23);
		expect(apiStatuses.map((s) => s['id'])).toEqual(catalog.statuses.map((s) => s.id));
		expect(new Set(apiStatuses.map((s) => s['id']))).toEqual(new Set(STATUS_IDS));
		expect(catalogJson['locales']).toEqual(['en', 'ko']);
		expect(catalogJson['sourceLocale']).toBe('en');
		for (const error of apiErrors) {
			const text = obj(error['text']);
			expect(Object.keys(text)).toEqual(['en', 'ko']);
			for (const locale of LOCALES) {
				const t = obj(text[locale]);
				for (const field of ['summary', 'cause']) {
					expect(str(obj(t[field])['plain']).trim(), `${str(error['id'])} ${locale} ${field}`).not.toBe('');
					expect(str(obj(t[field])['markdown']).trim()).not.toBe('');
				}
				expect(str(t['title']).trim()).not.toBe('');
			}
			expect(str(obj(text['ko'])['title'])).not.toBe(str(obj(text['en'])['title']));
		}
		for (const status of apiStatuses) {
			const text = obj(status['text']);
			expect(Object.keys(text)).toEqual(['en', 'ko']);
			for (const locale of LOCALES) {
				const t = obj(text[locale]);
				expect(str(t['title']).trim()).not.toBe('');
				expect(str(obj(t['meaning'])['plain']).trim()).not.toBe('');
				expect(str(obj(t['advice'])['plain']).trim()).not.toBe('');
			}
		}
		expect(apiErrors.some((e) => /[가-힣]/.test(str(obj(obj(obj(e['text'])['ko'])['summary'])['plain'])))).toBe(true);
	});

	it('holds the statuses and errors in catalog order, with consistent facts', () => {
		expect(apiStatuses.map((s) => s['id'])).toEqual(catalog.statuses.map((s) => s.id));
		expect(apiErrors.map((e) => e['id'])).toEqual(catalog.errors.map((e) => e.id));
		const ids = new Set(apiErrors.map((e) => str(e['id'])));
		for (const error of apiErrors) {
			const id = str(error['id']);
			expect(error['messagePrefix']).toBe(`@${id}`);
			const sourceIds = new Set(arr(catalogJson['sources']).map((d) => str(obj(d)['id'])));
			const status = apiStatuses.find((s) => s['id'] === error['status']);
			expect(status, id).toBeDefined();
			expect(error['http']).toBe(status?.['http']);
			expect(error['grpcCode']).toBe(status?.['grpcCode']);
			expect(arr(status?.['errorIds'])).toContain(id);
			for (const related of arr(error['related'])) expect(ids.has(str(related)), `${id} related ${String(related)}`).toBe(true);
			// Every cited source is one of the catalog's documents; every reference is a link.
			for (const source of arr(obj(error['provenance'])['sources'])) expect(sourceIds.has(str(source)), `${id} cites ${String(source)}`).toBe(true);
			for (const locale of ['en', 'ko']) for (const ref of arr(obj(obj(error['text'])[locale])['references']).map(obj)) expect(str(ref['url'])).toMatch(/^https:\/\//);
			const methods = obj(error['methods']);
			const named = new Set([...arr(methods['returnedBy']), ...arr(methods['fixWith']), ...(methods['asWorded'] === undefined ? [] : arr(methods['asWorded']))].map(str));
			expect(Object.keys(obj(error['methodReferenceUrls'])).sort()).toEqual([...named].sort());
		}
		expect(apiStatuses.flatMap((s) => arr(s['errorIds'])).sort()).toEqual([...ids].sort());
	});

	it.each(catalog.errors.map((e) => e.id))('errors/%s.json equals its entry in catalog.json', (id) => {
		const entry = apiErrors.find((e) => e['id'] === id);
		expect(entry).toBeDefined();
		const text = fileText(files, `errors/${id}.json`);
		// Its $schema first, then the same keys in the same order, same values: the same bytes once re-serialised.
		expect(text).toBe(toJsonText({ $schema: `${SCHEMA_ID}#/$defs/Error`, ...entry }));
	});

	it.each(catalog.statuses.map((s) => s.id))('statuses/%s.json equals its entry in catalog.json, with its $schema', (id) => {
		const entry = apiStatuses.find((s) => s['id'] === id);
		expect(entry).toBeDefined();
		expect(fileText(files, `statuses/${id}.json`)).toBe(toJsonText({ $schema: `${SCHEMA_ID}#/$defs/Status`, ...entry }));
	});

	it('has no $schema on the entries inside catalog.json: its header names the schema', () => {
		for (const entry of [...apiErrors, ...apiStatuses]) expect(Object.keys(entry), str(entry['id'])).not.toContain('$schema');
	});

	it('carries every error\'s end-user message per locale, as the catalog has it, and who acts', () => {
		const locales = LOCALES.map((l) => [l, parse(files, `${l}/catalog.json`)] as const);
		for (const error of catalog.errors) {
			const entry = obj(apiErrors.find((e) => e['id'] === error.id));
			expect(entry['whoActs'], error.id).toEqual([...error.whoActs]);
			expect(arr(entry['whoActs']).length, error.id).toBeGreaterThan(0);
			for (const [locale, file] of locales) {
				const message = str(obj(obj(entry['text'])[locale])['userMessage']);
				expect(message, `${error.id} ${locale}`).toBe(error.text[locale].userMessage);
				expect(message.trim()).not.toBe('');
				const localeEntry = obj(arr(file['errors']).map(obj).find((e) => e['id'] === error.id));
				expect(localeEntry['userMessage'], `${error.id} ${locale}/catalog.json`).toBe(message);
				expect(localeEntry['whoActs']).toEqual(entry['whoActs']);
			}
		}
		expect(obj(obj(obj(apiErrors.find((e) => e['id'] === 'ProjectPermissionDenied'))['text'])['ko'])['userMessage']).toMatch(/[가-힣]/);
	});

	it('leaves action out exactly where the catalog has none (PendingInvitationExists)', () => {
		const locales = LOCALES.map((l) => [l, parse(files, `${l}/catalog.json`)] as const);
		for (const error of catalog.errors) {
			const entry = obj(apiErrors.find((e) => e['id'] === error.id));
			for (const [locale, file] of locales) {
				const has = error.text[locale].action !== undefined;
				expect('action' in obj(obj(entry['text'])[locale]), `${error.id} ${locale}`).toBe(has);
				const localeEntry = obj(arr(file['errors']).map(obj).find((e) => e['id'] === error.id));
				expect('action' in localeEntry, `${error.id} ${locale}/catalog.json`).toBe(has);
				expect('action' in obj(localeEntry['markdown']), `${error.id} ${locale}/catalog.json markdown`).toBe(has);
			}
		}
		for (const locale of LOCALES) {
			expect(catalog.errors.filter((e) => !e.text[locale].action).map((e) => e.id)).toEqual(['PendingInvitationExists']);
		}
	});

	it.each([...LOCALES])('%s/catalog.json is the bilingual catalog in one locale', (locale) => {
		const file = parse(files, `${locale}/catalog.json`);
		expect(file['locale']).toBe(locale);
		expect(file['sourceLocale']).toBe('en');
		const errors = arr(file['errors']).map(obj);
		expect(errors.map((e) => e['id'])).toEqual(apiErrors.map((e) => e['id']));
		expect(arr(file['statuses']).map((s) => obj(s)['id'])).toEqual(apiStatuses.map((s) => s['id']));
		for (const [i, error] of errors.entries()) {
			const full = obj(apiErrors[i]);
			const t = obj(obj(full['text'])[locale]);
			expect(error['url']).toBe(obj(full['urls'])[locale]);
			expect(error['shortUrl']).toBe(obj(full['shortUrls'])[locale]);
			expect(error['title']).toBe(t['title']);
			expect(error['summary']).toBe(obj(t['summary'])['plain']);
			expect(error['cause']).toBe(obj(t['cause'])['plain']);
			expect(obj(error['markdown'])['summary']).toBe(obj(t['summary'])['markdown']);
			for (const fact of ['messagePrefix', 'status', 'http', 'grpcCode', 'methods', 'methodReferenceUrls', 'related', 'retry']) {
				expect(error[fact], `${str(error['id'])} ${fact}`).toEqual(full[fact]);
			}
		}
	});
});

// ---------------------------------------------------------------------------
// Determinism, and what changes the output.
// ---------------------------------------------------------------------------

const tempDirs: string[] = [];
afterAll(() => {
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ in a fresh temporary folder, with one exact replacement in one file. */
function contentCopy(edit?: { file: 'en.yaml' | 'ko.yaml'; from: string; to: string }): string {
	const dir = mkdtempSync(join(tmpdir(), 'api-content-'));
	tempDirs.push(dir);
	cpSync(CONTENT, dir, { recursive: true });
	if (edit) {
		const path = join(dir, edit.file);
		const text = readFileSync(path, 'utf8');
		const count = text.split(edit.from).length - 1;
		if (count !== 1) throw new Error(`expected exactly one ${JSON.stringify(edit.from)} in content/${edit.file}, found ${String(count)}`);
		writeFileSync(path, text.replace(edit.from, () => edit.to));
	}
	return dir;
}

/** Every absolute URL of this site that a file carries: `$schema`, `$id`, `url`, `shortUrl`, `urls`, `shortUrls`. */
function siteUrls(value: Json, key = ''): string[] {
	if (typeof value === 'string') return ['$schema', '$id', 'url', 'shortUrl', 'urls', 'shortUrls'].includes(key) ? [value] : [];
	if (value === null || typeof value !== 'object') return [];
	if (Array.isArray(value)) return value.flatMap((v) => siteUrls(v, key));
	// References, source documents and the sources of limits point at Google's pages, not at this site.
	return Object.entries(value).flatMap(([k, v]) => (k === 'references' || k === 'sources' || k === 'source' ? [] : siteUrls(v, key === 'urls' || key === 'shortUrls' ? key : k)));
}

describe('determinism', () => {
	it('two loads of content/ give byte-identical files, in the same order', () => {
		const a = buildApiFiles(load(), DEFAULT_AT);
		const b = buildApiFiles(load(), DEFAULT_AT);
		expect([...a.keys()]).toEqual([...b.keys()]);
		for (const [path, text] of a) expect(b.get(path) === text, path).toBe(true);
		expect([...a]).toEqual([...files]);
	});

	it('a copy of content/ elsewhere gives the same catalogVersion and bytes', () => {
		const copy = load(contentCopy());
		expect(copy.version).toBe(catalog.version);
		expect([...buildApiFiles(copy, DEFAULT_AT)]).toEqual([...files]);
	});

	it('another site and base change the URLs and nothing else', () => {
		const other = buildApiFiles(load(), { site: 'https://other.example.net', base: '/x/y/' });
		expect([...other.keys()]).toEqual([...files.keys()]);
		let changed = 0;
		for (const [path, text] of files) {
			const moved = text.replaceAll('https://classroom-errors.example.org/', 'https://other.example.net/x/y/');
			expect(other.get(path), path).toBe(moved);
			if (moved !== text) changed += 1;
		}
		expect(changed).toBe(files.size);
		expect(parse(other, 'catalog.json')['catalogVersion']).toBe(catalog.version);
	});

	it('changing one English word changes catalogVersion, that text, the entry\'s contentHash and its Korean translation\'s mark only', () => {
		const edited = load(contentCopy({ file: 'en.yaml', from: 'Something unexpected went wrong', to: 'Something unforeseen went wrong' }));
		expect(edited.version).not.toBe(catalog.version);
		const after = parse(buildApiFiles(edited, DEFAULT_AT), 'catalog.json');
		expect(after['catalogVersion']).toBe(edited.version);
		const meaning = obj(obj(obj(obj(arr(after['statuses']).map(obj).find((s) => s['id'] === 'INTERNAL'))['text'])['en'])['meaning']);
		expect(str(meaning['plain'])).toMatch(/^Something unforeseen went wrong/);
		// The Korean text now translates an older English: stale, the English field named.
		const before = obj(apiStatuses.find((s) => s['id'] === 'INTERNAL'));
		const internalAfter = obj(arr(after['statuses']).map(obj).find((s) => s['id'] === 'INTERNAL'));
		expect(obj(obj(obj(before['text'])['ko'])['translation'])['state']).toBe('current');
		expect(obj(obj(obj(internalAfter['text'])['ko'])['translation'])).toMatchObject({ state: 'stale', changedFields: ['meaning'], reviewedSourceHash: obj(obj(obj(before['text'])['ko'])['translation'])['sourceHash'] });
		expect(internalAfter['contentHash']).not.toBe(before['contentHash']);
		// Put the changes back: the rest is identical.
		const restored = clone(after);
		restored['catalogVersion'] = catalog.version;
		const internal = obj(arr(restored['statuses']).map(obj).find((s) => s['id'] === 'INTERNAL'));
		obj(obj(internal['text'])['en'])['meaning'] = clone(obj(obj(before['text'])['en'])['meaning'] ?? null);
		obj(obj(internal['text'])['ko'])['translation'] = clone(obj(obj(before['text'])['ko'])['translation'] ?? null);
		internal['contentHash'] = before['contentHash'] ?? null;
		expect(restored).toEqual(catalogJson);
	});

	it('changing one Korean word changes catalogVersion too', () => {
		const koText = readFileSync(join(CONTENT, 'ko.yaml'), 'utf8');
		// The Korean title of INTERNAL, whatever it is today, with one word appended.
		const title = str(obj(obj(obj(apiStatuses.find((s) => s['id'] === 'INTERNAL'))['text'])['ko'])['title']);
		expect(koText).toContain(`title: ${title}\n`);
		const edited = load(contentCopy({ file: 'ko.yaml', from: `title: ${title}\n`, to: `title: ${title} 발생\n` }));
		expect(edited.version).not.toBe(catalog.version);
		expect(edited.statuses.find((s) => s.id === 'INTERNAL')?.text.ko.title).toBe(`${title} 발생`);
	});
});

describe('base path', () => {
	const at: SiteLocation = { site: 'https://example.org', base: '/docs/' };
	const moved = buildApiFiles(catalog, at);

	it('puts every URL of the site under https://example.org/docs/', () => {
		let count = 0;
		for (const [path, text] of moved) {
			// The change feed's URLs are counted in src/api/changes.test.ts; here only: nothing of the old site.
			if (/changes\.(json|atom)$/.test(path)) {
				expect(text.includes('classroom-errors.example.org'), path).toBe(false);
				continue;
			}
			const value = JSON.parse(text) as Json;
			const urls = path.endsWith('catalog.schema.json') ? [str(obj(value)['$id'])] : siteUrls(value);
			for (const url of urls) {
				expect(url.startsWith('https://example.org/docs/'), `${path}: ${url}`).toBe(true);
				count += 1;
			}
			expect(text.includes('classroom-errors.example.org'), path).toBe(false);
		}
		// catalog.json: $schema, S statuses × 2, E errors × 4, each method × 2; each locale file: $schema, S + E × 2, each method;
		// E error files × 5 and S status files × 3 (with their $schema); the schema's $id.
		const [statuses, errors, methods] = [catalog.statuses.length, catalog.errors.length, catalog.methods.length];
		expect(count).toBe(1 + 2 * statuses + 4 * errors + 2 * methods + 2 * (1 + statuses + 2 * errors + methods) + 5 * errors + 3 * statuses + 1);
	});

	it('points $schema at the schema under the base, and the schema validates the moved files', () => {
		const movedCatalog = parse(moved, 'catalog.json');
		const movedSchema = parse(moved, 'catalog.schema.json');
		expect(movedCatalog['$schema']).toBe('https://example.org/docs/api/v1/catalog.schema.json');
		expect(movedSchema['$id']).toBe(movedCatalog['$schema']);
		const movedAjv = newAjv(movedSchema);
		const validate = movedAjv.getSchema(str(movedSchema['$id']));
		expect(validate && problems(validate, movedCatalog)).toEqual([]);
		expect(obj(arr(movedCatalog['errors']).map(obj).find((e) => e['id'] === 'CourseNotModifiable'))['urls']).toEqual({
			en: 'https://example.org/docs/errors/course-not-modifiable/',
			ko: 'https://example.org/docs/ko/errors/course-not-modifiable/',
		});
	});

	it('accepts the base with or without its slashes', () => {
		expect([...buildApiFiles(catalog, { site: 'https://example.org', base: 'docs' })]).toEqual([...moved]);
		expect([...buildApiFiles(catalog, { site: 'https://example.org/', base: '/docs' })]).toEqual([...moved]);
	});
});

describe('1.3.0: whom a message addresses, why errors are related, limits, examples, the catalog\'s judgement', () => {
	const full = parse(files, 'catalog.json');
	const errors = arr(full['errors']).map(obj);
	const byId = new Map(errors.map((e) => [str(e['id']), e]));
	const error = (id: string) => obj(byId.get(id));

	it('is version 1.4.0 (1.3.0 added these; 1.4.0 method summaries, content hashes, the change feed and a $schema on every JSON file), and keeps the plain related list beside the reasons', () => {
		expect(full['schemaVersion']).toBe('1.4.0');
		for (const e of errors) {
			const related = arr(e['related']).map(str);
			const reasons = arr(e['relatedReasons']).map(obj);
			// Reasons follow the order of `related` and name only its ids.
			expect(reasons.map((r) => str(r['id']))).toEqual(related.filter((id) => reasons.some((r) => r['id'] === id)));
		}
	});

	it('gives each relation from both sides, next-step against previous-step', () => {
		const inverse: Record<string, string> = { 'next-step': 'previous-step', 'previous-step': 'next-step' };
		let pairs = 0;
		for (const e of errors) {
			for (const r of arr(e['relatedReasons']).map(obj)) {
				const back = arr(error(str(r['id']))['relatedReasons']).map(obj).find((b) => b['id'] === e['id']);
				const reason = str(r['reason']);
				expect(back?.['reason'], `${str(e['id'])} → ${str(r['id'])}`).toBe(inverse[reason] ?? reason);
				pairs += 1;
			}
		}
		expect(pairs).toBeGreaterThan(20);
		expect(arr(error('CannotRemoveCourseOwner')['relatedReasons'])).toContainEqual({ id: 'IneligibleOwner', reason: 'next-step' });
		expect(arr(error('CourseMemberLimitReached')['relatedReasons'])).toContainEqual({ id: 'CourseTeacherLimitReached', reason: 'similar-limit' });
	});

	it('says whom every end-user message addresses', () => {
		for (const e of errors) expect(arr(e['userMessageFor']).length, str(e['id'])).toBeGreaterThan(0);
		expect(error('CannotDirectAddUser')['userMessageFor']).toEqual(['administrator']);
		expect(error('UserGroupsMembershipLimitReached')['userMessageFor']).toEqual(['teacher', 'administrator']);
	});

	it('publishes limits with the Google page that states them', () => {
		expect(error('CourseTeacherLimitReached')['limits']).toEqual([
			{ kind: 'teachers-per-class', value: 50, accounts: 'all', source: { article: 'Límites de uso de Classroom', url: 'https://support.google.com/edu/classroom/answer/7300976?hl=es-419', language: 'es-419' } },
		]);
		expect(arr(error('CourseMemberLimitReached')['limits']).map((l) => [obj(l)['value'], obj(l)['accounts']])).toEqual([[1000, 'school-or-workspace'], [250, 'personal']]);
		expect(error('PendingInvitationExists')['limits']).toEqual([]);
	});

	it('gives an example message that starts with the id, quoted only where a source shows it', () => {
		for (const e of errors) {
			const example = obj(e['example']);
			expect(str(example['message']).startsWith(`${str(e['messagePrefix'])} `), str(e['id'])).toBe(true);
		}
		expect(obj(error('ClassroomApiDisabled')['example'])['basis']).toBe('source');
		expect(errors.filter((e) => obj(e['example'])['basis'] === 'source').map((e) => e['id'])).toEqual(['ClassroomApiDisabled']);
	});

	it('marks which facts are the catalog\'s judgement', () => {
		expect(error('CannotRemoveCourseOwnerTransferIncomplete')['catalogJudgement']).toEqual(['whoActs', 'userMessageFor', 'retry.kind', 'retry.wait', 'retry.attempts', 'relatedReasons', 'example']);
		// The one-day wait is the sources' own, so it is not marked.
		expect(arr(error('UserCourseJoinRateLimitReached')['catalogJudgement'])).not.toContain('retry.wait');
		expect(arr(error('ClassroomApiDisabled')['catalogJudgement'])).not.toContain('example');
	});

	it('carries notThis in both locales, in the bilingual and the single-locale files', () => {
		const text = obj(error('CourseMemberLimitReached')['text']);
		for (const locale of LOCALES) expect(str(obj(obj(text[locale])['notThis'])['markdown'])).toContain('`UserGroupsMembershipLimitReached`');
		const ko = arr(parse(files, 'ko/catalog.json')['errors']).map(obj).find((e) => e['id'] === 'CourseMemberLimitReached');
		expect(str(obj(ko)['notThis'])).toContain('UserGroupsMembershipLimitReached');
		expect(str(obj(obj(ko)['markdown'])['notThis'])).toContain('`UserGroupsMembershipLimitReached`');
	});
});
