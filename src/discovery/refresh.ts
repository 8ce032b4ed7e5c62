/**
 * The refresh of the catalog's method facts from a discovery document:
 * read the document, map each condition's wording to the catalog's written
 * condition, write `content/methods.yaml` deterministically, and say what
 * changed since the file it replaces, for review. All or nothing: on any bad
 * input nothing is written and the error names the file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYamlText } from 'yaml';
import { CONDITIONS_FILE, ConditionsFileSchema, METHODS_FILE, MethodsFileSchema, type ConditionsFile, type MethodsFile } from '../catalog/methods.ts';
import { LOCALES } from '../catalog/locales.ts';
import { readDiscovery, type UpstreamDocument } from './parse.ts';

/** The command that writes the generated file, named in its header. */
export const REFRESH_COMMAND = 'npm run catalog -- refresh-methods <discovery.json>';

/** A condition wording the conditions file does not list yet. */
export interface UnmappedCondition {
	readonly method: string;
	readonly status: string;
	readonly upstream: string;
}

/** Builds the generated file's content from a read document and the written conditions. */
export function methodFacts(doc: UpstreamDocument, sha256: string, conditions: ConditionsFile): { facts: MethodsFile; unmapped: UnmappedCondition[] } {
	const keyOf = new Map<string, string>();
	for (const c of conditions.conditions) for (const wording of c.upstream) keyOf.set(`${c.status}\t${wording}`, c.key);
	const unmapped: UnmappedCondition[] = [];
	const methods = doc.methods.map((m) => ({
		id: m.id,
		httpMethod: m.httpMethod as MethodsFile['methods'][number]['httpMethod'],
		path: m.path,
		scopes: [...m.scopes],
		returns: m.statuses.map((s) => {
			const condition = keyOf.get(`${s.status}\t${s.condition}`);
			if (condition === undefined) unmapped.push({ method: m.id, status: s.status, upstream: s.condition });
			return { status: s.status, ...(condition === undefined ? {} : { condition }), upstream: s.condition, errors: [...s.errorIds] };
		}),
	}));
	return { facts: { discovery: { api: doc.api, revision: doc.revision, sha256 }, methods }, unmapped };
}

const q = (value: string) => JSON.stringify(value);

/** The generated file's text: the same bytes for the same facts. */
export function renderMethodsYaml(facts: MethodsFile): string {
	const lines = [
		'# GENERATED: do not edit. Written by',
		`#   ${REFRESH_COMMAND}`,
		"# from Google's discovery document for the Classroom API (see content/upstream/README.md).",
		'# The conditions it names by key are written in content/conditions.yaml.',
		'discovery:',
		`  api: ${q(facts.discovery.api)}`,
		`  revision: ${q(facts.discovery.revision)}`,
		`  sha256: ${q(facts.discovery.sha256)}`,
		'methods:',
	];
	for (const m of facts.methods) {
		lines.push(`  - id: ${m.id}`, `    httpMethod: ${m.httpMethod}`, `    path: ${q(m.path)}`);
		lines.push(m.scopes.length === 0 ? '    scopes: []' : '    scopes:', ...m.scopes.map((s) => `      - ${s}`));
		lines.push(m.returns.length === 0 ? '    returns: []' : '    returns:');
		for (const r of m.returns) {
			lines.push(`      - status: ${r.status}`);
			if (r.condition !== undefined) lines.push(`        condition: ${r.condition}`);
			lines.push(`        upstream: ${q(r.upstream)}`, `        errors: [${r.errors.join(', ')}]`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/** One change between two generations of the facts, as a line for review. */
export interface Change {
	readonly kind: 'revision' | 'method-added' | 'method-removed' | 'verb' | 'path' | 'scope-added' | 'scope-removed' | 'status-added' | 'status-removed' | 'condition' | 'error-added' | 'error-removed';
	readonly method: string;
	readonly text: string;
}

type Return = MethodsFile['methods'][number]['returns'][number];

/** Keys the returns of a method by status, numbering a status the method lists more than once. */
function returnsByStatus(returns: readonly Return[]): Map<string, Return> {
	const out = new Map<string, Return>();
	for (const r of returns) {
		let key = r.status;
		for (let n = 2; out.has(key); n++) key = `${r.status}#${String(n)}`;
		out.set(key, r);
	}
	return out;
}

/** What changed from `before` (the file being replaced, if any) to `after`. */
export function diffMethodFacts(before: MethodsFile | undefined, after: MethodsFile): Change[] {
	const changes: Change[] = [];
	const old = new Map((before?.methods ?? []).map((m) => [m.id, m]));
	const next = new Map(after.methods.map((m) => [m.id, m]));
	if (before && before.discovery.revision !== after.discovery.revision) {
		changes.push({ kind: 'revision', method: '', text: `revision ${before.discovery.revision} -> ${after.discovery.revision}` });
	}
	for (const m of after.methods) {
		const was = old.get(m.id);
		if (!was) {
			const statuses = m.returns.map((r) => r.status + (r.errors.length ? ` (${r.errors.map((e) => `@${e}`).join(', ')})` : '')).join(', ');
			changes.push({ kind: 'method-added', method: m.id, text: `+ method ${m.id}: ${m.httpMethod} ${m.path}${statuses ? `; returns ${statuses}` : ''}` });
			continue;
		}
		if (was.httpMethod !== m.httpMethod) changes.push({ kind: 'verb', method: m.id, text: `~ ${m.id}: verb ${was.httpMethod} -> ${m.httpMethod}` });
		if (was.path !== m.path) changes.push({ kind: 'path', method: m.id, text: `~ ${m.id}: path ${was.path} -> ${m.path}` });
		for (const s of m.scopes) if (!was.scopes.includes(s)) changes.push({ kind: 'scope-added', method: m.id, text: `~ ${m.id}: scope + ${s}` });
		for (const s of was.scopes) if (!m.scopes.includes(s)) changes.push({ kind: 'scope-removed', method: m.id, text: `~ ${m.id}: scope - ${s}` });
		const oldReturns = returnsByStatus(was.returns);
		const newReturns = returnsByStatus(m.returns);
		for (const [key, r] of newReturns) {
			const o = oldReturns.get(key);
			if (!o) {
				changes.push({ kind: 'status-added', method: m.id, text: `~ ${m.id}: status + ${r.status} ${q(r.upstream)}${r.errors.length ? ` (${r.errors.map((e) => `@${e}`).join(', ')})` : ''}` });
				continue;
			}
			if (o.upstream !== r.upstream) {
				changes.push({ kind: 'condition', method: m.id, text: `~ ${m.id}: ${r.status} condition ${q(o.upstream)} -> ${q(r.upstream)} (${o.condition ?? 'unwritten'} -> ${r.condition ?? 'unwritten'})` });
			}
			for (const e of r.errors) if (!o.errors.includes(e)) changes.push({ kind: 'error-added', method: m.id, text: `~ ${m.id}: ${r.status} @${e} added` });
			for (const e of o.errors) if (!r.errors.includes(e)) changes.push({ kind: 'error-removed', method: m.id, text: `~ ${m.id}: ${r.status} @${e} removed` });
		}
		for (const [key, o] of oldReturns) if (!newReturns.has(key)) changes.push({ kind: 'status-removed', method: m.id, text: `~ ${m.id}: status - ${o.status} ${q(o.upstream)}` });
	}
	for (const m of before?.methods ?? []) if (!next.has(m.id)) changes.push({ kind: 'method-removed', method: m.id, text: `- method ${m.id}: ${m.httpMethod} ${m.path}` });
	return changes;
}

/** The report printed for review. */
export function formatRefreshReport(input: { file: string; before?: MethodsFile; after: MethodsFile; changes: readonly Change[]; unmapped: readonly UnmappedCondition[]; newErrorIds: readonly string[]; descriptions?: DescriptionGaps }): string {
	const { after, changes, unmapped, newErrorIds } = input;
	const out: string[] = [];
	out.push(`${after.discovery.api} revision ${after.discovery.revision}: ${String(after.methods.length)} methods, from ${input.file}.`);
	if (!input.before) out.push(`No ${METHODS_FILE} before: every method is new.`);
	out.push(changes.length === 0 ? 'No change in methods, verbs, paths, scopes, statuses, conditions or @Ids.' : `${String(changes.length)} change${changes.length === 1 ? '' : 's'}:`);
	for (const c of changes) out.push(`  ${c.text}`);
	if (unmapped.length > 0) {
		out.push(`${String(unmapped.length)} condition${unmapped.length === 1 ? '' : 's'} need${unmapped.length === 1 ? 's' : ''} a written condition in ${CONDITIONS_FILE} (add the wording to the "upstream" list of the condition it means, or write a new one in every locale):`);
		for (const u of unmapped) out.push(`  ${u.method} ${u.status} ${q(u.upstream)}`);
	}
	if (newErrorIds.length > 0) {
		out.push(`@Ids with neither a catalog entry nor a place in errorsNotInCatalog: ${newErrorIds.join(', ')}.`);
	}
	for (const [locale, ids] of Object.entries(input.descriptions?.missing ?? {})) {
		if (ids.length > 0) out.push(`${String(ids.length)} method${ids.length === 1 ? '' : 's'} need${ids.length === 1 ? 's' : ''} a one-line description under "methods:" in ${locale}.yaml: ${ids.join(', ')}.`);
	}
	for (const [locale, ids] of Object.entries(input.descriptions?.stale ?? {})) {
		if (ids.length > 0) out.push(`${locale}.yaml describes ${ids.length === 1 ? 'a method' : 'methods'} the document no longer has; remove ${ids.length === 1 ? 'its line' : 'their lines'}: ${ids.join(', ')}.`);
	}
	out.push('Review: read each change against the discovery document, write the conditions and descriptions listed, then run `npm run catalog -- check`.');
	return `${out.join('\n')}\n`;
}

/** A refresh that could not run: the message names the file. */
export class RefreshError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'RefreshError';
	}
}

/**
 * Runs the refresh: reads `discoveryFile`, the conditions and the current
 * methods file in `contentDir`, writes the new methods file (unless
 * `dryRun`), and returns the report. Throws a {@link RefreshError} naming the
 * file for bad input, before anything is written.
 */
export function refreshMethods(options: { discoveryFile: string; contentDir: string; knownErrorIds?: ReadonlySet<string> | undefined; dryRun?: boolean }): { report: string; changes: Change[]; unmapped: UnmappedCondition[]; written: boolean } {
	const { discoveryFile, contentDir } = options;
	let bytes: Buffer;
	try {
		bytes = readFileSync(discoveryFile);
	} catch (cause) {
		throw new RefreshError(`${discoveryFile}: the discovery document cannot be read (${String((cause as NodeJS.ErrnoException).code ?? cause)}).`, { cause });
	}
	let json: unknown;
	try {
		json = JSON.parse(bytes.toString('utf8'));
	} catch (cause) {
		throw new RefreshError(`${discoveryFile}: not valid JSON (${(cause as Error).message}).`, { cause });
	}
	const doc = readDiscovery(json);
	if (doc.problems.length > 0) {
		const lines = doc.problems.map((p) => `  ${p.method === '' ? '(document)' : p.method}: ${p.message}`);
		throw new RefreshError(`${discoveryFile}: ${String(doc.problems.length)} part${doc.problems.length === 1 ? '' : 's'} of the discovery document cannot be read; nothing was written:\n${lines.join('\n')}`);
	}
	const conditionsPath = join(contentDir, CONDITIONS_FILE);
	const conditions = readYamlFile(conditionsPath, ConditionsFileSchema);
	if (!conditions) throw new RefreshError(`${conditionsPath}: the file does not exist; it holds the written conditions the methods name.`);
	const methodsPath = join(contentDir, METHODS_FILE);
	const before = readYamlFile(methodsPath, MethodsFileSchema);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const { facts, unmapped } = methodFacts(doc, sha256, conditions);
	const changes = diffMethodFacts(before, facts);
	const known = options.knownErrorIds;
	const listed = new Set(conditions.errorsNotInCatalog);
	const newErrorIds = known
		? [...new Set(facts.methods.flatMap((m) => m.returns.flatMap((r) => r.errors)))].filter((id) => !known.has(id) && !listed.has(id)).sort()
		: [];
	const descriptions = descriptionGaps(contentDir, facts.methods.map((m) => m.id));
	const report = formatRefreshReport({ file: discoveryFile, ...(before ? { before } : {}), after: facts, changes, unmapped, newErrorIds, descriptions });
	const text = renderMethodsYaml(facts);
	let written = false;
	if (!options.dryRun && (!existsSync(methodsPath) || readFileSync(methodsPath, 'utf8') !== text)) {
		// Written beside and renamed over: a reader never sees half a file.
		const temp = `${methodsPath}.tmp-${String(process.pid)}`;
		writeFileSync(temp, text);
		renameSync(temp, methodsPath);
		written = true;
	}
	return { report, changes, unmapped, written };
}

function readYamlFile<T>(path: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }): T | undefined {
	if (!existsSync(path)) return undefined;
	let value: unknown;
	try {
		value = parseYamlText(readFileSync(path, 'utf8'));
	} catch (cause) {
		throw new RefreshError(`${path}: not valid YAML (${(cause as Error).message.split('\n')[0]}); nothing was written.`, { cause });
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new RefreshError(`${path}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}; fix it (\`npm run catalog -- check\` locates every problem), nothing was written.`);
	}
	return parsed.data;
}

/**
 * The error ids of the catalog in `contentDir` (its en.yaml), read loosely:
 * the refresh only uses them to say which @Ids still need an entry, and must
 * run even when the catalog does not pass its check yet. Undefined when the
 * file cannot be read.
 */
export function errorIdsIn(contentDir: string): Set<string> | undefined {
	try {
		const value = parseYamlText(readFileSync(join(contentDir, 'en.yaml'), 'utf8')) as { errors?: { id?: unknown }[] };
		return new Set((value.errors ?? []).map((e) => e.id).filter((id): id is string => typeof id === 'string'));
	} catch {
		return undefined;
	}
}

/** Per locale file: the methods without a one-line description, and the lines for methods that are gone. */
export interface DescriptionGaps {
	readonly missing: Readonly<Record<string, readonly string[]>>;
	readonly stale: Readonly<Record<string, readonly string[]>>;
}

/**
 * What the locale files' `methods` sections (en.yaml, ko.yaml) lack for the
 * new facts, read loosely like {@link errorIdsIn}: a locale file that cannot
 * be read is left out (the check reports it).
 */
export function descriptionGaps(contentDir: string, methodIds: readonly string[]): DescriptionGaps {
	const missing: Record<string, string[]> = {};
	const stale: Record<string, string[]> = {};
	const ids = new Set(methodIds);
	for (const locale of LOCALES) {
		const path = join(contentDir, `${locale}.yaml`);
		if (!existsSync(path)) continue;
		let section: Record<string, unknown>;
		try {
			const value = parseYamlText(readFileSync(path, 'utf8')) as { methods?: unknown } | null;
			const methods = value?.methods;
			section = methods !== null && typeof methods === 'object' && !Array.isArray(methods) ? (methods as Record<string, unknown>) : {};
		} catch {
			continue;
		}
		missing[locale] = methodIds.filter((id) => typeof section[id] !== 'string' || (section[id] as string).trim() === '');
		stale[locale] = Object.keys(section).filter((id) => !ids.has(id)).sort();
	}
	return { missing, stale };
}
