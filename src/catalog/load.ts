/**
 * Loads a catalog folder (`en.yaml`, `ko.yaml`, `glossary.yaml`): parse with
 * positions, validate each file, run the cross-entry checks, and build the
 * model. Every problem in every file is collected before anything fails.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossaryViolations } from './glossary.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from './locales.ts';
import type { Catalog, ErrorEntry, ErrorText, GlossaryTerm, StatusEntry, StatusText } from './model.ts';
import { slugOf } from './model.ts';
import { rpcCodeOf } from './google-rpc.ts';
import { CatalogError, quote, sortProblems, type Problem } from './problems.ts';
import { parseRichText, proseOf, type RefContext, type RichText } from './rich-text.ts';
import {
	GlossaryFileSchema,
	SourceErrorSchema,
	SourceFileSchema,
	SourceStatusSchema,
	TranslatedErrorSchema,
	TranslatedStatusSchema,
	TranslationFileSchema,
	DURATION_PATTERN,
	LIMITS,
	WHO_ACTS,
	USER_MESSAGE_FOR,
	INVERSE_REASON,
	RELATED_REASONS,
	durationSeconds,
	type GlossaryFile,
	type Methods,
	type StatusId,
} from './schema.ts';
import { userMessageProblems } from './user-message.ts';
import { loadMethods, returnedByIndex } from './methods.ts';
import { readSource } from './read-source.ts';
import { ChangeLedgerSchema, type ChangeRecord } from './schema.ts';
import { entryKey, foldLedger, ledgerProblems, LEDGER_FILE } from './ledger.ts';
import { recordedKey, withFreshness } from './freshness.ts';
import { problemAt, type YamlSource } from './yaml-source.ts';
import { itemLines, type SourceLines } from './source-lines.ts';
import { problemsFromZod } from './zod-problems.ts';

/** The result of loading: a model, or every problem found. */
export type LoadResult = { readonly ok: true; readonly catalog: Catalog } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Text fields of statuses and errors that hold Markdown. */
const STATUS_RICH = ['meaning', 'advice'] as const;
const ERROR_RICH = ['summary', 'cause', 'action', 'notThis'] as const;

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function entriesOf(source: YamlSource | undefined, key: 'statuses' | 'errors'): Raw[] {
	if (!source || !isRecord(source.value)) return [];
	const list = source.value[key];
	return Array.isArray(list) ? list.map((item) => (isRecord(item) ? item : {})) : [];
}


/**
 * Loads and validates the catalog in `dir`. Never throws for bad content:
 * problems come back as data, sorted by file and line.
 */
export function loadCatalog(dir: string, options: { readonly cwd?: string } = {}): LoadResult {
	const cwd = options.cwd ?? process.cwd();
	const problems: Problem[] = [];
	const display = (name: string) => relative(cwd, join(dir, name)) || name;

	const sources = new Map<Locale, YamlSource | undefined>();
	for (const locale of LOCALES) sources.set(locale, readSource(join(dir, `${locale}.yaml`), display(`${locale}.yaml`), problems));
	const glossarySource = readSource(join(dir, 'glossary.yaml'), display('glossary.yaml'), problems);

	// Shape of each file, every issue at once.
	for (const [locale, source] of sources) {
		if (!source) continue;
		const schema = locale === SOURCE_LOCALE ? SourceFileSchema : TranslationFileSchema;
		const result = schema.safeParse(source.value);
		if (!result.success) {
			const found = problemsFromZod(source, result.error.issues);
			// A fact in a translation is not a typo: say where it belongs.
			problems.push(...(locale === SOURCE_LOCALE ? found : found.map((p) => factInTranslation(p) ?? p)));
		}
		if (isRecord(source.value) && source.value['locale'] !== undefined && source.value['locale'] !== locale) {
			problems.push(
				problemAt(source, ['locale'], `"locale" says ${quote(source.value['locale'])} but the file is ${locale}.yaml.`, `Write "locale: ${locale}".`),
			);
		}
	}
	let glossary: GlossaryFile | undefined;
	if (glossarySource) {
		const result = GlossaryFileSchema.safeParse(glossarySource.value);
		if (result.success) glossary = result.data;
		else problems.push(...problemsFromZod(glossarySource, result.error.issues));
	}

	const source = sources.get(SOURCE_LOCALE);
	const sourceStatuses = entriesOf(source, 'statuses');
	const sourceErrors = entriesOf(source, 'errors');

	// Ids, from every entry that has one, so that one bad entry does not hide others' problems.
	const statusIds = new Set(sourceStatuses.map((s) => s['id']).filter((id): id is string => typeof id === 'string'));
	const errorIds = new Set(sourceErrors.map((e) => e['id']).filter((id): id is string => typeof id === 'string'));
	if (source) {
		checkUnique(source, 'statuses', sourceStatuses, (s) => s['id'], 'status id', problems);
		checkUnique(source, 'errors', sourceErrors, (e) => e['id'], 'error id', problems);
		// Two different ids may still share a URL (`FooBar` and `Foobar`… `foo-bar`); the same id is reported once, above.
		const firstIdOfSlug = new Map<string, unknown>();
		checkUnique(source, 'errors', sourceErrors, (e) => {
			if (typeof e['id'] !== 'string') return undefined;
			const slug = slugOf(e['id']);
			const first = firstIdOfSlug.get(slug);
			if (first === undefined) firstIdOfSlug.set(slug, e['id']);
			else if (first === e['id'] || foldId(String(first)) === foldId(e['id'])) return undefined; // reported as the same id, or as ids differing in case
			return slug;
		}, 'URL slug', problems);
		// Ids that differ only in case collide on a case-insensitive disk (`e/<Id>/`, `api/v1/errors/<Id>.json`) and in a reader's eye.
		const firstOfFolded = new Map<string, number>();
		sourceErrors.forEach((entry, index) => {
			const id = entry['id'];
			if (typeof id !== 'string') return;
			const folded = foldId(id);
			const first = firstOfFolded.get(folded);
			if (first === undefined) return void firstOfFolded.set(folded, index);
			const firstId = String(sourceErrors[first]?.['id']);
			if (firstId === id) return; // an exact duplicate, reported above
			const firstLine = problemAt(source, ['errors', first, 'id'], '', '').line;
			problems.push(
				problemAt(source, ['errors', index, 'id'], `Error id ${quote(id)} differs only in case from ${quote(firstId)} (errors[${String(first)}], line ${String(firstLine)}); their short links and API files would collide on a case-insensitive disk.`, 'Ids are permanent: keep the id the API sends, and merge or remove the other entry.'),
			);
		});
		const errorById = byId(sourceErrors);
		const sourceDocs = isRecord(source.value) && Array.isArray(source.value['sources']) ? source.value['sources'] : [];
		const sourceIds = new Set(sourceDocs.map((d) => (isRecord(d) ? d['id'] : undefined)).filter((id): id is string => typeof id === 'string'));
		checkUnique(source, 'sources', sourceDocs.map((d) => (isRecord(d) ? d : {})), (d) => d['id'], 'source id', problems);
		const reportIds = new Set(sourceDocs.filter((d) => isRecord(d) && d['kind'] === 'report').map((d) => (isRecord(d) ? d['id'] : undefined)).filter((id): id is string => typeof id === 'string'));
		sourceErrors.forEach((entry, index) => {
			checkSourceError(source, entry, index, statusIds, errorIds, errorById, problems);
			checkProvenance(source, 'errors', entry, index, sourceIds, problems);
			checkEvidence(source, entry, index, sourceIds, reportIds, problems);
		});
		sourceStatuses.forEach((entry, index) => {
			checkRetry(source, 'statuses', entry, index, problems);
			checkRpcPair(source, entry, index, problems);
			checkProvenance(source, 'statuses', entry, index, sourceIds, problems);
		});
	}

	const methods = new Set(
		sourceErrors.flatMap((e) => {
			const m = e['methods'];
			if (!isRecord(m)) return [];
			return [m['returnedBy'], m['fixWith'], m['asWorded']].flatMap((list) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []));
		}),
	);

	// Text of every locale: presence, Markdown, glossary.
	const texts = new Map<Locale, { statuses: Map<string, StatusText>; errors: Map<string, ErrorText> }>();
	// Each translation's record of the English it translates (freshness.ts).
	const recordedSourceHashes = new Map<string, string>();
	for (const [locale, localeSource] of sources) {
		// Without a readable source file there is nothing to compare a translation to.
		if (!localeSource || !source) continue;
		texts.set(locale, collectTexts(locale, localeSource, { statusIds, errorIds, methods }, { statuses: sourceStatuses, errors: sourceErrors }, glossary, problems, recordedSourceHashes));
	}

	// The change ledger, where the folder has one (ledger.ts): its shape, its own consistency, and no removed id back in the catalog.
	const changes = existsSync(join(dir, LEDGER_FILE)) ? readLedger(join(dir, LEDGER_FILE), display(LEDGER_FILE), problems) : undefined;
	if (changes && source) {
		const state = foldLedger(changes);
		const reused = (kind: 'statuses' | 'errors', entries: readonly Raw[]) =>
			entries.forEach((entry, index) => {
				const id = entry['id'];
				if (typeof id !== 'string' || !state.get(entryKey(kind === 'statuses' ? 'status' : 'error', id))?.removed) return;
				problems.push(problemAt(source, [kind, index, 'id'], `${quote(id)} was removed from the catalog (${LEDGER_FILE}), and a removed id is never used again.`, 'Give the entry an id of its own; ids are permanent URLs that tools may still hold.'));
			});
		reused('statuses', sourceStatuses);
		reused('errors', sourceErrors);
	}

	// The methods imported from the discovery document, and their written conditions (methods.ts).
	const loadedMethods = loadMethods(dir, display, { statusIds, errorIds, localeSources: sources, ...(glossary ? { glossary: glossary.terms } : {}) }, problems);

	if (problems.length > 0 || !source || !glossary) return { ok: false, problems: sortProblems(problems) };

	const statusesParsed = sourceStatuses.map((s) => SourceStatusSchema.parse(s));
	const errorsParsed = sourceErrors.map((e) => SourceErrorSchema.parse(e));
	const textOf = <T>(kind: 'statuses' | 'errors', id: string) =>
		Object.fromEntries(LOCALES.map((locale) => [locale, texts.get(locale)?.[kind].get(id) as T])) as Record<Locale, T>;

	const idsByStatus = new Map<string, string[]>();
	for (const e of errorsParsed) {
		const list = idsByStatus.get(e.status);
		if (list) list.push(e.id);
		else idsByStatus.set(e.status, [e.id]);
	}
	// An error's returnedBy follows from the methods the discovery document says return it.
	const returnedBy = returnedByIndex(loadedMethods?.methods ?? []);
	const bareErrors: Omit<ErrorEntry, 'contentHash'>[] = errorsParsed.map((e) => ({
		id: e.id,
		slug: slugOf(e.id),
		status: e.status as StatusId,
		methods: withReturnedBy(e.methods, returnedBy.get(e.id)),
		related: e.related,
		// In the order of `related`, so the API's bytes stay stable whatever order the map is written in.
		relatedWhy: Object.fromEntries(e.related.filter((id) => e.relatedWhy?.[id] !== undefined).map((id) => [id, e.relatedWhy?.[id] as (typeof RELATED_REASONS)[number]])),
		retry: e.retry,
		// One order whatever order the file lists them in: it is a set, and the API's bytes stay stable.
		whoActs: WHO_ACTS.filter((who) => e.whoActs.includes(who)),
		userMessageFor: USER_MESSAGE_FOR.filter((who) => e.userMessageFor?.includes(who) ?? false),
		limits: e.limits ?? [],
		...(e.example ? { example: e.example } : {}),
		evidence: e.evidence ?? 'documented',
		provenance: e.provenance,
		text: textOf<ErrorText>('errors', e.id),
	}));
	const bareStatuses: Omit<StatusEntry, 'contentHash'>[] = statusesParsed
		.map((s) => ({
			id: s.id,
			slug: slugOf(s.id),
			http: s.http,
			grpcCode: s.grpcCode,
			retry: s.retry,
			provenance: s.provenance,
			errorIds: idsByStatus.get(s.id) ?? [],
			text: textOf<StatusText>('statuses', s.id),
		}))
		// By HTTP code, then name: several statuses share a code (400, 409, 500).
		.sort((a, b) => a.http - b.http || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	// Content hashes, and each translation's freshness against the English it records (freshness.ts).
	const { statuses, errors } = withFreshness(bareStatuses, bareErrors, recordedSourceHashes, changes);
	const glossaryTerms: GlossaryTerm[] = glossary.terms.map((t) => ({ en: t.en, ko: t.ko, avoid: t.avoid, ...(t.endUser ? { endUser: t.endUser } : {}), ...(t.note ? { note: t.note } : {}) }));
	// The version covers what the catalog publishes (statuses and errors), not
	// the glossary, which only constrains how the Korean text is written.
	const documents = SourceFileSchema.shape.sources.parse((source.value as Raw)['sources']);
	const methodFacts = loadedMethods ? { methods: loadedMethods.methods, conditions: loadedMethods.conditions, discovery: loadedMethods.discovery } : { methods: [], conditions: [] };
	const version = createHash('sha256').update(JSON.stringify({ sources: documents, statuses, errors, ...(loadedMethods ? methodFacts : {}) })).digest('hex').slice(0, 16);
	// Where each entry starts in its file, for pages' links to it; outside the version, which is about content.
	const sourceLines: SourceLines = { errors: linesById(sources, 'errors'), statuses: linesById(sources, 'statuses'), methods: loadedMethods?.lines ?? {} };
	return { ok: true, catalog: { version, sources: documents, statuses, errors, glossary: glossaryTerms, ...methodFacts, sourceLines, ...(changes ? { changes } : {}) } };
}

/** The line of each entry of `key` in every locale's file, by id (each file in its own order). */
function linesById(sources: ReadonlyMap<Locale, YamlSource | undefined>, key: 'statuses' | 'errors'): Record<string, Record<Locale, number>> {
	const out: Record<string, Record<Locale, number>> = {};
	for (const [locale, source] of sources) {
		if (!source) continue;
		const ids = entriesOf(source, key).map((entry) => String(entry['id']));
		const lines = itemLines(source, key, ids);
		ids.forEach((id, i) => {
			(out[id] ??= {} as Record<Locale, number>)[locale] = lines[i] as number;
		});
	}
	return out;
}

/** Reads the change ledger: its records, or undefined with its problems added. */
function readLedger(file: string, display: string, problems: Problem[]): ChangeRecord[] | undefined {
	const source = readSource(file, display, problems);
	if (!source) return undefined;
	const result = ChangeLedgerSchema.safeParse(source.value);
	if (!result.success) {
		problems.push(...problemsFromZod(source, result.error.issues));
		return undefined;
	}
	const found = ledgerProblems(source, result.data.changes);
	problems.push(...found);
	return found.length > 0 ? undefined : result.data.changes;
}

/** An error's methods with `returnedBy` widened by the methods the discovery document names it under, sorted, each once. */
function withReturnedBy(methods: Methods, fromDiscovery: readonly string[] | undefined): Methods {
	if (!fromDiscovery || fromDiscovery.length === 0) return methods;
	return { ...methods, returnedBy: [...new Set([...methods.returnedBy, ...fromDiscovery])].sort() };
}

/** Keys of an error or a status that hold facts: they live in the source locale only. */
const FACT_KEYS = new Set(['status', 'methods', 'related', 'relatedWhy', 'retry', 'whoActs', 'userMessageFor', 'limits', 'example', 'http', 'grpcCode', 'provenance', 'sources', 'evidence']);

/** The "unknown key" problem of a fact written in a translation, with a fix that says where the fact lives. */
function factInTranslation(problem: Problem): Problem | undefined {
	const key = /^Unknown key "([^"]+)"\.$/.exec(problem.message)?.[1];
	if (key === undefined || !FACT_KEYS.has(key)) return undefined;
	return { ...problem, message: `"${key}" is a fact, and facts live in ${SOURCE_LOCALE}.yaml only.`, fix: `Remove "${key}" here; both locales share the one in ${SOURCE_LOCALE}.yaml.` };
}

/** Entries by id (the first of a duplicated id wins; duplicates are reported on their own). */
function byId(entries: readonly Raw[]): Map<string, Raw> {
	const map = new Map<string, Raw>();
	for (const entry of entries) if (typeof entry['id'] === 'string' && !map.has(entry['id'])) map.set(entry['id'], entry);
	return map;
}

/** The first `n` values of a set, without copying the whole set. */
function firstOf(values: Iterable<string>, n: number): string[] {
	const out: string[] = [];
	for (const value of values) {
		if (out.length >= n) break;
		out.push(value);
	}
	return out;
}

/** An id as a case-insensitive, normalising file system sees it. */
function foldId(id: string): string {
	return id.normalize('NFC').toLowerCase();
}

/** Like {@link loadCatalog}, but throws a {@link CatalogError} listing every problem. */
export function loadCatalogOrThrow(dir: string, options: { readonly cwd?: string } = {}): Catalog {
	const result = loadCatalog(dir, options);
	if (!result.ok) throw new CatalogError(result.problems);
	return result.catalog;
}

function checkUnique(
	source: YamlSource,
	key: 'statuses' | 'errors' | 'sources',
	entries: readonly Raw[],
	keyOf: (entry: Raw) => unknown,
	what: string,
	problems: Problem[],
): void {
	const seen = new Map<string, number>();
	entries.forEach((entry, index) => {
		const value = keyOf(entry);
		if (typeof value !== 'string') return;
		const first = seen.get(value);
		if (first === undefined) {
			seen.set(value, index);
			return;
		}
		const firstLine = problemAt(source, [key, first, 'id'], '', '').line;
		problems.push(
			problemAt(
				source,
				[key, index, 'id'],
				`Duplicate ${what} ${quote(value)}: ${key}[${first}] (line ${firstLine}) already has it.`,
				`Give each entry its own id; ids are permanent URLs, so merge the two entries or rename the newer one.`,
			),
		);
	});
}

function checkSourceError(
	source: YamlSource,
	entry: Raw,
	index: number,
	statusIds: ReadonlySet<string>,
	errorIds: ReadonlySet<string>,
	all: ReadonlyMap<string, Raw>,
	problems: Problem[],
): void {
	const status = entry['status'];
	if (typeof status === 'string' && !statusIds.has(status)) {
		problems.push(
			problemAt(source, ['errors', index, 'status'], `Unknown status ${quote(status)}.`, `Use one of the statuses defined in this file: ${[...statusIds].join(', ')}.`),
		);
	}
	const related = entry['related'];
	if (Array.isArray(related)) {
		related.forEach((id, r) => {
			if (typeof id !== 'string') return;
			if (related.indexOf(id) !== r) {
				problems.push(problemAt(source, ['errors', index, 'related', r], `${id} is listed twice in related.`, `Remove the repeated ${id}.`));
			} else if (id === entry['id']) {
				problems.push(problemAt(source, ['errors', index, 'related', r], `An error cannot be related to itself.`, `Remove ${id} from its own related list.`));
			} else if (!errorIds.has(id)) {
				problems.push(
					problemAt(source, ['errors', index, 'related', r], `Related id ${quote(id)} does not exist in the catalog.`, `Correct the id or add that error; known ids look like ${firstOf(errorIds, 3).join(', ')}.`),
				);
			} else {
				const other = all.get(id);
				const back = other?.['related'];
				if (Array.isArray(back) && !back.includes(entry['id'])) {
					problems.push(
						problemAt(source, ['errors', index, 'related', r], `${String(entry['id'])} lists ${id} as related, but ${id} does not list ${String(entry['id'])}.`, `Relations are mutual: add ${String(entry['id'])} to the related list of ${id}, or remove this one.`),
					);
				}
			}
		});
	}
	checkRetry(source, 'errors', entry, index, problems);
	for (const key of ['whoActs', 'userMessageFor'] as const) {
		const list = entry[key];
		if (!Array.isArray(list)) continue;
		list.forEach((who, w) => {
			if (typeof who === 'string' && list.indexOf(who) !== w) {
				problems.push(problemAt(source, ['errors', index, key, w], `${who} is listed twice in ${key}.`, `Remove the repeated ${who}.`));
			}
		});
	}
	checkRelatedWhy(source, entry, index, all, problems);
	checkExample(source, entry, index, problems);
}

/**
 * `relatedWhy` gives reasons for ids of `related` only, and the other entry
 * gives back the inverse reason (`next-step` ↔ `previous-step`), so a tool
 * reading either side learns the same relation. Constant work per reason.
 */
function checkRelatedWhy(source: YamlSource, entry: Raw, index: number, all: ReadonlyMap<string, Raw>, problems: Problem[]): void {
	const why = entry['relatedWhy'];
	if (!isRecord(why)) return;
	const related = Array.isArray(entry['related']) ? entry['related'] : [];
	const self = String(entry['id']);
	for (const [id, reason] of Object.entries(why)) {
		const at = ['errors', index, 'relatedWhy', id];
		if (!related.includes(id)) {
			problems.push(problemAt(source, at, `relatedWhy gives a reason for ${id}, which is not in related.`, `Add ${id} to related (and ${self} to its related), or remove the reason.`, 'key'));
			continue;
		}
		if (typeof reason !== 'string' || !(RELATED_REASONS as readonly string[]).includes(reason)) continue; // the schema reports it
		const back = all.get(id)?.['relatedWhy'];
		const expected = INVERSE_REASON[reason as (typeof RELATED_REASONS)[number]];
		const given = isRecord(back) ? back[self] : undefined;
		if (given === undefined) {
			problems.push(problemAt(source, at, `${self} says ${id} is related as ${reason}, but ${id} gives no reason for ${self}.`, `Add "${self}: ${expected}" to the relatedWhy of ${id}.`));
		} else if (given !== expected) {
			problems.push(problemAt(source, at, `${self} says ${id} is related as ${reason}, so ${id} must say ${expected} for ${self}, but it says ${quote(given, 40)}.`, `Make the two reasons agree: ${reason} on one side is ${expected} on the other.`));
		}
	}
}

/** An example message is the message of this error: it starts with `@` + the id and a space. */
function checkExample(source: YamlSource, entry: Raw, index: number, problems: Problem[]): void {
	const example = entry['example'];
	if (!isRecord(example) || typeof example['message'] !== 'string' || typeof entry['id'] !== 'string') return;
	const prefix = `@${entry['id']} `;
	if (!example['message'].startsWith(prefix)) {
		problems.push(problemAt(source, ['errors', index, 'example', 'message'], `The example message does not start with "${prefix}", so it is not a message of ${entry['id']}.`, `Start it with "${prefix}" followed by the words, as the API sends it.`));
	}
}

function checkRetry(source: YamlSource, kind: 'statuses' | 'errors', entry: Raw, index: number, problems: Problem[]): void {
	const retry = entry['retry'];
	if (!isRecord(retry)) return;
	const at = (field: string) => [kind, index, 'retry', field];
	const isWait = retry['kind'] === 'after-wait';
	// The schedule fields mean something only for after-wait, and there each is needed: a wait with no bound is not guidance a tool can follow.
	for (const field of ['wait', 'attempts', 'basis'] as const) {
		if (retry[field] !== undefined && !isWait) {
			problems.push(problemAt(source, at(field), `"${field}" only applies to retry kind after-wait.`, `Remove "${field}" or set "kind: after-wait".`));
		}
	}
	if (isWait) {
		const missing = (['wait', 'attempts', 'basis'] as const).filter((field) => retry[field] === undefined);
		if (missing.length > 0) {
			problems.push(
				problemAt(
					source,
					[kind, index, 'retry', 'kind'],
					`Retry "after-wait" has no bounded schedule: ${missing.map((f) => `"${f}"`).join(', ')} missing.`,
					'Give "wait" (ISO 8601, such as PT20S or P1D), "attempts" (how many retries at most) and "basis" (source if the sources state the wait, catalog if the figures are this catalog\'s suggestion).',
				),
			);
		}
	}
	const wait = retry['wait'];
	const attempts = typeof retry['attempts'] === 'number' && retry['attempts'] >= 1 ? retry['attempts'] : 1;
	if (typeof wait === 'string' && DURATION_PATTERN.test(wait) && !(durationSeconds(wait) * attempts <= LIMITS.waitSeconds)) {
		problems.push(
			problemAt(source, at('wait'), `The schedule (${quote(wait, 30)} × ${String(attempts)} ${attempts === 1 ? 'attempt' : 'attempts'}) runs longer than the ${String(LIMITS.waitSeconds / 86_400)} days a retry may wait.`, 'Give the wait the sources state (P1D is one day) and fewer attempts; a longer wait is not retry guidance, so use another retry kind.'),
		);
	}
}

/**
 * An error's evidence agrees with what its provenance cites: a documented
 * error cites at least one of Google's documents, an observed one cites only
 * public reports (so a report is never passed off as documentation, nor an
 * undocumented id as documented).
 */
function checkEvidence(source: YamlSource, entry: Raw, index: number, sourceIds: ReadonlySet<string>, reportIds: ReadonlySet<string>, problems: Problem[]): void {
	const cited = isRecord(entry['provenance']) && Array.isArray(entry['provenance']['sources']) ? entry['provenance']['sources'].filter((id): id is string => typeof id === 'string' && sourceIds.has(id)) : [];
	if (cited.length === 0) return; // nothing known cited: provenance's own problem
	const observed = entry['evidence'] === 'observed';
	const reports = cited.filter((id) => reportIds.has(id));
	if (observed && reports.length !== cited.length) {
		const docs = cited.filter((id) => !reportIds.has(id));
		problems.push(
			problemAt(source, ['errors', index, 'provenance', 'sources'], `An observed error cites ${docs.map((id) => quote(id)).join(', ')}, which ${docs.length === 1 ? 'is' : 'are'} documentation, not a report.`, 'Cite only the public reports (sources with "kind: report") that show the API sending it; if Google documents it, remove "evidence: observed".'),
		);
	}
	if (!observed && reports.length === cited.length) {
		problems.push(
			problemAt(source, ['errors', index, 'provenance', 'sources'], 'This error cites only public reports, so it is not documented.', 'Add "evidence: observed" to label it undocumented, or cite the Google document that names it.'),
		);
	}
}

/** Provenance cites known sources, each once, and a real calendar day. */
function checkProvenance(source: YamlSource, kind: 'statuses' | 'errors', entry: Raw, index: number, sourceIds: ReadonlySet<string>, problems: Problem[]): void {
	const provenance = entry['provenance'];
	if (!isRecord(provenance)) return;
	const cited = provenance['sources'];
	if (Array.isArray(cited)) {
		cited.forEach((id, i) => {
			if (typeof id !== 'string') return;
			if (cited.indexOf(id) !== i) problems.push(problemAt(source, [kind, index, 'provenance', 'sources', i], `${id} is cited twice.`, `Remove the repeated ${id}.`));
			else if (!sourceIds.has(id)) {
				problems.push(
					problemAt(source, [kind, index, 'provenance', 'sources', i], `Source ${quote(id)} is not in the top-level sources list.`, `Cite one of: ${[...sourceIds].join(', ')}; or add the document to "sources".`),
				);
			}
		});
	}
	const reviewed = provenance['reviewed'];
	if (typeof reviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(reviewed)) {
		const day = new Date(`${reviewed}T00:00:00Z`);
		if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== reviewed) {
			problems.push(problemAt(source, [kind, index, 'provenance', 'reviewed'], `"reviewed" is ${quote(reviewed)}, which is not a calendar day.`, 'Write the day the entry was checked, such as 2026-12-02.'));
		}
	}
}

/** A reference's address must parse as an https URL (the schema checks its form; this catches what a pattern cannot). */
function checkReferences(source: YamlSource, kind: 'statuses' | 'errors', entry: Raw, index: number, problems: Problem[]): void {
	const refs = entry['references'];
	if (!Array.isArray(refs)) return;
	refs.forEach((ref, r) => {
		if (!isRecord(ref) || typeof ref['url'] !== 'string' || !/^https:\/\/\S+$/.test(ref['url'])) return;
		let url: URL | undefined;
		try {
			url = new URL(ref['url']);
		} catch {
			url = undefined;
		}
		if (!url || url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') {
			problems.push(problemAt(source, [kind, index, 'references', r, 'url'], `${quote(ref['url'], 80)} is not a usable https address.`, 'Write the full https address of the page, as the browser shows it on Google\'s site.'));
		}
	});
}

/** A status must carry the HTTP code and google.rpc code that google/rpc/code.proto defines for its name. */
function checkRpcPair(source: YamlSource, entry: Raw, index: number, problems: Problem[]): void {
	const id = entry['id'];
	if (typeof id !== 'string') return;
	const expected = rpcCodeOf(id);
	if (!expected) return; // an unknown name is the schema's problem
	for (const [field, want] of [['http', expected.http], ['grpcCode', expected.grpcCode]] as const) {
		const given = entry[field];
		if (typeof given === 'number' && given !== want) {
			problems.push(
				problemAt(source, ['statuses', index, field], `${id} has ${field} ${String(given)}, but google.rpc defines ${id} as ${field === 'http' ? 'HTTP' : 'code'} ${String(want)}.`, `Write "${field}: ${String(want)}" (google/rpc/code.proto: ${id} = ${String(expected.grpcCode)}, HTTP ${String(expected.http)}).`),
			);
		}
	}
}

function collectTexts(
	locale: Locale,
	source: YamlSource,
	known: { statusIds: ReadonlySet<string>; errorIds: ReadonlySet<string>; methods: ReadonlySet<string> },
	sourceEntries: { readonly statuses: readonly Raw[]; readonly errors: readonly Raw[] },
	glossary: GlossaryFile | undefined,
	problems: Problem[],
	recordedSourceHashes: Map<string, string>,
): { statuses: Map<string, StatusText>; errors: Map<string, ErrorText> } {
	const isSource = locale === SOURCE_LOCALE;
	const out = { statuses: new Map<string, StatusText>(), errors: new Map<string, ErrorText>() };
	for (const kind of ['statuses', 'errors'] as const) {
		const entries = entriesOf(source, kind);
		const knownIds = kind === 'statuses' ? known.statusIds : known.errorIds;
		const present = new Set<string>();
		const sourceById = isSource ? new Map<string, Raw>() : byId(sourceEntries[kind]);
		if (!isSource) checkUnique(source, kind, entries, (e) => e['id'], kind === 'statuses' ? 'status id' : 'error id', problems);
		entries.forEach((entry, index) => {
			const id = entry['id'];
			if (typeof id !== 'string') return;
			present.add(id);
			if (!isSource && !knownIds.has(id)) {
				problems.push(
					problemAt(source, [kind, index, 'id'], `${quote(id)} is not in ${SOURCE_LOCALE}.yaml, so this translation has nothing to translate.`, `Correct the id, or add the entry to ${SOURCE_LOCALE}.yaml first.`),
				);
				return;
			}
			if (!isSource) checkTranslationMatchesSource(source, kind, entry, index, sourceById, problems);
			checkReferences(source, kind, entry, index, problems);
			const context: RefContext = { ...known, selfId: id };
			const richFields = kind === 'statuses' ? STATUS_RICH : ERROR_RICH;
			const parsed: Record<string, RichText | undefined> = {};
			for (const field of richFields) {
				const value = entry[field];
				if (typeof value !== 'string' || value.trim() === '') continue;
				const result = parseRichText(value, context);
				for (const p of result.problems) problems.push(problemAt(source, [kind, index, field], p.message, p.fix));
				parsed[field] = result.text;
			}
			const userMessage = kind === 'errors' ? entry['userMessage'] : undefined;
			if (typeof userMessage === 'string' && userMessage.trim() !== '') {
				for (const p of userMessageProblems(userMessage, known)) problems.push(problemAt(source, [kind, index, 'userMessage'], p.message, p.fix));
			}
			if (locale === 'ko' && glossary) {
				const prose: Record<string, string> = {};
				if (typeof entry['title'] === 'string') prose['title'] = entry['title'];
				if (typeof userMessage === 'string') prose['userMessage'] = userMessage;
				for (const field of richFields) {
					const text = parsed[field];
					if (text) prose[field] = proseOf(text);
				}
				checkGlossary(source, kind, index, prose, glossary, problems);
			}
			const schema = isSource ? (kind === 'statuses' ? SourceStatusSchema : SourceErrorSchema) : kind === 'statuses' ? TranslatedStatusSchema : TranslatedErrorSchema;
			const valid = schema.safeParse(entry);
			if (!valid.success || richFields.some((f) => typeof entry[f] === 'string' && parsed[f] === undefined)) return;
			const { title, references } = valid.data;
			if ('sourceHash' in valid.data && valid.data.sourceHash !== undefined) recordedSourceHashes.set(recordedKey(locale, kind === 'statuses' ? 'status' : 'error', id), valid.data.sourceHash);
			if (kind === 'statuses') {
				const keywords = 'keywords' in valid.data ? (valid.data.keywords ?? []) : [];
				out.statuses.set(id, { title, meaning: parsed['meaning'] as RichText, advice: parsed['advice'] as RichText, references, keywords });
			} else {
				const action = parsed['action'];
				const notThis = parsed['notThis'];
				out.errors.set(id, {
					title,
					summary: parsed['summary'] as RichText,
					cause: parsed['cause'] as RichText,
					...(action ? { action } : {}),
					...(notThis ? { notThis } : {}),
					userMessage: 'userMessage' in valid.data ? valid.data.userMessage : '',
					references,
					keywords: 'keywords' in valid.data ? (valid.data.keywords ?? []) : [],
				});
			}
		});
		if (!isSource) {
			for (const id of knownIds) {
				if (!present.has(id)) {
					problems.push(
						problemAt(source, [kind], `${quote(id)} is in ${SOURCE_LOCALE}.yaml but has no ${locale} text.`, `Add an entry "- id: ${id}" with its ${locale} text to ${kind}.`, 'key'),
					);
				}
			}
		}
	}
	return out;
}

/** A translation carries the same facts: an action exactly where the source has one, and as many references. */
function checkTranslationMatchesSource(
	source: YamlSource,
	kind: 'statuses' | 'errors',
	entry: Raw,
	index: number,
	sourceEntries: ReadonlyMap<string, Raw>,
	problems: Problem[],
): void {
	const original = typeof entry['id'] === 'string' ? sourceEntries.get(entry['id']) : undefined;
	if (!original) return;
	const hasAction = typeof entry['action'] === 'string';
	const sourceHasAction = typeof original['action'] === 'string';
	if (hasAction !== sourceHasAction) {
		problems.push(
			problemAt(
				source,
				[kind, index, hasAction ? 'action' : 'id'],
				hasAction ? `This translation has an action but ${SOURCE_LOCALE}.yaml gives none for ${String(entry['id'])}.` : `${SOURCE_LOCALE}.yaml gives an action for ${String(entry['id'])} but this translation has none.`,
				hasAction ? 'Remove the action: both locales carry the same facts.' : 'Translate the action.',
			),
		);
	}
	const refs = entry['references'];
	const sourceRefs = original['references'];
	if (Array.isArray(refs) && Array.isArray(sourceRefs) && refs.length !== sourceRefs.length) {
		problems.push(
			problemAt(source, [kind, index, 'references'], `${refs.length} references here, ${sourceRefs.length} in ${SOURCE_LOCALE}.yaml.`, 'Translate the same references, in the same order.'),
		);
	}
}

/**
 * Korean text uses one term per concept: after removing every preferred term,
 * no word the glossary says to avoid may remain. Only prose is checked: inline
 * code and id mentions are identifiers, not Korean words.
 */
function checkGlossary(
	source: YamlSource,
	kind: 'statuses' | 'errors',
	index: number,
	prose: Readonly<Record<string, string>>,
	glossary: GlossaryFile,
	problems: Problem[],
): void {
	for (const [field, value] of Object.entries(prose)) {
		// The end-user message is read by teachers and students, in the words of Classroom's interface; everything else by developers.
		const register = field === 'userMessage' ? 'end-user' : 'developer';
		for (const { avoid, term } of glossaryViolations(value, glossary.terms, register)) {
			const word = register === 'end-user' && term.endUser ? term.endUser.ko : term.ko;
			problems.push(
				problemAt(
					source,
					[kind, index, field],
					`"${avoid}" is not the glossary term for "${term.en}"${register === 'end-user' ? ' in an end-user message' : ''}.`,
					`Write "${word}" instead (content/glossary.yaml${term.endUser ? `: "${term.endUser.ko}" in end-user messages, "${term.ko}" in developer text` : ''}).`,
				),
			);
		}
	}
}
