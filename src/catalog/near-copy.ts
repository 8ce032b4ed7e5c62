/**
 * The near-copy measure: how much of the catalog's text follows a source
 * document word for word. The catalog must say the sources' facts in its own
 * words; a long run of words that also occurs in a source is a sentence
 * pasted, or barely reworded.
 *
 * A run is `runLength` consecutive words of one field. Words are normalised
 * (Unicode NFC, lowercase, punctuation dropped), so case and commas do not
 * hide a copy. Korean is not segmented into morphemes: a word is what
 * whitespace and punctuation delimit, particles included, which is how the
 * issue measured it and what a reader sees as a copied phrase.
 *
 * Names are masked before runs are formed (see `maskNames`). Everything is
 * linear in the size of the texts: one pass to tokenise, one to mask (a
 * lookup by first word), and a hash set of the source's runs.
 */

/** The run length per language: 8 words in English; 6 in Korean, whose words carry their particles and so are longer. */
export const RUN_LENGTH = { en: 8, ko: 6 } as const;

/** The largest share of a locale's runs that may also occur in its source (0.5 %). */
export const NEAR_COPY_LIMIT = 0.005;

/** One field of catalog text, with the path a person can find it by (`errors.CourseNotModifiable.cause`). */
export interface FieldText {
	readonly field: string;
	readonly text: string;
}

/** A run of words that occurs both in a catalog field and in the source. */
export interface SharedRun {
	readonly field: string;
	/** The normalised words, joined with single spaces. */
	readonly run: string;
}

/** Overlapping shared runs of one field merged into the longest passage they cover. */
export interface SharedPassage {
	readonly field: string;
	/** The normalised words of the passage, joined with single spaces. */
	readonly text: string;
	/** Its length in words (at least the run length). */
	readonly words: number;
}

/** What `nearCopy` measures. */
export interface NearCopyResult {
	readonly runLength: number;
	/** Every run of the catalog's fields (runs that would include a masked name are not counted). */
	readonly totalRuns: number;
	/** Those runs that also occur in the source. */
	readonly sharedRuns: number;
	/** `sharedRuns / totalRuns`, 0 when there are no runs. */
	readonly share: number;
	/** Each shared run, in field order. */
	readonly shared: readonly SharedRun[];
	/** The shared runs merged per field into passages, longest first. */
	readonly passages: readonly SharedPassage[];
}

/** What `nearCopy` needs besides the texts. */
export interface NearCopyOptions {
	/** Words per run: `RUN_LENGTH.en` or `RUN_LENGTH.ko`. */
	readonly runLength: number;
	/**
	 * Names to mask in the catalog and in the source: help center article and
	 * section titles, product names, error ids, status names, method names.
	 */
	readonly names?: readonly string[];
}

/** A masked name, or the gap between two fields: no run crosses it. */
type Token = string | null;

/**
 * An identifier as the API spells it: CamelCase (`CourseNotModifiable`),
 * lowerCamel (`addOnToken`), UPPER_SNAKE (`FAILED_PRECONDITION`), or a dotted
 * method (`courses.patch`, `students.create()`). Both documents must spell
 * these exactly as the API does, whether or not the caller lists them.
 */
const IDENTIFIER = /^(?:[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+(?:\(\))?)$/;

/** Latin letters, digits and the punctuation inside identifiers: where an identifier can be, even glued to a Korean particle. */
const LATIN_PIECE = /([\p{Script=Latin}\p{N}_.()]+)/u;

/** Apostrophes vanish inside words (`can't` → `cant`); every other non-letter, non-digit separates words. */
const APOSTROPHES = /['\u2019]/g;
const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;

/** A Latin piece without the punctuation around it, keeping a method's `()`. */
function bare(piece: string): string {
	return piece.replace(/^[_.()]+/, '').replace(/[_.()]+$/, (tail) => (tail.startsWith('()') ? '()' : ''));
}

/**
 * The normalised words of `text`, with `null` in place of each identifier
 * (see `IDENTIFIER`), including one glued to a Korean particle
 * (`ClassroomDisabled도` → null, `도`). Otherwise a word is what whitespace
 * and punctuation delimit. Pure and linear in the text.
 */
export function tokens(text: string): Token[] {
	const out: Token[] = [];
	const flush = (buffer: string) => {
		for (const word of buffer.toLowerCase().split(SEPARATOR)) if (word) out.push(word);
	};
	for (const chunk of text.normalize('NFC').replace(APOSTROPHES, '').split(/\s+/)) {
		if (!chunk) continue;
		let buffer = '';
		// split() with a capturing group alternates: other text at even indexes, Latin pieces at odd ones.
		chunk.split(LATIN_PIECE).forEach((piece, i) => {
			if (i % 2 === 1 && IDENTIFIER.test(bare(piece))) {
				flush(buffer);
				buffer = '';
				out.push(null);
			} else buffer += piece;
		});
		flush(buffer);
	}
	return out;
}

/** The normalised words of `text`, identifiers dropped: what a run is made of. */
export function normalizedWords(text: string): string[] {
	return tokens(text).filter((t): t is string => t !== null);
}

/** Names by their first word, longest first, so the longest name that fits is masked. */
type NameIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function indexNames(names: readonly string[]): NameIndex {
	const index = new Map<string, string[][]>();
	for (const name of names) {
		const words = normalizedWords(name);
		const first = words[0];
		if (first === undefined) continue;
		const list = index.get(first) ?? [];
		list.push(words);
		index.set(first, list);
	}
	for (const list of index.values()) list.sort((a, b) => b.length - a.length);
	return index;
}

/**
 * Replaces each occurrence of a name with `null`, in place.
 *
 * Why mask rather than delete: names of articles and products, and the API's
 * ids, statuses and methods, must read exactly as Google writes them, so a
 * run that contains one is not a copied sentence. Deleting the name would
 * splice the words on either side into runs that appear in neither text;
 * masking makes it a wall that no run crosses, in the catalog and in the
 * source alike, so such runs count neither as shared nor in the total.
 * The last word of a name of two or more words may carry a Korean particle.
 * Cost: one map lookup per word, plus a comparison for each name that
 * starts with that word, which does not grow with the text.
 */
function maskNames(list: Token[], index: NameIndex): void {
	if (index.size === 0) return;
	for (let i = 0; i < list.length; ) {
		const word = list[i];
		const candidates = word == null ? undefined : index.get(word);
		const hit = candidates?.find((name) => name.every((w, k) => list[i + k] === w || (k === name.length - 1 && k > 0 && withParticle(list[i + k], w))));
		if (!hit) {
			i += 1;
			continue;
		}
		for (let k = 0; k < hit.length; k += 1) list[i + k] = null;
		i += hit.length;
	}
}

/**
 * Whether `token` is `word` with a Korean particle glued on (`콘솔에서` for
 * `콘솔`): the last word of a name may carry one, since Korean attaches
 * particles to the final noun (`Google 관리 콘솔에서`).
 */
function withParticle(token: Token | undefined, word: string): boolean {
	return token != null && token.length > word.length && token.startsWith(word) && HANGUL_ONLY.test(token.slice(word.length));
}

const HANGUL_ONLY = /^\p{Script=Hangul}+$/u;

/** Start positions of the runs of `list`: windows of `n` words with no mask inside. */
function* runStarts(list: readonly Token[], n: number): Generator<number> {
	let clean = 0; // words since the last mask
	for (let i = 0; i < list.length; i += 1) {
		clean = list[i] === null ? 0 : clean + 1;
		if (clean >= n) yield i - n + 1;
	}
}

function runAt(list: readonly Token[], start: number, n: number): string {
	return list.slice(start, start + n).join(' ');
}

/**
 * Measures how much of `fields` follows `source` word for word: the share
 * of the fields' runs of `options.runLength` words that also occur in the
 * source, each shared run with its field, and the passages they form.
 * Runs never span two fields. Linear in the total size of the texts.
 */
export function nearCopy(fields: readonly FieldText[], source: string, options: NearCopyOptions): NearCopyResult {
	const n = options.runLength;
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`The run length must be a positive whole number of words, not ${String(n)}.`);
	const names = indexNames(options.names ?? []);

	const sourceTokens = tokens(source);
	maskNames(sourceTokens, names);
	const sourceRuns = new Set<string>();
	for (const start of runStarts(sourceTokens, n)) sourceRuns.add(runAt(sourceTokens, start, n));

	let totalRuns = 0;
	const shared: SharedRun[] = [];
	const passages: SharedPassage[] = [];
	for (const { field, text } of fields) {
		const list = tokens(text);
		maskNames(list, names);
		let passageStart = -1;
		let passageEnd = -1; // exclusive
		const closePassage = () => {
			if (passageStart < 0) return;
			const words = list.slice(passageStart, passageEnd);
			passages.push({ field, text: words.join(' '), words: words.length });
			passageStart = -1;
		};
		for (const start of runStarts(list, n)) {
			totalRuns += 1;
			const run = runAt(list, start, n);
			if (!sourceRuns.has(run)) continue;
			shared.push({ field, run });
			// Overlapping runs extend the current passage; a gap starts a new one.
			if (passageStart >= 0 && start < passageEnd) passageEnd = start + n;
			else {
				closePassage();
				passageStart = start;
				passageEnd = start + n;
			}
		}
		closePassage();
	}
	passages.sort((a, b) => b.words - a.words || a.field.localeCompare(b.field));
	return { runLength: n, totalRuns, sharedRuns: shared.length, share: totalRuns === 0 ? 0 : shared.length / totalRuns, shared, passages };
}
