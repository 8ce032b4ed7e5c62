/**
 * The matcher's step that reads the failed call in a pasted text (the
 * method's id, or its address and verb: calls.ts) and adds what the method
 * documents to the result of match-core.ts. Its own module, so that a
 * bundle with no methods to name (the `classroom-errors` package's core
 * without its details) carries none of it.
 */
import { callMatchFor, methodIndexOf, methodsNamed, resolveCall } from './calls.ts';
import { MAX_INPUT_CHARS, type MatchableCatalog, type MatchResult } from './types.ts';

/** A method id typed alone, with or without the API's prefix (`classroom.courses.students.create`), or its tail (`students.create`). */
const METHOD_ALONE = /^(?:classroom\.)?([a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*){1,6})$/;

/**
 * `result` with the failed call the text shows (see `calls.ts`): an entry or
 * status gains what the call's method documents for it; a text that names a
 * method but no entry (a method id typed alone, an address with nothing about
 * its outcome) becomes a method match instead of a guess by words.
 */
export function withCall(result: MatchResult, input: string, catalog: MatchableCatalog): MatchResult {
	const methods = catalog.methods;
	if (!methods || methods.length === 0) return result;
	const text = (input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input).trim();
	const alone = METHOD_ALONE.exec(text)?.[1];
	if (alone !== undefined) {
		const named = methodsNamed(methodIndexOf(methods), alone, { allowShared: true });
		if (named.length > 0) return { kind: 'method', methods: named.map((m) => m.id), via: 'method-id', source: 'value' };
	}
	// Nothing matched, or only by words: a call in the text makes it a method match; a shared code may be settled by it.
	const wanted =
		result.kind === 'error' ||
		result.kind === 'status' ||
		(result.kind === 'no-match' && result.reason !== 'empty') ||
		(result.kind === 'candidates' && (result.reason === 'words' || result.candidates.every((c) => c.kind === 'status')));
	if (!wanted) return result;
	// The text is read for its call once, whatever the result goes on to need of it.
	const call = resolveCall(text, methodIndexOf(methods));
	if (!call) return result;
	if (result.kind === 'error' || result.kind === 'status') {
		const errorId = result.kind === 'error' ? result.id : result.unknownId;
		return { ...result, call: callMatchFor(text, call, result.status, errorId) };
	}
	if (result.kind === 'candidates' && result.candidates.every((c) => c.kind === 'status')) {
		// A code several statuses share: the statuses the call's methods are documented to return may settle it.
		const documented = new Set(call.methods.flatMap((m) => m.returns.map((r) => r.status)));
		const left = result.candidates.filter((c) => documented.has(c.status));
		const [only] = left;
		if (left.length !== 1 || !only) return result;
		return { kind: 'status', status: only.status, via: 'http-code', source: result.source, warnings: [], call: callMatchFor(text, call, only.status, undefined), narrowedBy: 'method' };
	}
	return { kind: 'method', methods: call.methods.map((m) => m.id), via: call.via, source: 'text' };
}
