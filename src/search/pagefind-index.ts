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
 * One index per language, built by one Pagefind run per language into the
 * same bundle: Pagefind holds every page it has read until it writes, so at
 * 10,000 errors per locale one run for both languages was the build's
 * peak of memory. Each run writes the same script and WebAssembly and its
 * own language's files (their names are content hashes); the entry file,
 * which each run writes for its language alone, is merged at the end. The
 * bundle is the one a single run writes, byte for byte.
 *
 * The script Pagefind writes gets two changes (see pagefind-patch.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES, LOCALE_INFO } from '../catalog/locales.ts';
import { patchPagefindScript } from './pagefind-patch.ts';
import { SHORT_LINK_FOLDER } from '../site/routes.ts';

/** Elements Pagefind skips on every page. */
export const EXCLUDE_SELECTORS: readonly string[] = ['.expressive-code'];

function assertNoErrors<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
	return response;
}

/**
 * Where a built site keeps what is not pages: Pagefind's bundle, Astro's
 * assets, and the short links (`e/<Id>/`, `ko/e/<Id>/`: redirect documents
 * with nothing to index, which the build script writes while Astro renders).
 */
const NOT_PAGES: readonly string[] = ['pagefind', '_astro', SHORT_LINK_FOLDER];

/** `{a/**\/*.html,b.html}` for the entries of `folder` (under `dir`) that hold pages, or nothing. */
function pagesGlob(dir: string, folder: string, skip: ReadonlySet<string>): string[] {
	const entries = readdirSync(join(dir, folder))
		.filter((name) => !skip.has(name))
		.flatMap((name) => (statSync(join(dir, folder, name)).isDirectory() ? [`${name}/**/*.html`] : name.endsWith('.html') ? [name] : []))
		.sort();
	return entries.length > 0 ? [`${folder === '' ? '' : `${folder}/`}{${entries.join(',')}}`] : [];
}

/**
 * The pages of each language as Pagefind globs over the built folder `dir`:
 * a language with a path prefix (`ko/`) is that folder; the language at the
 * root is every other top-level entry. What is not pages is left out in both.
 */
export function languageGlobs(dir: string): string[] {
	const prefixed = LOCALES.map((locale) => LOCALE_INFO[locale].pathPrefix.replace(/\/$/, '')).filter(Boolean);
	return [
		...pagesGlob(dir, '', new Set([...prefixed, ...NOT_PAGES])),
		...prefixed.flatMap((folder) => (existsSync(join(dir, folder)) ? pagesGlob(dir, folder, new Set(NOT_PAGES)) : [])),
	];
}

/** Pagefind's entry file: the bundle's version and, per language, its index. */
interface PagefindEntry {
	readonly version: string;
	readonly languages: Readonly<Record<string, unknown>>;
	readonly [key: string]: unknown;
}

/** The entry files of runs over disjoint sets of pages, as one. */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry | undefined {
	return entries.reduce<PagefindEntry | undefined>((merged, entry) => (merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry), undefined);
}

/** The Astro integration that writes `pagefind/` into the built site. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'catalog-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				try {
					const site = fileURLToPath(dir);
					const outputPath = fileURLToPath(new URL('./pagefind/', dir));
					const entryPath = join(outputPath, 'pagefind-entry.json');
					const entries: PagefindEntry[] = [];
					let pages = 0;
					for (const glob of languageGlobs(site)) {
						try {
							const { index } = assertNoErrors(await pagefind.createIndex({ excludeSelectors: [...EXCLUDE_SELECTORS] }), 'start');
							if (!index) throw new Error('Pagefind returned no index.');
							pages += assertNoErrors(await index.addDirectory({ path: site, glob }), `read the built pages (${glob})`).page_count;
							assertNoErrors(await index.writeFiles({ outputPath }), 'write the index');
							entries.push(JSON.parse(readFileSync(entryPath, 'utf8')) as PagefindEntry);
						} finally {
							// Each run's memory goes with its Pagefind process.
							await pagefind.close();
						}
					}
					const entry = mergeEntries(entries);
					if (!entry) throw new Error('Pagefind wrote no entry file.');
					writeFileSync(entryPath, JSON.stringify(entry));
					const script = join(outputPath, 'pagefind.js');
					writeFileSync(script, patchPagefindScript(readFileSync(script, 'utf8')));
					logger.info(`Indexed ${String(pages)} pages in ${String(Math.round(performance.now() - started))} ms.`);
				} catch (cause) {
					throw new Error('Failed to build the search index.', { cause });
				}
			},
		},
	};
}
