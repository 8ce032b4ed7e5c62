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
 * 10,000 errors).
 */

/** The smallest ceiling, in MB: room for Astro, Vite and Starlight themselves. */
export const MIN_HEAP_MB = 448;
/** Heap allowed per MB of catalog snapshot: the model, the pages' data, the API files while they are written. */
export const HEAP_MB_PER_SNAPSHOT_MB = 12;

/** The V8 options for the Astro build of a catalog whose snapshot has `snapshotBytes` bytes. */
export function astroHeapOptions(snapshotBytes: number): string[] {
	const snapshotMb = snapshotBytes / 1024 / 1024;
	return [`--max-old-space-size=${String(Math.ceil(MIN_HEAP_MB + HEAP_MB_PER_SNAPSHOT_MB * snapshotMb))}`];
}

/**
 * Environment for the Astro build. Vite bundles with rolldown, whose
 * allocator (mimalloc) keeps freed memory for a while before handing it back
 * to the system; told to hand it back at once, the build holds about 90 MB
 * less for the rest of its run, for no measurable time.
 */
export const ASTRO_MEMORY_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };
