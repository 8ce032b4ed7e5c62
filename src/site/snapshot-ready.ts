/**
 * Where the build script's preload (scripts/exit-with-parent.ts) leaves the
 * promise that settles once the catalog snapshot is written, for Astro's
 * config to wait on (src/site/catalog.ts). A global, because the preload and
 * the config are separate module graphs in the same process.
 */
export const SNAPSHOT_READY = Symbol.for('classroom-error-catalog.snapshot-ready');
