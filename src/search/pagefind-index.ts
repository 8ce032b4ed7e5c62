/**
 * Builds the site's search index with Pagefind, in place of Starlight's own
 * run (`pagefind: false` in the Starlight config), so that this project
 * decides what is indexed:
 *
 * - code samples are not indexed anywhere (`.expressive-code`): they are
 *   illustrations, and on the API page they caught pasted English messages
 *   before the error pages did;
 * - the lists that repeat other pages (the home page, a status's error table,
 *   an error's related errors) are left out by their own components
 *   (`pagefind: false`, `data-pagefind-ignore`);
 * - what readers type but pages do not say is added by the pages themselves,
 *   as hidden Pagefind metadata (see index-fields.ts).
 *
 * One index per language, as before: Pagefind reads each page's `lang`.
 * The script Pagefind writes gets one change (see pagefind-patch.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { patchPagefindScript } from './pagefind-patch.ts';

/** Elements Pagefind skips on every page. */
export const EXCLUDE_SELECTORS: readonly string[] = ['.expressive-code'];

function assertNoErrors<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
	return response;
}

/** The Astro integration that writes `pagefind/` into the built site. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'catalog-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				try {
					const { index } = assertNoErrors(await pagefind.createIndex({ excludeSelectors: [...EXCLUDE_SELECTORS] }), 'start');
					if (!index) throw new Error('Pagefind returned no index.');
					const { page_count } = assertNoErrors(await index.addDirectory({ path: fileURLToPath(dir) }), 'read the built pages');
					const outputPath = fileURLToPath(new URL('./pagefind/', dir));
					assertNoErrors(await index.writeFiles({ outputPath }), 'write the index');
					const script = fileURLToPath(new URL('./pagefind/pagefind.js', dir));
					writeFileSync(script, patchPagefindScript(readFileSync(script, 'utf8')));
					logger.info(`Indexed ${String(page_count)} pages in ${String(Math.round(performance.now() - started))} ms.`);
				} catch (cause) {
					throw new Error('Failed to build the search index.', { cause });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
