/**
 * The catalog as the site sees it. Under `npm run build`, the build script has
 * already loaded and validated it and hands over the model as a snapshot
 * (CATALOG_SNAPSHOT), so Astro's config and its page renderer never parse the
 * YAML again. Started any other way (`astro dev`), it loads `content/` (or
 * CATALOG_DIR) itself; a bad catalog throws here, listing every problem,
 * which stops Astro before any page is written.
 */
import { resolve } from 'node:path';
import { loadCatalogOrThrow, type Catalog } from '../catalog/index.ts';
import { readSnapshot } from '../catalog/snapshot.ts';
import { SNAPSHOT_READY } from './snapshot-ready.ts';

let cached: Catalog | undefined;

/**
 * Settles once the catalog can be read: at once, except under the build
 * script, which starts Astro while its worker is still validating the catalog
 * and tells Astro when the snapshot is written (scripts/exit-with-parent.ts).
 * Astro's config awaits it before {@link getCatalog}.
 */
export async function catalogReady(): Promise<void> {
	await (globalThis as Record<symbol, unknown>)[SNAPSHOT_READY];
}

/** The validated catalog of this build. */
export function getCatalog(): Catalog {
	const snapshot = process.env['CATALOG_SNAPSHOT'];
	cached ??= snapshot ? readSnapshot(snapshot) : loadCatalogOrThrow(resolve(process.env['CATALOG_DIR'] ?? 'content'));
	return cached;
}
