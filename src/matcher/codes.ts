/**
 * HTTP and google.rpc codes: which statuses carry a code, and whether a code
 * a text carries agrees with the status of the entry it names.
 */
import type { MatchIndex } from './catalog-index.ts';
import { ambiguous, noMatch, quote } from './results.ts';
import type { CandidateMatch, MatchableStatus, MatchSource, MatchWarning, NoMatch, StatusMatch } from './types.ts';

/** The code of `status` of the given kind. */
export function codeOf(status: MatchableStatus, kind: 'http' | 'grpc'): number {
	return kind === 'http' ? status.http : status.grpcCode;
}

/**
 * Statuses with this code. A list, not one entry: the catalog does not
 * promise unique HTTP codes (Google maps INVALID_ARGUMENT and
 * FAILED_PRECONDITION both to 400), and guessing between them would mislead.
 */
export function statusesByCode(index: MatchIndex, code: number, kind: 'http' | 'grpc'): MatchableStatus[] {
	return index.catalog.statuses.filter((s) => codeOf(s, kind) === code);
}

/** A code lookup turned into a result, shared by bare codes, responses and texts that carry only a code. */
export function matchCode(index: MatchIndex, code: number, kind: 'http' | 'grpc', source: MatchSource, unknownId?: string): StatusMatch | CandidateMatch | NoMatch {
	const found = statusesByCode(index, code, kind);
	const label = kind === 'http' ? 'HTTP code' : 'google.rpc code';
	const [only] = found;
	if (found.length === 1 && only !== undefined) {
		const result = { kind: 'status', status: only.id, via: kind === 'http' ? 'http-code' : 'grpc-code', source, warnings: [] } as const;
		return unknownId === undefined ? result : { ...result, unknownId };
	}
	if (found.length > 1) {
		return ambiguous(
			found.map((s, i) => ({ kind: 'status', id: s.id, status: s.id, score: found.length - i })),
			source,
			`The ${label} ${code}`,
		);
	}
	let detail = `The ${label} ${code} is not used by any status in the catalog.`;
	if (kind === 'http' && source === 'value' && code < 100) {
		detail += ` If ${code} is a google.rpc code, write it as grpc:${code}.`;
	}
	if (unknownId !== undefined) detail += ` Its @${quote(unknownId)} is not in the catalog either.`;
	return noMatch('unknown-code', detail, String(code));
}

/**
 * How to read the response's `code`. In Classroom's JSON error responses it
 * is the HTTP status code, not the google.rpc code (that one is only implied
 * by `status`). A value below 100 cannot be HTTP, so it is a google.rpc code:
 * that is the `google.rpc.Status` shape gRPC clients hand out.
 */
export function codeKindOf(code: number): 'http' | 'grpc' {
	return code >= 100 ? 'http' : 'grpc';
}

export function codeMismatch(code: number, status: MatchableStatus, whose = "The response's"): MatchWarning | undefined {
	const kind = codeKindOf(code);
	const expected = codeOf(status, kind);
	if (code === expected) return undefined;
	const label = kind === 'http' ? 'HTTP code' : 'google.rpc code';
	return {
		code: 'code-mismatch',
		responseCode: code,
		codeKind: kind,
		expectedCode: expected,
		expectedStatus: status.id,
		detail: `${whose} ${label} ${code} does not match ${status.id}, whose ${label} is ${expected}.`,
	};
}
