/**
 * The Korean side of site search: one rule-based normaliser, used on both
 * sides of the index. At build time it turns each Korean page's text into
 * stems that are indexed (hidden) beside the text; in the browser it turns the
 * reader's query into the same stems. Because both sides go through the same
 * function, a stem only has to be consistent, not linguistically perfect:
 * `교사를`, `교사가` and `교사` all become `교사`; `추가할`, `추가하려면` and
 * `추가됨` become `추가`; `바꿀 수`, `바꿔요` and `바꾸기` become `바꾸`;
 * `없어요`, `없습니다` and `없음` become `없`.
 *
 * It knows no dictionary beyond the glossary it is given: the glossary's
 * preferred terms are kept whole (`재시도` is not `재시` + `도`), and the
 * words it says to avoid are read as the preferred term (`에러` → `오류`,
 * `선생님` → `교사`), which is exactly what readers type.
 *
 * Pure and browser-safe: no Node built-ins, no DOM.
 */

/** What the normaliser needs from the glossary. */
export interface KoreanLexicon {
	/** Words that are never cut (the glossary's preferred terms, one word each). */
	readonly keep: readonly string[];
	/** Variant → preferred term, applied to the text before it is split (a variant may span words: `다시 시도`). */
	readonly variants: readonly (readonly [variant: string, preferred: string])[];
}

/** An empty lexicon: the rules alone. */
export const NO_LEXICON: KoreanLexicon = { keep: [], variants: [] };

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Final-consonant (jongseong) indexes in a precomposed syllable. */
const JONG = { none: 0, n: 4, l: 8, m: 16, b: 17, ss: 20, bs: 18 } as const;
/** Vowel (jungseong) indexes. */
const JUNG = { u: 13, wo: 14 } as const;

function isSyllable(ch: string): boolean {
	const code = ch.charCodeAt(0);
	return code >= HANGUL_BASE && code <= HANGUL_LAST;
}

/** Splits a precomposed syllable into (initial·vowel base, vowel, final) indexes. */
function parts(ch: string): { lead: number; vowel: number; final: number } {
	const offset = ch.charCodeAt(0) - HANGUL_BASE;
	return { lead: Math.floor(offset / 588), vowel: Math.floor((offset % 588) / 28), final: offset % 28 };
}

function compose(lead: number, vowel: number, final: number): string {
	return String.fromCharCode(HANGUL_BASE + lead * 588 + vowel * 28 + final);
}

/** Whether `word` consists of Hangul syllables only. */
export function isHangulWord(word: string): boolean {
	return word.length > 0 && [...word].every(isSyllable);
}

/**
 * Particles and endings, cut from the end of a word. `min` is the fewest
 * syllables the stem must keep: 2 for one-syllable suffixes that also end
 * common nouns (`추가` is not `추` + `가`, `한도` is not `한` + `도`), 1 for
 * the rest. Longer suffixes are tried first.
 */
const SUFFIXES: readonly { readonly s: string; readonly min: number }[] = [
	// Polite and formal verb endings, past and present.
	...['었습니다', '았습니다', '였습니다', '었습니까', '습니다', '습니까', '니다', '니까', '었어요', '았어요', '였어요', '으세요', '으십시오', '십시오'].map((s) => ({ s, min: 1 })),
	...['어요', '아요', '여요', '에요', '예요', '이에요', '세요', '나요', '네요', '군요', '지요', '까요', '을까요', 'ㄹ까요', '는데요', '는지요', '은가요', '는가요', '거든요', '잖아요'].map((s) => ({ s, min: 1 })),
	// Connective and nominal endings.
	...['으려면', '려면', '으려고', '려고', '으면서', '면서', '으니까', '니까', '으면', '도록', '지만', '는데', '은데', '거나', '든지', '다가', '어서', '아서', '어야', '아야', '었는데', '었던', '았던', '는지', '은지', '을지', '었다', '았다', '는다', '으며', '어도', '아도', '다면', '라면'].map((s) => ({ s, min: 1 })),
	// Particles (postpositions), two syllables or more.
	...['에서는', '에서도', '에서의', '에게서', '에게는', '에게도', '한테서', '한테는', '으로는', '으로도', '으로서', '으로써', '이라는', '이라고', '이라도', '이랑은', '께서는', '까지는', '까지도', '부터는', '에서', '에게', '한테', '께서', '으로', '로는', '로도', '로서', '로써', '라는', '라고', '라도', '이나', '이랑', '까지', '부터', '마다', '보다', '처럼', '만큼', '밖에', '에는', '에도', '와는', '과는', '와도', '과도', '이며', '이고', '이면', '이든', '조차', '마저', '하고는'].map((s) => ({ s, min: 1 })),
	// One-syllable particles and endings that rarely end a noun.
	...['을', '를', '은', '는', '에', '께', '다', '며', '던'].map((s) => ({ s, min: 1 })),
	// One-syllable particles and endings that also end common nouns.
	...['이', '가', '의', '도', '만', '과', '와', '로', '나', '랑', '고', '지', '기', '서', '면', '게', '죠'].map((s) => ({ s, min: 2 })),
].sort((a, b) => b.s.length - a.s.length);

/** The suffixes that are particles, after which a final consonant is part of the noun (`권한이`, `정원이`). */
const PARTICLES: ReadonlySet<string> = new Set(
	'에서는 에서도 에서의 에게서 에게는 에게도 한테서 한테는 으로는 으로도 으로서 으로써 이라는 이라고 이라도 이랑은 께서는 까지는 까지도 부터는 에서 에게 한테 께서 으로 로는 로도 로서 로써 라는 라고 라도 이나 이랑 까지 부터 마다 보다 처럼 만큼 밖에 에는 에도 와는 과는 와도 과도 이며 이고 이면 이든 조차 마저 을 를 은 는 에 께 이 가 의 도 만 과 와 로 나 랑'.split(' '),
);

/** Words that carry no meaning for search once stemmed (bound nouns, pronouns, bare light verbs). */
const STOP_STEMS: ReadonlySet<string> = new Set(['수', '것', '거', '게', '때', '등', '및', '좀', '왜', '뭐', '어떻게', '이', '그', '저', '제', '내', '안', '못', '되', '하', '주', '있', '이런', '그런', '저런', '해당', '어떤', '무슨', '요']);

/** Vowels of a contracted verb form before the polite 요: ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅝ (가요, 해요, 서요, 켜요, 봐요, 돼요, 줘요). */
const CONTRACTED_VOWELS: ReadonlySet<number> = new Set([0, 1, 4, 6, 9, 10, 14]);

/** One-syllable verb stems common in error reports, which the two-syllable rule would otherwise leave alone. */
const VERB_STEMS: readonly string[] = ['없', '있', '않', '받', '찾', '넣', '읽', '막', '못'];

/** Bound nouns after an adnominal `-ㄹ`/`-ㄴ`: `바꿀 수`, `추가한 뒤`. */
const BOUND_NOUNS: ReadonlySet<string> = new Set(['수', '것', '거', '때', '뒤', '후', '줄', '적', '경우']);

/**
 * Undoes the fused forms of a verb's last syllable: `할`/`합`/`함`/`했`/`해` →
 * `하`, `될`/`됩`/`됨`/`됐`/`돼` → `되`, `바꿨` → `바꾸`, and, given the
 * context that shows they are endings, `바꿔`(요) → `바꾸`, `바꿉`(니다) → `바꾸`,
 * `바꿀` (수) → `바꾸`. Without that context a final consonant belongs to the
 * word: `파일`, `권한`, `정원` keep theirs.
 */
function unfuse(word: string, context: { readonly cut: string | undefined; readonly boundNext: boolean }): string {
	if (word.length === 0) return word;
	const last = word.charAt(word.length - 1);
	if (!isSyllable(last)) return word;
	const { lead, vowel, final } = parts(last);
	const head = word.slice(0, -1);
	const base = compose(lead, vowel, 0);
	const afterVerbEnding = context.cut !== undefined && !PARTICLES.has(context.cut);
	// 하다 and 되다: every fused form goes back to 하 / 되 (the caller drops it after a two-syllable root).
	if ((base === '하' || base === '되') && (final === JONG.none || final === JONG.ss || (word.length >= 3 && (final === JONG.n || final === JONG.l || final === JONG.m || final === JONG.b)))) {
		return head + base;
	}
	if (base === '해' && (final === JONG.none || final === JONG.ss)) return head + '하';
	if (base === '돼' && (final === JONG.none || final === JONG.ss)) return head + '되';
	// ㅜ + 어 contracted to ㅝ: 바꿨 always, 바꿔 after a verb ending.
	if (vowel === JUNG.wo && (final === JONG.ss || (final === JONG.none && afterVerbEnding))) return head + compose(lead, JUNG.u, 0);
	// -ㅂ니다 fused into the stem: 바꿉니다.
	if (final === JONG.b && (context.cut === '니다' || context.cut === '니까')) return head + base;
	// An adnominal -ㄹ/-ㄴ before a bound noun: 바꿀 수, 바꾼 뒤.
	if (context.boundNext && (final === JONG.l || final === JONG.n)) return head + base;
	return word;
}

/** Drops a trailing 하/되 from a stem whose root has at least two syllables: `추가하` → `추가`, `권한` stays. */
function dropLightVerb(stem: string): string {
	if (stem.length >= 3 && (stem.endsWith('하') || stem.endsWith('되'))) return stem.slice(0, -1);
	return stem;
}

function cutOnce(word: string, keep: ReadonlySet<string>): { stem: string; suffix: string } | undefined {
	if (keep.has(word)) return undefined;
	for (const { s, min } of SUFFIXES) {
		if (word.length - s.length < min || !word.endsWith(s)) continue;
		return { stem: word.slice(0, word.length - s.length), suffix: s };
	}
	// The polite 요 after a contracted verb form (돼요, 해요, 봐요, 줘요), not in 필요, 중요, 주요.
	if (word.length >= 2 && word.endsWith('요')) {
		const before = word.charAt(word.length - 2);
		if (isSyllable(before) && parts(before).final === JONG.none && CONTRACTED_VOWELS.has(parts(before).vowel)) return { stem: word.slice(0, -1), suffix: '요' };
	}
	// The nominal ending 음 after a final consonant: 없음 → 없, 않음 → 않; 처음 and 다음 stay whole.
	if (word.length >= 2 && word.endsWith('음')) {
		const before = word.charAt(word.length - 2);
		if (isSyllable(before) && parts(before).final !== JONG.none) return { stem: word.slice(0, -1), suffix: '음' };
	}
	return undefined;
}

/**
 * The stem of one Hangul word (no spaces): particles and endings cut, fused
 * verb forms undone, a trailing 하/되 dropped from a two-syllable root.
 * `boundNext` says the next word is a bound noun such as 수 (`바꿀 수`), so a
 * final ㄹ/ㄴ is the adnominal ending.
 */
export function koreanStem(word: string, lexicon: KoreanLexicon = NO_LEXICON, boundNext = false): string {
	const { keep, keepLongestFirst } = prepared(lexicon);
	if (!isHangulWord(word)) return word;
	// A kept term or a common one-syllable verb stem followed only by particles or endings:
	// 한도에 → 한도, 재시도하세요 → 재시도, 없어서 → 없, 있고 → 있.
	for (const term of [...keepLongestFirst, ...VERB_STEMS]) {
		if (word !== term && word.startsWith(term) && isAllSuffixes(word.slice(term.length))) return term;
	}
	let stem = word;
	let cut: string | undefined;
	for (let round = 0; round < 3; round++) {
		const next = cutOnce(stem, keep);
		if (next === undefined) break;
		stem = next.stem;
		cut = next.suffix;
	}
	if (keep.has(stem)) return stem;
	stem = unfuse(stem, { cut, boundNext });
	// A verb form may leave a connective after unfusing (했지만 → 하 + 지만 → 하).
	return dropLightVerb(stem);
}

/** Whether `rest` is made only of particles and endings (`에`, `하세요`, `를`). */
function isAllSuffixes(rest: string, lightVerb = true): boolean {
	if (rest === '') return true;
	// A fused light verb (했, 됨, 합 …) followed by endings.
	const first = rest.charAt(0);
	if (lightVerb && isSyllable(first) && ['하', '되', '해', '돼'].includes(compose(parts(first).lead, parts(first).vowel, 0)) && isAllSuffixes(rest.slice(1), false)) return true;
	for (const { s } of SUFFIXES) if (rest.startsWith(s) && isAllSuffixes(rest.slice(s.length), false)) return true;
	return false;
}

interface PreparedLexicon {
	readonly keep: ReadonlySet<string>;
	readonly keepLongestFirst: readonly string[];
	readonly variantPattern: RegExp | undefined;
	readonly variantMap: ReadonlyMap<string, string>;
}

const PREPARED = new WeakMap<KoreanLexicon, PreparedLexicon>();

/** The lexicon in the shapes the rules use, built once per lexicon object. */
function prepared(lexicon: KoreanLexicon): PreparedLexicon {
	let ready = PREPARED.get(lexicon);
	if (!ready) {
		const keepWords = lexicon.keep.filter(isHangulWord);
		const variants = [...lexicon.variants].sort((a, b) => b[0].length - a[0].length);
		ready = {
			keep: new Set(keepWords),
			keepLongestFirst: [...keepWords].sort((a, b) => b.length - a.length),
			variantPattern: variants.length > 0 ? new RegExp(variants.map(([from]) => escapeRegExp(from)).join('|'), 'gi') : undefined,
			variantMap: new Map(variants.map(([from, to]) => [from.toLowerCase(), to])),
		};
		PREPARED.set(lexicon, ready);
	}
	return ready;
}

/** Escapes a string for use inside a RegExp. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Applies the lexicon's variants (longest first, one pass, case-insensitive for Latin). */
export function applyVariants(text: string, lexicon: KoreanLexicon): string {
	const { variantPattern, variantMap } = prepared(lexicon);
	if (!variantPattern) return text;
	// The preferred term replaces the variant in place, so a particle after it stays attached (에러가 → 오류가).
	return text.replace(variantPattern, (found) => variantMap.get(found.toLowerCase()) ?? found);
}

/**
 * Splits run-together Korean where a particle or `-ㄹ 수 없다` marks a word
 * boundary: `소유자를바꿀수없어요` → `소유자를 바꿀 수 없어요`. Spacing mistakes
 * in the other direction (`공동교사`) are handled on the index side, which
 * also indexes adjacent stems joined.
 */
export function respace(text: string): string {
	return (
		text
			// 를 is (almost) only ever a particle: a word boundary follows it.
			.replace(/([\uac00-\ud7a3])를(?=[\uac00-\ud7a3]{2})/g, '$1를 ')
			// 을 after a syllable with a final consonant is the object particle too (수업을수정 → 수업을 수정).
			.replace(/([\uac00-\ud7a3])을(?=[\uac00-\ud7a3]{2})/g, (all: string, before: string) => (parts(before).final === JONG.none ? all : `${before}을 `))
			// -ㄹ/-ㄴ 수 있다/없다 written without spaces.
			.replace(/([\uac00-\ud7a3])수(?=(없|있|가 ?없|도 ?없))/g, (all: string, before: string) => {
				const final = parts(before).final;
				return final === JONG.l ? `${before} 수 ` : all;
			})
			.replace(/\s+/g, ' ')
	);
}

/** The Hangul words and Latin or digit runs of a text, in order (`API를` → `API`, `를`). */
export function koreanWords(text: string): string[] {
	return text.normalize('NFC').match(/[\uac00-\ud7a3]+|(?:(?![\uac00-\ud7a3])[\p{L}\p{N}_])+/gu) ?? [];
}

/** Whether a word is a particle or ending with nothing before it (`를` after `API`, `입니다` after `429`). */
function isBareSuffix(word: string): boolean {
	return PARTICLES.has(word) || isAllSuffixes(word, false) || /^(이|입)/.test(word) && isAllSuffixes(word.slice(1), false);
}

/**
 * The search stems of a Korean text, in order, stop words dropped: what the
 * index holds for a page and what a query is matched with. Latin words and
 * numbers pass through lowercased (Pagefind lowercases them the same way).
 */
export function koreanTerms(text: string, lexicon: KoreanLexicon = NO_LEXICON): string[] {
	const words = koreanWords(respace(applyVariants(text, lexicon)));
	const out: string[] = [];
	words.forEach((word, i) => {
		if (!isHangulWord(word)) {
			out.push(word.toLowerCase());
			return;
		}
		const previous = words[i - 1];
		// A particle written after a Latin word or a number: `API를`, `429가`.
		if (previous !== undefined && !isHangulWord(previous) && isBareSuffix(word) && text.includes(previous + word)) return;
		const next = words[i + 1];
		// A bound noun or pronoun with its particle (수가, 수도, 것을, 이를): nothing to search for.
		if (word.length >= 2 && STOP_STEMS.has(word.charAt(0)) && isAllSuffixes(word.slice(1), false)) return;
		const stem = koreanStem(word, lexicon, next !== undefined && BOUND_NOUNS.has(next));
		if (stem !== '' && !STOP_STEMS.has(stem) && !PARTICLES.has(stem)) out.push(stem);
	});
	return out;
}

/**
 * What the index holds for a Korean text: its stems plus each pair of
 * adjacent Hangul stems joined, so that a query typed without a space
 * (`공동교사`, `성적기간`) finds the text that has one. Unique, in order.
 */
export function koreanIndexTerms(text: string, lexicon: KoreanLexicon = NO_LEXICON): string[] {
	const stems = koreanTerms(text, lexicon);
	const out = new Set<string>(stems);
	for (let i = 0; i + 1 < stems.length; i++) {
		const a = stems[i] ?? '';
		const b = stems[i + 1] ?? '';
		if (isHangulWord(a) && isHangulWord(b)) out.add(a + b);
	}
	return [...out];
}

/** What the lexicon needs of a glossary term. */
export interface LexiconTerm {
	readonly ko: string;
	readonly avoid: readonly string[];
}

/**
 * The lexicon from the glossary: every Hangul word of a preferred term is
 * kept whole, and every word to avoid reads as its preferred term. Its size
 * follows the glossary, not the catalog.
 *
 * One object per glossary: every page of a build asks for it, and the
 * normaliser prepares a lexicon (its patterns) once per object.
 */
export function lexiconFromGlossary(terms: readonly LexiconTerm[]): KoreanLexicon {
	let lexicon = FROM_GLOSSARY.get(terms);
	if (!lexicon) {
		const keep = new Set<string>();
		const variants: [string, string][] = [];
		for (const term of terms) {
			for (const word of term.ko.split(/\s+/)) if (isHangulWord(word) && word.length >= 2) keep.add(word);
			for (const avoid of term.avoid) variants.push([avoid, term.ko]);
		}
		lexicon = { keep: [...keep].sort(), variants };
		FROM_GLOSSARY.set(terms, lexicon);
	}
	return lexicon;
}
const FROM_GLOSSARY = new WeakMap<readonly LexiconTerm[], KoreanLexicon>();
