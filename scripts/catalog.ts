/**
 * The catalog command line.
 *
 *   npm run catalog -- check [--content DIR]
 *   npm run catalog -- explain <id | message | JSON body | HTTP code | status> [--lang ko]
 *   npm run catalog -- export --out DIR [--site URL] [--base PATH]
 *   npm run catalog -- refresh-methods <discovery.json> [--content DIR]
 *   npm run catalog -- record-changes [--date YYYY-MM-DD] [--dry-run] [--content DIR]
 *   npm run catalog -- status [--content DIR]
 *   npm run catalog -- mark-translated <id…> | --all [--lang ko] [--content DIR]
 *
 * `check` validates a catalog folder and writes nothing. `explain` prints the
 * entry that matches what a tool holds, like `rustc --explain`. `export`
 * writes the whole JSON API into DIR, all or nothing.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_PREFIX, buildApiFiles } from '../src/api/build-files.ts';
import { LOCALES, formatProblem, isLocale, loadCatalog, statusOf, type Catalog, type Locale } from '../src/catalog/index.ts';
import { describeMatch, matchError } from '../src/matcher/match.ts';
import { answerFor, loadedFrom, type Hrefs } from '../src/finder/answer.ts';
import { finderStrings } from '../src/finder/strings.ts';
import { slugOf } from '../src/catalog/model.ts';
import { methodPath } from '../src/site/method-pages.ts';
import { matcherView } from '../src/matcher/view.ts';
import { ui } from '../src/i18n/index.ts';
import { assertNoPathCollisions } from '../src/site/path-collisions.ts';
import { DEFAULT_SITE, absoluteUrl, errorPath, normalizeBase, statusPath } from '../src/site/routes.ts';
import { retrySentence } from '../src/site/format.ts';
import { safeExcerpt, terminalSafe } from '../src/cli/terminal-text.ts';
import { swapIn } from './swap-in.ts';
import { METHODS_FILE } from '../src/catalog/methods.ts';
import { RefreshError, errorIdsIn, refreshMethods } from '../src/discovery/refresh.ts';
import { LEDGER_FILE, LEDGER_HEADER, RECORD_COMMAND, pendingChanges, recordDate, recordsYaml } from '../src/catalog/ledger.ts';
import { translationStates, type TranslationState } from '../src/catalog/freshness.ts';
import { setSourceHashes } from '../src/catalog/translation-record.ts';
import type { ChangeRecord } from '../src/catalog/schema.ts';

/** The command a translator runs once a translation has been reviewed against the current English. */
const MARK_COMMAND = 'npm run catalog -- mark-translated';

const USAGE = `Usage:
  npm run catalog -- check [--content DIR]
      Validate a catalog (default: content/). Prints a summary, or every problem and exits 1.
  npm run catalog -- explain <input> [--lang en|ko] [--content DIR]
      Explain an error: <input> is anything that holds it: an id (CourseNotModifiable), a message
      (@CourseNotModifiable …), a whole JSON error body, a client library's exception text or a
      log line, an HTTP code (429), a status name (RESOURCE_EXHAUSTED), a method id
      (courses.students.create), or a few words ("archived course", "공동 교사 추가" with
      --lang ko). When the text shows the call (Apps Script's method id, the request's address
      and verb), the method's documented condition for the status is printed too. Several
      candidates are listed, ranked, when no single entry fits. Use - to read the input from
      standard input.
      Exits 0 with an entry (an error, or a status with its advice), 1 with candidates or no match.
  npm run catalog -- export --out DIR [--site URL] [--base PATH] [--content DIR]
      Write the JSON API into DIR/api/v1/, replacing only that folder. On any error DIR is left as it was.
  npm run catalog -- refresh-methods <discovery.json> [--content DIR] [--dry-run]
      Read Google's discovery document for the Classroom API, rewrite DIR/methods.yaml from it and
      print what changed (methods, verbs, paths, scopes, statuses, conditions, @Ids) for review.
  npm run catalog -- record-changes [--date YYYY-MM-DD] [--dry-run] [--content DIR]
      Append to DIR/changes.yaml one record per entry added, changed or removed since the last
      record (the change feed is built from it; check fails until it is current). --date: the day
      to record (default: today, UTC).
  npm run catalog -- status [--content DIR]
      Print how every translated entry stands against its English text: current, stale (the English
      changed since the translation was reviewed) or unrecorded.
  npm run catalog -- mark-translated <id…> | --all [--lang ko] [--content DIR]
      Record that the translations of these entries (status or error ids; --all: every one not
      current) were reviewed against the current English: sets their sourceHash in DIR/ko.yaml.
  --debug  with any command: print the stack trace of an unexpected failure.`;

/** Counts per status and per locale, as the check prints them. */
export function summarize(catalog: Catalog): string {
	const lines = [`Catalog ${catalog.version}: ${catalog.statuses.length} statuses, ${catalog.errors.length} errors, ${catalog.glossary.length} glossary terms.`];
	if (catalog.discovery) lines.push(`  ${String(catalog.methods.length)} methods from ${catalog.discovery.api} revision ${catalog.discovery.revision}, ${String(catalog.conditions.length)} written conditions.`);
	for (const status of catalog.statuses) lines.push(`  ${String(status.http)} ${status.id.padEnd(20)} ${String(status.errorIds.length).padStart(3)} errors`);
	for (const locale of LOCALES) {
		const withAction = catalog.errors.filter((e) => e.text[locale].action).length;
		lines.push(`  ${locale}: ${catalog.statuses.length} statuses and ${catalog.errors.length} errors translated (${withAction} with an action)`);
	}
	return lines.join('\n');
}

/**
 * The `explain` text of a match, in `locale`. It runs the home page finder's
 * matcher on the same view of the catalog (`matcherView`), so both reach the
 * same entry; when no single entry matches it lists the ranked candidates.
 * Text from the input is printed only through `safeExcerpt`.
 */
export function explain(catalog: Catalog, input: string, locale: Locale, at: { site: string; base: string }): { text: string; ok: boolean } {
	const view = matcherView(catalog, locale);
	const match = matchError(input, view);
	const strings = ui(locale);
	if (match.kind === 'no-match') return { text: `No match: ${safeExcerpt(match.detail, 400)}`, ok: false };
	// The call's part comes from the finder's own answer, so both say the same.
	const loaded = loadedFrom(view);
	const hrefs: Hrefs = {
		error: (id) => absoluteUrl(at.site, at.base, errorPath(locale, slugOf(id))),
		status: (id) => absoluteUrl(at.site, at.base, statusPath(locale, slugOf(id))),
		method: (id) => absoluteUrl(at.site, at.base, methodPath(locale, id)),
	};
	if (match.kind === 'method') {
		const lines = [match.methods.length === 1 ? strings.methodLead : strings.methodsLead];
		for (const id of match.methods) {
			const method = loaded.methods.get(id);
			lines.push(`  ${id} — ${method ? `${method.httpMethod} ${method.path}` : ''}`, `     ${hrefs.method(id)}`);
		}
		return { text: lines.join('\n'), ok: true };
	}
	if (match.kind === 'candidates') {
		const lines = [match.reason === 'ambiguous' ? strings.findAmbiguousLead : strings.findCandidatesLead];
		match.candidates.forEach((candidate, i) => {
			const n = `${String(i + 1).padStart(3)}.`;
			if (candidate.kind === 'error') {
				const error = catalog.errors.find((e) => e.id === candidate.id);
				if (!error) return;
				const status = statusOf(catalog, error);
				lines.push(`${n} ${error.id} — ${error.text[locale].title} (${status.http} ${status.id})`);
				lines.push(`     ${absoluteUrl(at.site, at.base, errorPath(locale, error.slug))}`);
			} else {
				const status = catalog.statuses.find((s) => s.id === candidate.id);
				if (!status) return;
				lines.push(`${n} ${status.http} ${status.id} — ${status.text[locale].title}`);
				lines.push(`     ${absoluteUrl(at.site, at.base, statusPath(locale, status.slug))}`);
			}
		});
		return { text: lines.join('\n'), ok: false };
	}
	const lines: string[] = [];
	// The call's part goes right under the entry's title.
	let headerEnd = 0;
	const warnings = match.warnings.map((w) => `warning: ${safeExcerpt(w.detail, 300)}`);
	if (match.kind === 'error') {
		const error = catalog.errors.find((e) => e.id === match.id);
		if (!error) return { text: `No match: ${safeExcerpt(describeMatch(match), 400)}`, ok: false };
		const status = statusOf(catalog, error);
		const t = error.text[locale];
		lines.push(`${error.id} — ${t.title}`, `${status.http} ${status.id}`, '');
		headerEnd = lines.length;
		lines.push(t.summary.plain, '');
		lines.push(`${strings.causeHeading}: ${t.cause.plain}`, '');
		lines.push(`${strings.actionHeading}: ${t.action?.plain ?? strings.noActionShort}`, '');
		lines.push(`${strings.whoActsLabel}: ${error.whoActs.map((who) => strings.whoActs[who]).join(', ')}`, '');
		lines.push(`${strings.retryHeading}: ${retrySentence(error.retry, strings)}`, '');
		lines.push(`${strings.userMessageHeading}: ${t.userMessage}`, '');
		if (t.references.length > 0) {
			lines.push(`${strings.referencesHeading}:`);
			for (const ref of t.references) lines.push(`  ${ref.article}${ref.section ? `, ${strings.referenceSection(ref.section)}` : ''}: ${ref.url}${ref.verified ? '' : ` (${strings.referenceUnverified})`}`);
			lines.push('');
		}
		lines.push(absoluteUrl(at.site, at.base, errorPath(locale, error.slug)));
	} else {
		const status = catalog.statuses.find((s) => s.id === match.status);
		if (!status) return { text: `No match: ${safeExcerpt(describeMatch(match), 400)}`, ok: false };
		const t = status.text[locale];
		if (match.unknownId) lines.push(`note: @${safeExcerpt(match.unknownId, 80)} is not in the catalog; showing its status.`, '');
		lines.push(`${status.http} ${status.id} — ${t.title}`, '');
		headerEnd = lines.length;
		lines.push(t.meaning.plain, '', t.advice.plain, '', `${strings.retryHeading}: ${retrySentence(status.retry, strings)}`, '');
		lines.push(absoluteUrl(at.site, at.base, statusPath(locale, status.slug)));
	}
	const shown = answerFor(match, loaded, finderStrings(strings), hrefs);
	const call = shown.kind === 'call' ? shown : shown.kind === 'unknown-id' ? shown.call : undefined;
	const callLines: string[] = [];
	if (call) {
		callLines.push(...call.notes, call.lead);
		if (call.scopesLead) callLines.push(call.scopesLead);
		for (const m of call.methods) {
			callLines.push(`  ${m.item.code} — ${m.item.title}`);
			if (m.note) callLines.push(`    ${m.note}`);
			for (const c of m.conditions) callLines.push(`    - ${c}`);
			for (const scope of m.scopes ?? []) callLines.push(`    ${scope}`);
			callLines.push(`    ${m.item.href}`);
		}
		callLines.push('');
	} else if (match.kind === 'error' && match.call?.methods.length === 1) {
		// The @Id is documented for the method: name the call and its page.
		const only = match.call.methods[0];
		if (only) callLines.push(`${only.method}: ${hrefs.method(only.method)}`, '');
	}
	return { text: [...warnings, ...lines.slice(0, headerEnd), ...callLines, ...lines.slice(headerEnd)].join('\n'), ok: true };
}

/**
 * Writes the API `files` (paths such as `api/v1/catalog.json`) under `out`,
 * all or nothing. Only the API's own folder (`out/api/v1/`) is replaced, via
 * a staging folder swapped in at the end; anything else in `out` is left alone.
 */
export function writeAllOrNothing(out: string, files: ReadonlyMap<string, string>, prefix = API_PREFIX): void {
	const target = join(resolve(out), prefix);
	const staging = `${target.replace(/\/+$/, '')}.tmp-${process.pid}`;
	const previous = `${target.replace(/\/+$/, '')}.old-${process.pid}`;
	// Before anything is written: two files that one case-insensitive disk would merge.
	assertNoPathCollisions(files.keys(), 'The export');
	rmSync(staging, { recursive: true, force: true });
	try {
		for (const [path, body] of files) {
			if (!path.startsWith(prefix)) throw new Error(`${path} is outside ${prefix}`);
			const file = join(staging, path.slice(prefix.length));
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, body);
		}
		swapIn(staging, target, previous);
	} catch (cause) {
		rmSync(staging, { recursive: true, force: true });
		throw new Error(`Could not write the export; ${out} is unchanged.`, { cause });
	}
}

/** The most of standard input `explain` reads: an error dump is kilobytes; the rest of a huge paste is drained, not kept. */
const STDIN_LIMIT = 1024 * 1024;

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	let kept = 0;
	for await (const chunk of process.stdin) {
		const buffer = chunk as Buffer;
		if (kept >= STDIN_LIMIT) continue;
		const part = buffer.subarray(0, STDIN_LIMIT - kept);
		chunks.push(part);
		kept += part.length;
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Prints to stdout or stderr with every control and bidi character made inert: the terminal shows text, never obeys it. */
function print(stream: 'out' | 'err', text: string): void {
	(stream === 'out' ? process.stdout : process.stderr).write(`${terminalSafe(text)}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
	const [command, ...rest] = argv.filter((arg) => arg !== '--debug');
	if (command === 'refresh-methods') return refreshCommand(rest);
	if (command !== 'check' && command !== 'explain' && command !== 'export' && command !== 'record-changes' && command !== 'status' && command !== 'mark-translated') {
		print('err', command === undefined ? USAGE : `Unknown command "${safeExcerpt(command, 40)}".\n\n${USAGE}`);
		return 2;
	}
	let parsed;
	try {
		parsed = parseArgs({
			args: [...rest],
			options: {
				content: { type: 'string', default: 'content' },
				lang: { type: 'string', default: 'en' },
				out: { type: 'string' },
				site: { type: 'string', default: process.env['SITE_URL'] ?? DEFAULT_SITE },
				base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
				date: { type: 'string' },
				'dry-run': { type: 'boolean', default: false },
				all: { type: 'boolean', default: false },
			},
			allowPositionals: command === 'explain' || command === 'mark-translated',
		});
	} catch (error) {
		print('err', `${safeExcerpt((error as Error).message, 200)}\n\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	const result = loadCatalog(resolve(values.content));
	if (!result.ok) {
		print('err', result.problems.map(formatProblem).join('\n'));
		print('err', `\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${values.content}; nothing was written.`);
		return 1;
	}
	const catalog = result.catalog;
	const at = { site: values.site, base: normalizeBase(values.base) };

	if (command === 'check') {
		print('out', summarize(catalog));
		print('out', freshnessSummary(translationStates(catalog)));
		const lag = ledgerCheck(catalog, values.content);
		print(lag.ok ? 'out' : 'err', lag.text);
		return lag.ok ? 0 : 1;
	}
	if (command === 'status') {
		print('out', statusReport(translationStates(catalog)));
		return 0;
	}
	if (command === 'record-changes') {
		if (values.date !== undefined && !isDay(values.date)) {
			print('err', `--date must be a calendar day written YYYY-MM-DD, not "${safeExcerpt(values.date, 40)}".`);
			return 2;
		}
		const records = pendingChanges(catalog, recordDate(values.date));
		if (records.length === 0) {
			print('out', `${join(values.content, LEDGER_FILE)} already records the catalog as it is; nothing to append.`);
			return 0;
		}
		if (!values['dry-run']) appendToLedger(join(values.content, LEDGER_FILE), records);
		print('out', `${records.map(describeRecord).join('\n')}\n${values['dry-run'] ? 'Would append' : 'Appended'} ${String(records.length)} record${records.length === 1 ? '' : 's'} to ${join(values.content, LEDGER_FILE)}.`);
		return 0;
	}
	if (command === 'mark-translated') return markTranslated(catalog, values, positionals);
	if (command === 'explain') {
		if (!isLocale(values.lang)) {
			print('err', `--lang must be one of ${LOCALES.join(', ')}, not "${safeExcerpt(values.lang, 40)}".`);
			return 2;
		}
		const input = positionals.length === 1 && positionals[0] === '-' ? await readStdin() : positionals.join(' ');
		if (input.trim() === '') {
			print('err', `explain needs an input.\n\n${USAGE}`);
			return 2;
		}
		const explained = explain(catalog, input, values.lang, at);
		print(explained.ok ? 'out' : 'err', explained.text);
		return explained.ok ? 0 : 1;
	}
	if (!values.out) {
		print('err', `export needs --out DIR.\n\n${USAGE}`);
		return 2;
	}
	let siteUrl: URL;
	try {
		siteUrl = new URL(at.site);
	} catch {
		print('err', `--site must be an absolute URL such as https://example.org, not "${safeExcerpt(values.site, 80)}".`);
		return 2;
	}
	if (siteUrl.pathname !== '/' || siteUrl.search || siteUrl.hash) {
		print('err', `--site is the origin only (${siteUrl.origin}); give the path ${JSON.stringify(siteUrl.pathname)} with --base.`);
		return 2;
	}
	const files = buildApiFiles(catalog, at);
	writeAllOrNothing(values.out, files);
	print('out', `Wrote ${files.size} files of the JSON API (catalog ${catalog.version}) to ${join(values.out, API_PREFIX)}`);
	return 0;
}

/** A real calendar day written YYYY-MM-DD. */
function isDay(value: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** One line per ledger record, as record-changes prints them. */
export function describeRecord(record: ChangeRecord): string {
	const fields = record.change === 'changed' ? `: ${Object.keys(record.fields ?? {}).join(', ')}` : '';
	return `  ${record.date} ${record.change.padEnd(7)} ${record.kind} ${record.id}${fields}`;
}

/** The check's line about the ledger: ok when it records the catalog as it is (or the folder has no ledger, as test fixtures do). */
export function ledgerCheck(catalog: Catalog, contentDir: string): { ok: boolean; text: string } {
	const file = join(contentDir, LEDGER_FILE);
	if (!catalog.changes) return { ok: true, text: `  No ${LEDGER_FILE} in ${contentDir}: no change feed. ${RECORD_COMMAND} starts one.` };
	const pending = pendingChanges(catalog, recordDate());
	if (pending.length === 0) return { ok: true, text: `  ${file}: ${String(catalog.changes.length)} changes recorded, up to date.` };
	const sample = pending.slice(0, 8).map((r) => `${r.kind} ${r.id} (${r.change})`);
	return {
		ok: false,
		text: `${file} does not record ${String(pending.length)} change${pending.length === 1 ? '' : 's'} to the catalog: ${sample.join(', ')}${pending.length > sample.length ? `, and ${String(pending.length - sample.length)} more` : ''}.\n    fix: run ${RECORD_COMMAND} to append them (the change feed is built from this file).`,
	};
}

/** The check's lines about translations: counts per locale and state, and the stale ones (not a failure). */
export function freshnessSummary(states: readonly TranslationState[]): string {
	const lines: string[] = [];
	for (const locale of [...new Set(states.map((s) => s.locale))]) {
		const mine = states.filter((s) => s.locale === locale);
		const count = (state: string) => mine.filter((s) => s.freshness.state === state).length;
		lines.push(`  ${locale}: ${String(count('current'))} translations current, ${String(count('stale'))} stale, ${String(count('unrecorded'))} unrecorded.`);
		const behind = mine.filter((s) => s.freshness.state !== 'current');
		for (const s of behind.slice(0, 20)) lines.push(`    ${s.freshness.state} ${s.kind} ${s.id}${changedSince(s)}`);
		if (behind.length > 20) lines.push(`    … and ${String(behind.length - 20)} more (npm run catalog -- status lists every entry).`);
		if (behind.length > 0) lines.push(`    Not an error: the ${locale} pages say so and link the English. Once a translation is reviewed: ${MARK_COMMAND} <id…> --lang ${locale}.`);
	}
	return lines.join('\n');
}

function changedSince(state: TranslationState): string {
	if (state.freshness.state === 'unrecorded') return ' (no record of the English it translates)';
	const fields = state.freshness.changedFields;
	return state.freshness.state === 'stale' ? ` (English changed since the review${fields && fields.length > 0 ? `: ${fields.join(', ')}` : ''})` : '';
}

/** `status`: every translated entry with its state and hashes, then the counts. */
export function statusReport(states: readonly TranslationState[]): string {
	const lines = states.map((s) => `${s.locale} ${s.freshness.state.padEnd(10)} ${s.kind.padEnd(6)} ${s.id} (English ${s.freshness.sourceHash}, reviewed ${s.freshness.recorded ?? 'never'})${changedSince(s)}`);
	return [...lines, freshnessSummary(states)].join('\n');
}

/** Appends `records` to the ledger, or starts it; the whole file is written to a temporary name and renamed, so it is never half-written. */
function appendToLedger(file: string, records: readonly ChangeRecord[]): void {
	const before = existsSync(file) ? readFileSync(file, 'utf8') : LEDGER_HEADER;
	const body = before.replace(/^changes: *\[\] *$/m, 'changes:');
	const text = `${body}${body.endsWith('\n') ? '' : '\n'}${recordsYaml(records)}`;
	const temporary = `${file}.tmp-${String(process.pid)}`;
	writeFileSync(temporary, text);
	renameSync(temporary, file);
}

/** `mark-translated`: sets sourceHash for reviewed translations. */
function markTranslated(catalog: Catalog, values: { lang: string; content: string; all: boolean }, ids: readonly string[]): number {
	// --lang defaults to en for every command; here the default is the (only) translated locale.
	const locale = values.lang === 'en' ? (LOCALES.find((l) => l !== 'en') ?? 'ko') : values.lang;
	if (!isLocale(locale)) {
		print('err', `--lang must be a translated locale (${LOCALES.filter((l) => l !== 'en').join(', ')}), not "${safeExcerpt(values.lang, 40)}".`);
		return 2;
	}
	if (values.all === ids.length > 0) {
		print('err', `mark-translated needs entry ids, or --all (and not both).\n\n${USAGE}`);
		return 2;
	}
	const states = translationStates(catalog).filter((s) => s.locale === locale);
	const byId = new Map<string, TranslationState[]>();
	for (const s of states) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
	const unknown = ids.filter((id) => !byId.has(id));
	if (unknown.length > 0) {
		print('err', `Not in the catalog: ${unknown.slice(0, 10).map((id) => safeExcerpt(id, 80)).join(', ')}. Give status or error ids, such as CourseNotModifiable.`);
		return 2;
	}
	const chosen = values.all ? states.filter((s) => s.freshness.state !== 'current') : ids.flatMap((id) => byId.get(id) ?? []);
	const updates = chosen.filter((s) => s.freshness.recorded !== s.freshness.sourceHash).map((s) => ({ kind: s.kind, id: s.id, hash: s.freshness.sourceHash }));
	if (updates.length === 0) {
		print('out', `Every translation named is already recorded as current; ${join(values.content, `${locale}.yaml`)} unchanged.`);
		return 0;
	}
	const file = join(values.content, `${locale}.yaml`);
	const edited = setSourceHashes(readFileSync(file, 'utf8'), updates);
	const temporary = `${file}.tmp-${String(process.pid)}`;
	writeFileSync(temporary, edited);
	renameSync(temporary, file);
	print('out', `${updates.map((u) => `  ${u.kind} ${u.id}: ${u.hash}`).join('\n')}\nRecorded ${String(updates.length)} ${locale} translation${updates.length === 1 ? '' : 's'} as reviewed against the current English in ${file}.\nThen run ${RECORD_COMMAND}: the record is part of the entry, so the change ledger notes it.`);
	return 0;
}

/** `refresh-methods`: runs before (and without) loading the catalog, whose check may be what the refresh is about to fix. */
function refreshCommand(args: readonly string[]): number {
	let parsed;
	try {
		parsed = parseArgs({ args: [...args], options: { content: { type: 'string', default: 'content' }, 'dry-run': { type: 'boolean', default: false } }, allowPositionals: true });
	} catch (error) {
		print('err', `${safeExcerpt((error as Error).message, 200)}\n\n${USAGE}`);
		return 2;
	}
	const [file, ...extra] = parsed.positionals;
	if (file === undefined || extra.length > 0) {
		print('err', `refresh-methods needs one discovery document.\n\n${USAGE}`);
		return 2;
	}
	try {
		const result = refreshMethods({ discoveryFile: file, contentDir: parsed.values.content, knownErrorIds: errorIdsIn(parsed.values.content), dryRun: parsed.values['dry-run'] });
		print('out', result.report.trimEnd());
		print('out', result.written ? `Wrote ${join(parsed.values.content, METHODS_FILE)}.` : `${join(parsed.values.content, METHODS_FILE)} unchanged.`);
		return 0;
	} catch (error) {
		if (error instanceof RefreshError) {
			print('err', error.message);
			return 1;
		}
		throw error;
	}
}

const debug = process.argv.includes('--debug');
// Only as a program: tests import explain() and summarize() without running a command.
if (import.meta.main) {
	try {
		process.exitCode = await main(process.argv.slice(2));
	} catch (error) {
		// One sentence (and its cause) for a person; the stack only on request.
		const message = error instanceof Error ? `${error.message}${error.cause ? ` (${String((error.cause as Error).message ?? error.cause).split('\n')[0] ?? ''})` : ''}` : String(error);
		print('err', debug && error instanceof Error && error.stack ? error.stack : `${message}\nRun again with --debug for the details.`);
		process.exitCode = 1;
	}
}
