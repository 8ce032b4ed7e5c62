/**
 * Translation freshness and the change ledger, on the real catalog and on a
 * copy of it changed the way a writer changes it: an English text edited,
 * the ledger brought up to date, the translation reviewed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiFiles } from '../api/build-files.ts';
import { canonicalJson, contentHash, entryFields, hashOf } from './hashing.ts';
import { foldLedger, pendingChanges, recordsYaml } from './ledger.ts';
import { translationStates } from './freshness.ts';
import { loadCatalog } from './load.ts';
import type { Catalog } from './model.ts';
import { formatProblem } from './problems.ts';
import { setSourceHashes } from './translation-record.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONTENT = join(ROOT, 'content');
const NODE = (() => {
	const pinned = join(ROOT, 'node_modules', '.bin', 'node');
	return Number(process.versions.node.split('.')[0]) >= 24 || !existsSync(pinned) ? process.execPath : pinned;
})();

function load(dir: string): Catalog {
	const result = loadCatalog(dir, { cwd: ROOT });
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.catalog;
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(NODE, ['scripts/catalog.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
	if (result.error) throw result.error;
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];
afterAll(() => {
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ with one exact replacement in one file. */
function copyWith(file: string, from: string, to: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'freshness-'));
	temporary.push(dir);
	cpSync(CONTENT, dir, { recursive: true });
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	expect(text.split(from).length - 1, `${from} in ${file}`).toBe(1);
	writeFileSync(path, text.replace(from, () => to));
	return dir;
}

const catalog = load(CONTENT);

describe('the real catalog', () => {
	it('has every Korean translation current: zero stale, zero unrecorded', () => {
		const states = translationStates(catalog);
		expect(states.length).toBe(catalog.statuses.length + catalog.errors.length);
		expect(states.filter((s) => s.freshness.state !== 'current').map((s) => s.id)).toEqual([]);
	});

	it('has a ledger that records it as it is (content/changes.yaml is current)', () => {
		expect(catalog.changes?.length).toBeGreaterThan(0);
		expect(pendingChanges(catalog, '2026-12-07')).toEqual([]);
		const state = foldLedger(catalog.changes ?? []);
		for (const e of catalog.errors) expect(state.get(`error:${e.id}`)?.hash, e.id).toBe(e.contentHash);
		for (const s of catalog.statuses) expect(state.get(`status:${s.id}`)?.hash, s.id).toBe(s.contentHash);
	});

	it('check reports it current, translations and ledger alike', () => {
		const { status, stdout, stderr } = cli('check');
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain('ko: 43 translations current, 0 stale, 0 unrecorded.');
		expect(stdout).toMatch(/content\/changes\.yaml: \d+ changes recorded, up to date\./);
	});
});

describe('hashes', () => {
	it('serialise canonically: keys sorted at every depth, absent fields left out, arrays in order', () => {
		expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined, b: 'x' } })).toBe('{"a":{"b":"x","d":[2,1]},"b":1}');
		expect(hashOf({ a: 1, b: 2 }, 16)).toBe(hashOf({ b: 2, a: 1 }, 16));
		expect(hashOf([1, 2], 16)).not.toBe(hashOf([2, 1], 16));
	});

	it('give every entry a content hash over its kind, id and fields, different for every entry', () => {
		const error = catalog.errors[0];
		if (!error) throw new Error('no errors');
		expect(error.contentHash).toBe(contentHash('error', error.id, entryFields('error', error)));
		const all = [...catalog.errors, ...catalog.statuses].map((e) => e.contentHash);
		expect(new Set(all).size).toBe(all.length);
		expect(all.every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
	});

	it('name each locale\'s text fields, and the translation\'s record, apart from the facts', () => {
		const error = catalog.errors.find((e) => e.id === 'CourseNotModifiable');
		if (!error) throw new Error('CourseNotModifiable is missing');
		const names = Object.keys(entryFields('error', error));
		expect(names).toEqual(expect.arrayContaining(['status', 'retry', 'provenance', 'en.title', 'en.cause', 'ko.title', 'ko.cause', 'ko.sourceHash']));
		expect(names).not.toContain('en.sourceHash');
	});
});

describe('changing an English text', () => {
	const dir = copyWith('en.yaml', 'Something unexpected went wrong', 'Something unforeseen went wrong');

	it('marks its Korean entry stale in the check, naming the English field, without failing it on that account', () => {
		const recorded = cli('record-changes', '--content', dir, '--date', '2026-12-08');
		expect(recorded.status).toBe(0);
		expect(recorded.stdout).toContain('2026-12-08 changed status INTERNAL: en.meaning');
		const { status, stdout, stderr } = cli('check', '--content', dir);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain('ko: 42 translations current, 1 stale, 0 unrecorded.');
		expect(stdout).toContain('stale status INTERNAL (English changed since the review: meaning)');
		expect(stdout).toContain('npm run catalog -- mark-translated');
		expect(cli('status', '--content', dir).stdout).toMatch(/^ko stale +status INTERNAL \(English [0-9a-f]{16}, reviewed [0-9a-f]{16}\)/m);
	});

	it('marks it stale in the JSON, in both the bilingual and the Korean file', () => {
		const edited = load(dir);
		const files = buildApiFiles(edited, { site: 'https://example.org', base: '/' });
		const full = JSON.parse(files.get('api/v1/catalog.json') ?? '') as { statuses: { id: string; text: { ko: { translation: unknown }; en: { translation?: unknown } } }[] };
		const internal = full.statuses.find((s) => s.id === 'INTERNAL');
		expect(internal?.text.ko.translation).toMatchObject({ state: 'stale', changedFields: ['meaning'] });
		expect(internal?.text.en.translation).toBeUndefined();
		const ko = JSON.parse(files.get('api/v1/ko/catalog.json') ?? '') as { statuses: { id: string; translation: unknown }[] };
		expect(ko.statuses.find((s) => s.id === 'INTERNAL')?.translation).toMatchObject({ state: 'stale' });
		expect(ko.statuses.filter((s) => (s.translation as { state: string }).state === 'stale').length).toBe(1);
	});

	it('is cleared by mark-translated, which writes one line in ko.yaml; the check then wants the ledger brought up to date', () => {
		const before = readFileSync(join(dir, 'ko.yaml'), 'utf8');
		const marked = cli('mark-translated', 'INTERNAL', '--content', dir);
		expect(marked.stderr).toBe('');
		expect(marked.status).toBe(0);
		const after = readFileSync(join(dir, 'ko.yaml'), 'utf8');
		const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
		expect(changed).toHaveLength(1);
		expect(changed[0]).toMatch(/^ {4}sourceHash: "[0-9a-f]{16}"$/);
		// The ledger is behind until record-changes: check fails and names the command.
		const behind = cli('check', '--content', dir);
		expect(behind.status).toBe(1);
		expect(behind.stderr).toContain('does not record 1 change to the catalog: status INTERNAL (changed)');
		expect(behind.stderr).toContain('npm run catalog -- record-changes');
	});

	it('leaves the check passing once record-changes has recorded the review', () => {
		expect(cli('record-changes', '--content', dir, '--date', '2026-12-08').stdout).toContain('changed status INTERNAL: ko.sourceHash');
		const done = cli('check', '--content', dir);
		expect(done.status).toBe(0);
		expect(done.stdout).toContain('ko: 43 translations current, 0 stale, 0 unrecorded.');
	});
});

describe('the ledger', () => {
	it('records an entry removed, and refuses its id when it comes back', () => {
		const dir = copyWith('en.yaml', 'errors:\n', 'errors:\n');
		const ledger = join(dir, 'changes.yaml');
		writeFileSync(ledger, `${readFileSync(ledger, 'utf8')}${recordsYaml([{ date: '2026-12-09', change: 'removed', kind: 'error', id: 'CourseNotModifiable' }])}`);
		const result = loadCatalog(dir, { cwd: dir });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([expect.stringMatching(/^en\.yaml errors\[\d+\]\.id: "CourseNotModifiable" was removed from the catalog \(changes\.yaml\), and a removed id is never used again\.$/)]);
	});

	it('refuses records out of order, an entry added twice, and a change before any addition, each at its line', () => {
		const dir = copyWith('en.yaml', 'errors:\n', 'errors:\n');
		const ledger = join(dir, 'changes.yaml');
		writeFileSync(
			ledger,
			`${readFileSync(ledger, 'utf8')}${recordsYaml([
				{ date: '2026-12-01', change: 'changed', kind: 'error', id: 'NoSuchError', hash: '0123456789abcdef', fields: { 'en.title': '01234567' } },
				{ date: '2026-12-08', change: 'added', kind: 'error', id: 'CourseNotModifiable', hash: '0123456789abcdef', fields: {} },
			])}`,
		);
		const result = loadCatalog(dir, { cwd: dir });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const messages = result.problems.map((p) => `${p.file}:${String(p.line)} ${p.message}`);
		expect(messages).toEqual([
			expect.stringMatching(/^changes\.yaml:\d+ 2026-12-01 comes after 2026-12-07; the ledger is in the order it was recorded\.$/),
			expect.stringMatching(/^changes\.yaml:\d+ The first record of error NoSuchError is "changed", not "added"\.$/),
			expect.stringMatching(/^changes\.yaml:\d+ error CourseNotModifiable is added twice\.$/),
		]);
	});

	it('lists a new entry as added with every field, and a removed one as removed', () => {
		const first = catalog.errors[0];
		if (!first) throw new Error('no errors');
		const without: Catalog = { ...catalog, errors: catalog.errors.slice(1) };
		expect(pendingChanges(without, '2026-12-09')).toEqual([{ date: '2026-12-09', change: 'removed', kind: 'error', id: first.id }]);
		const noLedger: Catalog = { ...catalog, changes: [] };
		const all = pendingChanges(noLedger, '2026-12-09');
		expect(all).toHaveLength(catalog.statuses.length + catalog.errors.length);
		expect(all.every((r) => r.change === 'added' && Object.keys(r.fields ?? {}).includes('en.title'))).toBe(true);
	});
});

describe('mark-translated\'s edit of ko.yaml', () => {
	const text = readFileSync(join(CONTENT, 'ko.yaml'), 'utf8');

	it('replaces a recorded hash in place, touching no other line', () => {
		const edited = setSourceHashes(text, [{ kind: 'error', id: 'CourseNotModifiable', hash: 'ffffffffffffffff' }]);
		const a = text.split('\n');
		const b = edited.split('\n');
		expect(b).toHaveLength(a.length);
		expect(b.filter((line, i) => line !== a[i])).toEqual(['    sourceHash: "ffffffffffffffff"']);
	});

	it('refuses an id it cannot find, writing nothing', () => {
		expect(() => setSourceHashes(text, [{ kind: 'error', id: 'NoSuchError', hash: 'ffffffffffffffff' }])).toThrow(/No entry "- id: …" found for error NoSuchError/);
	});
});
