/**
 * The matcher's types: the structural view of the catalog it reads, and the
 * results it returns. Apart from `match.ts` so readers, ranking and callers
 * can share them without importing the dispatcher.
 */
import type { KoreanLexicon } from '../search/korean.ts';

/** How much of a text is read: a paste longer than this (64 KB) is cut, so a huge log cannot freeze a page. */
export const MAX_INPUT_CHARS = 64 * 1024;

/** At most this many candidates are returned. */
export const MAX_CANDIDATES = 8;

/** A status as the matcher sees it. */
export interface MatchableStatus {
	readonly id: string;
	readonly http: number;
	readonly grpcCode: number;
	/** The status's title in the view's locale (`Permission denied`, `권한 거부`). */
	readonly title?: string;
	/** Its titles in the other locales: a title pasted into the other language's finder still finds it. */
	readonly otherTitles?: readonly string[];
	/** What to do with any response of this status, plain text in the view's locale: the finder shows it for an id the catalog lacks. */
	readonly advice?: string;
	/** Its meaning reduced to normalised words (see `matcherView`); used for ranking only. */
	readonly terms?: string;
}

/** An error as the matcher sees it. */
export interface MatchableError {
	readonly id: string;
	readonly status: string;
	/** The error's title in the view's locale. */
	readonly title?: string;
	/** Its titles in the other locales: a title pasted into the other language's finder still finds it. */
	readonly otherTitles?: readonly string[];
	/** The words users type for it, in the view's locale (the catalog's `keywords`), as phrases. */
	readonly keywords?: readonly string[];
	/** The same, reduced to normalised words (what `matcherView` sends instead, to stay small). */
	readonly keywordTerms?: string;
	/** Its summary reduced to normalised words (see `matcherView`); used for ranking only. */
	readonly terms?: string;
}

/**
 * The part of the catalog that matching needs, in one locale; `matcherView`
 * builds it, and the validated `Catalog` fits it structurally (ids and codes
 * only). Treat it as immutable: the index built from it is cached per object.
 */
export interface MatchableCatalog {
	readonly statuses: readonly MatchableStatus[];
	readonly errors: readonly MatchableError[];
	/**
	 * The Korean lexicon (from the glossary) that Korean text is read with:
	 * terms kept whole, avoided words read as the terms (`에러` → 오류).
	 */
	readonly lexicon?: KoreanLexicon;
	/**
	 * The API's methods, from Google's discovery document: a pasted call (an
	 * Apps Script method id, a URL and verb) is matched against them.
	 * Optional: without them the matcher names entries only.
	 */
	readonly methods?: readonly MatchableMethod[];
	/** The conditions the methods name, by key, as text in the view's locale. */
	readonly conditions?: Readonly<Record<string, string>>;
}

/** One REST method of the API as the matcher sees it. */
export interface MatchableMethod {
	/** `courses.students.create`. */
	readonly id: string;
	readonly httpMethod: string;
	/** Path template under the API's host: `v1/courses/{courseId}/students`. */
	readonly path: string;
	/** The OAuth scopes it accepts (any one of them). */
	readonly scopes: readonly string[];
	/** The statuses it is documented to return, each with its condition's key and the `@Id`s named under it. */
	readonly returns: readonly { readonly status: string; readonly condition: string; readonly errors?: readonly string[] }[];
}

/**
 * How the failed call was read: `apps-script` from Apps Script's
 * `API call to classroom.<method> failed`, `url` from the request's address
 * (with its verb when the text prints one), `python-call` from a Python
 * traceback's `service.courses().students().create(…)`, `method-id` from a
 * method id elsewhere in the text.
 */
export type CallVia = 'apps-script' | 'url' | 'python-call' | 'method-id';

/** What one method documents about the matched status and `@Id`. */
export interface MethodFinding {
	readonly method: string;
	/** The method's conditions for the status (keys into the view's `conditions`): those naming the `@Id` first, when some do. */
	readonly conditions: readonly string[];
	/** The method is documented to return the status. */
	readonly statusDocumented: boolean;
	/** Set when the result has an `@Id`: whether the method is documented to return it. */
	readonly idDocumented?: boolean;
	/** The scopes the method accepts. */
	readonly scopes: readonly string[];
}

/**
 * The call that failed, as far as the text shows it, and what the methods it
 * fits document for the result's status. `methods` has one finding when the
 * verb or the method id settles the method, else one per method sharing the
 * path, those documented to return the `@Id` or the status first.
 */
export interface CallMatch {
	readonly via: CallVia;
	/** The verb, when the text printed one. */
	readonly httpMethod?: string;
	/** The path as read (`v1/courses/<id>/students`), without host or query, when read from a URL. */
	readonly path?: string;
	readonly methods: readonly MethodFinding[];
	/** The message says the access token lacks a scope the call needs (`Request had insufficient authentication scopes`). */
	readonly scopeProblem: boolean;
}

/**
 * Where the evidence came from: `response` for an error response body or its
 * inner `error` object, `value` for a lone message, id, code, status name or
 * title, `text` for a longer text that carries it (an exception string, an
 * HTTP dump, a log line).
 */
export type MatchSource = 'response' | 'value' | 'text';

/**
 * Something in an error response that contradicts the entry returned. The
 * match still stands (the `@Id` is the most specific signal), but the
 * caller should show it. `code` is machine-readable for localization;
 * `detail` is English for the command line.
 */
export type MatchWarning =
	| {
			/** The response's `status` differs from the status the matched error belongs to. */
			readonly code: 'status-mismatch';
			/** The `status` as the response spelled it (it may not be in the catalog at all). */
			readonly responseStatus: string;
			readonly expectedStatus: string;
			readonly detail: string;
	  }
	| {
			/** The response's `code` differs from the code of the returned status. */
			readonly code: 'code-mismatch';
			readonly responseCode: number;
			/** How `responseCode` was read: an HTTP code, or a google.rpc code (see {@link matchError}). */
			readonly codeKind: 'http' | 'grpc';
			readonly expectedCode: number;
			readonly expectedStatus: string;
			readonly detail: string;
	  };

/**
 * How a specific error was identified: `message-prefix` when the text or the
 * response's message starts with its `@Id`, `id-in-text` when the `@Id` is
 * further in, `id` and `id-loose` for an id typed alone (loose: case or
 * separators differed), `title` for its title in the view's locale.
 */
export type ErrorMatchVia = 'message-prefix' | 'id-in-text' | 'id' | 'id-loose' | 'title';

/**
 * How a status was identified: by its name, its HTTP or google.rpc code, a
 * legacy reason token (`failedPrecondition`), one of Google's generic
 * messages (`The caller does not have permission`), or its title in the
 * view's locale.
 */
export type StatusMatchVia = 'status-name' | 'http-code' | 'grpc-code' | 'reason' | 'message' | 'title';

/** The input names one specific error. */
export interface ErrorMatch {
	readonly kind: 'error';
	readonly id: string;
	readonly status: string;
	readonly via: ErrorMatchVia;
	readonly source: MatchSource;
	readonly warnings: readonly MatchWarning[];
	/** The failed call, when the text shows which method it was (see {@link CallMatch}). */
	readonly call?: CallMatch;
}

/** The input names a status only (or its `@Id` is not in the catalog, see `unknownId`). */
export interface StatusMatch {
	readonly kind: 'status';
	readonly status: string;
	readonly via: StatusMatchVia;
	readonly source: MatchSource;
	/**
	 * Set when the input carried a well-formed `@Id` the catalog lacks (a
	 * new error, say): the status entry is then a fallback, and the id is
	 * worth reporting upstream.
	 */
	readonly unknownId?: string;
	readonly warnings: readonly MatchWarning[];
	/** The failed call, when the text shows which method it was (see {@link CallMatch}). */
	readonly call?: CallMatch;
}

/**
 * The input names a method and no status: a method id typed alone
 * (`courses.students.create`, `classroom.courses.students.create`,
 * `students.create`), or a call's address with nothing about its outcome.
 * `methods` lists what it fits, best first.
 */
export interface MethodMatch {
	readonly kind: 'method';
	readonly methods: readonly string[];
	readonly via: CallVia;
	readonly source: MatchSource;
}

/** One entry that may be what the reader means. */
export interface Candidate {
	readonly kind: 'error' | 'status';
	/** The error id, or the status id for a status. */
	readonly id: string;
	/** The status (the entry itself for a status). */
	readonly status: string;
	/** Relative score, higher first; only the order means anything. */
	readonly score: number;
}

/**
 * No single entry, but a ranked list: `ambiguous` when the input names
 * several entries outright (two different `@Id`s in one log, say), `words`
 * when only words matched.
 */
export interface CandidateMatch {
	readonly kind: 'candidates';
	readonly reason: 'ambiguous' | 'words';
	/** Best first; never empty, at most {@link MAX_CANDIDATES}. */
	readonly candidates: readonly Candidate[];
	readonly source: MatchSource;
	/** One English sentence, for the command line. */
	readonly detail: string;
}

/** Why nothing matched; machine-readable so the site can localize it. */
export type NoMatchReason =
	| 'empty'
	| 'malformed-json'
	| 'not-an-error-response'
	| 'unknown-id'
	| 'unknown-status'
	| 'unknown-code'
	| 'unknown-input';

/** Nothing in the catalog fits the input. */
export interface NoMatch {
	readonly kind: 'no-match';
	readonly reason: NoMatchReason;
	/** One English sentence or two, for the command line. It may quote a short excerpt of the input. */
	readonly detail: string;
	/** The offending value (unknown id, status name or code), when there is one, for localized messages. */
	readonly subject?: string;
}

/** The outcome of {@link matchError}. */
export type MatchResult = ErrorMatch | StatusMatch | MethodMatch | CandidateMatch | NoMatch;
