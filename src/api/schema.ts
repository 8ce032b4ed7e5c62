/**
 * The JSON API's shapes, as zod schemas with a description on every field.
 * The published JSON Schema (`/api/v1/catalog.schema.json`) is generated
 * from these, and every file the API writes is parsed with them first, so
 * what we publish and what we promise cannot drift apart.
 */
import { z } from 'zod';
import { LOCALES } from '../catalog/locales.ts';
import { CHANGE_KINDS, DURATION_PATTERN, ENTRY_KINDS, EVIDENCE, LIMIT_ACCOUNTS, LIMIT_KINDS, RELATED_REASONS, RETRY_KINDS, SOURCE_KINDS, STATUS_IDS, USER_MESSAGE_FOR, WHO_ACTS } from '../catalog/schema.ts';

/**
 * Major.minor.patch of the API's shape. The major is the `/v1/` in the URLs.
 * 1.1.0 added `userMessage` (per locale) and `whoActs` to every error.
 * 1.2.0 added the retry kind `change-request` (errors that need a changed
 * request left `after-fix`, which now means someone must fix something
 * outside the request), the bounded after-wait schedule (`attempts`,
 * `basis`), `url` and `verified` on every reference, `methods.asWorded`,
 * `provenance` on every status and error, and the top-level `sources`.
 * 1.3.0 widened `status` to every canonical google.rpc status but OK (16;
 * several share an HTTP code, so identify a status by its name, never by
 * `http` alone), added `kind` to every source document
 * (`documentation` or `report`) and `evidence` to every error
 * (`documented`, or `observed` for an id only public reports show); and
 * added, on every error, `userMessageFor` (whom the end-user message speaks
 * to), `relatedReasons` (why each related error is related, beside the
 * plain `related` list), `limits` (numbers Google publishes, each with its
 * page), `example` (the API's message, quoted or illustrative) and
 * `catalogJudgement` (which facts are this catalog's judgement rather than
 * the sources'); and `notThis` to the text. `related` is unchanged.
 * 1.4.0 added `summary` to every method (`methods`): what it does, one
 * line in the catalog's own words, per locale in catalog.json and as a string
 * in each single-locale catalog.
 * 1.4.0 added a file per status (`statuses/<STATUS>.json`) and `$schema`
 * to the files of one error or one status, so every file names its schema;
 * inside catalog.json the entries have none (the file's header names it).
 * Kinds, reasons and statuses may be added in a minor version: treat an
 * unknown retry kind as `unspecified`, an unknown reason as a plain relation.
 * 1.4.0 added `contentHash` to every status and error (sync one entry at a
 * time), `translation` to the text of every translated locale (whether it is
 * behind the English), and the change feed: `changes.json` (`$defs/Changes`)
 * and an Atom feed per locale (`<locale>/changes.atom`).
 */
export const SCHEMA_VERSION = '1.4.0';

const HASH = /^[0-9a-f]{16}$/;

/** How a translation stands against the English it translates; present in every locale but the source. */
const TranslationSchema = z
	.strictObject({
		state: z
			.enum(['current', 'stale', 'unrecorded'])
			.describe('current: the translation was reviewed against today\'s English text; stale: the English text changed since, so the translation may be behind it (read the English too); unrecorded: no record of the English it was reviewed against.'),
		sourceHash: z.string().regex(HASH).describe('Hash of the English text today (its title, text fields and references).'),
		reviewedSourceHash: z.string().regex(HASH).optional().describe('Hash of the English text the translation was last reviewed against; absent when unrecorded. Equal to `sourceHash` exactly when current.'),
		changedFields: z.array(z.string()).optional().describe('For a stale translation: the English text fields changed since the review (`summary`, `cause`, …), when the change history holds the reviewed state.'),
	})
	.meta({ id: 'Translation', description: 'Whether a translation is behind the English text it translates.' });

const LocaleSchema = z.enum(LOCALES).describe('A locale code of the catalog.');

const TextSchema = z
	.strictObject({
		markdown: z.string().describe('The text as written, in the catalog\'s Markdown subset (inline code, emphasis, https links).'),
		plain: z.string().describe('The same text as plain text, ready to show without a Markdown renderer.'),
	})
	.describe('A text field, both as Markdown and as plain text.');

const ReferenceSchema = z
	.strictObject({
		article: z.string().describe('Title of the page, as the Classroom API documentation names it: a help-center article, or a destination such as the Google Admin console.'),
		section: z.string().optional().describe('Section of that article, when the documentation names one.'),
		url: z.url({ protocol: /^https$/ }).describe('The page in this locale. When `verified` is false, a help-center search for the title.'),
		verified: z.boolean().describe('true: `url` was confirmed to be this page on Google\'s site; false: no address could be confirmed, and `url` searches the help center for the title.'),
	})
	.describe('A help-center article or another destination the documentation names, with its address.');

const RetrySchema = z
	.strictObject({
		kind: z
			.enum(RETRY_KINDS)
			.describe(
				'change-request: the same request fails again, so send a changed one; after-fix: send the same request again only after the user or an administrator has fixed something outside it; backoff: retry with truncated exponential backoff with jitter; after-wait: retry on the schedule of `wait` and `attempts`; never: no request from this app can succeed; unspecified: no guidance. Treat a kind you do not know as unspecified.',
			),
		wait: z.string().regex(DURATION_PATTERN).optional().describe('after-wait only (always present there): the wait before each retry, ISO 8601 duration (PT20S = twenty seconds, P1D = one day).'),
		attempts: z.number().int().min(1).optional().describe('after-wait only (always present there): the most retries to make, each after `wait`; then stop and show the error.'),
		basis: z
			.enum(['source', 'catalog'])
			.optional()
			.describe('after-wait only (always present there): `source` when the documentation states the wait, `catalog` when it only says to wait and the figures are this catalog\'s suggestion.'),
	})
	.describe('Structured retry guidance.');

const ProvenanceSchema = z
	.strictObject({
		sources: z.array(z.string()).min(1).describe('Ids of the documents in the top-level `sources` that this entry\'s facts come from.'),
		reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The day the entry was last checked against its sources (YYYY-MM-DD).'),
	})
	.describe('Where the entry\'s facts come from, and when they were last checked.');

const SourceDocumentSchema = z
	.strictObject({
		id: z.string().describe('Id that `provenance.sources` cites.'),
		title: z.string().describe('The document\'s title, as its publisher gives it.'),
		language: z.string().describe('Language of this revision (two-letter code).'),
		url: z.url({ protocol: /^https$/ }).describe('Its address.'),
		note: z.string().optional().describe('How this revision differs from the others, or what a report shows.'),
		kind: z
			.enum(SOURCE_KINDS)
			.describe('documentation: a page Google publishes; report: a public report of what the API sent (an issue thread), cited only for what was seen, never as Google\'s word.'),
	})
	.meta({ id: 'SourceDocument', description: 'A document the catalog\'s facts come from.' });

const urlsSchema = (what: string) =>
	z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, z.url().describe(`Absolute URL of ${what} in locale ${l}.`)])) as Record<(typeof LOCALES)[number], z.ZodURL>).describe(`Absolute URLs of ${what}, per locale.`);

const perLocale = <T extends z.ZodType>(schema: T, what: string) =>
	z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, schema])) as Record<(typeof LOCALES)[number], T>).describe(`${what}, per locale.`);

/** `$schema` of an entry published as a file of its own (1.4.0); absent inside catalog.json, whose header names the schema. */
const fileSchemaUrl = (file: string, def: string) =>
	z
		.url()
		.optional()
		.describe(`In ${file} (since 1.4.0): the absolute URL of this entry's schema, catalog.schema.json#/$defs/${def}. Absent in the entries of catalog.json, whose own $schema names the schema.`);

/** Text of an error in one locale. */
export const ErrorTextSchema = z
	.strictObject({
		title: z.string().describe('Short human title.'),
		summary: TextSchema.describe('One sentence: what happened.'),
		cause: TextSchema.describe('Why the API returns this error.'),
		action: TextSchema.optional().describe('What to do. Absent where the documentation gives no action: show the cause instead of guessing.'),
		notThis: TextSchema.optional().describe('"Not this error if…": what tells this error from one it is easily confused with. Absent where none is.'),
		userMessage: z
			.string()
			.describe('A message for the end user (the teacher or student), plain text with no Markdown and no API words: two or three sentences a support person or a tool can show or paste as is.'),
		references: z.array(ReferenceSchema).describe('Help center articles and other destinations for this error.'),
		translation: TranslationSchema.optional().describe('In every locale but the source (English): whether this translation is behind the English text.'),
	})
	.meta({ id: 'ErrorText', description: 'The text of an error in one locale.' });

/** Text of a status in one locale. */
export const StatusTextSchema = z
	.strictObject({
		title: z.string().describe('Short human title.'),
		meaning: TextSchema.describe('What the status means.'),
		advice: TextSchema.describe('General advice for errors under this status.'),
		references: z.array(ReferenceSchema).describe('Help center articles and other destinations for this status.'),
		translation: TranslationSchema.optional().describe('In every locale but the source (English): whether this translation is behind the English text.'),
	})
	.meta({ id: 'StatusText', description: 'The text of a status in one locale.' });

const errorFacts = {
	id: z.string().regex(/^[A-Z][A-Za-z0-9]*$/).describe('Permanent error id, exactly as the API sends it after `@` at the start of the message.'),
	messagePrefix: z.string().describe('`@` + id. A response is this error when its message starts with this prefix followed by whitespace or the end of the message.'),
	status: z.enum(STATUS_IDS).describe('google.rpc status name the API returns this error under.'),
	http: z.number().int().min(100).max(599).describe('HTTP status code of the response.'),
	grpcCode: z.number().int().min(0).max(16).describe('google.rpc.Code number of the status.'),
	methods: z
		.strictObject({
			returnedBy: z.array(z.string()).describe('REST methods that typically return this error.'),
			fixWith: z.array(z.string()).describe('REST methods that can fix the state on the user\'s behalf.'),
			asWorded: z
				.array(z.string())
				.optional()
				.describe('REST methods the documentation names next to the fix whose effect on this error it does not establish: its wording, not a verified fix. Never call them as a fix automatically.'),
		})
		.describe('REST methods tied to this error, by full name (`courses.students.create`).'),
	methodReferenceUrls: z.record(z.string(), z.url()).describe('Official REST reference page of every method named in `methods`, by method name.'),
	related: z.array(z.string()).describe('Ids of related errors.'),
	relatedReasons: z
		.array(
			z
				.strictObject({
					id: z.string().describe('Id of the related error (one of `related`).'),
					reason: z
						.enum(RELATED_REASONS)
						.describe('similar-limit: both are limits, made room for the same way; same-cause: the same underlying state causes both; same-fix: the same action clears both; next-step: fixing this error leads to that one; previous-step: the inverse; easily-confused: similar symptoms, different cause. Treat a reason you do not know as a plain relation.'),
				})
				.describe('Why one related error is related.'),
		)
		.describe('Why related errors are related, in the order of `related`; an id of `related` without a reason is simply related. This catalog\'s judgement.'),
	retry: RetrySchema,
	whoActs: z
		.array(z.enum(WHO_ACTS))
		.min(1)
		.describe('Who has to act to get out of this error, each at most once, in this order: end-user (the teacher or student using the app), administrator (their school\'s Google Workspace administrator), developer (the developer of the app that made the request).'),
	userMessageFor: z
		.array(z.enum(USER_MESSAGE_FOR))
		.describe('Whom the end-user message speaks to, each at most once, in this order: teacher, student, administrator. Empty where the catalog does not say. This catalog\'s judgement.'),
	limits: z
		.array(
			z
				.strictObject({
					kind: z.enum(LIMIT_KINDS).describe('What is limited.'),
					value: z.number().int().min(1).describe('The number exactly as the source page states it.'),
					accounts: z.enum(LIMIT_ACCOUNTS).describe('The accounts it applies to: all, school-or-workspace, personal.'),
					source: z
						.strictObject({
							article: z.string().describe('Title of the Google page that states the number.'),
							url: z.url({ protocol: /^https$/ }).describe('Its address.'),
							language: z.string().describe('The language of the revision the number was read from.'),
						})
						.describe('The Google page the number comes from.'),
				})
				.describe('A number Google publishes for this limit.'),
		)
		.describe('Numbers Google publishes for the limit this error is about, each with its source page. Empty where none could be confirmed.'),
	example: z
		.strictObject({
			message: z.string().describe('The whole `message` field, starting with `@` + the id and a space.'),
			basis: z.enum(['source', 'illustrative']).describe('source: quoted from a Google document; illustrative: the words after the id are this catalog\'s, since Google documents only the `@Id` prefix. Never match on them.'),
		})
		.optional()
		.describe('An example of the `message` the API sends with this error.'),
	catalogJudgement: z
		.array(z.string())
		.describe('Paths of the facts in this entry that are this catalog\'s judgement rather than the sources\' (such as `whoActs`, `retry.kind`, `retry.wait` when `retry.basis` is catalog, `userMessageFor`, `relatedReasons`, `example` when illustrative). Everything else comes from the documents in `provenance`.'),
	evidence: z
		.enum(EVIDENCE)
		.describe('documented: Google\'s documentation names this error; observed: only public reports (sources of kind report) show the API sending it, so it is undocumented and may change or disappear without notice.'),
	provenance: ProvenanceSchema,
	contentHash: z
		.string()
		.regex(HASH)
		.describe('Hash of everything the catalog publishes about this error, in every locale: it changes exactly when the entry does, so a tool can keep one entry in sync by comparing it. The same hash as the change feed\'s `contentHash`.'),
};

/** One error in the bilingual catalog, and the whole of `/api/v1/errors/<Id>.json`. */
export const ApiErrorSchema = z
	.strictObject({
		$schema: fileSchemaUrl('errors/<Id>.json', 'Error'),
		...errorFacts,
		urls: urlsSchema('the error\'s page'),
		shortUrls: urlsSchema('the error\'s short link (`/e/<Id>/`)'),
		text: perLocale(ErrorTextSchema, 'The error\'s text'),
	})
	.meta({ id: 'Error', description: 'One specific error, with its text in every locale.' });

const statusFacts = {
	id: z.enum(STATUS_IDS).describe('Canonical google.rpc status name.'),
	http: z.number().int().min(100).max(599).describe('HTTP status code.'),
	grpcCode: z.number().int().min(0).max(16).describe('google.rpc.Code number.'),
	retry: RetrySchema,
	provenance: ProvenanceSchema,
	errorIds: z.array(z.string()).describe('Ids of the errors under this status, in catalog order.'),
	contentHash: z
		.string()
		.regex(HASH)
		.describe('Hash of everything the catalog publishes about this status, in every locale (not `errorIds`, which the errors\' own changes cover): it changes exactly when the entry does.'),
};

/** One status in the bilingual catalog. */
export const ApiStatusSchema = z
	.strictObject({
		$schema: fileSchemaUrl('statuses/<STATUS>.json', 'Status'),
		...statusFacts,
		urls: urlsSchema('the status page'),
		text: perLocale(StatusTextSchema, 'The status\'s text'),
	})
	.meta({ id: 'Status', description: 'One canonical google.rpc status (every one but OK); its text says whether the Classroom documents name it.' });

const header = {
	$schema: z.url().describe('Absolute URL of the JSON Schema of this file.'),
	schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/).describe('Version of the shape of this file (semver); its major is the /vN/ of the URL.'),
	catalogVersion: z.string().describe('Content hash of the catalog: changes exactly when its content changes.'),
	sourceLocale: LocaleSchema.describe('The locale the catalog is written in first.'),
};

const methodFacts = {
	id: z.string().describe('The method\'s id without the API prefix, such as courses.students.create.'),
	httpMethod: z.string().describe('The HTTP verb.'),
	path: z.string().describe('The path template under https://classroom.googleapis.com/, such as v1/courses/{courseId}/students.'),
	scopes: z.array(z.string()).describe('The OAuth scopes the method accepts (any one of them).'),
	reference: z.url().describe('Google\'s REST reference page of the method.'),
};

const DiscoverySchema = z
	.strictObject({
		api: z.string().describe('The discovery document\'s id, such as classroom:v1.'),
		revision: z.string().describe('Its revision, YYYYMMDD.'),
		sha256: z.string().describe('SHA-256 of its bytes.'),
	})
	.describe('Google\'s discovery document the methods come from.');

/** One method in the bilingual catalog. */
export const ApiMethodSchema = z
	.strictObject({
		...methodFacts,
		summary: perLocale(z.string().describe('What the method does, in this locale.'), 'What the method does, one line of plain text in the catalog\'s own words'),
		urls: urlsSchema('the method\'s place on its resource page'),
		returns: z
			.array(
				z.strictObject({
					status: z.string().describe('A google.rpc status name the method returns.'),
					condition: z.string().describe('Key of the condition, shared by every method that has it.'),
					conditionText: perLocale(z.string().describe('The condition in this locale.'), 'When the method returns this status, in the catalog\'s own words'),
					errors: z.array(z.string()).describe('Ids of the request errors (`@Id`s) the method returns under this status.'),
				}),
			)
			.describe('The statuses the method returns, in the discovery document\'s order.'),
	})
	.meta({ id: 'Method', description: 'One REST method of the Classroom API, from Google\'s discovery document.' });

/** `/api/v1/catalog.json`: every status and error with the text in every locale. */
export const ApiCatalogSchema = z
	.strictObject({
		...header,
		locales: z.array(LocaleSchema).describe('Locales of the text, source locale first.'),
		sources: z.array(SourceDocumentSchema).describe('The documents the facts come from.'),
		statuses: z.array(ApiStatusSchema).describe('The statuses, by HTTP code.'),
		errors: z.array(ApiErrorSchema).describe('The specific errors, grouped by status.'),
		discovery: DiscoverySchema.optional(),
		methods: z.array(ApiMethodSchema).describe('Every REST method of the API, sorted by id; empty when the catalog has none.'),
	})
	.describe('The Google Classroom API error catalog, bilingual.');

const plainText = (what: string) => z.string().describe(`${what}, plain text.`);

/** One error in a single-locale catalog: the same facts, plain strings. */
export const LocaleErrorSchema = z
	.strictObject({
		...errorFacts,
		url: z.url().describe('Absolute URL of the error\'s page in this locale.'),
		shortUrl: z.url().describe('Absolute URL of the error\'s short link in this locale.'),
		title: z.string().describe('Short human title.'),
		summary: plainText('One sentence: what happened'),
		cause: plainText('Why the API returns this error'),
		action: plainText('What to do; absent where the documentation gives none').optional(),
		notThis: plainText('"Not this error if…"; absent where none is').optional(),
		userMessage: z.string().describe('A message for the end user (the teacher or student), plain text with no API words, to show or paste as is.'),
		references: z.array(ReferenceSchema).describe('Help center articles and other destinations for this error.'),
		translation: TranslationSchema.optional().describe('In every locale but the source (English): whether this translation is behind the English text.'),
		markdown: z
			.strictObject({
				summary: z.string().describe('`summary` in the Markdown subset.'),
				cause: z.string().describe('`cause` in the Markdown subset.'),
				action: z.string().optional().describe('`action` in the Markdown subset.'),
				notThis: z.string().optional().describe('`notThis` in the Markdown subset.'),
			})
			.describe('The same text fields as Markdown.'),
	})
	.meta({ id: 'LocaleError', description: 'One error in a single-locale catalog.' });

/** One status in a single-locale catalog. */
export const LocaleStatusSchema = z
	.strictObject({
		...statusFacts,
		url: z.url().describe('Absolute URL of the status page in this locale.'),
		title: z.string().describe('Short human title.'),
		meaning: plainText('What the status means'),
		advice: plainText('General advice'),
		references: z.array(ReferenceSchema).describe('Help center articles and other destinations for this status.'),
		translation: TranslationSchema.optional().describe('In every locale but the source (English): whether this translation is behind the English text.'),
		markdown: z
			.strictObject({
				meaning: z.string().describe('`meaning` in the Markdown subset.'),
				advice: z.string().describe('`advice` in the Markdown subset.'),
			})
			.describe('The same text fields as Markdown.'),
	})
	.meta({ id: 'LocaleStatus', description: 'One status in a single-locale catalog.' });

/** `/api/v1/<locale>/catalog.json`: one language, plain strings. */
export const LocaleCatalogSchema = z
	.strictObject({
		...header,
		locale: LocaleSchema.describe('The locale of every text in this file.'),
		sources: z.array(SourceDocumentSchema).describe('The documents the facts come from.'),
		statuses: z.array(LocaleStatusSchema).describe('The statuses, by HTTP code.'),
		errors: z.array(LocaleErrorSchema).describe('The specific errors, grouped by status.'),
		discovery: DiscoverySchema.optional(),
		methods: z
			.array(
				z
					.strictObject({
						...methodFacts,
						summary: z.string().describe('What the method does, one line of plain text in this locale.'),
						url: z.url().describe('Absolute URL of the method\'s place on its resource page in this locale.'),
						returns: z
							.array(
								z.strictObject({
									status: z.string().describe('A google.rpc status name the method returns.'),
									condition: z.string().describe('Key of the condition.'),
									conditionText: z.string().describe('When the method returns this status, in this locale.'),
									errors: z.array(z.string()).describe('Ids of the request errors the method returns under this status.'),
								}),
							)
							.describe('The statuses the method returns.'),
					})
					.meta({ id: 'LocaleMethod', description: 'One REST method in a single-locale catalog.' }),
			)
			.describe('Every REST method of the API, sorted by id.'),
	})
	.describe('The Google Classroom API error catalog in one locale.');

/** One change of the feed. */
export const ApiChangeSchema = z
	.strictObject({
		id: z.string().describe('Permanent id of this change: date, kind, entry id and the content hash it led to (or `removed`).'),
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The day the change was recorded (YYYY-MM-DD, UTC).'),
		change: z.enum(CHANGE_KINDS).describe('added: a new entry; changed: some of its fields changed (`fields`); removed: the entry left the catalog, and its id will never be used again.'),
		kind: z.enum(ENTRY_KINDS).describe('status or error.'),
		entry: z.string().describe('The id of the status or error.'),
		contentHash: z.string().regex(HASH).optional().describe('The entry\'s content hash after this change; absent for a removal. When it equals the entry\'s `contentHash` in catalog.json, this is the entry\'s latest change.'),
		fields: z
			.array(z.string())
			.optional()
			.describe('For `changed`: the fields that changed, as facts (`retry`, `status`, …) or locale-prefixed text (`en.summary`, `ko.cause`, `ko.sourceHash` for a translation reviewed against new English).'),
		locales: z.array(LocaleSchema).optional().describe('For `changed`: the locales whose text changed; empty when only facts changed.'),
		title: perLocale(z.string().describe('The entry\'s title in this locale.'), 'The entry\'s title today').optional().describe('The entry\'s title today, per locale; absent once removed.'),
		urls: urlsSchema('the entry\'s page').optional().describe('Absolute URLs of the entry\'s page, per locale; absent once removed.'),
		api: z.url().optional().describe('For an error still in the catalog: the absolute URL of its file, `errors/<Id>.json`.'),
	})
	.meta({ id: 'Change', description: 'One change to one entry of the catalog.' });

/** `/api/v1/changes.json`: the change feed. */
export const ChangesSchema = z
	.strictObject({
		$schema: z.url().describe('Absolute URL of the JSON Schema of this file.'),
		schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/).describe('Version of the shape of this file (semver).'),
		catalogVersion: z.string().describe('Content hash of the catalog the feed was built with.'),
		feeds: urlsSchema('the Atom feed of the same changes').describe('The same changes as an Atom feed, per locale (the newest 100).'),
		changes: z.array(ApiChangeSchema).describe('Every change, newest first (within a day, the latest recorded first).'),
	})
	.describe('The change feed of the Google Classroom API error catalog: one item per entry added, changed or removed.');

/** The change feed file. */
export type ApiChanges = z.infer<typeof ChangesSchema>;

/** The bilingual catalog file. */
export type ApiCatalog = z.infer<typeof ApiCatalogSchema>;
/** One error of the bilingual catalog. */
export type ApiError = z.infer<typeof ApiErrorSchema>;
/** A single-locale catalog file. */
export type LocaleCatalog = z.infer<typeof LocaleCatalogSchema>;

/**
 * The published JSON Schema (draft 2020-12): the bilingual catalog at the
 * root, and under `$defs` the error entry (the shape of each per-error file)
 * and the single-locale catalog.
 */
export function jsonSchema(schemaUrl: string): Record<string, unknown> {
	const root = z.toJSONSchema(ApiCatalogSchema, { target: 'draft-2020-12', unrepresentable: 'throw', reused: 'inline' }) as Record<string, unknown>;
	const locale = z.toJSONSchema(LocaleCatalogSchema, { target: 'draft-2020-12', unrepresentable: 'throw', reused: 'inline' }) as Record<string, unknown>;
	const changes = z.toJSONSchema(ChangesSchema, { target: 'draft-2020-12', unrepresentable: 'throw', reused: 'inline' }) as Record<string, unknown>;
	const { $schema, $defs: rootDefs, ...rootBody } = root;
	const { $schema: _ignored, $defs: localeDefs, ...localeBody } = locale;
	const { $schema: _ignoredToo, $defs: changesDefs, ...changesBody } = changes;
	return {
		$schema,
		$id: schemaUrl,
		title: 'Google Classroom API error catalog',
		...rootBody,
		$defs: { ...(rootDefs as object), ...(localeDefs as object), LocaleCatalog: localeBody, ...(changesDefs as object), Changes: changesBody },
	};
}
