/**
 * What the 404 page makes of an address that led nowhere: which language it
 * was meant for, whether it is a near miss of a real page (a short link in
 * the wrong case, an id where the slug belongs, a slug in a short link, a
 * stray `.html`), and otherwise which errors it most resembles.
 *
 * Pure and DOM-free, so the page's script and the unit tests share it. It
 * works from the compact {@link NotFoundLookup} the page fetches, never from
 * the catalog's text, so the 404 page stays small at any catalog size.
 * Exact and loose ids are resolved by the site's one matcher (its id lookup, `entryById`),
 * and its word ranking (`nearestEntries`) joins the typo-tolerant one here.
 */
import { LOCALES, LOCALE_INFO, SOURCE_LOCALE, type Locale } from '../catalog/locales.ts';
import { slugOf } from '../catalog/model.ts';
import { entryById } from '../matcher/by-id.ts';
import { nearestEntries } from '../matcher/rank.ts';
import type { MatchableCatalog } from '../matcher/types.ts';
import { apiPagePath, backoffPath, errorPath, homePath, normalizeBase, statusPath, type SitePath } from '../site/routes.ts';

/**
 * The per-locale list the 404 page fetches (`not-found/<locale>.json`): just
 * enough to resolve an id and to name a suggestion. About 40 bytes per error
 * plus its title; nothing else from the catalog.
 */
export interface NotFoundLookup {
	/** `[id, http, grpcCode, title]` per status, catalog order. */
	readonly statuses: readonly (readonly [id: string, http: number, grpcCode: number, title: string])[];
	/** `[id, index of its status in statuses, title]` per error, catalog order. */
	readonly errors: readonly (readonly [id: string, status: number, title: string])[];
}

/** A missing address, read. */
export interface MissingPath {
	/** The language the address was meant for, from its prefix (`ko/`). */
	readonly locale: Locale;
	/** The path within that language, decoded, without leading or repeated slashes: `e/coursenotmodifiable/`. */
	readonly rest: string;
	/** The same path still percent-encoded, as the browser sent it, for building other same-site paths. */
	readonly restEncoded: string;
}

/** A page the 404 suggests: an error or a status that resembles the address. */
export interface Suggestion {
	readonly kind: 'error' | 'status';
	readonly id: string;
	readonly title: string;
	/** Site path in the suggested locale, without the base. */
	readonly path: SitePath;
	/** The typo-tolerant score, 0–1 (0 when only the matcher's word ranking found it); the list's order is what counts. */
	readonly score: number;
}

/**
 * Path segments that say where in the site, not what: never a search word.
 * `404` is the error page's own name (`/404.html`), not the API's HTTP 404:
 * read as a word it would suggest the NOT_FOUND status for every such address.
 */
const STRUCTURAL_WORDS = new Set(['e', 'error', 'errors', 'status', 'statuses', 'html', 'htm', 'index', 'www', '404', ...LOCALES]);

/** Suggestions below this score look nothing like the address. */
const MIN_SCORE = 0.55;

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/**
 * Reads a missing address (`location.pathname`, percent-encoded) served under
 * `base`. A leading `ko/` (any case) makes it Korean; a leading `en/`, a
 * guess some readers make, counts as the source locale's root.
 */
export function readMissingPath(pathname: string, base: string): MissingPath {
	const root = normalizeBase(base);
	let path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
	path = path.replace(/\/{2,}/g, '/').replace(/^\/+/, '');
	let locale: Locale = SOURCE_LOCALE;
	const first = (path.split('/', 1)[0] ?? '').toLowerCase();
	for (const candidate of LOCALES) {
		const prefix = LOCALE_INFO[candidate].pathPrefix;
		const names = prefix === '' ? [candidate] : [prefix.replace(/\/$/, '')];
		if (names.includes(first) && path.length > first.length && path[first.length] === '/') {
			locale = candidate;
			path = path.slice(first.length + 1);
			break;
		}
		if (names.includes(first) && path.length === first.length) {
			locale = candidate;
			path = '';
			break;
		}
	}
	return { locale, rest: path.split('/').map(decodeSegment).join('/'), restEncoded: path };
}

/**
 * The same address in another language, root-relative with the base:
 * `/ko/errors/x/` ↔ `/errors/x/`. Built from the already-cleaned path, so it
 * always starts with the base and a single slash and stays on this site.
 */
export function pathInLocale(missing: MissingPath, base: string, locale: Locale): string {
	return normalizeBase(base) + LOCALE_INFO[locale].pathPrefix + missing.restEncoded;
}

const MATCHABLE = new WeakMap<NotFoundLookup, MatchableCatalog>();

/** The lookup in the shape the matcher reads: ids, codes and titles (one object per lookup, so the matcher's index is built once). */
export function matchableOf(lookup: NotFoundLookup): MatchableCatalog {
	let view = MATCHABLE.get(lookup);
	if (!view) {
		view = {
			statuses: lookup.statuses.map(([id, http, grpcCode, title]) => ({ id, http, grpcCode, title })),
			errors: lookup.errors.map(([id, status, title]) => ({ id, status: lookup.statuses[status]?.[0] ?? '', title })),
		};
		MATCHABLE.set(lookup, view);
	}
	return view;
}

/** Pages that are not catalog entries, by their one path segment. */
const SITE_PAGES: Readonly<Record<string, (locale: Locale) => SitePath>> = {
	'': homePath,
	backoff: backoffPath,
	api: apiPagePath,
};

/** Kinds of segment before an id: `e/Id`, `errors/slug`, `statuses/slug`, and the singular a reader might guess. */
const ENTRY_FOLDERS = new Set(['e', 'error', 'errors', 'status', 'statuses']);

/**
 * The page a near-miss address was meant for, or `undefined`:
 * - a page of the site with a stray `.html`, `index.html` or a missing slash
 *   (`backoff.html`, `api`);
 * - an error or status named by its id or slug in any case, after `e/`,
 *   `errors/` or `statuses/` (or on its own): `e/coursenotmodifiable`,
 *   `errors/CourseNotModifiable`, `e/course-not-modifiable`,
 *   `statuses/FAILED_PRECONDITION`, `@CourseNotModifiable`.
 *
 * Only an unambiguous match counts (the matcher's exact or loose id, or a
 * status name); anything fuzzier is a suggestion, not a redirect.
 */
export function nearMissTarget(missing: MissingPath, lookup: NotFoundLookup): SitePath | undefined {
	const { locale } = missing;
	const segments = missing.rest
		.replace(/(?:^|\/)index\.html?$/i, '')
		.replace(/\.html?$/i, '')
		.split('/')
		.filter((segment) => segment !== '');
	if (segments.length > 2) return undefined;
	const [first = '', second] = segments;
	if (second === undefined) {
		const page = SITE_PAGES[first.toLowerCase()];
		if (page) return page(locale);
		// `errors/`, `e/`, `statuses/` have no page of their own: the home lists every error and status.
		if (ENTRY_FOLDERS.has(first.toLowerCase())) return homePath(locale);
	} else if (!ENTRY_FOLDERS.has(first.toLowerCase())) {
		return undefined;
	}
	const token = (second ?? first).replace(/^@/, '').trim();
	// The matcher reads bare numbers as HTTP codes and `grpc 9` as rpc codes; an address segment is an id or nothing.
	if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(token)) return undefined;
	// An id, exact or in another case or spelling, or a status name; never a title or words, which are only likely.
	// (The matcher's id lookup alone: the readers of pasted texts stay out of this page.)
	const hit = entryById(token, matchableOf(lookup));
	if (hit?.kind === 'error') return errorPath(locale, slugOf(hit.id));
	if (hit?.kind === 'status') return statusPath(locale, slugOf(hit.id));
	return undefined;
}

/** Words of a path or an id: camelCase and separators split, lower-cased. */
export function wordsOf(text: string): string[] {
	return text
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length >= 2);
}

/** Lower-cased with everything but letters and digits removed: `course-not-modifiable` → `coursenotmodifiable`. */
function looseKey(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Two reusable rows for {@link editDistance}: one address is compared with thousands of entries. */
let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/**
 * Levenshtein distance, giving up (returning `max + 1`) once it must exceed
 * `max`. Only the diagonal band of width `2 × max + 1` is computed, so a
 * comparison costs O(length × max), not O(length²).
 */
export function editDistance(a: string, b: string, max: number): number {
	const n = a.length;
	const m = b.length;
	if (Math.abs(n - m) > max) return max + 1;
	if (n === 0 || m === 0) return Math.max(n, m);
	if (rowA.length <= m) {
		rowA = new Uint16Array(m + 1);
		rowB = new Uint16Array(m + 1);
	}
	let previous = rowA;
	let current = rowB;
	const outside = max + 1;
	for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : outside;
	for (let i = 1; i <= n; i++) {
		const from = Math.max(1, i - max);
		const to = Math.min(m, i + max);
		current[0] = i <= max ? i : outside;
		if (from > 1) current[from - 1] = outside;
		let rowMin = current[0] ?? outside;
		const ca = a.charCodeAt(i - 1);
		for (let j = from; j <= to; j++) {
			const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
			const value = Math.min((previous[j] ?? outside) + 1, (current[j - 1] ?? outside) + 1, (previous[j - 1] ?? outside) + cost, outside);
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (to < m) current[to + 1] = outside;
		if (rowMin > max) return max + 1;
		[previous, current] = [current, previous];
	}
	return Math.min(previous[m] ?? outside, outside);
}

/** Similarity of two strings, 0–1, from their edit distance; 0 below `floor`. */
function similarity(a: string, b: string, floor: number): number {
	const longest = Math.max(a.length, b.length);
	if (longest === 0) return 0;
	const max = Math.floor(longest * (1 - floor));
	const distance = editDistance(a, b, max);
	return distance > max ? 0 : 1 - distance / longest;
}

/** How well one word of the address fits one word of an entry. */
function wordFit(word: string, candidate: string): number {
	if (word === candidate) return 1;
	// A word cut short (`modif`) or a Korean stem inside a title word (`수정` in `수정할`).
	if (word.length >= 3 && candidate.startsWith(word)) return 0.85;
	if (word.length >= 2 && /[\uac00-\ud7a3]/.test(word) && candidate.includes(word)) return 0.85;
	return similarity(word, candidate, 0.75);
}

interface Candidate {
	readonly kind: 'error' | 'status';
	readonly id: string;
	readonly title: string;
	readonly key: string;
	readonly words: readonly string[];
}

const CANDIDATES = new WeakMap<NotFoundLookup, Candidate[]>();

/** Each entry's loose id and words, computed once per lookup. */
function candidatesOf(lookup: NotFoundLookup): Candidate[] {
	let list = CANDIDATES.get(lookup);
	if (!list) {
		const of = (kind: Candidate['kind'], id: string, title: string): Candidate => ({
			kind,
			id,
			title,
			key: looseKey(id),
			words: [...new Set([...wordsOf(id), ...wordsOf(title)])],
		});
		list = [...lookup.errors.map(([id, , title]) => of('error', id, title)), ...lookup.statuses.map(([id, , , title]) => of('status', id, title))];
		CANDIDATES.set(lookup, list);
	}
	return list;
}

/** A typo-tolerant match at least this close (one or two letters off) comes before the matcher's word ranking. */
const CLOSE_SCORE = 0.8;

/** How closely each entry's id and title resemble the address's words, 0–1; entries below {@link MIN_SCORE} left out. */
function typoScores(words: readonly string[], lookup: NotFoundLookup): Map<string, number> {
	const key = words.join('');
	const scores = new Map<string, number>();
	for (const candidate of candidatesOf(lookup)) {
		const whole = similarity(key, candidate.key, MIN_SCORE);
		let sum = 0;
		for (const word of words) {
			let best = 0;
			for (const other of candidate.words) {
				best = Math.max(best, wordFit(word, other));
				if (best === 1) break;
			}
			sum += best;
		}
		const score = Math.max(whole, sum / words.length);
		if (score >= MIN_SCORE) scores.set(`${candidate.kind}:${candidate.id}`, Math.round(score * 1000) / 1000);
	}
	return scores;
}

/**
 * The words of a missing address worth searching for, as the reader typed
 * them (`/errors/course-memebr-limit/` → course, memebr, limit): the route's
 * own words (`errors`, `ko`, `index.html`) left out, each word once, at most
 * eight. What the 404 page puts into its search box and ranks suggestions by.
 */
export function searchWordsOf(missing: MissingPath): string[] {
	return [...new Set(wordsOf(missing.rest).filter((word) => !STRUCTURAL_WORDS.has(word)))].slice(0, 8);
}

/**
 * The errors (and statuses) an address most resembles, best first, in the
 * address's language. Two rankings meet here:
 * - typo-tolerant, by bounded edit distance: the whole address against each
 *   id (`course-not-modifable`) and word by word against the id's words and
 *   the title;
 * - the site's matcher (`nearestEntries`), by whole words, stems and
 *   aliases over ids and titles, as the home finder ranks a few words.
 * Close typo matches come first, then the matcher's order, then weaker typo
 * matches. Linear in the catalog: one bounded edit distance per entry and word.
 */
export function suggest(missing: MissingPath, lookup: NotFoundLookup, limit = 5): Suggestion[] {
	const words = searchWordsOf(missing);
	if (words.length === 0) return [];
	const typos = typoScores(words, lookup);
	const byScore = [...typos].sort((a, b) => b[1] - a[1]);
	const ranked = [
		...byScore.filter(([, score]) => score >= CLOSE_SCORE).map(([key]) => key),
		...nearestEntries(words.join(' '), matchableOf(lookup), limit).map((c) => `${c.kind}:${c.id}`),
		...byScore.filter(([, score]) => score < CLOSE_SCORE).map(([key]) => key),
	];
	const titles = new Map<string, string>([
		...lookup.errors.map(([id, , title]) => [`error:${id}`, title] as const),
		...lookup.statuses.map(([id, , , title]) => [`status:${id}`, title] as const),
	]);
	const suggestions: Suggestion[] = [];
	for (const key of new Set(ranked)) {
		const title = titles.get(key);
		if (title === undefined) continue;
		const [kind, id = ''] = key.split(/:(.*)/s) as ['error' | 'status', string];
		const path = kind === 'error' ? errorPath(missing.locale, slugOf(id)) : statusPath(missing.locale, slugOf(id));
		suggestions.push({ kind, id, title, path, score: typos.get(key) ?? 0 });
		if (suggestions.length === limit) break;
	}
	return suggestions;
}
