/**
 * What the build script does once Astro has exited, instead of Astro's last
 * hooks doing it: the search index, then the data files (the JSON API and
 * the short links, src/site/build-files-integration.ts), and meanwhile, in a
 * worker thread, the files for programs (Markdown twins, llms.txt,
 * OpenSearch: src/twins/).
 *
 * - Memory: Pagefind's indexer holds about 300 MB while it runs; inside
 *   Astro's hook it ran beside the whole Astro process (650 MB at 1,000
 *   errors per locale), which put the build over its 1 GiB budget. Here the
 *   two never overlap.
 * - Time: written after the index, the thousands of short links (redirect
 *   documents with nothing to index) are not read by Pagefind at all.
 *
 * The index is exactly the one the Astro integration builds
 * (src/search/pagefind-index.ts): this calls that integration's own hook
 * with the built folder. `astro build` run directly (without the build
 * script) still does both inside Astro, as before; the build script asks
 * Astro to leave them out with AFTER_ASTRO_ENV.
 */
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import type { Catalog } from '../src/catalog/index.ts';
import { searchIndex } from '../src/search/pagefind-index.ts';
import { writeDataFiles } from '../src/site/build-files-integration.ts';
import type { ProgramFilesJob } from '../src/twins/worker.ts';

/** Set to "1" in Astro's environment when the build script indexes the site and writes its data files itself (astro.config.mjs reads it). */
export const AFTER_ASTRO_ENV = 'CATALOG_AFTER_ASTRO';

/** A logger like Astro's, printing as Astro's integrations do. */
function logger(label: string): AstroIntegrationLogger {
	const line = (text: string) => `${new Date().toTimeString().slice(0, 8)} [${label}] ${text}`;
	const log: AstroIntegrationLogger = {
		label,
		options: { dest: { write: () => true }, level: 'info' },
		info: (text: string) => console.log(line(text)),
		warn: (text: string) => console.warn(line(text)),
		error: (text: string) => console.error(line(text)),
		debug: () => undefined,
		fork: (name: string) => logger(name),
	} as unknown as AstroIntegrationLogger;
	return log;
}

/** Builds the search index of the site built into `dir`, as the integration would at the end of `astro build`. */
export async function indexBuiltSite(dir: string): Promise<void> {
	const integration = searchIndex();
	const hook = integration.hooks['astro:build:done'];
	if (!hook) throw new Error(`The ${integration.name} integration has no astro:build:done hook to build the index with.`);
	// The hook reads the built folder and logs; the other build results Astro passes are not needed for a static site's index.
	await hook({ dir: pathToFileURL(dir.endsWith(sep) ? dir : dir + sep), logger: logger(integration.name) } as Parameters<typeof hook>[0]);
}

/**
 * Writes the files for programs (the Markdown twins, llms.txt, the OpenSearch
 * descriptions: src/twins/write.ts) into `dir` in a worker thread; resolves
 * with how many it wrote. Serialising thousands of Markdown documents takes
 * seconds of CPU: in a worker they run while Pagefind indexes, in its own
 * process, instead of after it.
 */
function writeProgramFilesInWorker(dir: string, catalog: Catalog, at: { site: string | undefined; base: string }): Promise<number> {
	const job: ProgramFilesJob = { root: dir, catalog, at: { site: at.site ?? 'http://localhost/', base: at.base } };
	return new Promise((resolveCount, rejectCount) => {
		const worker = new Worker(new URL('../src/twins/worker.ts', import.meta.url), { workerData: job });
		let count: number | undefined;
		worker.once('message', (written: number) => void (count = written));
		worker.once('error', (cause) => rejectCount(new Error('The Markdown twins could not be written.', { cause })));
		worker.once('exit', (code) => {
			if (code === 0 && count !== undefined) resolveCount(count);
			else rejectCount(new Error(`The worker writing the Markdown twins stopped (exit code ${String(code)}).`));
		});
	});
}

/** Indexes the site built into `dir`, then writes its data files for `catalog`, served at `at`; the files for programs are written meanwhile. */
export async function finishBuiltSite(dir: string, catalog: Catalog, at: { site: string | undefined; base: string }): Promise<void> {
	const programsStarted = performance.now();
	const programs = writeProgramFilesInWorker(dir, catalog, at);
	// Awaited below; a failure while the index is built must not go unhandled meanwhile.
	programs.catch(() => undefined);
	try {
		await indexBuiltSite(dir);
	} catch (error) {
		await programs.catch(() => undefined);
		throw error;
	}
	const started = performance.now();
	const count = writeDataFiles(dir, catalog, at);
	logger('catalog-build-files').info(`Wrote ${String(count)} API files and short links in ${String(Math.round(performance.now() - started))} ms.`);
	const programCount = await programs;
	logger('catalog-program-files').info(`Wrote ${String(programCount)} Markdown twins, llms.txt and OpenSearch files in ${String(Math.round(performance.now() - programsStarted))} ms, beside the search index.`);
}
