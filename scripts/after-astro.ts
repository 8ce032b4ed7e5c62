/**
 * What the build script does beside and after Astro, instead of Astro's last
 * hooks doing it:
 *
 * - while Astro renders the pages, the build's worker thread writes the files
 *   that are not pages into a folder of their own (the JSON API, the short
 *   links, the Markdown twins, llms.txt, OpenSearch: scripts/build-worker.ts). Astro
 *   renders on one core; the worker uses the other, instead of adding its
 *   seconds after Astro. Astro empties its output folder when it starts, so
 *   the worker never writes into it.
 * - once Astro has exited, the search index of the pages (Pagefind runs in
 *   its own process and holds about 300 MB; inside Astro's hook it ran
 *   beside the whole Astro process, 650 MB at 1,000 errors per locale, which
 *   put the build over its 1 GiB budget, so the two never overlap);
 * - Pagefind's globs leave out the thousands of short links (redirect
 *   documents with nothing to index, src/search/pagefind-index.ts), and the
 *   other files are not HTML.
 *
 * The index is exactly the one the Astro integration builds
 * (src/search/pagefind-index.ts): this calls that integration's own hook
 * with the built folder. `astro build` run directly (without the build
 * script) still does all of it inside Astro, as before; the build script asks
 * Astro to leave it out with AFTER_ASTRO_ENV.
 */
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import { searchIndex } from '../src/search/pagefind-index.ts';
import type { BuildWorkerJob, FilesWorkerJob, FromBuildWorker, ToBuildWorker } from './build-worker-protocol.ts';

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

/** A deferred result: a promise and the functions that settle it. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (reason: Error) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	// Awaited by the caller later, or never when the build stops early; a failure meanwhile must not go unhandled.
	promise.catch(() => undefined);
	return { promise, resolve, reject };
}

/** The build script's worker threads (scripts/build-worker.ts, then scripts/files-worker.ts): one promise per step they answer. */
export interface BuildWorker {
	/** The catalog's problems (none when it is valid), or the fault that stops a valid catalog from building. */
	readonly checked: Promise<{ readonly problems: readonly string[] } | { readonly fault: string }>;
	/** Tells the worker where to write the snapshot, then where the files that are not pages go; resolves once the snapshot is written and Astro may start. */
	go(where: ToBuildWorker & { readonly filesDir: string }): Promise<void>;
	/** Settles once every file that is not a page is written. */
	readonly done: Promise<Extract<FromBuildWorker, { kind: 'done' }>>;
	/** Ends the workers early (a failed or stopped build). */
	stop(): Promise<void>;
}

/**
 * Starts the build's first worker on the catalog in `job.contentDir`, for a
 * site served at `job.at`; once it has written the snapshot, the second takes
 * over. Each has a heap ceiling of `heapMb` (scripts/astro-memory.ts).
 */
export function startBuildWorker(job: BuildWorkerJob, heapMb: number): BuildWorker {
	const checked = deferred<{ problems: readonly string[] } | { fault: string }>();
	const snapshot = deferred<void>();
	const done = deferred<Extract<FromBuildWorker, { kind: 'done' }>>();
	const running = new Set<Worker>();
	const start = (file: string, data: BuildWorkerJob | FilesWorkerJob, steps: readonly { reject(reason: Error): void }[]) => {
		const worker = new Worker(new URL(file, import.meta.url), { workerData: data, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
		running.add(worker);
		worker.on('message', (message: FromBuildWorker) => {
			if (message.kind === 'checked') checked.resolve({ problems: message.problems });
			else if (message.kind === 'fault') checked.resolve({ fault: message.message });
			else if (message.kind === 'snapshot') snapshot.resolve();
			else done.resolve(message);
		});
		// Settling an already settled promise does nothing, so each failure rejects only the steps still waiting.
		worker.once('error', (cause: Error & { code?: string }) => {
			const hint = cause.code === 'ERR_WORKER_OUT_OF_MEMORY' ? ` (its ceiling, ${String(heapMb)} MB, comes from workerHeapMb in scripts/astro-memory.ts)` : '';
			for (const step of steps) step.reject(new Error(`The build's worker failed: ${cause.message}${hint}`, { cause }));
		});
		worker.once('exit', (code) => {
			running.delete(worker);
			for (const step of steps) step.reject(new Error(`The build's worker stopped early (exit code ${String(code)}).`));
		});
		return worker;
	};
	// The first worker answers up to the snapshot; the files are the second's.
	const first = start('./build-worker.ts', job, [checked, snapshot]);
	return {
		checked: checked.promise,
		go: async (where) => {
			first.postMessage({ snapshot: where.snapshot } satisfies ToBuildWorker);
			await snapshot.promise;
			start('./files-worker.ts', { snapshot: where.snapshot, filesDir: where.filesDir, at: job.at }, [done]);
		},
		done: done.promise,
		stop: async () => void (await Promise.all([...running].map((worker) => worker.terminate()))),
	};
}

/** Finishes the site Astro built into `dir`: its search index, once the worker's files are there too. */
export async function finishBuiltSite(dir: string, worker: BuildWorker): Promise<void> {
	await indexBuiltSite(dir);
	const written = await worker.done;
	logger('catalog-build-files').info(
		`Wrote ${String(written.dataFiles)} API files and short links and ${String(written.programFiles)} Markdown twins, llms.txt and OpenSearch files in ${String(Math.round(written.ms))} ms, beside Astro.`,
	);
}
