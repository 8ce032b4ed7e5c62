import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load.ts';

/** The project root: the CLI resolves --content against it and prints paths relative to it. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Node that runs TypeScript directly. Under `npm test`/`npx vitest`, process.execPath is the pinned
 * Node 24; when vitest is started by an older system Node, fall back to the pinned binary.
 */
const NODE = (() => {
	const major = Number(process.versions.node.split('.')[0]);
	const pinned = join(ROOT, 'node_modules', '.bin', 'node');
	return major >= 24 || !existsSync(pinned) ? process.execPath : pinned;
})();

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(NODE, ['scripts/catalog.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
	if (result.error) throw result.error;
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string) => `src/catalog/fixtures/${name}`;

describe('catalog check (CLI)', () => {
	it('exits 0 and prints the summary for the valid fixture', () => {
		const { status, stdout, stderr } = runCli('check', '--content', fixture('valid'));
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const loaded = loadCatalog(join(ROOT, fixture('valid')));
		if (!loaded.ok) throw new Error('the valid fixture does not load');
		// The version printed by a separate process is the one computed here: the hash is deterministic.
		expect(stdout.replace(loaded.catalog.version, '<version>')).toMatchInlineSnapshot(`
			"Catalog <version>: 2 statuses, 4 errors, 2 glossary terms.
			  400 FAILED_PRECONDITION    3 errors
			  429 RESOURCE_EXHAUSTED     1 errors
			  en: 2 statuses and 4 errors translated (3 with an action)
			  ko: 2 statuses and 4 errors translated (3 with an action)
			  ko: 0 translations current, 0 stale, 6 unrecorded.
			    unrecorded status FAILED_PRECONDITION (no record of the English it translates)
			    unrecorded status RESOURCE_EXHAUSTED (no record of the English it translates)
			    unrecorded error CourseNotModifiable (no record of the English it translates)
			    unrecorded error ClassroomApiDisabled (no record of the English it translates)
			    unrecorded error ClassroomDisabled (no record of the English it translates)
			    unrecorded error UserCourseJoinRateLimitReached (no record of the English it translates)
			    Not an error: the ko pages say so and link the English. Once a translation is reviewed: npm run catalog -- mark-translated <id…> --lang ko.
			  No changes.yaml in src/catalog/fixtures/valid: no change feed. npm run catalog -- record-changes starts one.
			"
		`);
	});

	it.each([
		['broken-yaml', ['src/catalog/fixtures/broken-yaml/en.yaml:32:12']],
		['duplicate-id', ['src/catalog/fixtures/duplicate-id/en.yaml:86:9']],
		['empty-file', ['src/catalog/fixtures/empty-file/ko.yaml:1:1']],
		['glossary-term', ['src/catalog/fixtures/glossary-term/ko.yaml:18:14']],
		['missing-field', ['src/catalog/fixtures/missing-field/en.yaml:24:5']],
		['missing-ko', ['src/catalog/fixtures/missing-ko/ko.yaml:15:1']],
		['raw-html', ['src/catalog/fixtures/raw-html/en.yaml:79:12', 'src/catalog/fixtures/raw-html/en.yaml:79:12']],
		['unknown-key', ['src/catalog/fixtures/unknown-key/en.yaml:82:5', 'src/catalog/fixtures/unknown-key/ko.yaml:41:13']],
		['unknown-related', ['src/catalog/fixtures/unknown-related/en.yaml:44:15', 'src/catalog/fixtures/unknown-related/en.yaml:59:15']],
		['unknown-status', ['src/catalog/fixtures/unknown-status/en.yaml:69:13']],
		['wrong-type', ['src/catalog/fixtures/wrong-type/en.yaml:14:11']],
	])('exits 1 for %s and names file:line:column of every problem', (name, locations) => {
		const { status, stdout, stderr } = runCli('check', '--content', fixture(name));
		expect(status).toBe(1);
		expect(stdout).toBe('');
		const located = stderr.split('\n').filter((line) => /^\S+\.yaml:\d+:\d+ /.test(line)).map((line) => line.split(' ')[0]);
		expect(located).toEqual(locations);
		expect(stderr).toContain('    fix: ');
		const count = locations.length;
		expect(stderr.trimEnd().endsWith(`${count} problem${count === 1 ? '' : 's'} in ${fixture(name)}; nothing was written.`)).toBe(true);
	});

	it('prints a problem exactly as formatProblem does', () => {
		expect(runCli('check', '--content', fixture('unknown-status')).stderr).toMatchInlineSnapshot(`
			"src/catalog/fixtures/unknown-status/en.yaml:69:13 errors[3].status: Unknown status "RESOURCE_EXHAUSTD".
			    fix: Use one of the statuses defined in this file: FAILED_PRECONDITION, RESOURCE_EXHAUSTED.

			1 problem in src/catalog/fixtures/unknown-status; nothing was written.
			"
		`);
	});

	it('exits 1 for a folder that does not exist, naming each missing file', () => {
		const { status, stderr } = runCli('check', '--content', fixture('no-such-folder'));
		expect(status).toBe(1);
		expect(stderr).toMatchInlineSnapshot(`
			"src/catalog/fixtures/no-such-folder/en.yaml The file does not exist.
			    fix: Create it (see the README for the catalog layout) or point --content at the right folder.
			src/catalog/fixtures/no-such-folder/glossary.yaml The file does not exist.
			    fix: Create it (see the README for the catalog layout) or point --content at the right folder.
			src/catalog/fixtures/no-such-folder/ko.yaml The file does not exist.
			    fix: Create it (see the README for the catalog layout) or point --content at the right folder.

			3 problems in src/catalog/fixtures/no-such-folder; nothing was written.
			"
		`);
	});

	it('exits 2 with the usage for an unknown command', () => {
		const { status, stdout, stderr } = runCli('chek');
		expect(status).toBe(2);
		expect(stdout).toBe('');
		// The usage text grows with the commands; pin its first line and that it names `check`.
		expect(stderr.split('\n')[0]).toBe('Unknown command "chek".');
		expect(stderr).toContain('Usage:');
		expect(stderr).toContain('npm run catalog -- check [--content DIR]');
	});

	it('exits 2 with the usage when no command is given', () => {
		const { status, stderr } = runCli();
		expect(status).toBe(2);
		expect(stderr).toContain('Usage:');
		expect(stderr).not.toContain('Unknown command');
	});

	it('exits 2 for an unknown option', () => {
		const { status, stderr } = runCli('check', '--contnet', fixture('valid'));
		expect(status).toBe(2);
		expect(stderr).toContain("Unknown option '--contnet'");
		expect(stderr).toContain('Usage:');
	});
});
