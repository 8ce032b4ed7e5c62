/**
 * The package's size, as a browser app gets it: esbuild bundles (minified)
 * of what an app imports, measured raw and gzip-compressed, against the
 * budget: the matcher and one language's data must weigh less than the
 * lightest error page of the site (23.4 KB gzip with headers, English;
 * tests/e2e/weight.spec.ts weighs them all).
 *
 *   npm run bench:package      (builds the package first when dist/ is missing)
 *
 * Exits 1 when a budgeted bundle is over its budget.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildPackage } from './build.ts';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Gzip budget in bytes for the bundles that have one. */
export const BUDGET = 23 * 1024;

const CASES: readonly { readonly name: string; readonly code: string; readonly budget?: number }[] = [
	{ name: 'explain, English (core + data/en)', code: `import { createExplainer } from 'classroom-errors/core'; import en from 'classroom-errors/data/en'; export const explain = createExplainer(en);`, budget: BUDGET },
	{ name: 'explain, Korean (core + data/ko)', code: `import { createExplainer } from 'classroom-errors/core'; import ko from 'classroom-errors/data/ko'; export const explain = createExplainer(ko);`, budget: BUDGET },
	{ name: 'explain + details, English (+ details/en)', code: `import { createExplainer } from 'classroom-errors/core'; import en from 'classroom-errors/data/en'; import t from 'classroom-errors/details/en'; export const explain = createExplainer(en, t);` },
	{ name: 'explain + details, Korean (+ details/ko)', code: `import { createExplainer } from 'classroom-errors/core'; import ko from 'classroom-errors/data/ko'; import t from 'classroom-errors/details/ko'; export const explain = createExplainer(ko, t);` },
	{ name: 'retryDecision, English (core + data/en)', code: `import { retryDecisionWith } from 'classroom-errors/core'; import en from 'classroom-errors/data/en'; export const r = (e, n) => retryDecisionWith(en, e, n);` },
	{ name: 'everything, both languages (main entry)', code: `export { explain, retryDecision } from 'classroom-errors';` },
	{ name: 'fixtures (error bodies)', code: `export { errorBody, problemDocument, googleErrorDetails } from 'classroom-errors/fixtures';` },
];

/** Bundles `code` for a browser; `charset` as the consumer sets it (esbuild escapes non-ASCII by default). */
async function measure(code: string, charset: 'utf8' | 'ascii', dir: string): Promise<{ raw: number; gzip: number }> {
	const entry = join(dir, 'entry.js');
	writeFileSync(entry, code);
	const out = await build({
		entryPoints: [entry],
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		charset,
		write: false,
		// The package resolves by its name through the workspace's node_modules, as an app's would.
		nodePaths: [join(PACKAGE, '../../node_modules')],
		logLevel: 'silent',
	});
	const bytes = out.outputFiles[0]?.contents ?? new Uint8Array();
	return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(join(PACKAGE, 'dist/core.js')) || process.argv.includes('--build')) await buildPackage();
const dir = mkdtempSync(join(tmpdir(), 'classroom-errors-bench-'));
let over = 0;
try {
	console.log(`classroom-errors bundle sizes (esbuild, minified; gzip level 9). Budget for explain with one language: ${kb(BUDGET)} gzip.`);
	console.log(`${'bundle'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'gzip, ASCII output'.padStart(20)}`);
	for (const c of CASES) {
		const utf8 = await measure(c.code, 'utf8', dir);
		const ascii = await measure(c.code, 'ascii', dir);
		const flag = c.budget !== undefined && utf8.gzip > c.budget ? '  OVER BUDGET' : c.budget !== undefined ? '  within budget' : '';
		if (flag.includes('OVER')) over++;
		console.log(`${c.name.padEnd(44)} ${kb(utf8.raw).padStart(9)} ${kb(utf8.gzip).padStart(9)} ${kb(ascii.gzip).padStart(20)}${flag}`);
	}
	console.log('"gzip, ASCII output": esbuild\'s default charset writes Korean as \\u escapes; set charset: "utf8" (as these figures do) to keep it small.');
} finally {
	rmSync(dir, { recursive: true, force: true });
}
process.exitCode = over > 0 ? 1 : 0;
