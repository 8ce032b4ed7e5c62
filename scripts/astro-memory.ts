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
 * at 1,000 errors, a 5 MB snapshot; 234 MB at 10,000, 50 MB), and writing
 * the JSON API at the end briefly holds its files as well.
 */

/** The smallest ceiling, in MB: room for Astro, Vite and Starlight themselves. */
export const MIN_HEAP_MB = 448;
/** Heap allowed per MB of catalog snapshot: the model, the pages' data, the API files while they are written. */
export const HEAP_MB_PER_SNAPSHOT_MB = 8;

/** The V8 options for the Astro build of a catalog whose snapshot has `snapshotBytes` bytes. */
export function astroHeapOptions(snapshotBytes: number): string[] {
	const snapshotMb = snapshotBytes / 1024 / 1024;
	return [`--max-old-space-size=${String(Math.ceil(MIN_HEAP_MB + HEAP_MB_PER_SNAPSHOT_MB * snapshotMb))}`];
}
