/**
 * The pasted-text corpus (corpus/cases.ts) against the real catalog: every
 * case reaches its entry through the matcher, in each locale it lists, and
 * `catalog explain` (scripts/catalog.ts) says the same thing: one matcher for
 * the finder and the command line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogOrThrow, type Catalog, type Locale } from '../catalog/index.ts';
import { CORPUS, type CorpusCase } from './corpus/cases.ts';
import { matchError, type MatchResult } from './match.ts';
import { matcherView } from './view.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const AT = { site: 'https://classroom-errors.example.org', base: '/' };

type Explain = (catalog: Catalog, input: string, locale: Locale, at: { site: string; base: string }) => { text: string; ok: boolean };

let catalog: Catalog;
let explain: Explain;

beforeAll(async () => {
	catalog = loadCatalogOrThrow(resolve(HERE, '../../content'));
	// scripts/catalog.ts runs its command line only as a program (import.meta.main), so importing it is quiet.
	({ explain } = (await import('../../scripts/catalog.ts')) as { explain: Explain });
}, 60_000);


function textOf(c: CorpusCase): string {
	if (c.input !== undefined) return c.input;
	if (c.file === undefined) throw new Error(`case "${c.name}" has neither input nor file`);
	return readFileSync(resolve(HERE, 'corpus', c.file), 'utf8');
}

function expectMatch(result: MatchResult, c: CorpusCase): void {
	const want = c.expect;
	if (want.kind === 'error') {
		expect(result).toMatchObject({ kind: 'error', id: want.id });
	} else if (want.kind === 'status') {
		expect(result).toMatchObject({ kind: 'status', status: want.status });
		expect(result.kind === 'status' ? result.unknownId : 'not a status').toBe(want.unknownId);
	} else if (want.kind === 'candidates') {
		expect(result).toMatchObject({ kind: 'candidates', reason: want.reason });
		const ids = result.kind === 'candidates' ? result.candidates.map((c) => c.id) : [];
		expect(ids).toEqual(expect.arrayContaining([...want.includes]));
		if (want.top !== undefined) expect(ids[0]).toBe(want.top);
	} else {
		expect(result).toMatchObject({ kind: 'no-match', reason: want.reason });
	}
}

/** What `explain` must print for `result`, read back from its text. */
function expectExplainAgrees(text: string, ok: boolean, result: MatchResult, locale: Locale): void {
	if (result.kind === 'error') {
		const error = catalog.errors.find((e) => e.id === result.id);
		expect(ok).toBe(true);
		expect(text.split('\n').find((line) => !line.startsWith('warning: '))).toBe(`${result.id} — ${error?.text[locale].title ?? '?'}`);
	} else if (result.kind === 'status') {
		const status = catalog.statuses.find((s) => s.id === result.status);
		expect(ok).toBe(true);
		expect(text).toContain(`${status?.http ?? '?'} ${result.status} — ${status?.text[locale].title ?? '?'}`);
		if (result.unknownId !== undefined) expect(text).toContain(`note: @${result.unknownId} is not in the catalog`);
		else expect(text).not.toContain('note: @');
	} else if (result.kind === 'candidates') {
		expect(ok).toBe(false);
		const listed = [...text.matchAll(/^\s+\d+\. (?:\d{3} )?([A-Za-z_]+) — /gm)].map((m) => m[1]);
		expect(listed).toEqual(result.candidates.map((c) => c.id));
	} else {
		expect(ok).toBe(false);
		expect(text.startsWith('No match: ')).toBe(true);
	}
}

describe('the pasted-text corpus', () => {
	const runs = CORPUS.flatMap((c) => c.locales.map((locale) => [`${c.name} (${locale})`, c, locale] as const));

	it.each(runs)('%s reaches its entry, and explain agrees', (_name, c, locale) => {
		const text = textOf(c);
		const result = matchError(text, matcherView(catalog, locale));
		expectMatch(result, c);
		const explained = explain(catalog, text, locale, AT);
		expectExplainAgrees(explained.text, explained.ok, result, locale);
		// The finder's field is one line: a pasted dump arrives with its line breaks turned into spaces.
		expect(matchError(text.replace(/\r\n?|\n/g, ' '), matcherView(catalog, locale))).toEqual(result);
	});

	it('covers every client library and form the issue names', () => {
		const files = new Set(CORPUS.flatMap((c) => (c.file ? [c.file.replace(/[-.].*$/, '')] : [])));
		for (const prefix of ['python', 'node', 'go', 'java', 'dotnet', 'php', 'ruby', 'apps', 'http', 'log', 'json']) expect(files).toContain(prefix);
		const unknownStatuses = CORPUS.flatMap((c) => (c.expect.kind === 'status' && c.expect.unknownId ? [c.expect.status] : []));
		// Every status with specific errors has a case whose id the catalog lacks, and every such case names a catalog status.
		for (const status of catalog.statuses.filter((s) => s.errorIds.length > 0)) expect(unknownStatuses).toContain(status.id);
		for (const status of unknownStatuses) expect(catalog.statuses.map((s) => s.id)).toContain(status);
	});
});
