/**
 * Writes the site's files for programs into a built site: the Markdown twins
 * and `llms.txt` (markdown.ts) and the OpenSearch descriptions
 * (src/site/opensearch.ts). One file at a time, so no more than one document
 * is in memory. The build script runs it in a worker thread beside the search
 * index (worker.ts, scripts/after-astro.ts); a plain `astro build` runs it in
 * its last hook (src/site/build-files-integration.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES } from '../catalog/locales.ts';
import type { Catalog } from '../catalog/model.ts';
import { opensearchPath, opensearchXml } from '../site/opensearch.ts';
import type { SitePath } from '../site/routes.ts';
import { twinFiles, type TwinLocation } from './markdown.ts';

/** Every file for programs, path and text: the twins, `llms.txt`, the OpenSearch descriptions. */
export function* programFiles(catalog: Catalog, at: TwinLocation): Generator<readonly [SitePath, string]> {
	yield* twinFiles(catalog, at);
	for (const locale of LOCALES) yield [opensearchPath(locale), opensearchXml(locale, at)];
}

/** Writes every file for programs into `root`; returns how many it wrote. */
export function writeProgramFiles(root: string, catalog: Catalog, at: TwinLocation): number {
	let count = 0;
	const made = new Set<string>();
	for (const [path, body] of programFiles(catalog, at)) {
		const file = join(root, path);
		const folder = dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(file, body);
		count++;
	}
	return count;
}
