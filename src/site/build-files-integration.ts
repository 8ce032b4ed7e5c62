/**
 * Files of the built site that are data, not pages: the JSON API
 * (`api/v1/…`, from the same function as `catalog export`) and the short
 * links (`e/<Id>/`, `ko/e/<Id>/`, see short-link.ts). Astro rendered each as
 * a route of its own, one per error and locale plus one per API file: at
 * 1,000 errors per locale that was half the pages of the build and 40 % of
 * its render time, for files that need no rendering. So `astro build` writes
 * them once the pages are built, and their routes under src/pages/ serve
 * them only in the dev server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildApiFiles } from '../api/build-files.ts';
import { LOCALES } from '../catalog/index.ts';
import { getCatalog } from './catalog.ts';
import { shortLinkPath } from './routes.ts';
import { shortLinkHtml } from './short-link.ts';

/** Every data file of the site: its path inside the site (no base) and its text. */
export function dataFiles(at: { site: string | undefined; base: string }): Map<string, string> {
	const catalog = getCatalog();
	const files = new Map<string, string>();
	for (const [path, body] of buildApiFiles(catalog, { site: at.site ?? 'http://localhost/', base: at.base })) files.set(path, body);
	for (const locale of LOCALES) {
		for (const entry of catalog.errors) files.set(`${shortLinkPath(locale, entry.id)}index.html`, shortLinkHtml(entry, locale, at));
	}
	return files;
}

/** The Astro integration that writes the data files into the built site. */
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
				const root = fileURLToPath(dir);
				const files = dataFiles(at);
				for (const [path, body] of files) {
					const file = join(root, path);
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, body);
				}
				logger.info(`Wrote ${String(files.size)} API files and short links in ${String(Math.round(performance.now() - started))} ms.`);
			},
		},
	};
}
