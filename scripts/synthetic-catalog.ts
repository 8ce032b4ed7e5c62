/**
 * A synthetic catalog of N errors per locale in the project's own format,
 * valid under `catalog check` whenever the real catalog is, for the scale
 * benchmarks: the real catalog's statuses and errors, then copies of its
 * errors under new ids (`CourseNotModifiableN42`) until there are N.
 *
 * Entries are copied as the YAML holds them, field for field, so every field
 * the schema gains (provenance, reference addresses…) comes along without a
 * change here; only the id, the related list and its reasons, and the example
 * message's `@Id` are rewritten. Text, methods
 * and retry come from the real entries, so pages and checks do realistic work.
 * The API's methods and their conditions (methods.yaml, conditions.yaml) come
 * along too, so the build writes their pages and the error pages list them;
 * a method's `@Id`s are kept where the error still is in the catalog.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { LOCALES, SOURCE_LOCALE } from '../src/catalog/locales.ts';

type Raw = Record<string, unknown>;

function readRaw(file: string): Raw {
	const value: unknown = parse(readFileSync(file, 'utf8'));
	if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${file} is not a catalog file.`);
	return value as Raw;
}

function errorsOf(file: Raw): Raw[] {
	const errors = file['errors'];
	return Array.isArray(errors) ? (errors as Raw[]) : [];
}

/** The ids of a synthetic catalog of `n` errors: the real ones first, then numbered copies. */
export function syntheticIds(baseIds: readonly string[], n: number): { id: string; of: string; copy: boolean }[] {
	if (baseIds.length === 0) throw new Error('The base catalog has no errors to copy.');
	const out = baseIds.slice(0, n).map((id) => ({ id, of: id, copy: false }));
	for (let i = out.length; i < n; i++) {
		const of = baseIds[i % baseIds.length] as string;
		out.push({ id: `${of}N${String(i)}`, of, copy: true });
	}
	return out;
}

/** Writes a catalog folder of `n` errors per locale into `dir`, from the catalog in `contentDir`. */
export function writeSyntheticCatalog(contentDir: string, dir: string, n: number): void {
	const files = new Map(LOCALES.map((locale) => [locale, readRaw(join(contentDir, `${locale}.yaml`))]));
	const source = files.get(SOURCE_LOCALE) as Raw;
	const ids = syntheticIds(
		errorsOf(source).map((e) => String(e['id'])),
		n,
	);
	const kept = new Set(ids.filter((e) => !e.copy).map((e) => e.id));
	mkdirSync(dir, { recursive: true });
	for (const [locale, file] of files) {
		const byId = new Map(errorsOf(file).map((e) => [String(e['id']), e]));
		const errors = ids.map(({ id, of, copy }) => {
			const entry: Raw = { ...(byId.get(of) ?? {}), id };
			// Relations must be mutual: copies relate to nothing, and originals only to originals still in the catalog.
			if (Array.isArray(entry['related'])) entry['related'] = copy ? [] : (entry['related'] as unknown[]).filter((r) => kept.has(String(r)));
			// An example message starts with its own id.
			const example = entry['example'];
			if (example && typeof example === 'object' && typeof (example as Raw)['message'] === 'string') {
				entry['example'] = { ...(example as Raw), message: String((example as Raw)['message']).replace(`@${of} `, `@${id} `) };
			}
			// The reasons for relations follow the relations they explain.
			const why = entry['relatedWhy'];
			if (why && typeof why === 'object') {
				const related = new Set((entry['related'] as unknown[] | undefined)?.map(String) ?? []);
				entry['relatedWhy'] = Object.fromEntries(Object.entries(why).filter(([r]) => related.has(r)));
			}
			return entry;
		});
		writeFileSync(join(dir, `${locale}.yaml`), stringify({ ...file, errors }, { lineWidth: 0, aliasDuplicateObjects: false }));
	}
	writeFileSync(join(dir, 'glossary.yaml'), readFileSync(join(contentDir, 'glossary.yaml')));
	if (existsSync(join(contentDir, 'methods.yaml'))) {
		const methods = readRaw(join(contentDir, 'methods.yaml'));
		for (const method of Array.isArray(methods['methods']) ? (methods['methods'] as Raw[]) : []) {
			for (const returned of Array.isArray(method['returns']) ? (method['returns'] as Raw[]) : []) {
				if (Array.isArray(returned['errors'])) returned['errors'] = (returned['errors'] as unknown[]).filter((id) => kept.has(String(id)));
			}
		}
		writeFileSync(join(dir, 'methods.yaml'), stringify(methods, { lineWidth: 0 }));
		writeFileSync(join(dir, 'conditions.yaml'), readFileSync(join(contentDir, 'conditions.yaml')));
	}
}

if (import.meta.main) {
	const [n, dir] = process.argv.slice(2);
	if (!n || !dir || !Number.isInteger(Number(n)) || Number(n) < 1) {
		console.error('Usage: node scripts/synthetic-catalog.ts <errors per locale> <output folder>');
		process.exit(2);
	}
	writeSyntheticCatalog(join(import.meta.dirname, '..', 'content'), dir, Number(n));
	console.log(`Wrote a catalog of ${n} errors per locale to ${dir}.`);
}
