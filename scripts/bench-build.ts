/**
 * Benchmark of the pipeline at scale: for each N, a synthetic catalog of N
 * errors per locale (scripts/synthetic-catalog.ts, valid under `catalog
 * check`), then `catalog check` and a full build of it into a temporary
 * folder, and, in the same run, a build of a stock Starlight site with the
 * same number of Markdown pages, for comparison. Prints, per N: check time,
 * build time (ours and stock, and their ratio), peak memory of each build's
 * process tree, number of pages, bytes per error page (raw and gzip), the
 * home page, the largest status page and the largest page.
 *
 *   npm run bench:build                     N = 23, 1000 (10000 takes long: ask for it)
 *   npm run bench:build -- --errors 10000   one or more --errors
 *   npm run bench:build -- --check-only --errors 10000
 *   npm run bench:build -- --runs 3         ours and stock alternated three times (medians)
 *   npm run bench:build -- --no-stock       our build only
 *
 * The stock site is Starlight as `npm create astro -- --template starlight`
 * sets it up (default sidebar, Pagefind search), with English at `/` and
 * Korean at `/ko/` like this site, built by the project's own astro and
 * @astrojs/starlight: per locale one page per error (its summary, cause,
 * action and user message), one per status listing its errors, and a home
 * page. Its default sidebar lists every page on every page, so its build grows
 * with the square of the catalog: it is skipped above STOCK_MAX errors.
 *
 * Peak memory is sampled from /proc every 100 ms over the build and all its
 * descendants (Linux): the sum of their proportional set sizes, so that what
 * processes share counts once, read whenever their resident sizes reach a
 * new high (reading it costs the kernel, and the builds, real time);
 * elsewhere it prints "n/a". The load average is printed
 * beside each figure: on a busy machine wall times stretch. Timing lives here,
 * never in unit tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { LOCALES, SOURCE_LOCALE, errorById, loadCatalogOrThrow, type Catalog, type Locale } from '../src/catalog/index.ts';
import { writeSyntheticCatalog } from './synthetic-catalog.ts';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Above this many errors per locale the stock build (whose every page lists every page) is not run. */
const STOCK_MAX = 2000;

/**
 * The processes of `pid`'s tree (it and all its descendants) and the sum of
 * their resident sizes, in bytes (Linux /proc), or undefined elsewhere. Cheap:
 * one small read per process.
 */
function processTree(pid: number): { pids: number[]; rss: number } | undefined {
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
	const pids: number[] = [];
	let rss = 0;
	for (const [p, size] of rssOf) {
		for (let q: number | undefined = p; q !== undefined && q > 1; q = parentOf.get(q)) {
			if (q === pid) {
				pids.push(p);
				rss += size;
				break;
			}
		}
	}
	return { pids, rss };
}

/**
 * The memory of a process tree: the sum of each process's proportional set
 * size (PSS), so that pages the processes share (the node binary, libraries)
 * count once, not once per process as a sum of resident sizes would. Costly
 * (the kernel walks each process's pages), so the benchmark asks for it only
 * near the tree's peak of resident size (see `timed`).
 */
function treeMemory(tree: { pids: readonly number[]; rss: number }): number {
	let pss = 0;
	for (const pid of tree.pids) pss += pssOf(pid) ?? 0;
	return pss > 0 ? pss : tree.rss;
}

/** The proportional set size of a process in bytes, from smaps_rollup, or undefined. */
function pssOf(pid: number): number | undefined {
	try {
		const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${String(pid)}/smaps_rollup`, 'utf8'))?.[1];
		return kb === undefined ? undefined : Number(kb) * 1024;
	} catch {
		return undefined;
	}
}

interface Run {
	readonly ms: number;
	readonly peak?: number;
	readonly code: number;
	readonly output: string;
	/** The one-minute load average when the run started. */
	readonly load: number;
	/** CPU time (user and system) of the run's process tree, in ms, on Linux; less moved by a busy machine than wall time. */
	readonly cpuMs?: number;
}

/**
 * CPU time, in ms, that this process's children have used and been waited
 * for (Linux: `cutime` and `cstime` of /proc/self/stat, in clock ticks of
 * 1/100 s, USER_HZ); undefined elsewhere. A run's CPU time is the difference
 * across it: the build and every process under it, once each has exited.
 */
function childrenCpuMs(): number | undefined {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[13]) + Number(fields[14])) * 10;
	} catch {
		return undefined;
	}
}

/** Runs `node args…` in `cwd`; resolves with wall time and the peak RSS of its process tree. */
function timed(args: readonly string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<Run> {
	return new Promise((resolveRun) => {
		const load = loadavg()[0] ?? 0;
		const cpuBefore = childrenCpuMs();
		const start = performance.now();
		const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		let peak: number | undefined;
		// Resident size every 100 ms, which is cheap; the proportional size, which costs the kernel a walk of
		// every page (read every 100 ms, it slowed the very builds it measured), only when the resident size
		// reaches a new high, where the peak is.
		let peakRss = 0;
		const sample = () => {
			const tree = child.pid ? processTree(child.pid) : undefined;
			if (tree === undefined || tree.rss <= peakRss) return;
			peakRss = tree.rss;
			peak = Math.max(peak ?? 0, treeMemory(tree));
		};
		const timer = setInterval(sample, 100);
		child.on('exit', (code) => {
			clearInterval(timer);
			const ms = performance.now() - start;
			const cpuAfter = childrenCpuMs();
			const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMs: cpuAfter - cpuBefore } : {};
			resolveRun({ ms, ...(peak !== undefined ? { peak } : {}), code: code ?? 1, output, load, ...cpu });
		});
	});
}

function pagesOf(dir: string): { path: string; raw: number; gzip: number }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => {
			const bytes = readFileSync(join(dir, f));
			return { path: f.split('\\').join('/'), raw: bytes.length, gzip: gzipSync(bytes).length };
		});
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const cpuOf = (run: Run) => (run.cpuMs === undefined ? 'n/a' : `${(run.cpuMs / 1000).toFixed(1)} s`);
const mb = (n: number | undefined) => (n === undefined ? 'n/a' : `${(n / 1024 / 1024).toFixed(0)} MB`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs: readonly number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const maxOf = (xs: readonly (number | undefined)[]) => (xs.some((x) => x === undefined) ? undefined : Math.max(...(xs as number[])));

/** A YAML front-matter string value (JSON strings are valid YAML). */
const yamlString = (value: string) => JSON.stringify(value);

/**
 * Writes a stock Starlight project with the same pages as the catalog: per
 * locale one Markdown page per error and per status, and a home page. Lives
 * under the project's `.build-tmp/` so that it resolves the project's own
 * node_modules.
 */
export function writeStockSite(dir: string, catalog: Catalog): void {
	mkdirSync(dir, { recursive: true });
	// A stock project lists astro and Starlight as its dependencies (Vite bundles Starlight's virtual modules only then).
	const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	const dependencies = { '@astrojs/starlight': ours.dependencies['@astrojs/starlight'], astro: ours.dependencies['astro'] };
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'stock-starlight-bench', private: true, type: 'module', dependencies }, null, 2));
	writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		[
			"import starlight from '@astrojs/starlight';",
			"import { defineConfig } from 'astro/config';",
			'export default defineConfig({',
			"\tsite: 'https://stock.example.org',",
			'\tintegrations: [',
			'\t\tstarlight({',
			"\t\t\ttitle: 'Stock Starlight',",
			"\t\t\tdefaultLocale: 'root',",
			"\t\t\tlocales: { root: { label: 'English', lang: 'en' }, ko: { label: '한국어', lang: 'ko' } },",
			'\t\t}),',
			'\t],',
			'});',
			'',
		].join('\n'),
	);
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	const page = (locale: Locale, path: string, title: string, description: string, body: string) => {
		const file = join(dir, 'src', 'content', 'docs', locale === SOURCE_LOCALE ? '' : locale, `${path}.md`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description)}\n---\n\n${body}\n`);
	};
	for (const locale of LOCALES) {
		const prefix = locale === SOURCE_LOCALE ? '/' : `/${locale}/`;
		page(locale, 'index', 'Stock Starlight', 'A stock Starlight site for the build benchmark.', catalog.statuses.map((st) => `- [${String(st.http)} ${st.id}](${prefix}statuses/${st.slug}/)`).join('\n'));
		for (const status of catalog.statuses) {
			const text = status.text[locale];
			const rows = status.errorIds.map((id) => `- [${id}](${prefix}errors/${errorById(catalog, id)?.slug ?? ''}/)`);
			page(locale, `statuses/${status.slug}`, `${String(status.http)} ${status.id}`, text.meaning.plain, `${text.meaning.markdown}\n\n## Advice\n\n${text.advice.markdown}\n\n## Errors\n\n${rows.join('\n')}`);
		}
		for (const error of catalog.errors) {
			const text = error.text[locale];
			const sections = [
				text.summary.markdown,
				`## Cause\n\n${text.cause.markdown}`,
				...(text.action ? [`## What to do\n\n${text.action.markdown}`] : []),
				`## Message for the user\n\n${text.userMessage}`,
				`## Retrying\n\n${error.retry.kind}`,
			];
			page(locale, `errors/${error.slug}`, error.id, text.summary.plain, sections.join('\n\n'));
		}
	}
}

interface Figures {
	readonly n: number;
	readonly check: Run;
	readonly ours: Run[];
	readonly stock: Run[];
	readonly pages?: { count: number; errorPages: number; errorRaw: number; errorGzip: number; home: number; statusMax: number; largest: { path: string; raw: number; gzip: number } };
}

/** The benchmark: every N of the command line, then one table. */
async function main(): Promise<void> {
	const { values } = parseArgs({
		allowNegative: true,
		options: {
			errors: { type: 'string', multiple: true },
			'check-only': { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
			stock: { type: 'boolean', default: true },
			runs: { type: 'string', default: '1' },
		},
	});
	const sizes = (values.errors ?? ['23', '1000']).map(Number);
	const runs = Number(values.runs);
	if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
		console.error('--errors takes a whole number of errors per locale (--errors 1000), and --runs a whole number of runs.');
		process.exitCode = 2;
		return;
	}

	const results: Figures[] = [];
	for (const n of sizes) {
		const dir = mkdtempSync(join(tmpdir(), `bench-build-${String(n)}-`));
		const stockDir = join(ROOT, '.build-tmp', `bench-stock-${String(process.pid)}-${String(n)}`);
		const siteDir = join(ROOT, '.build-tmp', `bench-site-${String(process.pid)}-${String(n)}`);
		try {
			const content = join(dir, 'content');
			writeSyntheticCatalog(join(ROOT, 'content'), content, n);
			const catalogBytes = statSync(join(content, 'en.yaml')).size + statSync(join(content, 'ko.yaml')).size;
			console.log(`\n== ${n.toLocaleString('en')} errors per locale (catalog ${kb(catalogBytes)}) ==`);
			const check = await timed(['scripts/catalog.ts', 'check', '--content', content], process.env);
			if (check.code !== 0) throw new Error(`catalog check failed:\n${check.output.slice(0, 2000)}`);
			console.log(`catalog check      ${s(check.ms)}  peak ${mb(check.peak)}  (load ${check.load.toFixed(1)})`);
			if (values['check-only']) {
				results.push({ n, check, ours: [], stock: [] });
				continue;
			}
			const withStock = values.stock && n <= STOCK_MAX;
			if (values.stock && !withStock) console.log(`stock Starlight    skipped above ${STOCK_MAX.toLocaleString('en')} errors (every page of it lists every page)`);
			if (withStock) writeStockSite(stockDir, loadCatalogOrThrow(content));
			// Inside the project: Astro keeps its prerender bundle in <project>/.astro/ for any output outside the
			// working folder, where a build started beside this one would overwrite it.
			const out = join(siteDir, 'dist');
			const ours: Run[] = [];
			const stock: Run[] = [];
			const runOurs = async () => {
				rmSync(out, { recursive: true, force: true });
				const run = await timed(['scripts/build.ts'], { ...process.env, CATALOG_DIR: content, OUT_DIR: out });
				if (run.code !== 0) throw new Error(`the build failed:\n${run.output.slice(-3000)}`);
				console.log(`build (ours)       ${s(run.ms)}  cpu ${cpuOf(run)}  peak ${mb(run.peak)}  (load ${run.load.toFixed(1)})`);
				ours.push(run);
			};
			const runStock = async () => {
				// From a clean checkout each time: Astro's content cache would make every run after the first one faster.
				for (const cache of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) rmSync(join(stockDir, cache), { recursive: true, force: true });
				const run = await timed([ASTRO, 'build'], { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stockDir);
				if (run.code !== 0) throw new Error(`the stock Starlight build failed:\n${run.output.slice(-3000)}`);
				console.log(`build (stock)      ${s(run.ms)}  cpu ${cpuOf(run)}  peak ${mb(run.peak)}  (load ${run.load.toFixed(1)})`);
				stock.push(run);
			};
			// Alternated, so that a machine getting busier or quieter weighs on both alike.
			for (let r = 0; r < runs; r++) {
				if (r % 2 === 0 || !withStock) await runOurs();
				if (withStock) await runStock();
				if (r % 2 === 1 && withStock) await runOurs();
			}
			const pages = pagesOf(out);
			const errorPages = pages.filter((p) => /(^|\/)errors\/[^/]+\/index\.html$/.test(p.path));
			const statusPages = pages.filter((p) => /(^|\/)statuses\/[^/]+\/(\d+\/)?index\.html$/.test(p.path));
			const largest = pages.reduce((a, b) => (b.raw > a.raw ? b : a));
			const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
			const figures = {
				count: pages.length,
				errorPages: errorPages.length,
				errorRaw: mean(errorPages.map((p) => p.raw)),
				errorGzip: mean(errorPages.map((p) => p.gzip)),
				home: pages.find((p) => p.path === 'index.html')?.raw ?? 0,
				statusMax: Math.max(0, ...statusPages.map((p) => p.raw)),
				largest,
			};
			results.push({ n, check, ours, stock, pages: figures });
			const oursMs = median(ours.map((r) => r.ms));
			console.log(`build              ${s(oursMs)} (median of ${ours.length})  peak ${mb(maxOf(ours.map((r) => r.peak)))}`);
			if (stock.length > 0) {
				const stockMs = median(stock.map((r) => r.ms));
				console.log(`stock Starlight    ${s(stockMs)} (median of ${stock.length})  peak ${mb(maxOf(stock.map((r) => r.peak)))}  ours/stock ${(oursMs / stockMs).toFixed(2)}`);
				const oursCpu = ours.every((r) => r.cpuMs !== undefined) ? median(ours.map((r) => r.cpuMs as number)) : undefined;
				const stockCpu = stock.every((r) => r.cpuMs !== undefined) ? median(stock.map((r) => r.cpuMs as number)) : undefined;
				if (oursCpu !== undefined && stockCpu !== undefined) console.log(`cpu time           ours ${s(oursCpu)}, stock ${s(stockCpu)} (medians)  ours/stock ${(oursCpu / stockCpu).toFixed(2)}`);
			}
			console.log(`pages              ${figures.count.toLocaleString('en')} (${figures.errorPages.toLocaleString('en')} error pages, ${statusPages.length.toLocaleString('en')} status list pages)`);
			console.log(`error page         ${kb(figures.errorRaw)} raw, ${kb(figures.errorGzip)} gzip (mean)`);
			console.log(`home page          ${kb(figures.home)} raw; largest status page ${kb(figures.statusMax)} raw`);
			console.log(`largest page       ${largest.path} ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzip`);
			if (values.keep) console.log(`kept               ${relative(process.cwd(), dir)}, ${relative(process.cwd(), siteDir)}${withStock ? ` and ${relative(process.cwd(), stockDir)}` : ''}`);
		} finally {
			if (!values.keep) {
				rmSync(dir, { recursive: true, force: true });
				rmSync(siteDir, { recursive: true, force: true });
				rmSync(stockDir, { recursive: true, force: true });
			}
		}
	}

	// One table for the README.
	console.log('\n| errors per locale | check | build | stock Starlight | ours/stock | peak memory (ours / stock) | pages | error page (raw / gzip) | home | largest page |');
	console.log('|---|---|---|---|---|---|---|---|---|---|');
	for (const r of results) {
		const oursMs = r.ours.length > 0 ? median(r.ours.map((x) => x.ms)) : undefined;
		const stockMs = r.stock.length > 0 ? median(r.stock.map((x) => x.ms)) : undefined;
		const p = r.pages;
		console.log(
			[
				r.n.toLocaleString('en'),
				s(r.check.ms),
				oursMs === undefined ? '–' : s(oursMs),
				stockMs === undefined ? '–' : s(stockMs),
				oursMs !== undefined && stockMs !== undefined ? (oursMs / stockMs).toFixed(2) : '–',
				`${mb(maxOf(r.ours.map((x) => x.peak)))} / ${r.stock.length > 0 ? mb(maxOf(r.stock.map((x) => x.peak))) : '–'}`,
				p ? p.count.toLocaleString('en') : '–',
				p ? `${kb(p.errorRaw)} / ${kb(p.errorGzip)}` : '–',
				p ? kb(p.home) : '–',
				p ? `${kb(p.largest.raw)} (${p.largest.path})` : '–',
			].join(' | ').replace(/^/, '| ').concat(' |'),
		);
	}
}

if (import.meta.main) await main();
