/**
 * A synthetic catalog of N errors per locale in the project's own format,
 * valid under `catalog check`, for the scale benchmarks: the real catalog's
 * statuses and errors, then copies of its errors under new ids
 * (`CourseNotModifiableN42`) until there are N. Text, methods and retry come
 * from the real entries, so pages and checks do realistic work.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { LOCALES, SOURCE_LOCALE, loadCatalogOrThrow, type Catalog, type ErrorEntry, type Locale } from '../src/catalog/index.ts';

function errorText(entry: ErrorEntry, locale: Locale) {
	const t = entry.text[locale];
	return {
		title: t.title,
		summary: t.summary.markdown,
		cause: t.cause.markdown,
		...(t.action ? { action: t.action.markdown } : {}),
		userMessage: t.userMessage,
		references: t.references.map((r) => ({ ...r })),
		...(t.keywords.length > 0 ? { keywords: [...t.keywords] } : {}),
	};
}

/** The errors of a synthetic catalog of `n` errors, built from `base`. */
function syntheticErrors(base: Catalog, n: number): { entry: ErrorEntry; id: string; copy: boolean }[] {
	const out = base.errors.slice(0, n).map((entry) => ({ entry, id: entry.id, copy: false }));
	for (let i = out.length; i < n; i++) {
		const entry = base.errors[i % base.errors.length] as ErrorEntry;
		out.push({ entry, id: `${entry.id}N${String(i)}`, copy: true });
	}
	return out;
}

/** Writes a catalog folder of `n` errors per locale into `dir`, from the catalog in `contentDir`. */
export function writeSyntheticCatalog(contentDir: string, dir: string, n: number): void {
	const base = loadCatalogOrThrow(contentDir);
	const errors = syntheticErrors(base, n);
	mkdirSync(dir, { recursive: true });
	for (const locale of LOCALES) {
		const statuses = base.statuses.map((s) => ({
			id: s.id,
			...(locale === SOURCE_LOCALE ? { http: s.http, grpcCode: s.grpcCode, retry: { ...s.retry } } : {}),
			title: s.text[locale].title,
			meaning: s.text[locale].meaning.markdown,
			advice: s.text[locale].advice.markdown,
			references: s.text[locale].references.map((r) => ({ ...r })),
		}));
		const entries = errors.map(({ entry, id, copy }) => ({
			id,
			...(locale === SOURCE_LOCALE
				? {
						status: entry.status,
						methods: { returnedBy: [...entry.methods.returnedBy], fixWith: [...entry.methods.fixWith] },
						// Copies relate to nothing: relations must be mutual, and copies have no partners.
						related: copy ? [] : entry.related.filter((r) => errors.some((e) => !e.copy && e.id === r)),
						retry: { ...entry.retry },
						whoActs: [...entry.whoActs],
					}
				: {}),
			...errorText(entry, locale),
		}));
		writeFileSync(join(dir, `${locale}.yaml`), stringify({ locale, statuses, errors: entries }, { lineWidth: 0 }));
	}
	writeFileSync(join(dir, 'glossary.yaml'), readFileSync(join(contentDir, 'glossary.yaml')));
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
