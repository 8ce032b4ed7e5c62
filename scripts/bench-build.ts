/**
 * Benchmark of the pipeline at scale: for each N, a synthetic catalog of N
 * errors per locale (scripts/synthetic-catalog.ts, valid under `catalog
 * check`), then `catalog check` and a full build of it into a temporary
 * folder. Prints, per N: check time, build time, peak memory of the build's
 * process tree, number of pages, bytes per error page (raw and gzip) and the
 * largest page.
 *
 *   npm run bench:build                     N = 23, 1000 (10000 takes long: ask for it)
 *   npm run bench:build -- --errors 10000   one or more --errors
 *   npm run bench:build -- --check-only --errors 10000
 *
 * Peak memory is sampled from /proc every 100 ms over the build script and
 * all its descendants (Linux); elsewhere it prints "n/a". Timing lives here,
 * never in unit tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeSyntheticCatalog } from './synthetic-catalog.ts';

const ROOT = join(import.meta.dirname, '..');

/** Resident memory of `pid` and all its descendants, in bytes (Linux /proc), or undefined. */
function treeRss(pid: number): number | undefined {
	if (!existsSync('/proc/self/stat')) return undefined;
	const parentOf = new Map<number, number>();
	const rssOf = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parentOf.set(Number(entry), Number(fields[1]));
			rssOf.set(Number(entry), Number(fields[21]) * 4096);
		} catch {
			// The process ended between readdir and read.
		}
	}
	let total = 0;
	for (const [p, rss] of rssOf) {
		for (let q: number | undefined = p; q !== undefined && q > 1; q = parentOf.get(q)) {
			if (q === pid) {
				total += rss;
				break;
			}
		}
	}
	return total;
}

/** Runs a command; resolves with wall time and the peak RSS of its process tree. */
function timed(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; peak?: number; code: number; output: string }> {
	return new Promise((resolveRun) => {
		const start = performance.now();
		const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		let peak: number | undefined;
		const sample = () => {
			const rss = child.pid ? treeRss(child.pid) : undefined;
			if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
		};
		const timer = setInterval(sample, 100);
		child.on('exit', (code) => {
			clearInterval(timer);
			resolveRun({ ms: performance.now() - start, ...(peak !== undefined ? { peak } : {}), code: code ?? 1, output });
		});
	});
}

function pagesOf(dir: string): { path: string; raw: number; gzip: number }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => {
			const bytes = readFileSync(join(dir, f));
			return { path: f, raw: bytes.length, gzip: gzipSync(bytes).length };
		});
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number | undefined) => (n === undefined ? 'n/a' : `${(n / 1024 / 1024).toFixed(0)} MB`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const { values } = parseArgs({ options: { errors: { type: 'string', multiple: true }, 'check-only': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const sizes = (values.errors ?? ['23', '1000']).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('--errors takes a whole number of errors per locale, such as --errors 1000');
	process.exit(2);
}

for (const n of sizes) {
	const dir = mkdtempSync(join(tmpdir(), `bench-build-${String(n)}-`));
	try {
		const content = join(dir, 'content');
		writeSyntheticCatalog(join(ROOT, 'content'), content, n);
		const enBytes = statSync(join(content, 'en.yaml')).size + statSync(join(content, 'ko.yaml')).size;
		console.log(`\n== ${n.toLocaleString('en')} errors per locale (catalog ${kb(enBytes)}) ==`);
		const check = await timed(['scripts/catalog.ts', 'check', '--content', content], process.env);
		if (check.code !== 0) throw new Error(`catalog check failed:\n${check.output.slice(0, 2000)}`);
		console.log(`catalog check      ${s(check.ms)}  peak ${mb(check.peak)}`);
		if (values['check-only']) continue;
		const out = join(dir, 'site', 'dist');
		const build = await timed(['scripts/build.ts'], { ...process.env, CATALOG_DIR: content, OUT_DIR: out });
		if (build.code !== 0) throw new Error(`the build failed:\n${build.output.slice(-3000)}`);
		const pages = pagesOf(out);
		const errorPages = pages.filter((p) => /(^|\/)errors\/[^/]+\/index\.html$/.test(p.path));
		const largest = pages.reduce((a, b) => (b.raw > a.raw ? b : a));
		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
		console.log(`build              ${s(build.ms)}  peak ${mb(build.peak)}`);
		console.log(`pages              ${pages.length.toLocaleString('en')} (${errorPages.length.toLocaleString('en')} error pages)`);
		console.log(`error page         ${kb(mean(errorPages.map((p) => p.raw)))} raw, ${kb(mean(errorPages.map((p) => p.gzip)))} gzip (mean)`);
		console.log(`largest page       ${largest.path} ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzip`);
		if (values.keep) console.log(`kept               ${relative(process.cwd(), dir)}`);
	} finally {
		if (!values.keep) rmSync(dir, { recursive: true, force: true });
	}
}
