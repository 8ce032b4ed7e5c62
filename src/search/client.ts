/**
 * Everything the search dialog loads besides pagefind.js, as one module, so
 * that it arrives as one file (with the Korean normaliser it shares with the
 * finder) rather than one per module: on a cold page each file is a request
 * and a task of its own while the reader waits for a first result, and a
 * browser talking HTTP/1.1 to the site opens only six connections at once.
 *
 * Loaded by src/components/search/Search.astro when a search is coming; no
 * page loads it with itself.
 */
export { CatalogSearch, PAGEFIND_RANKING } from './engine.ts';
export { installInflatingFetch } from './pagefind-inflate.ts';
// What the dialog needs only once the engine is in: how a result's excerpt is shown, and whether a query is worth the matcher.
export { shownExcerpt } from './excerpt.ts';
export { looksLikeError } from './query-shape.ts';
// The glossary's Korean words, generated from the catalog (lexicon-module.ts).
export { default as lexicon } from 'virtual:catalog/search-lexicon';
