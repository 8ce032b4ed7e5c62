/**
 * The shapes of the catalog's content files, as zod schemas. This is the only
 * place that says what a content file may contain; every field carries a
 * description, which the JSON Schema for tools inherits.
 *
 * Objects are strict: an unknown key (a typo such as `acton:`) is an error,
 * never silently dropped.
 */
import { z } from 'zod';

/**
 * Every canonical google.rpc status but OK, in the order of
 * `google/rpc/code.proto`: the statuses a Google API can answer with. The
 * catalog has a page for each; a status no Classroom document names says so
 * in its text and cites only code.proto. Several share an HTTP code (400:
 * INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE; 409: ALREADY_EXISTS,
 * ABORTED; 500: UNKNOWN, INTERNAL, DATA_LOSS), so nothing may look a status
 * up by its HTTP code alone.
 */
export const STATUS_IDS = [
	'CANCELLED',
	'UNKNOWN',
	'INVALID_ARGUMENT',
	'DEADLINE_EXCEEDED',
	'NOT_FOUND',
	'ALREADY_EXISTS',
	'PERMISSION_DENIED',
	'RESOURCE_EXHAUSTED',
	'FAILED_PRECONDITION',
	'ABORTED',
	'OUT_OF_RANGE',
	'UNIMPLEMENTED',
	'INTERNAL',
	'UNAVAILABLE',
	'DATA_LOSS',
	'UNAUTHENTICATED',
] as const;

/** A status id. */
export type StatusId = (typeof STATUS_IDS)[number];

/**
 * Retry kinds, from "fix something first" to "do not retry". `change-request`
 * and `after-fix` are apart because a tool acts on them differently: the first
 * needs a different request (the developer's code, or what the user typed), the
 * second the same request once someone has changed something outside it.
 */
export const RETRY_KINDS = ['change-request', 'after-fix', 'backoff', 'after-wait', 'never', 'unspecified'] as const;

/** A retry kind. */
export type RetryKind = (typeof RETRY_KINDS)[number];

/**
 * Who has to act to get out of an error: the person using the app (a teacher
 * or student), their school's Google Workspace administrator, or the developer
 * of the app that made the request.
 */
export const WHO_ACTS = ['end-user', 'administrator', 'developer'] as const;

/** One of {@link WHO_ACTS}. */
export type WhoActs = (typeof WHO_ACTS)[number];

/**
 * Whom the end-user message speaks to: the teacher, the student, or the
 * school's administrator. A support person reads it before pasting the
 * message; it is this catalog's judgement, as `whoActs` is.
 */
export const USER_MESSAGE_FOR = ['teacher', 'student', 'administrator'] as const;

/** One of {@link USER_MESSAGE_FOR}. */
export type UserMessageFor = (typeof USER_MESSAGE_FOR)[number];

/**
 * Why two errors are related. Each reason has an inverse, which the other
 * entry must give back: `next-step` from one side is `previous-step` from the
 * other; the rest are their own inverse.
 */
export const RELATED_REASONS = ['similar-limit', 'same-cause', 'same-fix', 'next-step', 'previous-step', 'easily-confused'] as const;

/** One of {@link RELATED_REASONS}. */
export type RelatedReason = (typeof RELATED_REASONS)[number];

/** The reason the other entry of a relation must give, for each reason. */
export const INVERSE_REASON: Readonly<Record<RelatedReason, RelatedReason>> = {
	'similar-limit': 'similar-limit',
	'same-cause': 'same-cause',
	'same-fix': 'same-fix',
	'next-step': 'previous-step',
	'previous-step': 'next-step',
	'easily-confused': 'easily-confused',
};

/** The published limits an error can be about; each has a label per locale in the UI strings. */
export const LIMIT_KINDS = ['teachers-per-class', 'members-per-class', 'topics-per-class', 'classes-joined-per-day'] as const;

/** One of {@link LIMIT_KINDS}. */
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** The accounts a published limit applies to, as Google's page splits them. */
export const LIMIT_ACCOUNTS = ['all', 'school-or-workspace', 'personal'] as const;

/** An error id as the API spells it: UpperCamelCase letters and digits. */
export const ERROR_ID_PATTERN = /^[A-Z][A-Za-z0-9]*$/;

/** A REST method name as the API reference spells it, such as `courses.students.create`. */
export const METHOD_PATTERN = /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/;

/** An ISO 8601 duration made of days, hours, minutes and seconds (P1D, PT30M). */
export const DURATION_PATTERN = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** Seconds in a duration that matches {@link DURATION_PATTERN}; may exceed Number.MAX_SAFE_INTEGER for absurd input, so compare, don't print. */
export function durationSeconds(duration: string): number {
	const m = DURATION_PATTERN.exec(duration);
	if (!m) return Number.NaN;
	const n = (part: string | undefined) => (part ? Number(part.slice(0, -1)) : 0);
	return n(m[1]) * 86_400 + n(m[3]) * 3_600 + n(m[4]) * 60 + n(m[5]);
}

/**
 * Upper bounds, per kind of field. Every listing repeats titles, every search
 * result a summary; a bound turns a pasted 5 MB blob into a located problem
 * instead of a 5 MB page. Generous: several times the longest text of today.
 */
export const LIMITS = {
	/** Titles: a line in every listing, sidebar and search result. */
	title: 120,
	/** The one-sentence summary. */
	summary: 400,
	/** Cause, action, meaning, advice: a paragraph or two. */
	prose: 2000,
	/** A help-center article title or section; a glossary term. */
	name: 200,
	/** One search keyword or phrase. */
	keyword: 80,
	/** Search keywords per error and locale. */
	keywords: 40,
	/** Related errors, methods, references per entry. */
	list: 30,
	/** An error id. */
	id: 100,
	/** The end-user message: two or three plain sentences, pasted into a chat or an e-mail. */
	userMessage: 500,
	/** The longest a retry schedule may run, wait × attempts, in seconds (30 days): longer is not retry guidance. */
	waitSeconds: 30 * 24 * 60 * 60,
	/** The most attempts an after-wait schedule may name. */
	attempts: 20,
} as const;

const text = (description: string, max: number) => z.string().trim().min(1).max(max).describe(description);

/** How and when a client may retry. */
export const RetrySchema = z
	.strictObject({
		kind: z
			.enum(RETRY_KINDS)
			.describe(
				'change-request: the same request fails again; send a changed one (other ids, another title, another owner); after-fix: send the same request again once the user or an administrator has changed something outside it; backoff: retry with truncated exponential backoff with jitter; after-wait: retry on the bounded schedule of `wait` and `attempts`; never: no request from this app can succeed; unspecified: the sources give no retry guidance.',
			),
		wait: z
			.string()
			.regex(DURATION_PATTERN, 'must be an ISO 8601 duration such as P1D or PT30S')
			.optional()
			.describe('after-wait only, and required there: how long to wait before each retry, as an ISO 8601 duration (P1D is one day, PT20S twenty seconds).'),
		attempts: z
			.number()
			.int()
			.min(1)
			.max(LIMITS.attempts)
			.optional()
			.describe('after-wait only, and required there: the most retries to make, each after `wait`; after the last, stop and show the error. Together with `wait` it bounds the schedule.'),
		basis: z
			.enum(['source', 'catalog'])
			.optional()
			.describe('after-wait only, and required there: `source` when the sources state the wait (one day), `catalog` when they only say "wait" and the figures are this catalog\'s suggestion, not a promise of the API.'),
	})
	.describe('Structured retry guidance.');

/** A help-center article, or another destination the sources send the user to. */
export const ReferenceSchema = z
	.strictObject({
		article: text('The page\'s title as the sources name it: a help-center article, or a destination such as the Google Admin console.', LIMITS.name),
		section: text('The section of that article, where the sources name one.', LIMITS.name).optional(),
		url: z
			.string()
			.max(LIMITS.name * 4)
			.regex(/^https:\/\/[^\s<>"'`]+$/, 'must be an https URL without spaces or quotes')
			.describe('The page\'s address in this locale: confirmed on Google\'s own site, or, where none could be confirmed, the help center\'s search for the title.'),
		verified: z
			.boolean()
			.describe('true when `url` was confirmed to be this page; false when it is a help-center search for the title because no address could be confirmed.'),
	})
	.describe('A help-center article or a destination the sources name, with its address.');

/** A number Google publishes for a limit, with the page that states it. */
export const LimitSchema = z
	.strictObject({
		kind: z.enum(LIMIT_KINDS).describe('What is limited: teachers-per-class, members-per-class (teachers and students together), topics-per-class or classes-joined-per-day (classes one person can join in a day).'),
		value: z.number().int().min(1).max(1_000_000_000).describe('The number exactly as the source page states it.'),
		accounts: z
			.enum(LIMIT_ACCOUNTS)
			.describe('The accounts it applies to, as the source page splits them: all, school-or-workspace (a Google Workspace or school account), personal (a personal Google Account).'),
		source: z
			.strictObject({
				article: text('The title of the Google page that states the number, as that page gives it.', LIMITS.name),
				url: z
					.string()
					.max(LIMITS.name * 4)
					.regex(/^https:\/\/support\.google\.com\/[^\s<>"'`]+$/, 'must be the https address of a Google help-center page (https://support.google.com/…)')
					.describe('The page\'s address on Google\'s help center, as confirmed.'),
				language: z.string().regex(/^[a-z]{2}(-[A-Za-z0-9]{2,3})?$/, 'must be a language code such as en or es-419').describe('The language of the revision the number was read from.'),
			})
			.describe('The Google page the number comes from.'),
	})
	.describe('A limit Google publishes a number for, with its source.');

/** An example of the message the API sends with this error. */
export const ExampleSchema = z
	.strictObject({
		message: text('The whole `message` field of the error body: `@` + the id, a space, then the words.', LIMITS.summary),
		basis: z
			.enum(['source', 'illustrative'])
			.describe('source: quoted from a Google document that shows this message; illustrative: the words after the id are this catalog\'s, because Google documents only the `@Id` prefix.'),
	})
	.describe('An example of the `message` the API sends with this error.');

/** Where an entry's facts come from, and when a person last checked them against it. */
export const ProvenanceSchema = z
	.strictObject({
		sources: z
			.array(z.string().max(LIMITS.id))
			.min(1)
			.max(LIMITS.list)
			.describe('Ids of the documents (top-level `sources`) this entry\'s facts come from; where they disagree, the newer revision\'s fact is the one recorded.'),
		reviewed: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
			.describe('The day the entry was last checked against its sources, YYYY-MM-DD.'),
	})
	.describe('Provenance of the entry\'s facts.');

/**
 * What an error's existence rests on: `documented` (Google's documentation
 * names it) or `observed` (only public reports show the API sending it; the
 * catalog labels it undocumented wherever it appears).
 */
export const EVIDENCE = ['documented', 'observed'] as const;

/** One of {@link EVIDENCE}. */
export type Evidence = (typeof EVIDENCE)[number];

/** What a source document is: Google's documentation, or a public report of what the API sent. */
export const SOURCE_KINDS = ['documentation', 'report'] as const;

/** A source document the facts come from. */
export const SourceDocumentSchema = z
	.strictObject({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, such as error-messages-en').max(LIMITS.id).describe('Short id that entries cite in `provenance.sources`.'),
		title: text('The document\'s title, as Google publishes it.', LIMITS.name),
		language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as en').describe('The language of this revision.'),
		url: z.string().regex(/^https:\/\/[^\s<>"'`]+$/, 'must be an https URL').max(LIMITS.name * 4).describe('Its address on Google\'s site.'),
		note: text('How this revision differs from the others.', LIMITS.prose).optional(),
		kind: z
			.enum(SOURCE_KINDS)
			.optional()
			.describe('documentation (the default): a page Google publishes; report: a public report of what the API sent (an issue thread), which the catalog cites only for what was seen, never as Google\'s word.'),
	})
	.describe('A document the catalog\'s facts come from.');

/** Methods tied to an error. */
export const MethodsSchema = z
	.strictObject({
		returnedBy: z
			.array(z.string().max(LIMITS.name).regex(METHOD_PATTERN, 'must be a full REST method name such as courses.students.create'))
			.max(LIMITS.list)
			.describe('REST methods that typically return this error, as the sources name them.'),
		fixWith: z
			.array(z.string().max(LIMITS.name).regex(METHOD_PATTERN, 'must be a full REST method name such as courses.patch'))
			.max(LIMITS.list)
			.describe('REST methods that fix the state on the user\'s behalf, as the sources suggest and their effect on this error confirms.'),
		asWorded: z
			.array(z.string().max(LIMITS.name).regex(METHOD_PATTERN, 'must be a full REST method name such as courses.students.create'))
			.max(LIMITS.list)
			.optional()
			.describe('REST methods the sources name next to the fix whose effect on this error they do not establish (adding a student does not lower a group count): recorded as the sources word it, not as a verified fix. Never use them as a fix automatically.'),
	})
	.describe('REST methods tied to this error.');

/** Text of a status in one locale. */
export const StatusTextSchema = z.strictObject({
	title: text('Short plain-text title.', LIMITS.title),
	meaning: text('What the status means (Markdown subset: inline code, emphasis, links).', LIMITS.prose),
	advice: text('General advice for every error under this status (Markdown subset).', LIMITS.prose),
	references: z.array(ReferenceSchema).max(LIMITS.list).describe('Help center articles and other destinations the sources name for this status.'),
	keywords: z
		.array(z.string().trim().min(1).max(LIMITS.keyword))
		.max(LIMITS.keywords)
		.optional()
		.describe('Words users type for this status (such as "server error" for INTERNAL), in this locale. Indexed for site search; never shown as page text.'),
});

/** Text of an error in one locale. */
export const ErrorTextSchema = z.strictObject({
	title: text('Short plain-text title.', LIMITS.title),
	summary: text('One sentence that says what happened (Markdown subset).', LIMITS.summary),
	cause: text('Why the API returns it (Markdown subset).', LIMITS.prose),
	action: text('What to do about it (Markdown subset). Absent where the sources give no action.', LIMITS.prose).optional(),
	notThis: text('Not this error if…: one sentence that tells this error from one it is easily confused with (Markdown subset).', LIMITS.prose).optional(),
	userMessage: text(
		'What a support person can paste to the teacher or student who met this error: two or three plain sentences in this locale, with no API words (no method names, error ids, HTTP codes or status names) and no Markdown.',
		LIMITS.userMessage,
	),
	references: z.array(ReferenceSchema).max(LIMITS.list).describe('Help center articles and other destinations the sources name for this error.'),
	keywords: z
		.array(z.string().trim().min(1).max(LIMITS.keyword))
		.max(LIMITS.keywords)
		.optional()
		.describe(
			'Words and short phrases users type when they meet this error (symptoms, synonyms, colloquial terms), in this locale. Indexed for site search with extra weight; never shown as page text.',
		),
});

/** A status in the source-locale file: facts plus text. */
export const SourceStatusSchema = z.strictObject({
	id: z.enum(STATUS_IDS).describe('Canonical google.rpc status name.'),
	http: z.number().int().min(100).max(599).describe('HTTP status code.'),
	grpcCode: z.number().int().min(0).max(16).describe('google.rpc.Code number.'),
	retry: RetrySchema,
	provenance: ProvenanceSchema,
	...StatusTextSchema.shape,
});

/** An error in the source-locale file: facts plus text. */
export const SourceErrorSchema = z.strictObject({
	id: z.string().max(LIMITS.id).regex(ERROR_ID_PATTERN, 'must be the API\'s UpperCamelCase error id').describe('Permanent error id, as the API sends it after `@`.'),
	status: z.string().describe('The id of the status this error is returned under.'),
	methods: MethodsSchema,
	related: z.array(z.string().max(LIMITS.id)).max(LIMITS.list).describe('Ids of related errors.'),
	relatedWhy: z
		.record(z.string().max(LIMITS.id), z.enum(RELATED_REASONS))
		.optional()
		.describe('Why each related error is related, by id (each id must be in `related`): similar-limit, same-cause, same-fix, next-step (the other error is what the fix of this one runs into next), previous-step (its inverse), easily-confused. The other entry gives back the inverse reason. This catalog\'s judgement.'),
	retry: RetrySchema,
	whoActs: z
		.array(z.enum(WHO_ACTS))
		.min(1)
		.max(WHO_ACTS.length)
		.describe('Who has to act to get out of this error, as the sources imply: end-user (the teacher or student), administrator (their school\'s administrator), developer (the app\'s developer). Each at most once; a fact, so in the source locale only.'),
	userMessageFor: z
		.array(z.enum(USER_MESSAGE_FOR))
		.min(1)
		.max(USER_MESSAGE_FOR.length)
		.optional()
		.describe('Whom the end-user message speaks to: teacher, student, administrator, each at most once. This catalog\'s judgement; a fact, so in the source locale only.'),
	limits: z.array(LimitSchema).max(LIMITS.list).optional().describe('Numbers Google publishes for the limit this error is about, each with the page that states it. Absent where no number could be confirmed.'),
	example: ExampleSchema.optional(),
	evidence: z
		.enum(EVIDENCE)
		.optional()
		.describe('documented (the default): Google\'s documentation names this error, and provenance cites it; observed: only public reports show the API sending it, provenance cites those reports (sources of kind report), and every page and API file labels it undocumented.'),
	provenance: ProvenanceSchema,
	...ErrorTextSchema.shape,
});

/**
 * One line per REST method saying what it does, in the catalog's own words,
 * keyed by method id (`courses.students.create`). Plain text on one line;
 * `catalog check` asks for every method of `methods.yaml` in every locale.
 */
export const MethodSummariesSchema = z
	.record(
		z.string().max(LIMITS.name).regex(METHOD_PATTERN, 'must be a REST method id such as courses.students.create'),
		z.string().trim().min(1).max(LIMITS.summary).describe('What the method does, in one line of plain text.'),
	)
	.describe('What each method of methods.yaml does, one line each, by method id.');

/** The source-locale content file (`content/en.yaml`). */
export const SourceFileSchema = z.strictObject({
	locale: z.string().describe('Locale code of this file.'),
	sources: z.array(SourceDocumentSchema).min(1).max(LIMITS.list).describe('The documents the facts come from, cited by id in every entry\'s `provenance`.'),
	statuses: z.array(SourceStatusSchema).describe('The statuses, by HTTP code.'),
	errors: z.array(SourceErrorSchema).describe('The specific errors, grouped by status.'),
	methods: MethodSummariesSchema.optional(),
});

/** A hash of the source-locale text, as `npm run catalog -- mark-translated` writes it (hashing.ts). */
export const SOURCE_HASH_PATTERN = /^[0-9a-f]{16}$/;

/** The translation's record of the source-locale text it translates (src/catalog/freshness.ts). */
const sourceHashField = z
	.string()
	.regex(SOURCE_HASH_PATTERN, 'must be the 16 hex digits `npm run catalog -- mark-translated` writes; do not edit it by hand')
	.optional()
	.describe('The hash of the English text (title, text fields and references) this translation was last reviewed against, written by `npm run catalog -- mark-translated <id>`. When the English changes, the translation is listed as stale until a translator reviews it and runs the command again.');

/** A status in a translation file: text only. */
export const TranslatedStatusSchema = z.strictObject({
	id: z.string().describe('Status id this text translates.'),
	sourceHash: sourceHashField,
	...StatusTextSchema.shape,
});

/** An error in a translation file: text only. */
export const TranslatedErrorSchema = z.strictObject({
	id: z.string().describe('Error id this text translates.'),
	sourceHash: sourceHashField,
	...ErrorTextSchema.shape,
});

/** A translation content file (`content/ko.yaml`): text only, facts come from the source locale. */
export const TranslationFileSchema = z.strictObject({
	locale: z.string().describe('Locale code of this file.'),
	statuses: z.array(TranslatedStatusSchema),
	errors: z.array(TranslatedErrorSchema),
	methods: MethodSummariesSchema.optional(),
});

/** What happened to an entry in one change of the ledger (`content/changes.yaml`). */
export const CHANGE_KINDS = ['added', 'changed', 'removed'] as const;

/** One of {@link CHANGE_KINDS}. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds of entry the ledger records. */
export const ENTRY_KINDS = ['status', 'error'] as const;

/**
 * One change of the ledger: an entry added, changed or removed on a day, with
 * the hashes of its fields that the change set (hashing.ts). Appended by
 * `npm run catalog -- record-changes`; never edited by hand.
 */
export const ChangeRecordSchema = z.strictObject({
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').describe('The day the change was recorded, YYYY-MM-DD (UTC).'),
	change: z.enum(CHANGE_KINDS).describe('added: the entry is new; changed: some of its fields changed; removed: the entry left the catalog (its id is never used again).'),
	kind: z.enum(ENTRY_KINDS).describe('status or error.'),
	id: z.string().min(1).max(LIMITS.id).describe('The entry\'s id.'),
	hash: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits').optional().describe('The entry\'s content hash after the change; absent for a removal.'),
	fields: z
		.record(z.string().max(LIMITS.name), z.string().regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits').nullable())
		.optional()
		.describe('The fields the change set, each with its new hash, or null for a field removed (`en.summary`, `retry`, …). An addition lists every field; a removal none.'),
});

/** The change ledger (`content/changes.yaml`). */
export const ChangeLedgerSchema = z.strictObject({
	changes: z.array(ChangeRecordSchema).describe('Every change, oldest first.'),
});

/** One change of the ledger. */
export type ChangeRecord = z.infer<typeof ChangeRecordSchema>;

/** The glossary: one Korean term per concept, enforced on Korean text. */
export const GlossaryFileSchema = z.strictObject({
	terms: z
		.array(
			z.strictObject({
				en: text('The English term.', LIMITS.name),
				ko: text('The one Korean term to use.', LIMITS.name),
				avoid: z.array(z.string().trim().min(1).max(LIMITS.name)).max(LIMITS.list).describe('Korean words that must not stand for this concept.'),
				endUser: z
					.strictObject({
						ko: text('The term in end-user messages, which teachers and students read: the word Classroom\'s Korean interface uses.', LIMITS.name),
						avoid: z.array(z.string().trim().min(1).max(LIMITS.name)).max(LIMITS.list).describe('Korean words that must not stand for this concept in an end-user message.'),
					})
					.optional()
					.describe('Where end-user messages use another word than developer text: the end-user register. Without it, both registers use `ko` and `avoid`.'),
				note: text('Why this term.', LIMITS.prose).optional(),
			}),
		)
		.min(1),
});

/** Parsed source-locale file. */
export type SourceFile = z.infer<typeof SourceFileSchema>;
/** Parsed translation file. */
export type TranslationFile = z.infer<typeof TranslationFileSchema>;
/** Parsed glossary. */
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;
/** Retry guidance. */
export type Retry = z.infer<typeof RetrySchema>;
/** A help-center reference. */
export type Reference = z.infer<typeof ReferenceSchema>;
/** Methods tied to an error. */
export type Methods = z.infer<typeof MethodsSchema>;
/** A published limit. */
export type Limit = z.infer<typeof LimitSchema>;
/** An example of the API's message. */
export type Example = z.infer<typeof ExampleSchema>;
/** Provenance of an entry. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
/** A source document. */
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
