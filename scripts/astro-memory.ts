import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How much memory the Astro build may keep. Left to itself, V8 lets the heap
 * of a long build grow to several times what it holds, and keeps the freed
 * pages pooled: at 1,000 errors per locale the Astro process held about
 * 130 MB of live objects and sat at 1.05 GB. A ceiling makes it collect
 * sooner instead, for no measurable time, so the build stays within its
 * memory budget (1 GiB at 1,000 errors per locale, issue 10).
 *
 * The ceiling grows with the catalog, so a large one still has room: the
 * live heap measured about 110 MB plus 2.5 times the catalog snapshot (130 MB
 * at 1,000 errors, a 5 MB snapshot; 240 MB at 10,000, 47 MB), and writing
 * the JSON API at the end briefly holds its files as well (500 MB more at
 * 10,000 errors). Astro is started before the snapshot is written, so the
 * ceiling is set from the catalog's YAML, whose snapshot is about 1.6 times
 * its size (5.3 MB from 3.4 MB at 1,000 errors per locale).
 */

/** The smallest ceiling, in MB: room for Astro, Vite and Starlight themselves. */
export const MIN_HEAP_MB = 448;
/** Heap allowed per MB of catalog snapshot: the model, the pages' data, the API files while they are written. */
export const HEAP_MB_PER_SNAPSHOT_MB = 12;
/** How many bytes of snapshot a byte of the catalog's YAML makes, measured (see above), rounded up. */
export const SNAPSHOT_PER_YAML_BYTE = 1.6;

/** The V8 options for the Astro build of a catalog whose YAML files hold `yamlBytes` bytes. */
export function astroHeapOptions(yamlBytes: number): string[] {
	const snapshotMb = (yamlBytes * SNAPSHOT_PER_YAML_BYTE) / 1024 / 1024;
	return [`--max-old-space-size=${String(Math.ceil(MIN_HEAP_MB + HEAP_MB_PER_SNAPSHOT_MB * snapshotMb))}`];
}

/** The bytes of the catalog's YAML files in `contentDir`: what the memory ceilings are set from, before anything is parsed. */
export function catalogYamlBytes(contentDir: string): number {
	let bytes = 0;
	try {
		for (const name of readdirSync(contentDir)) if (name.endsWith('.yaml')) bytes += statSync(join(contentDir, name)).size;
	} catch {
		// An unreadable catalog folder is the validation's to report, with its file and fix; the floor will do meanwhile.
	}
	return bytes;
}

/**
 * The heap ceiling of the build's worker thread (scripts/build-worker.ts),
 * which validates the catalog and then holds it while it writes the files
 * that are not pages, beside Astro. Without one, V8 let it grow to 420 MB
 * at 1,000 errors per locale (3.4 MB of YAML) and 1.9 GB at 10,000
 * (31 MB), mostly garbage of the validation. Measured floors: 96 MB
 * at 1,000 and between 600 MB and 1,000 MB at 10,000; this gives 173 MB
 * and 1,069 MB.
 */
export const WORKER_MIN_HEAP_MB = 64;
export const WORKER_HEAP_MB_PER_YAML_MB = 32;

export function workerHeapMb(yamlBytes: number): number {
	return Math.ceil(WORKER_MIN_HEAP_MB + (WORKER_HEAP_MB_PER_YAML_MB * yamlBytes) / 1024 / 1024);
}

/**
 * Environment for the Astro build. Vite bundles with rolldown, whose
 * allocator (mimalloc) keeps freed memory for a while before handing it back
 * to the system; told to hand it back at once, the build holds about 90 MB
 * less for the rest of its run, for no measurable time.
 */
export const ASTRO_MEMORY_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };
