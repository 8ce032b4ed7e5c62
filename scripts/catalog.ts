/**
 * The catalog command line.
 *
 *   npm run catalog -- check [--content DIR]
 *   npm run catalog -- explain <id | message | JSON body | HTTP code | status> [--lang ko]
 *   npm run catalog -- export --out DIR [--site URL] [--base PATH]
 *   npm run catalog -- refresh-methods <discovery.json> [--content DIR]
 *
 * `check` validates a catalog folder and writes nothing. `explain` prints the
 * entry that matches what a tool holds, like `rustc --explain`. `export`
 * writes the whole JSON API into DIR, all or nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

const USAGE = `Usage:
  npm run catalog -- check [--content DIR]
      Validate a catalog (default: content/). Prints a summary, or every problem and exits 1.
  npm run catalog -- explain <input> [--lang en|ko] [--content DIR]
      Explain an error: <input> is anything that holds it: an id (CourseNotModifiable), a message
      (@CourseNotModifiable …), a whole JSON error body, a client library's exception text or a
      log line, an HTTP code (429), a status name (RESOURCE_EXHAUSTED), or a few words
      ("archived course", "공동 교사 추가" with --lang ko). Several candidates are listed, ranked,
      when no single entry fits. Use - to read the input from standard input.
      Exits 0 with an entry (an error, or a status with its advice), 1 with candidates or no match.
  npm run catalog -- export --out DIR [--site URL] [--base PATH] [--content DIR]
      Write the JSON API into DIR/api/v1/, replacing only that folder. On any error DIR is left as it was.
  npm run catalog -- refresh-methods <discovery.json> [--content DIR] [--dry-run]
      Read Google's discovery document for the Classroom API, rewrite DIR/methods.yaml from it and
      print what changed (methods, verbs, paths, scopes, statuses, conditions, @Ids) for review.
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
	const call = shown.kind === 'call' ? shown : undefined;
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
	if (command !== 'check' && command !== 'explain' && command !== 'export') {
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
			},
			allowPositionals: command === 'explain',
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
		return 0;
	}
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
