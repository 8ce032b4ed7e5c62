// The module that src/search/lexicon-module.ts serves to the search dialog.
declare module 'virtual:catalog/search-lexicon' {
	const lexicon: import('./korean.ts').KoreanLexicon;
	export default lexicon;
}
