/**
 * The build's faults, found before Astro runs and told in one sentence; and
 * its staging folders, tidied after killed builds and never left to an
 * orphaned Astro.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildFault, prepareOutputLocation, removeStaleStaging, stagingRoot } from './build-output.ts';

const ROOT = resolve(import.meta.dirname, '..');
const temps: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
	for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cat-build-out-'));
	temps.push(dir);
	return dir;
}

function build(env: Record<string, string>) {
	return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
}

/** A pid that certainly belongs to no running process: one that just exited. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
	return Number(child.stdout);
}

/** The children of `pid`, from /proc (Linux). */
function childPids(pid: number): number[] {
	try {
		return readFileSync(`/proc/${String(pid)}/task/${String(pid)}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

const alive = (pid: number) => existsSync(`/proc/${String(pid)}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${String(pid)}/status`, 'utf8'));

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 90_000): Promise<T> {
	const start = Date.now();
	for (;;) {
		const value = probe();
		if (value !== undefined && value !== false) return value;
		if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

describe('prepareOutputLocation', () => {
	it('creates missing parents of the output folder', () => {
		const out = join(tempDir(), 'a', 'b', 'dist');
		prepareOutputLocation(out);
		expect(existsSync(join(out, '..'))).toBe(true);
	});
	it('refuses an output folder under a file, in one sentence', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'file'), '');
		expect(() => prepareOutputLocation(join(dir, 'file', 'dist'))).toThrow(BuildFault);
		expect(() => prepareOutputLocation(join(dir, 'file', 'dist'))).toThrow(/is a file, not a folder; set OUT_DIR/);
	});
	it('refuses an output path that is a file', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'dist'), '');
		expect(() => prepareOutputLocation(join(dir, 'dist'))).toThrow(`The output path ${join(dir, 'dist')} is a file, not a folder; remove or rename it, or set OUT_DIR elsewhere.`);
	});
	it('refuses a staging root that is a file', () => {
		const dir = tempDir();
		writeFileSync(join(dir, '.build-tmp'), '');
		expect(() => prepareOutputLocation(join(dir, 'dist'))).toThrow(/\.build-tmp is a file, but the build keeps its staging folders there/);
	});
	it.skipIf(process.getuid?.() === 0)('refuses a read-only output folder (root may write anything, so not as root)', () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'dist'));
		chmodSync(join(dir, 'dist'), 0o555);
		try {
			expect(() => prepareOutputLocation(join(dir, 'dist'))).toThrow(/is read-only/);
		} finally {
			chmodSync(join(dir, 'dist'), 0o755);
		}
	});
	it('keeps staging beside the output, on the same disk, for the final rename', () => {
		expect(stagingRoot('/x/y/dist')).toBe('/x/y/.build-tmp');
	});
});

describe('removeStaleStaging', () => {
	it('removes the folders of builds whose process is gone, and keeps a running build\'s and anything else', () => {
		const root = join(tempDir(), '.build-tmp');
		const dead = deadPid();
		const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
		children.push(running);
		for (const name of [`dist-${String(dead)}`, `previous-${String(dead)}`, `dist-${String(running.pid)}`, 'notes']) mkdirSync(join(root, name), { recursive: true });
		expect(removeStaleStaging(root).sort()).toEqual([`dist-${String(dead)}`, `previous-${String(dead)}`]);
		expect(readdirSync(root).sort()).toEqual([`dist-${String(running.pid)}`, 'notes']);
		running.kill('SIGKILL');
	});
});

describe('the build script under faults', () => {
	it.each(['alias-bomb', 'control-characters', 'invalid-utf8', 'unknown-tag', 'rpc-mismatch', 'case-collision', 'over-limits'])(
		'refuses the %s catalog with file and line, no stack trace, and the earlier output as it was',
		(fixture) => {
			const out = join(tempDir(), 'dist');
			mkdirSync(out);
			writeFileSync(join(out, 'index.html'), 'earlier good build');
			const result = build({ CATALOG_DIR: join(ROOT, 'src/catalog/fixtures', fixture), OUT_DIR: out });
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(new RegExp(`fixtures/${fixture}/(en|ko)\\.yaml:\\d+:\\d+`));
			expect(result.stderr).not.toMatch(/^\s+at /m);
			expect(result.stderr).not.toMatch(/[\u0000-\u0008\u001b\u007f-\u009f\u202a-\u202e]/);
			expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('earlier good build');
		},
		120_000,
	);

	it('explains a staging root that is a file in one sentence, before Astro runs', () => {
		const dir = tempDir();
		writeFileSync(join(dir, '.build-tmp'), 'not a folder');
		const result = build({ OUT_DIR: join(dir, 'dist') });
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe(`${join(dir, '.build-tmp')} is a file, but the build keeps its staging folders there; remove that file and build again.`);
		expect(result.stdout).not.toContain('[build]');
	}, 120_000);

	it('stops Astro when the build script is killed outright, and the next build removes the orphaned staging folder', async () => {
		const dir = tempDir();
		const out = join(dir, 'dist');
		const script = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, OUT_DIR: out }, stdio: 'ignore' });
		children.push(script);
		const pid = script.pid ?? 0;
		const [astro] = await until('Astro to start', () => (childPids(pid).length > 0 ? childPids(pid) : undefined));
		// Astro starts while the catalog is validated; once the snapshot is written it builds.
		await until('the catalog snapshot to be written', () => existsSync(join(dir, '.build-tmp', `catalog-${String(pid)}.json`)));
		script.kill('SIGKILL');
		await until('Astro to stop after its parent was killed', () => !alive(astro ?? 0));
		expect(existsSync(out)).toBe(false);
		// Nothing could remove the killed script's staging folder; the next build's first step does.
		const leftovers = [`catalog-${String(pid)}.json`, `dist-${String(pid)}`].filter((name) => existsSync(join(dir, '.build-tmp', name))).sort();
		// The snapshot was there when the script was killed; the staging folders may or may not be there yet.
		expect(leftovers).toContain(`catalog-${String(pid)}.json`);
		expect(removeStaleStaging(join(dir, '.build-tmp')).sort()).toEqual(leftovers);
		expect(readdirSync(join(dir, '.build-tmp'))).toEqual([]);
	}, 120_000);

	it('forwards SIGTERM to Astro, removes its staging folder and leaves the output as it was', async () => {
		const dir = tempDir();
		const out = join(dir, 'dist');
		mkdirSync(out);
		writeFileSync(join(out, 'index.html'), 'earlier good build');
		const script = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, OUT_DIR: out }, stdio: ['ignore', 'ignore', 'pipe'] });
		children.push(script);
		let stderr = '';
		script.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		const pid = script.pid ?? 0;
		const [astro] = await until('Astro to start', () => (childPids(pid).length > 0 ? childPids(pid) : undefined));
		const exited = new Promise<number | null>((r) => script.on('exit', (code) => r(code)));
		script.kill('SIGTERM');
		expect(await exited).toBe(143);
		expect(alive(astro ?? 0)).toBe(false);
		expect(stderr).toContain(`The build was stopped (SIGTERM); ${out} is unchanged.`);
		expect(readdirSync(join(dir, '.build-tmp'))).toEqual([]);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('earlier good build');
	}, 120_000);
});
