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
export type MatchResult = ErrorMatch | StatusMatch | CandidateMatch | NoMatch;
