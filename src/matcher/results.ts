/**
 * Small constructors and helpers of match results, shared by the dispatcher,
 * the code lookups and the ranking.
 */
import type { MatchIndex } from './catalog-index.ts';
import {
	MAX_CANDIDATES,
	type Candidate,
	type CandidateMatch,
	type ErrorMatch,
	type ErrorMatchVia,
	type MatchableError,
	type MatchSource,
	type MatchWarning,
	type NoMatch,
	type NoMatchReason,
} from './types.ts';

export function noMatch(reason: NoMatchReason, detail: string, subject?: string): NoMatch {
	return subject === undefined ? { kind: 'no-match', reason, detail } : { kind: 'no-match', reason, detail, subject };
}

/** A piece of the input for an English detail: short, on one line. Callers that print it still escape it. */
export function quote(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function errorMatch(error: MatchableError, via: ErrorMatchVia, source: MatchSource, warnings: MatchWarning[]): ErrorMatch {
	return { kind: 'error', id: error.id, status: error.status, via, source, warnings };
}

export function candidateOf(index: MatchIndex, entry: number, score: number): Candidate | undefined {
	const e = index.entries[entry];
	return e ? { kind: e.kind, id: e.id, status: e.status, score } : undefined;
}

export function ambiguous(candidates: Candidate[], source: MatchSource, what: string): CandidateMatch {
	return {
		kind: 'candidates',
		reason: 'ambiguous',
		candidates: candidates.slice(0, MAX_CANDIDATES),
		source,
		detail: `${what} names several entries (${candidates.map((c) => c.id).join(', ')}); pick one.`,
	};
}
