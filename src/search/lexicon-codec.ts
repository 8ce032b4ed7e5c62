/**
 * The Korean lexicon in a compact text form, for the search dialog's data
 * attribute: `keep word|keep word␞variant=preferred|variant=preferred`.
 * Glossary words contain none of the separators (the codec checks).
 */
import type { KoreanLexicon } from './korean.ts';

const PARTS = '\u001e';
const ITEMS = '|';
const PAIR = '=';

/** Encodes a lexicon as one string. */
export function encodeLexicon(lexicon: KoreanLexicon): string {
	const words = [...lexicon.keep, ...lexicon.variants.flat()];
	const bad = words.find((w) => w.includes(PARTS) || w.includes(ITEMS) || w.includes(PAIR));
	if (bad !== undefined) throw new Error(`The glossary word ${JSON.stringify(bad)} contains a character the search lexicon uses as a separator.`);
	return [lexicon.keep.join(ITEMS), lexicon.variants.map(([from, to]) => `${from}${PAIR}${to}`).join(ITEMS)].join(PARTS);
}

/** Decodes what encodeLexicon wrote. */
export function decodeLexicon(text: string): KoreanLexicon {
	const [keep = '', variants = ''] = text.split(PARTS);
	return {
		keep: keep === '' ? [] : keep.split(ITEMS),
		variants: variants === '' ? [] : variants.split(ITEMS).map((pair) => {
			const at = pair.indexOf(PAIR);
			return [pair.slice(0, at), pair.slice(at + 1)] as const;
		}),
	};
}
