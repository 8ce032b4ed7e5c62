/**
 * `npm run catalog -- refresh-methods` as a person runs it: the changes
 * printed for review, the file written, and one clear sentence naming the
 * file for bad input, with nothing written.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'catalog.ts');
const NODE = (process.features as { typescript?: string | false }).typescript ? process.execPath : join(ROOT, 'node_modules', '.bin', 'node');
const PINNED = join(ROOT, 'content', 'upstream', 'classroom.v1.discovery.json');

function run(args: readonly string[]): SpawnSyncReturns<string> {
	const result = spawnSync(NODE, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
	if (result.error) throw result.error;
	return result;
}

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function contentCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'refresh-cli-'));
	temps.push(dir);
	for (const name of ['en.yaml', 'conditions.yaml', 'methods.yaml']) copyFileSync(join(ROOT, 'content', name), join(dir, name));
	return dir;
}

describe('catalog refresh-methods', () => {
	it('prints the changes of a newer document and writes the facts', () => {
		const dir = contentCopy();
		const doc = JSON.parse(readFileSync(PINNED, 'utf8')) as Record<string, any>;
		doc['revision'] = '20991231';
		delete doc['resources']['courses']['resources']['aliases']['methods']['delete'];
		doc['resources']['courses']['methods']['delete']['description'] = doc['resources']['courses']['methods']['delete']['description'].replace('if no course exists with the requested ID', 'if the requested course does not exist');
		const file = join(dir, 'newer.json');
		writeFileSync(file, JSON.stringify(doc));
		const result = run(['refresh-methods', file, '--content', dir]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('classroom:v1 revision 20991231: 96 methods');
		expect(result.stdout).toContain('3 changes:\n  revision 20250526 -> 20991231\n');
		// A rewording that a written condition already lists maps to it: the change is printed, nothing more to write.
		expect(result.stdout).toContain('  ~ courses.delete: NOT_FOUND condition "if no course exists with the requested ID" -> "if the requested course does not exist" (course-not-found -> course-not-found)\n');
		expect(result.stdout).toContain('  - method courses.aliases.delete: DELETE v1/courses/{courseId}/aliases/{alias}\n');
		expect(result.stdout).not.toContain('need a written condition');
		expect(result.stdout).toContain(`Wrote ${join(dir, 'methods.yaml')}.`);
		expect(readFileSync(join(dir, 'methods.yaml'), 'utf8')).toContain('revision: "20991231"');
	});

	it('says which file is wrong, exits 1 and writes nothing', () => {
		const dir = contentCopy();
		const before = readFileSync(join(dir, 'methods.yaml'), 'utf8');
		const bad = join(dir, 'not-discovery.json');
		writeFileSync(bad, '[1, 2, 3]');
		const result = run(['refresh-methods', bad, '--content', dir]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${bad}: 1 part of the discovery document cannot be read; nothing was written:\n  (document): The document is not a JSON object.`);
		expect(readFileSync(join(dir, 'methods.yaml'), 'utf8')).toBe(before);
	});

	it('asks for the document when none is given', () => {
		const result = run(['refresh-methods']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('refresh-methods needs one discovery document.');
	});
});
