/**
 * The validated catalog: the typed model every consumer (pages, JSON API,
 * command line) works from. Nothing outside `src/catalog/` reads YAML.
 */
import type { Locale } from './locales.ts';
import type { RichText } from './rich-text.ts';
import type { SourceLines } from './source-lines.ts';
import type { ConditionEntry, DiscoveryProvenance, MethodEntry } from './methods.ts';
import type { ChangeRecord, Evidence, Example, Limit, Methods, Provenance, Reference, RelatedReason, Retry, SourceDocument, StatusId, UserMessageFor, WhoActs } from './schema.ts';

/**
 * How a translation stands against the source-locale text it translates
 * (src/catalog/freshness.ts): `current` when it records the hash of today's
 * source text, `stale` when the source text has changed since, `unrecorded`
 * when it records none.
 */
export interface TranslationFreshness {
	readonly state: 'current' | 'stale' | 'unrecorded';
	/** The hash of the source text the translation was last reviewed against (`sourceHash` in its file); absent when unrecorded. */
	readonly recorded?: string;
	/** The hash of the source text today (hashing.ts `sourceHashOf`). */
	readonly sourceHash: string;
	/** For a stale translation, the source-locale text fields changed since it was reviewed (`summary`, `cause`, …), when the change ledger holds the reviewed state; absent otherwise. */
	readonly changedFields?: readonly string[];
}

/** A status's text in one locale. */
export interface StatusText {
	readonly title: string;
	readonly meaning: RichText;
	readonly advice: RichText;
	readonly references: readonly Reference[];
	/** What users type for this status: indexed for search, never shown as text. Empty when none. */
	readonly keywords: readonly string[];
	/** In a translation (not the source locale): how it stands against the source text. */
	readonly translation?: TranslationFreshness;
}

/** An error's text in one locale. */
export interface ErrorText {
	readonly title: string;
	readonly summary: RichText;
	readonly cause: RichText;
	/** Absent where the sources give no action; pages say so instead of inventing one. */
	readonly action?: RichText;
	/** "Not this error if…": what tells it from an error it is easily confused with. Absent where none is. */
	readonly notThis?: RichText;
	/** What a support person pastes to the teacher or student: plain sentences, no API words, no Markdown. */
	readonly userMessage: string;
	readonly references: readonly Reference[];
	/** What users type when they meet this error: indexed for search, never shown as text. Empty when none. */
	readonly keywords: readonly string[];
	/** In a translation (not the source locale): how it stands against the source text. */
	readonly translation?: TranslationFreshness;
}

/** One google.rpc status (every canonical code but OK). */
export interface StatusEntry {
	readonly id: StatusId;
	/** URL segment: `failed-precondition`. */
	readonly slug: string;
	readonly http: number;
	readonly grpcCode: number;
	readonly retry: Retry;
	/** Which source documents the facts come from, and when they were last checked. */
	readonly provenance: Provenance;
	/** Ids of the errors under this status, in catalog order. */
	readonly errorIds: readonly string[];
	readonly text: Readonly<Record<Locale, StatusText>>;
	/** Hash of everything the catalog publishes about the status, in every locale (hashing.ts `contentHash`). */
	readonly contentHash: string;
}

/** One specific error. */
export interface ErrorEntry {
	/** Permanent id, as the API sends it after `@`. */
	readonly id: string;
	/** URL segment: `course-not-modifiable`. */
	readonly slug: string;
	readonly status: StatusId;
	readonly methods: Methods;
	readonly related: readonly string[];
	/** Why each related error is related, by id; only ids of `related`. Empty where the entry gives no reasons. */
	readonly relatedWhy: Readonly<Record<string, RelatedReason>>;
	readonly retry: Retry;
	/** Whom the end-user message speaks to, each once, in the order of `USER_MESSAGE_FOR` (schema.ts). Empty where the entry does not say. */
	readonly userMessageFor: readonly UserMessageFor[];
	/** Numbers Google publishes for the limit this error is about. Empty where none could be confirmed. */
	readonly limits: readonly Limit[];
	/** An example of the API's message, quoted or illustrative. */
	readonly example?: Example;
	/** Who has to act to get out of the error, each once, in the order of `WHO_ACTS` (schema.ts). */
	readonly whoActs: readonly WhoActs[];
	/** `documented` when Google's documentation names it; `observed` when only public reports show it (labelled undocumented). */
	readonly evidence: Evidence;
	/** Which source documents the facts come from, and when they were last checked. */
	readonly provenance: Provenance;
	readonly text: Readonly<Record<Locale, ErrorText>>;
	/** Hash of everything the catalog publishes about the error, in every locale (hashing.ts `contentHash`). */
	readonly contentHash: string;
}

/** A glossary term. */
export interface GlossaryTerm {
	readonly en: string;
	readonly ko: string;
	readonly avoid: readonly string[];
	/** The end-user register, where it differs: the word teachers and students see, and the words to avoid in their messages. */
	readonly endUser?: { readonly ko: string; readonly avoid: readonly string[] };
	readonly note?: string;
}

/** The whole validated catalog. */
export interface Catalog {
	/** Content hash of the model: changes exactly when the catalog's content changes. */
	readonly version: string;
	/** The documents the facts come from, cited by id in each entry's provenance. */
	readonly sources: readonly SourceDocument[];
	/** Statuses by HTTP code, then name. */
	readonly statuses: readonly StatusEntry[];
	/** Errors grouped by status, in catalog order. */
	readonly errors: readonly ErrorEntry[];
	readonly glossary: readonly GlossaryTerm[];
	/** The Classroom API's methods, from Google's discovery document (`methods.yaml`), sorted by id; empty when the catalog has none. */
	readonly methods: readonly MethodEntry[];
	/** The conditions the methods name, written once per locale (`conditions.yaml`). */
	readonly conditions: readonly ConditionEntry[];
	/** The discovery document the methods come from: its id, revision and hash. Absent without methods. */
	readonly discovery?: DiscoveryProvenance;
	/** Where each entry starts in its YAML file, for links to it; not part of `version`. Absent in a model built otherwise than by the loader. */
	readonly sourceLines?: SourceLines;
	/** The change ledger (`changes.yaml`), oldest first; absent when the catalog folder has none. */
	readonly changes?: readonly ChangeRecord[];
}

/**
 * The URL segment of an id: `CourseNotModifiable` → `course-not-modifiable`,
 * `FAILED_PRECONDITION` → `failed-precondition`.
 */
export function slugOf(id: string): string {
	return id
		.replace(/_/g, '-')
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
		.toLowerCase();
}

const errorMaps = new WeakMap<Catalog, ReadonlyMap<string, ErrorEntry>>();

/** The error with `id`, or undefined; one map per catalog, so a page's lookups stay constant-time at any catalog size. */
export function errorById(catalog: Catalog, id: string): ErrorEntry | undefined {
	let map = errorMaps.get(catalog);
	if (!map) {
		map = new Map(catalog.errors.map((e) => [e.id, e]));
		errorMaps.set(catalog, map);
	}
	return map.get(id);
}

/** The status entry of an error. */
export function statusOf(catalog: Catalog, error: ErrorEntry): StatusEntry {
	const status = catalog.statuses.find((s) => s.id === error.status);
	if (!status) throw new Error(`Error ${error.id} names status ${error.status}, which the validated catalog lacks.`);
	return status;
}

/** Every REST method the catalog names, sorted. */
export function allMethods(catalog: Catalog): string[] {
	return [...new Set(catalog.errors.flatMap((e) => [...e.methods.returnedBy, ...e.methods.fixWith, ...(e.methods.asWorded ?? [])]))].sort();
}
