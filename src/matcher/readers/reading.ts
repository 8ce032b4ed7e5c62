/**
 * What one reader finds in a pasted text. Each input form (a client
 * library's exception, a command-line tool's line, an HTTP dump, a log line,
 * a JSON body) has its own reader beside this file, with fixtures of real
 * texts in its test; `../scan.ts` runs them all and merges what they find in
 * the order it appears in the text. Readers know nothing of the catalog.
 */

/** Something found at a position of the text (the index orders findings from different readers). */
export interface Hit<T> {
	readonly index: number;
	readonly value: T;
}

/** What a reader found; every list may be empty. */
export interface Reading {
	/** HTTP codes where this form puts one (`HttpError 403`, `googleapi: Error 400`). */
	readonly codes?: readonly Hit<number>[];
	/** Statuses implied by a legacy reason token the form prints (`forbidden` → PERMISSION_DENIED). */
	readonly reasons?: readonly Hit<string>[];
	/** The error's message as the form prints it, for the canonical-message reader and the words. */
	readonly messages?: readonly Hit<string>[];
}

/** A reader of one input form: pure, linear in the text, never throws. */
export interface Reader {
	/** The form, as a short name (`python`, `go`, `http-dump`). */
	readonly form: string;
	read(text: string): Reading;
}

/** Every match of a global pattern as hits of group 1, mapped by `value` (undefined drops the match). */
export function hitsOf<T>(text: string, pattern: RegExp, value: (group: string) => T | undefined): Hit<T>[] {
	const out: Hit<T>[] = [];
	for (const match of text.matchAll(pattern)) {
		const v = value(match[1] ?? '');
		if (v !== undefined) out.push({ index: match.index, value: v });
	}
	return out;
}

/** Group 1 of every match as a number. */
export const codeHits = (text: string, pattern: RegExp): Hit<number>[] => hitsOf(text, pattern, Number);

/**
 * Legacy `errors[].reason` values and the status each stands for. Google's
 * v1 error format carries them beside `status`; the Go client prints
 * `errors[0].reason` after the message, the Ruby client before it, GAM after
 * the code. Classroom's own documented example pairs `forbidden` with 403
 * PERMISSION_DENIED. Only reasons whose status is unambiguous are listed.
 */
export const REASONS: ReadonlyMap<string, string> = new Map([
	['failedPrecondition', 'FAILED_PRECONDITION'],
	['forbidden', 'PERMISSION_DENIED'],
	['permissionDenied', 'PERMISSION_DENIED'],
	['insufficientPermissions', 'PERMISSION_DENIED'],
	['rateLimitExceeded', 'RESOURCE_EXHAUSTED'],
	['userRateLimitExceeded', 'RESOURCE_EXHAUSTED'],
	['quotaExceeded', 'RESOURCE_EXHAUSTED'],
	['resourceExhausted', 'RESOURCE_EXHAUSTED'],
	['backendError', 'INTERNAL'],
	['internalError', 'INTERNAL'],
	['badRequest', 'INVALID_ARGUMENT'],
	['invalidArgument', 'INVALID_ARGUMENT'],
	['invalid', 'INVALID_ARGUMENT'],
	['required', 'INVALID_ARGUMENT'],
	['notFound', 'NOT_FOUND'],
	['alreadyExists', 'ALREADY_EXISTS'],
	['duplicate', 'ALREADY_EXISTS'],
	['conflict', 'ABORTED'],
	['authError', 'UNAUTHENTICATED'],
	['unauthorized', 'UNAUTHENTICATED'],
]);

/** The status of a reason token, or undefined. */
export const reasonStatus = (word: string): string | undefined => REASONS.get(word);
