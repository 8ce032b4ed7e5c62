/**
 * Bytes and text that must never reach a page, catalog.json or a terminal,
 * facts that contradict google.rpc, ids that collide ignoring case, and
 * bounds: each broken fixture is rejected with file, line, key path and fix.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog, type LoadResult } from './load.ts';
import type { Problem } from './problems.ts';
import { GOOGLE_RPC_CODES, rpcCodeOf } from './google-rpc.ts';
import { STATUS_IDS } from './schema.ts';
import { decodeUtf8, firstInvalidUtf8Byte, firstUnsafeChar, isInvisibleOnly } from './text-hygiene.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

function problemsOf(result: LoadResult): readonly Problem[] {
	if (result.ok) throw new Error('expected problems, the catalog loaded');
	return result.problems;
}

const fixture = (name: string) => problemsOf(loadCatalog(join(FIXTURES, name), { cwd: FIXTURES }));
const brief = (p: Problem) => `${p.file}:${String(p.line)}:${String(p.column)} ${p.path} | ${p.message}`;

const tempDirs: string[] = [];
afterAll(() => {
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** The valid fixture with one exact edit of en.yaml's bytes. */
function withEnEdit(from: string, to: string | Buffer): readonly Problem[] {
	const dir = mkdtempSync(join(tmpdir(), 'catalog-hygiene-'));
	tempDirs.push(dir);
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	const file = join(dir, 'en.yaml');
	const text = readFileSync(file);
	const at = text.indexOf(from);
	if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)} in the valid fixture`);
	writeFileSync(file, Buffer.concat([text.subarray(0, at), typeof to === 'string' ? Buffer.from(to) : to, text.subarray(at + Buffer.byteLength(from))]));
	return problemsOf(loadCatalog(dir, { cwd: dir }));
}

describe('catalog text hygiene (fixtures)', () => {
	it('invalid-utf8: the first bad byte is reported at its line and column, not turned into U+FFFD', () => {
		expect(fixture('invalid-utf8').map(brief)).toEqual([
			'invalid-utf8/ko.yaml:17:18  | The file is not valid UTF-8: byte 0xC3 at byte offset 665 does not start or continue a UTF-8 character.',
		]);
	});

	it('control-characters: NUL, a terminal escape, a bidi override, a C1 control and a zero-width-only title, each at its field', () => {
		expect(fixture('control-characters').map(brief)).toEqual([
			'control-characters/en.yaml:32:12 errors[0].title | "title" contains, at character 11, a NUL character.',
			'control-characters/en.yaml:33:14 errors[0].summary | "summary" contains, at character 20, an escape character (ESC, used by terminal escape sequences).',
			'control-characters/en.yaml:47:22 errors[1].title | "title" contains, at character 11, the bidirectional control U+202E, which reorders how text is displayed.',
			'control-characters/en.yaml:62:12 errors[2].title | "title" has no visible text, only spaces and zero-width characters.',
			'control-characters/en.yaml:64:12 errors[2].cause | "cause" contains, at character 17, the C1 control character U+0085.',
		]);
		for (const p of fixture('control-characters')) expect(p.fix).not.toBe('');
	});

	it('unknown-tag: a tag the loader does not know is an error, not silently dropped', () => {
		const [problem, ...rest] = fixture('unknown-tag');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'unknown-tag/en.yaml', line: 32, column: 12 });
		expect(problem?.message).toContain('Unknown YAML tag "!evil"');
		expect(problem?.fix).toContain('Remove the tag');
	});

	it('alias-bomb: the alias limit is reported with file and line, like any other problem', () => {
		const [problem, ...rest] = fixture('alias-bomb');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'alias-bomb/en.yaml', line: 24, column: 13 });
		expect(problem?.message).toMatch(/^The YAML aliases \(\*name\) starting here expand to more than 100 nodes/);
	});

	it('rpc-mismatch: a status must carry the HTTP and google.rpc codes that google.rpc defines for its name', () => {
		expect(fixture('rpc-mismatch').map(brief)).toEqual([
			'rpc-mismatch/en.yaml:5:11 statuses[0].http | FAILED_PRECONDITION has http 404, but google.rpc defines FAILED_PRECONDITION as HTTP 400.',
			'rpc-mismatch/en.yaml:15:15 statuses[1].grpcCode | RESOURCE_EXHAUSTED has grpcCode 9, but google.rpc defines RESOURCE_EXHAUSTED as code 8.',
		]);
	});

	it('case-collision: two ids that differ only in case are one problem, at the second', () => {
		expect(fixture('case-collision').map(brief)).toEqual([
			'case-collision/en.yaml:54:9 errors[2].id | Error id "ClassroomAPIDisabled" differs only in case from "ClassroomApiDisabled" (errors[1], line 39); their short links and API files would collide on a case-insensitive disk.',
		]);
	});

	it('over-limits: a title over its length limit and an absurd wait are rejected', () => {
		expect(fixture('over-limits').map(brief)).toEqual([
			'over-limits/en.yaml:32:12 errors[0].title | "title" is 326 characters long; the limit is 120.',
			'over-limits/en.yaml:47:13 errors[1].retry.wait | The schedule ("P99999999999999999999D" × 1 attempt) runs longer than the 30 days a retry may wait.',
		]);
	});
});

describe('catalog text hygiene (single edits)', () => {
	it('rejects a 5 MB title without echoing it', () => {
		const problems = withEnEdit('title: Course not modifiable', `title: ${'x'.repeat(5_000_000)}`);
		expect(problems.map((p) => p.message)).toEqual(['"title" is 5,000,000 characters long; the limit is 120.']);
	});

	it('rejects a tab or an escaped line break in a one-line field, but not in prose', () => {
		expect(withEnEdit('title: Course not modifiable', 'title: "Course\\tnot modifiable"').map((p) => p.message)).toEqual(['"title" contains, at character 7, a tab.']);
		expect(withEnEdit('title: Course not modifiable', 'title: "Course\\nnot modifiable"').map((p) => p.message)).toEqual(['"title" contains, at character 7, a line break.']);
		expect(loadCatalogWith('cause: Only the course state itself can change while the course is in this state.', 'cause: "Only the course state\\n\\titself can change."').ok).toBe(true);
	});

	it('rejects a lone surrogate written as a YAML escape, and U+FFFD', () => {
		expect(withEnEdit('title: Course not modifiable', 'title: "Course \\ud800 not modifiable"')[0]?.message).toContain('a lone surrogate U+D800');
		expect(withEnEdit('title: Course not modifiable', 'title: Course \ufffd not modifiable')[0]?.message).toContain('U+FFFD');
	});

	it('rejects a control character in a key', () => {
		expect(withEnEdit('    title: Course not modifiable', '    "ti\\u0007tle": Course not modifiable')[0]?.message).toBe('A key contains, at character 3, the control character U+0007.');
	});

	it('rejects a raw escape sequence at its exact column', () => {
		const [problem] = withEnEdit('title: Course not modifiable', 'title: Course \u001b[2J not modifiable');
		expect(problem).toMatchObject({ line: 32, column: 19, path: 'errors[0].title' });
	});

	it('rejects more search keywords than the limit', () => {
		const keywords = Array.from({ length: 41 }, (_, i) => `word${String(i)}`).join(', ');
		expect(withEnEdit('title: Course not modifiable', `title: Course not modifiable\n    keywords: [${keywords}]`).map((p) => p.message)).toEqual(['"keywords" has 41 items; the limit is 40.']);
	});

	it('reads a file with a UTF-8 byte order mark', () => {
		expect(loadCatalogWith('# A small valid catalog', '\ufeff# A small valid catalog').ok).toBe(true);
	});
});

/** The valid fixture with one text edit of en.yaml, loaded. */
function loadCatalogWith(from: string, to: string): LoadResult {
	const dir = mkdtempSync(join(tmpdir(), 'catalog-hygiene-'));
	tempDirs.push(dir);
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	const file = join(dir, 'en.yaml');
	const text = readFileSync(file, 'utf8');
	if (text.split(from).length !== 2) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
	writeFileSync(file, text.replace(from, () => to));
	return loadCatalog(dir, { cwd: dir });
}

describe('text-hygiene helpers', () => {
	it('finds the first invalid UTF-8 byte: overlong forms, surrogates, truncation, stray continuation bytes', () => {
		expect(firstInvalidUtf8Byte(Buffer.from('ok 한글'))).toBe(Buffer.byteLength('ok 한글'));
		expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
		expect(firstInvalidUtf8Byte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
		expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xe2, 0x82]))).toBe(1);
		expect(firstInvalidUtf8Byte(Uint8Array.from([0x80]))).toBe(0);
		expect(firstInvalidUtf8Byte(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
	});
	it('reports a bad byte on a later line in characters, not bytes', () => {
		const result = decodeUtf8('x.yaml', Buffer.concat([Buffer.from('a\n한글'), Uint8Array.from([0xff])]));
		expect(result).toMatchObject({ problem: { line: 2, column: 3 } });
	});
	it('accepts tabs and newlines only where a field allows them', () => {
		expect(firstUnsafeChar('a\tb\nc', true)).toBeUndefined();
		expect(firstUnsafeChar('a\tb', false)?.what).toBe('a tab');
		expect(firstUnsafeChar('emoji 😀 and 한국어', false)).toBeUndefined();
	});
	it('treats zero-width-only text as invisible, but not text with a zero-width joiner inside', () => {
		expect(isInvisibleOnly('\u200b')).toBe(true);
		expect(isInvisibleOnly(' \u200b\ufeff ')).toBe(true);
		expect(isInvisibleOnly('a\u200db')).toBe(false);
		expect(isInvisibleOnly('   ')).toBe(false);
	});
});

describe('the google.rpc table', () => {
	it('has the pair of every status the catalog accepts', () => {
		for (const id of STATUS_IDS) expect(rpcCodeOf(id), id).toBeDefined();
		expect(rpcCodeOf('RESOURCE_EXHAUSTED')).toEqual({ grpcCode: 8, http: 429 });
		expect(rpcCodeOf('toString')).toBeUndefined();
	});
	it('gives each of the 17 codes 0–16 exactly once', () => {
		expect(Object.values(GOOGLE_RPC_CODES).map((c) => c.grpcCode).sort((a, b) => a - b)).toEqual([...Array(17).keys()]);
	});
});
