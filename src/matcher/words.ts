/**
 * Words for matching: the same normalisation for the catalog side (ids,
 * titles, keywords, summaries) and for what a reader types, so both meet.
 *
 * - Case, width (NFKC), punctuation and spacing do not matter.
 * - An id's camel case is split into words (`CourseNotModifiable` → course,
 *   not, modifiable).
 * - English words lose common endings (`classes` → class, `archived` →
 *   archiv).
 * - Korean goes through the site search's normaliser (`src/search/korean.ts`:
 *   particles and endings cut, `교사를` → 교사, `추가할` → 추가, the
 *   glossary's avoided words read as its terms, `에러` → 오류), and each stem
 *   also yields syllable bigrams, so spacing mistakes do not matter.
 * - A few everyday words are aliases of the catalog's terms (`class` for
 *   course, `정원` for 한도).
 *
 * Pure and browser-safe.
 */
import { isHangulWord, koreanTerms, NO_LEXICON, type KoreanLexicon } from '../search/korean.ts';

/** The words of one text: whole-word terms and, for Korean, syllable bigrams. */
export interface Words {
	readonly terms: readonly string[];
	readonly bigrams: readonly string[];
}

/** Alias table: a normalised term → the normalised terms it also stands for. */
export type Aliases = ReadonlyMap<string, readonly string[]>;

/** How to read a text: the Korean lexicon (from the glossary) and, on the reader's side, aliases. */
export interface WordOptions {
	readonly lexicon?: KoreanLexicon | undefined;
	readonly aliases?: Aliases | undefined;
}

/** Words too common in pasted text and questions to say anything about an entry. */
const ENGLISH_STOP = new Set(
	(
		'a an the to of in on at for from by with and or but if so is are was were be been being am it its this that these those ' +
		'i me my we our you your he she they them their there here as not no do does did done doesn don didn isn aren wasn won can could cannot cant ' +
		'will would should may might must have has had get got please when what why how which who whom after before ' +
		'error errors google http https www com message code status try again too very just still'
	).split(' '),
);

/** Korean words as common as English stop words here (오류 is in nearly every question). */
const KOREAN_STOP = new Set(['오류', '에러', '문제', '발생', '경우', '해당', '그리고', '또는', '어떻게', '왜']);

/**
 * Aliases every locale gets: everyday words for the catalog's terms. The
 * locale's glossary adds its avoided words (see `view.ts`).
 */
export const BUILT_IN_ALIASES: Readonly<Record<string, string>> = {
	class: 'course',
	classes: 'course',
	many: 'limit',
	maximum: 'limit',
	max: 'limit',
	daily: 'day',
	today: 'day',
	초과: '한도',
	최대: '한도',
	정원: '한도',
};

/** `CourseNotModifiable` → `Course Not Modifiable`, `URLLimit` → `URL Limit`; other text unchanged. */
export function splitCamel(text: string): string {
	return text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

/**
 * The key two spellings of one name share: NFKC, lower case, letters and
 * digits only. `Course not modifiable.`, `course-not-modifiable` and
 * `COURSE_NOT_MODIFIABLE` meet, and so do `수업을 수정할 수 없음` and
 * `수업을수정할수없음`.
 */
export function exactKey(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A light English stemmer: enough to make plurals and -ed/-ing forms meet, nothing more. */
export function stemEnglish(word: string): string {
	let w = word;
	if (w.length <= 3) return w;
	if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
	if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
	else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
	else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
	if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
	return w;
}

/** The Latin and digit words of `text`, camel case split; Korean is read separately. */
function latinTokens(text: string): string[] {
	const lowered = splitCamel(text.normalize('NFKC')).toLowerCase();
	return lowered.match(/(?:(?![\uac00-\ud7a3])[\p{L}\p{N}])+/gu) ?? [];
}

/** The term a Latin token stands for, or `undefined` for a stop word or a lone letter. */
function latinTerm(token: string): string | undefined {
	if (token.length < 2 && !/\d/.test(token)) return undefined;
	if (ENGLISH_STOP.has(token)) return undefined;
	return /^\d+$/.test(token) ? token : stemEnglish(token);
}

/** The syllable bigrams of a Hangul word (`공동교사` → 공동, 동교, 교사); none for one syllable or a word that is not all Hangul. */
export function hangulBigrams(word: string): string[] {
	if (!isHangulWord(word)) return [];
	const out: string[] = [];
	for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
	return out;
}

/**
 * The words of `text`, in order, without repeats. With `aliases`, a term
 * that is an alias also brings the terms it stands for (used on the reader's
 * side only, so the catalog's own words are indexed as they are).
 */
export function wordsOf(text: string, options: WordOptions = {}): Words {
	const terms = new Set<string>();
	const bigrams = new Set<string>();
	const add = (term: string): void => {
		terms.add(term);
		for (const alias of options.aliases?.get(term) ?? []) terms.add(alias);
	};
	for (const token of latinTokens(text)) {
		const term = latinTerm(token);
		if (term !== undefined) add(term);
	}
	if (/[\uac00-\ud7a3]/.test(text)) {
		for (const stem of koreanTerms(text.normalize('NFC'), options.lexicon ?? NO_LEXICON)) {
			if (!isHangulWord(stem) || KOREAN_STOP.has(stem)) continue;
			add(stem);
			for (const bigram of hangulBigrams(stem)) bigrams.add(bigram);
		}
	}
	return { terms: [...terms], bigrams: [...bigrams] };
}

/**
 * An alias table from `from → to` pairs: each side is normalised like any
 * other text, and only a `from` that is one term counts (a multi-word
 * `from` could only match by accident).
 */
export function buildAliases(pairs: Readonly<Record<string, string>>): Aliases {
	const table = new Map<string, string[]>();
	for (const [from, to] of Object.entries(pairs)) {
		const key = wordsOf(from).terms;
		const [only] = key;
		if (key.length !== 1 || only === undefined) continue;
		const targets = wordsOf(to).terms.filter((t) => t !== only);
		if (targets.length === 0) continue;
		table.set(only, [...new Set([...(table.get(only) ?? []), ...targets])]);
	}
	return table;
}
