/**
 * Reading what a person types into site search, and what the index holds
 * for an id, in one place: the dialog and the build both use these
 * functions, so a query and the page it should find go through the same
 * rules.
 *
 * A query becomes a list of concepts. Each concept is one thing the reader
 * asked about (an error id, an HTTP code, a word) with one or more
 * alternative Pagefind queries for it, and a weight: an id weighs more than a
 * word. The engine (engine.ts) first asks Pagefind for every concept at once,
 * then, when that is too strict, ranks pages by the concepts they match.
 *
 * Pure and browser-safe.
 */
import { isHangulWord, koreanTerms, NO_LEXICON, type KoreanLexicon } from './korean.ts';

/** One thing the reader asked about. */
export interface QueryConcept {
	/** Alternative Pagefind queries for it, best first; a page matching any of them matches the concept. */
	readonly terms: readonly string[];
	/** How much matching it counts: ids and status names weigh more than words. */
	readonly weight: number;
	/** What kind of concept it is, for the benchmark's and the tests' reports. */
	readonly kind: 'id' | 'status' | 'code' | 'word';
}

/** The weights of the concept kinds. */
export const CONCEPT_WEIGHTS: Readonly<Record<QueryConcept['kind'], number>> = { id: 4, status: 2, code: 1.5, word: 1 };

/** At most this many word concepts are searched: a pasted stack trace must not become fifty searches. */
export const MAX_WORD_CONCEPTS = 10;

/** English words that match almost every page and say nothing about which. */
const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
	'a an the to of in on at by for from with and or but is are was were be been being it its this that these those i me my we our you your he she they them their can could would should will do does did done doing have has had as if so than then there here what which who whom how why when where while about into onto up out get got getting error errors please help'.split(' '),
);

/** Words a client library prints around every error, which say nothing about which one. */
const BOILERPLATE_WORDS: ReadonlySet<string> = new Set(
	'httperror googleapiclient gaxioserror googleapi googlejsonresponseexception googleapiexception googleapiclienterror apiexception serviceexception exception apierror returned requesting details reason domain global message status code alt json https http www com v1 classroom googleapis'.split(' '),
);

/** The camel-case parts of an id: `CourseNotModifiable` → Course, Not, Modifiable; `AddOnToken` → Add, On, Token. */
export function idParts(id: string): string[] {
	return id.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [id];
}

/**
 * What the index holds for an id so that any part of it is found: every run
 * of two or more consecutive parts, lowercased and joined
 * (`CourseNotModifiable` → coursenotmodifiable, coursenot, notmodifiable).
 * Single parts are indexed by Pagefind itself. At most n(n-1)/2 runs for n
 * parts: bounded by the id's length, not by the catalog.
 */
export function idIndexTerms(id: string, otherIds: ReadonlySet<string> = new Set()): string[] {
	const parts = id.includes('_') ? id.split('_').filter(Boolean) : idParts(id);
	const whole = parts.join('').toLowerCase();
	const out = new Set<string>([whole]);
	for (let start = 0; start < parts.length; start++) {
		for (let end = start + 2; end <= parts.length; end++) {
			const run = parts.slice(start, end).join('').toLowerCase();
			// A run that is another entry's whole id (CannotRemoveCourseOwner inside
			// CannotRemoveCourseOwnerTransferIncomplete, PERMISSION_DENIED inside
			// ProjectPermissionDenied) belongs to that entry in search.
			if (run === whole || !otherIds.has(run)) out.add(run);
		}
	}
	return [...out];
}

/** Every id of a catalog as idIndexTerms compares them: lowercased, without underscores. */
export function indexIdKeys(ids: readonly string[]): Set<string> {
	return new Set(ids.map((id) => id.replace(/_/g, '').toLowerCase()));
}

/** An error id as people write it: with or without `@`, in any case, whole or in part. */
const ID_TOKEN = /@?\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+\b|@[A-Za-z][A-Za-z0-9]+/g;
/** A status name: FAILED_PRECONDITION, failed_precondition, failedPrecondition (as Go prints it). */
const STATUS_TOKEN = /\b(?:[A-Za-z]+_[A-Za-z_]+|(?:failed|permission|resource)[A-Z][a-z]+|(?:failed|permission|resource)(?:precondition|denied|exhausted))\b/g;
/** An HTTP status code of an error. */
const CODE_TOKEN = /\b[45]\d\d\b/g;
const URL_TOKEN = /\b(?:https?:\/\/|www\.)\S+/gi;
/** A page slug or a hyphenated word: course-not-modifiable, co-teacher, add-on. */
const SLUG_TOKEN = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/gi;

function splitStatus(token: string): string[] {
	if (token.includes('_')) return token.split('_').filter(Boolean).map((p) => p.toLowerCase());
	const camel = idParts(token);
	if (camel.length > 1) return camel.map((p) => p.toLowerCase());
	const lower = token.toLowerCase();
	const match = /^(failed|permission|resource)(.+)$/.exec(lower);
	return match ? [match[1] ?? '', match[2] ?? ''] : [lower];
}

/** The English words of a text, lowercased, without stop words and client-library boilerplate. */
function englishWords(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !ENGLISH_STOP_WORDS.has(w) && !BOILERPLATE_WORDS.has(w) && !/^\d{5,}$/.test(w));
}

/**
 * The concepts of a query. `locale` is the index being searched: Korean text
 * goes through the Korean normaliser, with `lexicon` (from the glossary), in
 * either locale, since readers mix languages.
 */
export function parseQuery(text: string, lexicon: KoreanLexicon = NO_LEXICON): QueryConcept[] {
	const concepts: QueryConcept[] = [];
	const seen = new Set<string>();
	const add = (kind: QueryConcept['kind'], terms: string[]) => {
		const unique = [...new Set(terms.filter(Boolean))];
		const key = unique[0];
		if (key === undefined || seen.has(key)) return;
		seen.add(key);
		concepts.push({ terms: unique, weight: CONCEPT_WEIGHTS[kind], kind });
	};
	let rest = text.normalize('NFC').replace(URL_TOKEN, ' ');
	rest = rest.replace(STATUS_TOKEN, (token) => {
		const words = splitStatus(token);
		add('status', [words.join(''), words.join(' ')]);
		return ' ';
	});
	rest = rest.replace(ID_TOKEN, (token) => {
		const id = token.replace(/^@/, '');
		// Exception class names (HttpError, GoogleJsonResponseException) are not error ids.
		if (BOILERPLATE_WORDS.has(id.toLowerCase())) return ' ';
		const parts = idParts(id).map((p) => p.toLowerCase());
		add('id', [id.toLowerCase(), ...(parts.length > 1 ? [parts.join(' ')] : [])]);
		return ' ';
	});
	rest = rest.replace(SLUG_TOKEN, (token) => {
		const parts = token.toLowerCase().split('-');
		// Pagefind indexes `co-teacher` as coteacher (and co, teacher); a slug of three or more parts names an error.
		add(parts.length >= 3 ? 'id' : 'word', [parts.join(''), parts.join(' ')]);
		return ' ';
	});
	// Negations (can't, cannot, isn't) say nothing about which error: nearly every title has one.
	rest = rest.replace(/\b[A-Za-z]+n['’]t\b|\bcan(?:not|t)\b/gi, ' ');
	rest = rest.replace(CODE_TOKEN, (code) => {
		add('code', [code]);
		return ' ';
	});
	const words = /[\uac00-\ud7a3]/.test(rest) ? koreanTerms(rest, lexicon).filter((w) => isHangulWord(w) || englishWords(w).length > 0) : englishWords(rest);
	let wordCount = 0;
	for (const word of words) {
		if (wordCount >= MAX_WORD_CONCEPTS) break;
		// A lowercased id typed whole (`coursenotmodifiable`) is just a long word: Pagefind's prefix match finds it.
		const before = concepts.length;
		add('word', [word]);
		if (concepts.length > before) wordCount++;
	}
	return concepts;
}

/** The query that asks for every concept at once (each by its first term). */
export function strictQuery(concepts: readonly QueryConcept[]): string {
	return concepts.map((c) => c.terms[0] ?? '').join(' ').trim();
}
