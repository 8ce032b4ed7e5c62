/**
 * The catalog command line as a tool runs it: `export` writes exactly the
 * files of `buildApiFiles`, the same bytes every time, and nothing at all
 * when the catalog is broken; `explain` answers for JSON bodies, in Korean,
 * for unknown ids (falling back to the status) and for malformed JSON.
 */
import { GOOGLE_RPC_CODES } from '../src/catalog/google-rpc.ts';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiFiles } from '../src/api/build-files.ts';
import { formatProblem, loadCatalog, type Catalog } from '../src/catalog/index.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'catalog.ts');
const DEFAULT_AT = { site: 'https://classroom-errors.example.org', base: '/' };

/**
 * The Node that runs the script: this process's own when it can run
 * TypeScript (Node ≥ 22.18 strips types), else the Node the project pins
 * (`node_modules/.bin/node`, what `npm run catalog` uses). Vitest started
 * directly from a shell may run under an older system Node.
 */
const NODE = (process.features as { typescript?: string | false }).typescript ? process.execPath : join(ROOT, 'node_modules', '.bin', 'node');

/** The environment without SITE_URL and BASE_PATH, which the command line reads as defaults. */
function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	delete env['SITE_URL'];
	delete env['BASE_PATH'];
	return env;
}

function run(args: readonly string[], input?: string): SpawnSyncReturns<string> {
	const result = spawnSync(NODE, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(), input: input ?? '', timeout: 60_000 });
	if (result.error) throw result.error;
	return result;
}

function load(): Catalog {
	const result = loadCatalog(join(ROOT, 'content'), { cwd: ROOT });
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.catalog;
}

const tempDirs: string[] = [];
afterAll(() => {
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'catalog-cli-'));
	tempDirs.push(dir);
	return dir;
}

/** Every file under `dir`, by relative path with `/`, and its bytes. */
function snapshot(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (at: string): void => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, entry.name);
			if (entry.isDirectory()) walk(path);
			else out.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
		}
	};
	walk(dir);
	return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const sorted = (map: ReadonlyMap<string, string>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('catalog export', () => {
	it('writes every file of buildApiFiles (seven, one per error and one per status), byte for byte', () => {
		const catalog = load();
		const count = 7 + catalog.errors.length + catalog.statuses.length;
		const out = join(tempDir(), 'api-export');
		const result = run(['export', '--out', out]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(new RegExp(`^Wrote ${String(count)} files of the JSON API \\(catalog [0-9a-f]{16}\\) to `));
		const written = snapshot(out);
		expect(written.size).toBe(count);
		expect([...written]).toEqual(sorted(buildApiFiles(load(), DEFAULT_AT)));
	});

	it('writes identical bytes when run twice, and leaves no staging folders behind', () => {
		const parent = tempDir();
		const out = join(parent, 'api');
		expect(run(['export', '--out', out]).status).toBe(0);
		const first = snapshot(out);
		expect(run(['export', '--out', out]).status).toBe(0);
		expect([...snapshot(out)]).toEqual([...first]);
		expect(readdirSync(parent)).toEqual(['api']);
	});

	it('honours --site and --base', () => {
		const out = join(tempDir(), 'api');
		expect(run(['export', '--out', out, '--site', 'https://example.org', '--base', 'docs']).status).toBe(0);
		expect([...snapshot(out)]).toEqual(sorted(buildApiFiles(load(), { site: 'https://example.org', base: '/docs/' })));
	});

	it('exits 1 on a broken catalog and leaves an existing folder untouched', () => {
		const parent = tempDir();
		const out = join(parent, 'api');
		mkdirSync(out);
		writeFileSync(join(out, 'marker.txt'), 'keep me\n');
		const result = run(['export', '--out', out, '--content', 'src/catalog/fixtures/raw-html']);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('src/catalog/fixtures/raw-html/');
		expect(result.stderr).toMatch(/problems? in src\/catalog\/fixtures\/raw-html; nothing was written\./);
		expect([...snapshot(out)]).toEqual([['marker.txt', 'keep me\n']]);
		expect(readdirSync(parent)).toEqual(['api']);
	});

	it('replaces only DIR/api/v1/: other files in DIR survive a successful export', () => {
		const out = join(tempDir(), 'site');
		mkdirSync(join(out, 'api', 'v1', 'errors'), { recursive: true });
		writeFileSync(join(out, 'index.html'), 'keep me\n');
		writeFileSync(join(out, 'api', 'v1', 'errors', 'Retired.json'), 'stale\n');
		expect(run(['export', '--out', out]).status).toBe(0);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('keep me\n');
		expect(existsSync(join(out, 'api', 'v1', 'errors', 'Retired.json'))).toBe(false);
		expect(readdirSync(join(out, 'api'))).toEqual(['v1']);
	});

	it('refuses a --site with a path and says to use --base', () => {
		const parent = tempDir();
		const result = run(['export', '--out', join(parent, 'api'), '--site', 'https://example.org/sub/']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--base');
		expect(existsSync(join(parent, 'api'))).toBe(false);
	});

	it('exits 2 without --out, or with a --site that is not an absolute URL, writing nothing', () => {
		const parent = tempDir();
		const noOut = run(['export']);
		expect(noOut.status).toBe(2);
		expect(noOut.stderr).toContain('export needs --out DIR');
		const badSite = run(['export', '--out', join(parent, 'api'), '--site', 'example.org']);
		expect(badSite.status).toBe(2);
		expect(badSite.stderr).toContain('--site must be an absolute URL');
		expect(existsSync(join(parent, 'api'))).toBe(false);
	});
});

describe('catalog explain', () => {
	const catalog = load();
	const error = (id: string) => {
		const found = catalog.errors.find((e) => e.id === id);
		if (!found) throw new Error(`no ${id} in the catalog`);
		return found;
	};
	const body = (message: string, status: string, code: number) => JSON.stringify({ error: { code, message, status } });

	it('explains a whole JSON error body in English', () => {
		const e = error('CourseNotModifiable');
		const result = run(['explain', body('@CourseNotModifiable The course is not modifiable.', 'FAILED_PRECONDITION', 400)]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe(`CourseNotModifiable — ${e.text.en.title}`);
		expect(lines[1]).toBe('400 FAILED_PRECONDITION');
		expect(result.stdout).toContain(e.text.en.summary.plain);
		expect(result.stdout).toContain(`Cause: ${e.text.en.cause.plain}`);
		expect(result.stdout).toContain(`What to do: ${e.text.en.action?.plain ?? '(none)'}`);
		expect(result.stdout).toContain('Who acts: End user (the teacher or student)\n');
		expect(result.stdout).toContain(`Message for the user: ${e.text.en.userMessage}\n`);
		expect(lines.at(-1)).toBe('https://classroom-errors.example.org/errors/course-not-modifiable/');
	});

	it('reads the body from standard input with -', () => {
		const result = run(['explain', '-'], `${body('@CourseNotModifiable The course is not modifiable.', 'FAILED_PRECONDITION', 400)}\n`);
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe(`CourseNotModifiable — ${error('CourseNotModifiable').text.en.title}`);
	});

	it('answers in Korean with --lang ko', () => {
		const e = error('CourseNotModifiable');
		const result = run(['explain', body('@CourseNotModifiable The course is not modifiable.', 'FAILED_PRECONDITION', 400), '--lang', 'ko']);
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe(`CourseNotModifiable — ${e.text.ko.title}`);
		expect(result.stdout).toContain(`원인: ${e.text.ko.cause.plain}`);
		expect(result.stdout).toContain(`조치 방법: ${e.text.ko.action?.plain ?? '(none)'}`);
		expect(result.stdout).toContain('조치할 사람: 최종 사용자(교사 또는 학생)\n');
		expect(result.stdout).toContain(`사용자에게 전할 메시지: ${e.text.ko.userMessage}\n`);
		expect(result.stdout).toMatch(/[가-힣]/);
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('https://classroom-errors.example.org/ko/errors/course-not-modifiable/');
	});

	it('says so in Korean where the catalog has no action', () => {
		const result = run(['explain', 'PendingInvitationExists', '--lang', 'ko']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('조치 방법: 문서에 권장 조치가 없습니다.');
		expect(result.stdout).toContain(`사용자에게 전할 메시지: ${error('PendingInvitationExists').text.ko.userMessage}`);
	});

	it('falls back to the status for an unknown @Id that only starts like a known one, and notes the id', () => {
		const status = catalog.statuses.find((s) => s.id === 'PERMISSION_DENIED');
		const result = run(['explain', body('@ClassroomApiDisabledFoo The Classroom API is disabled.', 'PERMISSION_DENIED', 403)]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('note: @ClassroomApiDisabledFoo is not in the catalog; showing its status.');
		expect(result.stdout).toContain(`403 PERMISSION_DENIED — ${status?.text.en.title ?? '?'}`);
		expect(result.stdout).not.toContain('ClassroomApiDisabled —');
		expect(result.stdout).not.toContain('/errors/classroom-api-disabled/');
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('https://classroom-errors.example.org/statuses/permission-denied/');
	});

	it("answers a status with its title, meaning and advice, and exits 0 (issue 18)", () => {
		const status = catalog.statuses.find((s) => s.id === 'PERMISSION_DENIED');
		if (!status) throw new Error('no PERMISSION_DENIED in the catalog');
		const result = run(['explain', 'Remove Failed: The caller does not have permission']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`403 PERMISSION_DENIED — ${status.text.en.title}`);
		expect(result.stdout).toContain(status.text.en.meaning.plain);
		expect(result.stdout).toContain(status.text.en.advice.plain);
	});

	it("names an unknown @Id and gives its status's advice, in Korean too", () => {
		const status = catalog.statuses.find((s) => s.id === 'PERMISSION_DENIED');
		if (!status) throw new Error('no PERMISSION_DENIED in the catalog');
		const result = run(['explain', 'googleapi: Error 403: @TeacherInvitesPaused Invites are paused., forbidden', '--lang', 'ko']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('@TeacherInvitesPaused');
		expect(result.stdout).toContain(status.text.ko.advice.plain);
	});

	it('reads a JSON body cut short for its code and message', () => {
		const result = run(['explain', '{"error": {"code": 403, "message": "The caller does not have permission", "errors": [']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('403 PERMISSION_DENIED — ');
	});

	const missing = Object.keys(GOOGLE_RPC_CODES).find((name) => name !== 'OK' && name !== 'UNKNOWN' && !catalog.statuses.some((s) => s.id === name));
	it.runIf(missing !== undefined)('names a Google status the catalog does not document, rather than guess, and exits 1', () => {
		const result = run(['explain', `{"error": {"code": 499, "message": "x", "status": "${missing ?? ''}"}}`]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`No match: The response's status ${missing ?? ''} is not in the catalog (a Google status it does not document yet).`);
	});

	it('exits 1 with a clear message on malformed JSON', () => {
		const result = run(['explain', '{"error": {"details": [']);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^No match: The input looks like JSON but does not parse \(.+\)\.\n$/);
	});

	it('rejects an unknown --lang with exit 2', () => {
		const result = run(['explain', 'CourseNotModifiable', '--lang', 'fr']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--lang must be one of en, ko');
	});
});
