/**
 * The JSON API as files: one pure function from the validated catalog (and
 * where the site is served) to every path and its bytes. The Astro endpoint
 * and the `export` command both call it, so the site and an export are the
 * same bytes. Output is deterministic: catalog order, no timestamps.
 */
import { LOCALES, SOURCE_LOCALE, methodReferenceUrl, statusOf, type Catalog, type ErrorEntry, type Locale, type RichText, type StatusEntry } from '../catalog/index.ts';
import type { TranslationFreshness } from '../catalog/model.ts';
import { buildAtomFeed, buildChangesJson } from './changes.ts';
import { absoluteUrl, errorPath, shortLinkPath, statusPath } from '../site/routes.ts';
import { methodPath } from '../site/method-pages.ts';
import { API_PREFIX, SCHEMA_PATH, errorJsonPath, statusJsonPath } from './paths.ts';
import {
	ApiCatalogSchema,
	ApiErrorSchema,
	ApiStatusSchema,
	LocaleCatalogSchema,
	SCHEMA_VERSION,
	jsonSchema,
	type ApiCatalog,
	type ApiError,
	type LocaleCatalog,
} from './schema.ts';

/** Where the site is served, for absolute URLs. */
export interface SiteLocation {
	/** Origin, such as `https://example.org`. */
	readonly site: string;
	/** Base path, such as `/` or `/docs/`. */
	readonly base: string;
}

export { API_PREFIX } from './paths.ts';

const text = (t: RichText) => ({ markdown: t.markdown, plain: t.plain });
/** A translation's freshness as the API writes it; nothing for the source locale. */
const translation = (f: TranslationFreshness | undefined) =>
	f ? { translation: { state: f.state, sourceHash: f.sourceHash, ...(f.recorded ? { reviewedSourceHash: f.recorded } : {}), ...(f.changedFields ? { changedFields: [...f.changedFields] } : {}) } } : {};
const perLocale = <T>(pick: (locale: Locale) => T) => Object.fromEntries(LOCALES.map((l) => [l, pick(l)])) as Record<Locale, T>;

function apiError(catalog: Catalog, error: ErrorEntry, at: SiteLocation): ApiError {
	const status = statusOf(catalog, error);
	const asWorded = error.methods.asWorded ?? [];
	const methods = [...new Set([...error.methods.returnedBy, ...error.methods.fixWith, ...asWorded])].sort();
	return {
		id: error.id,
		messagePrefix: `@${error.id}`,
		status: error.status,
		http: status.http,
		grpcCode: status.grpcCode,
		methods: { returnedBy: [...error.methods.returnedBy], fixWith: [...error.methods.fixWith], ...(asWorded.length > 0 ? { asWorded: [...asWorded] } : {}) },
		methodReferenceUrls: Object.fromEntries(methods.map((m) => [m, methodReferenceUrl(m)])),
		related: [...error.related],
		relatedReasons: error.related.flatMap((id) => {
			const reason = error.relatedWhy[id];
			return reason ? [{ id, reason }] : [];
		}),
		retry: { ...error.retry },
		whoActs: [...error.whoActs],
		userMessageFor: [...error.userMessageFor],
		limits: error.limits.map((l) => ({ ...l, source: { ...l.source } })),
		...(error.example ? { example: { ...error.example } } : {}),
		catalogJudgement: catalogJudgement(error),
		evidence: error.evidence,
		provenance: { sources: [...error.provenance.sources], reviewed: error.provenance.reviewed },
		contentHash: error.contentHash,
		urls: perLocale((l) => absoluteUrl(at.site, at.base, errorPath(l, error.slug))),
		shortUrls: perLocale((l) => absoluteUrl(at.site, at.base, shortLinkPath(l, error.id))),
		text: perLocale((l) => {
			const t = error.text[l];
			return {
				title: t.title,
				summary: text(t.summary),
				cause: text(t.cause),
				...(t.action ? { action: text(t.action) } : {}),
				...(t.notThis ? { notThis: text(t.notThis) } : {}),
				userMessage: t.userMessage,
				references: t.references.map((r) => ({ ...r })),
				...translation(t.translation),
			};
		}),
	};
}

/**
 * The facts of an error that are this catalog's judgement, not the sources':
 * who acts and whom the message addresses, the retry kind, a wait the sources
 * do not give, the reasons for relations, an illustrative example.
 */
export function catalogJudgement(error: ErrorEntry): string[] {
	return [
		'whoActs',
		...(error.userMessageFor.length > 0 ? ['userMessageFor'] : []),
		'retry.kind',
		...(error.retry.kind === 'after-wait' && error.retry.basis === 'catalog' ? ['retry.wait', 'retry.attempts'] : []),
		...(Object.keys(error.relatedWhy).length > 0 ? ['relatedReasons'] : []),
		...(error.example?.basis === 'illustrative' ? ['example'] : []),
	];
}

function apiStatus(status: StatusEntry, at: SiteLocation) {
	return {
		id: status.id,
		http: status.http,
		grpcCode: status.grpcCode,
		retry: { ...status.retry },
		provenance: { sources: [...status.provenance.sources], reviewed: status.provenance.reviewed },
		errorIds: [...status.errorIds],
		contentHash: status.contentHash,
		urls: perLocale((l) => absoluteUrl(at.site, at.base, statusPath(l, status.slug))),
		text: perLocale((l) => {
			const t = status.text[l];
			return { title: t.title, meaning: text(t.meaning), advice: text(t.advice), references: t.references.map((r) => ({ ...r })), ...translation(t.translation) };
		}),
	};
}

/** `/api/v1/catalog.json`, as an object. */
export function buildCatalogJson(catalog: Catalog, at: SiteLocation): ApiCatalog {
	return ApiCatalogSchema.parse({
		$schema: absoluteUrl(at.site, at.base, SCHEMA_PATH),
		schemaVersion: SCHEMA_VERSION,
		catalogVersion: catalog.version,
		sourceLocale: SOURCE_LOCALE,
		locales: [...LOCALES],
		sources: catalog.sources.map((d) => ({ ...d, kind: d.kind ?? 'documentation' })),
		statuses: catalog.statuses.map((s) => apiStatus(s, at)),
		errors: catalog.errors.map((e) => apiError(catalog, e, at)),
		...(catalog.discovery ? { discovery: { ...catalog.discovery } } : {}),
		methods: apiMethods(catalog, at),
	});
}

/** The methods, with each condition's text in every locale (one map of conditions, so linear in the catalog). */
function apiMethods(catalog: Catalog, at: SiteLocation) {
	const conditions = new Map(catalog.conditions.map((c) => [c.key, c]));
	return catalog.methods.map((m) => ({
		id: m.id,
		httpMethod: m.httpMethod,
		path: m.path,
		scopes: [...m.scopes],
		reference: methodReferenceUrl(m.id),
		summary: perLocale((l) => m.summary[l]),
		urls: perLocale((l) => absoluteUrl(at.site, at.base, methodPath(l, m.id))),
		returns: m.returns.map((r) => ({
			status: r.status,
			condition: r.condition,
			conditionText: perLocale((l) => conditions.get(r.condition)?.text[l] ?? ''),
			errors: [...r.errorIds],
		})),
	}));
}

/** `/api/v1/<locale>/catalog.json`: one locale, plain strings, Markdown beside them. */
export function buildLocaleCatalogJson(full: ApiCatalog, locale: Locale): LocaleCatalog {
	return LocaleCatalogSchema.parse({
		$schema: full.$schema.replace(/catalog\.schema\.json$/, `catalog.schema.json#/$defs/LocaleCatalog`),
		schemaVersion: full.schemaVersion,
		catalogVersion: full.catalogVersion,
		sourceLocale: full.sourceLocale,
		locale,
		sources: full.sources,
		statuses: full.statuses.map(({ urls, text: t, ...facts }) => {
			const own = t[locale];
			return {
				...facts,
				url: urls[locale],
				title: own.title,
				meaning: own.meaning.plain,
				advice: own.advice.plain,
				references: own.references,
				...(own.translation ? { translation: own.translation } : {}),
				markdown: { meaning: own.meaning.markdown, advice: own.advice.markdown },
			};
		}),
		...(full.discovery ? { discovery: full.discovery } : {}),
		methods: full.methods.map(({ urls, returns, summary, ...facts }) => ({
			...facts,
			summary: summary[locale],
			url: urls[locale],
			returns: returns.map(({ conditionText, ...ret }) => ({ ...ret, conditionText: conditionText[locale] })),
		})),
		errors: full.errors.map(({ urls, shortUrls, text: t, ...facts }) => {
			const own = t[locale];
			return {
				...facts,
				url: urls[locale],
				shortUrl: shortUrls[locale],
				title: own.title,
				summary: own.summary.plain,
				cause: own.cause.plain,
				...(own.action ? { action: own.action.plain } : {}),
				...(own.notThis ? { notThis: own.notThis.plain } : {}),
				userMessage: own.userMessage,
				references: own.references,
				...(own.translation ? { translation: own.translation } : {}),
				markdown: {
					summary: own.summary.markdown,
					cause: own.cause.markdown,
					...(own.action ? { action: own.action.markdown } : {}),
					...(own.notThis ? { notThis: own.notThis.markdown } : {}),
				},
			};
		}),
	});
}

/** Stable JSON text: two-space indent, a final newline. */
export function toJsonText(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Every file of the API, by path relative to the site root
 * (`api/v1/catalog.json` …), in a stable order: the catalog, its schema,
 * the locale catalogs, then one file per error and one per status.
 */
export function buildApiFiles(catalog: Catalog, at: SiteLocation): Map<string, string> {
	const full = buildCatalogJson(catalog, at);
	const files = new Map<string, string>();
	files.set(`${API_PREFIX}catalog.json`, toJsonText(full));
	files.set(`${API_PREFIX}catalog.schema.json`, toJsonText(jsonSchema(full.$schema)));
	for (const locale of LOCALES) files.set(`${API_PREFIX}${locale}/catalog.json`, toJsonText(buildLocaleCatalogJson(full, locale)));
	// The change feed, from the ledger (src/api/changes.ts).
	const changes = buildChangesJson(catalog, full, at);
	files.set(`${API_PREFIX}changes.json`, toJsonText(changes));
	for (const locale of LOCALES) files.set(`${API_PREFIX}${locale}/changes.atom`, buildAtomFeed(changes, locale, at));
	// A file of its own names its schema (1.4.0); the same entry inside catalog.json does not, the file's header does.
	for (const error of full.errors) files.set(errorJsonPath(error.id), toJsonText(ApiErrorSchema.parse({ $schema: `${full.$schema}#/$defs/Error`, ...error })));
	for (const status of full.statuses) files.set(statusJsonPath(status.id), toJsonText(ApiStatusSchema.parse({ $schema: `${full.$schema}#/$defs/Status`, ...status })));
	return files;
}
