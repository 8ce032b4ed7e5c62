/**
 * The command line on a terminal, under hostile input: it never echoes more
 * than a short excerpt of what it was given, never prints a raw control or
 * bidi character, and explains a failure in one sentence (a stack trace only
 * with --debug).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'catalog.ts');
const NODE = (process.features as { typescript?: string | false }).typescript ? process.execPath : join(ROOT, 'node_modules', '.bin', 'node');

/** Raw characters that a terminal would obey rather than show. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

function run(args: readonly string[], input = ''): SpawnSyncReturns<string> {
	const result = spawnSync(NODE, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
	if (result.error) throw result.error;
	return result;
}

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('catalog explain on a terminal', () => {
	it('answers 8 MB of unmatched input with a short excerpt, not an echo', () => {
		const input = `no error here ${'z'.repeat(8 * 1024 * 1024)}`;
		const result = run(['explain', '-'], input);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^No match/);
		expect(result.stdout.length + result.stderr.length).toBeLessThan(4_000);
	});

	it('never prints the control characters of its input', () => {
		const result = run(['explain', '-'], '\u001b[2J\u001b]0;pwned\u0007 \u202e@NoSuchThing\u0000 \u009b31m');
		expect(`${result.stdout}${result.stderr}`).not.toMatch(RAW_CONTROL);
		expect(result.stderr).toContain('@NoSuchThing');
	});

	it('never prints the control characters of an argument it rejects', () => {
		const result = run(['explain', '--lang', 'k\u001b[2Jo']);
		expect(result.status).toBe(2);
		expect(`${result.stdout}${result.stderr}`).not.toMatch(RAW_CONTROL);
	});
});

describe('catalog check on a terminal', () => {
	it('reports a catalog full of control characters without printing one', () => {
		const result = run(['check', '--content', 'src/catalog/fixtures/control-characters']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('control-characters/en.yaml:32:12');
		expect(`${result.stdout}${result.stderr}`).not.toMatch(RAW_CONTROL);
	});

	it('reports a 5 MB title in a line, not 5 MB', () => {
		const dir = mkdtempSync(join(tmpdir(), 'catalog-term-'));
		temps.push(dir);
		for (const file of ['en.yaml', 'ko.yaml', 'glossary.yaml']) {
			const text = spawnSync('cat', [join(ROOT, 'src/catalog/fixtures/valid', file)], { encoding: 'utf8' }).stdout;
			writeFileSync(join(dir, file), file === 'en.yaml' ? text.replace('title: Course not modifiable', `title: ${'\u202e'.repeat(10)}${'x'.repeat(5_000_000)}`) : text);
		}
		const result = run(['check', '--content', dir]);
		expect(result.status).toBe(1);
		expect(result.stderr.length).toBeLessThan(4_000);
		expect(result.stderr).not.toMatch(RAW_CONTROL);
	});
});

describe('failures on a terminal', () => {
	it('explains an export that cannot be written in one sentence, without a stack trace', () => {
		const dir = mkdtempSync(join(tmpdir(), 'catalog-term-'));
		temps.push(dir);
		writeFileSync(join(dir, 'file'), '');
		const result = run(['export', '--out', join(dir, 'file')]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`Could not write the export; ${join(dir, 'file')} is unchanged.`);
		expect(result.stderr).toContain('Run again with --debug for the details.');
		expect(result.stderr).not.toMatch(/^\s+at /m);
	});

	it('prints the stack trace with --debug', () => {
		const dir = mkdtempSync(join(tmpdir(), 'catalog-term-'));
		temps.push(dir);
		writeFileSync(join(dir, 'file'), '');
		const result = run(['export', '--out', join(dir, 'file'), '--debug']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^\s+at /m);
	});
});
