/**
 * The catalog as the site sees it: loaded and validated once per build from
 * `content/` (or CATALOG_DIR). A bad catalog throws here, listing every
 * problem, which stops the build before any page is written.
 */
import { resolve } from 'node:path';
import { loadCatalogOrThrow, type Catalog } from '../catalog/index.ts';

let cached: Catalog | undefined;

/** The validated catalog of this build. */
export function getCatalog(): Catalog {
	cached ??= loadCatalogOrThrow(resolve(process.env['CATALOG_DIR'] ?? 'content'));
	return cached;
}
