/**
 * The package as a user gets it: `npm pack`, the tarball installed offline
 * into a fresh project (no registry: the package has no dependencies, and
 * msw is an optional peer npm leaves alone), imported from Node, run as
 * `classroom-errors explain --json`, bundled for a browser with esbuild (one
 * language's data only), and a consumer file type-checked with tsc.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../scripts/build.ts';

const PACKAGE = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const ROOT = resolve(PACKAGE, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let consumer: string;
let packed: { files: { path: string }[] };

beforeAll(() => {
	if (!existsSync(join(PACKAGE, 'dist/index.js'))) return buildPackage();
	return undefined;
}, 120_000);

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'classroom-errors-pack-'));
	const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', work], { cwd: PACKAGE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	[packed] = JSON.parse(out) as [{ files: { path: string }[]; filename: string }];
	const tarball = join(work, (packed as unknown as { filename: string }).filename);
	consumer = join(work, 'app');
	mkdirSync(consumer);
	writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
	execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'] });
}, 120_000);

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
	it('ships the built files and nothing of the sources', () => {
		const files = packed.files.map((f) => f.path);
		expect(files).toContain('dist/index.js');
		expect(files).toContain('dist/index.d.ts');
		expect(files).toContain('dist/cli.js');
		expect(files.filter((f) => !f.startsWith('dist/') && f !== 'package.json' && f !== 'README.md')).toEqual([]);
		expect(files.some((f) => f.includes('generated') && f.endsWith('.ts') && !f.endsWith('.d.ts'))).toBe(false);
		expect(existsSync(join(consumer, 'node_modules/msw'))).toBe(false);
		expect(files).toContain('dist/fixtures/CourseNotModifiable.json');
	});

	it('imports from Node: explain, retryDecision, the ids and the fixtures', () => {
		writeFileSync(
			join(consumer, 'node.js'),
			`import { explain, retryDecision, ERROR_IDS } from 'classroom-errors';
import { errorBody, problemDocument } from 'classroom-errors/fixtures';
import { createRequire } from 'node:module';
const json = createRequire(import.meta.url)('classroom-errors/fixtures/CourseNotModifiable.json');
if (JSON.stringify(json) !== JSON.stringify(errorBody('CourseNotModifiable'))) throw new Error('the JSON fixture differs from errorBody');
const body = errorBody('CourseNotModifiable');
const r = explain(body, { lang: 'ko' });
const d = retryDecision({ error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } }, 1, { random: () => 0.5 });
console.log(JSON.stringify({ kind: r.kind, id: r.id, page: r.urls.page, cause: r.cause, ids: ERROR_IDS.length, retry: d.retry, delay: d.delayMs, type: problemDocument('CourseNotModifiable').type }));
`,
		);
		const out = JSON.parse(execFileSync(process.execPath, ['node.js'], { cwd: consumer, encoding: 'utf8' })) as Record<string, unknown>;
		expect(out).toMatchObject({ kind: 'error', id: 'CourseNotModifiable', page: 'https://classroom-errors.example.org/ko/errors/course-not-modifiable/', retry: true, delay: 1500, type: 'https://classroom-errors.example.org/e/CourseNotModifiable/' });
		expect(out['cause']).toMatch(/[가-힣]/);
		expect(out['ids']).toBeGreaterThan(20);
	});

	it('runs as classroom-errors explain --json, and exits 1 on no match', () => {
		const bin = join(consumer, 'node_modules/.bin/classroom-errors');
		const ok = spawnSync(process.execPath, [bin, 'explain', '--json', '--lang', 'ko', '{"error":{"code":400,"message":"@CourseNotModifiable x","status":"FAILED_PRECONDITION"}}'], { encoding: 'utf8' });
		expect(ok.status).toBe(0);
		expect(JSON.parse(ok.stdout)).toMatchObject({ kind: 'error', id: 'CourseNotModifiable', lang: 'ko' });
		const miss = spawnSync(process.execPath, [bin, 'explain', '--json', 'zzqx'], { encoding: 'utf8' });
		expect(miss.status).toBe(1);
		expect(JSON.parse(miss.stdout)).toMatchObject({ kind: 'no-match' });
		const stdin = spawnSync(process.execPath, [bin, 'explain', '-'], { encoding: 'utf8', input: 'HttpError 429 when requesting https://classroom.googleapis.com/v1/courses returned "Quota exceeded"' });
		expect(stdin.status).toBe(0);
		expect(stdin.stdout).toContain('RESOURCE_EXHAUSTED');
		expect(spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' }).status).toBe(2);
	});

	it('bundles for a browser with one language only and without the call reader unless the details come too, and the bundle explains', async () => {
		writeFileSync(
			join(consumer, 'browser.js'),
			`import { createExplainer } from 'classroom-errors/core';
import en from 'classroom-errors/data/en';
export const explain = createExplainer(en);
`,
		);
		const result = await build({ absWorkingDir: consumer, entryPoints: ['browser.js'], bundle: true, minify: true, format: 'esm', platform: 'browser', charset: 'utf8', write: false, logLevel: 'silent' });
		const code = result.outputFiles[0]?.text ?? '';
		// A Korean user message is in the Korean data only: tree-shaking left it out.
		const koMessage = (await import(join(consumer, 'node_modules/classroom-errors/dist/data/ko.js'))).default.errors.CourseNotModifiable.userMessage as string;
		expect(code).not.toContain(koMessage);
		expect(code).not.toMatch(/from\s*["']node:/);
		// Nor the step that reads the failed call, which comes with the details (src/matcher/with-call.ts: its
		// pattern for a method id typed alone survives minification).
		const callStep = '(?:classroom\\.)?';
		expect(code).not.toContain(callStep);
		writeFileSync(join(consumer, 'browser-details.js'), `import { createExplainer } from 'classroom-errors/core';\nimport en from 'classroom-errors/data/en';\nimport details from 'classroom-errors/details/en';\nexport const explain = createExplainer(en, details);\n`);
		const withDetails = await build({ absWorkingDir: consumer, entryPoints: ['browser-details.js'], bundle: true, minify: true, format: 'esm', platform: 'browser', charset: 'utf8', write: false, logLevel: 'silent' });
		expect(withDetails.outputFiles[0]?.text ?? '').toContain(callStep);
		writeFileSync(join(consumer, 'bundle.mjs'), code);
		const { explain } = (await import(join(consumer, 'bundle.mjs'))) as { explain: (x: unknown) => { kind: string; id?: string } };
		expect(explain('@CourseNotModifiable')).toMatchObject({ kind: 'error', id: 'CourseNotModifiable' });
	});

	it('type-checks a consumer with tsc: the ids are a union and the results narrow by kind', () => {
		writeFileSync(
			join(consumer, 'consumer.ts'),
			`import { explain, retryDecision, type ErrorId, type Explanation } from 'classroom-errors';
import { createExplainer } from 'classroom-errors/core';
import ko from 'classroom-errors/data/ko';
import { errorBody, googleErrorDetails } from 'classroom-errors/fixtures';

const id: ErrorId = 'CourseNotModifiable';
// @ts-expect-error: not an id of the catalog
const wrong: ErrorId = 'CourseNotModifiableTypo';
const r: Explanation = explain(errorBody(id), { lang: 'ko' });
if (r.kind === 'error') {
	const page: string = r.urls.shortLink;
	const message: string = r.userMessage;
	console.log(page, message, r.retry.kind, r.method?.condition);
} else if (r.kind === 'candidates') {
	console.log(r.candidates.map((c) => c.url));
}
const d = retryDecision(r, 2);
if (d.retry) { const ms: number = d.delayMs; console.log(ms); } else { console.log(d.reason); }
console.log(createExplainer(ko)('403').kind, googleErrorDetails(id).error.details[0].reason, wrong);
`,
		);
		writeFileSync(
			join(consumer, 'tsconfig.json'),
			JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
		);
		const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: consumer, encoding: 'utf8' });
		expect(tsc.stdout + tsc.stderr).toBe('');
		expect(tsc.status).toBe(0);
	});
});

