/**
 * Files of the built site that are data, not pages: the JSON API
 * (`api/v1/…`, from the same function as `catalog export`) and the short
 * links (`e/<Id>/`, `ko/e/<Id>/`, see short-link.ts). Astro rendered each as
 * a route of its own, one per error and locale plus one per API file: at
 * 1,000 errors per locale that was half the pages of the build and 40 % of
 * its render time, for files that need no rendering. So they are written
 * once the pages are built (by the build script after the search index, or
 * by this integration under a plain `astro build`), and their routes under
 * src/pages/ serve them only in the dev server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildApiFiles } from '../api/build-files.ts';
import { LOCALES, type Catalog } from '../catalog/index.ts';
import { getCatalog } from './catalog.ts';
import { shortLinkPath } from './routes.ts';
import { shortLinkHtml } from './short-link.ts';
import { writeProgramFiles } from '../twins/write.ts';

/**
 * Writes every data file of the site into `root`: the API files (built
 * together, as `catalog export` builds them), then the short links one at a
 * time, so that no more than the API is in memory at once. Returns how many
 * files it wrote.
 */
export function writeDataFiles(root: string, catalog: Catalog, at: { site: string | undefined; base: string }): number {
	// Each folder is made once: thousands of mkdir calls on folders that exist cost seconds on a slow disk.
	const made = new Set<string>();
	const write = (path: string, body: string) => {
		const file = join(root, path);
		const folder = dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(file, body);
	};
	let count = 0;
	for (const [path, body] of buildApiFiles(catalog, { site: at.site ?? 'http://localhost/', base: at.base })) {
		write(path, body);
		count++;
	}
	for (const locale of LOCALES) {
		for (const entry of catalog.errors) {
			write(`${shortLinkPath(locale, entry.id)}index.html`, shortLinkHtml(entry, locale, at));
			count++;
		}
	}
	return count;
}

/**
 * The Astro integration that writes the data files into the built site, for
 * `astro build` run directly; the build script writes them itself after the
 * search index (scripts/after-astro.ts). List it after the search index:
 * Pagefind then reads the pages only, not thousands of redirect documents it
 * would skip anyway.
 */
export function buildFiles(): AstroIntegration {
	let at: { site: string | undefined; base: string } = { site: undefined, base: '/' };
	return {
		name: 'catalog-build-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				at = { site: config.site, base: config.base };
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const count = writeDataFiles(fileURLToPath(dir), getCatalog(), at);
				logger.info(`Wrote ${String(count)} API files and short links in ${String(Math.round(performance.now() - started))} ms.`);
				// The Markdown twins, llms.txt and OpenSearch (src/twins/); the build script writes them in a worker instead.
				const programs = writeProgramFiles(fileURLToPath(dir), getCatalog(), { site: at.site ?? 'http://localhost/', base: at.base });
				logger.info(`Wrote ${String(programs)} Markdown twins, llms.txt and OpenSearch files.`);
			},
		},
	};
}
