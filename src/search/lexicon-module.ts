/**
 * The Korean search lexicon (the glossary's words, src/search/korean.ts) as a
 * module of its own, `virtual:catalog/search-lexicon`, that the search dialog
 * imports when it starts Pagefind. Inlined into every page, as it once was,
 * it cost about 2 KB (gzip) of each page's weight for a reader who never
 * searches; as part of the search dialog's own chunk (client.ts) it
 * downloads once, beside Pagefind, and stays cached. It depends on the glossary only, so its size does not grow with
 * the catalog.
 */
import type { Plugin } from 'vite';
import type { Catalog } from '../catalog/index.ts';
import { lexiconFromGlossary } from './korean.ts';

export const LEXICON_MODULE = 'virtual:catalog/search-lexicon';
/** Rollup's convention for a virtual module's resolved id: no other plugin touches it. */
const RESOLVED = `\0${LEXICON_MODULE}`;

/** The module's source: the lexicon as a JSON default export. */
export function lexiconModuleSource(glossary: Catalog['glossary']): string {
	return `export default ${JSON.stringify(lexiconFromGlossary(glossary))};\n`;
}

/** The Vite plugin that serves the module, from the catalog that `catalog()` returns when the module is first asked for. */
export function searchLexiconModule(catalog: () => Catalog): Plugin {
	return {
		name: 'catalog-search-lexicon',
		resolveId: (id) => (id === LEXICON_MODULE ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? lexiconModuleSource(catalog().glossary) : undefined),
	};
}
