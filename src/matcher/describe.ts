/**
 * One line of English describing a match result, for the command line and logs.
 */
import { quote } from './results.ts';
import type { CallVia, MatchResult } from './types.ts';

/**
 * One line of English describing a result, for the command line and logs.
 * Warnings follow on the same line.
 */
export function describeMatch(result: MatchResult): string {
	if (result.kind === 'no-match') return `No match: ${result.detail}`;
	if (result.kind === 'candidates') return result.detail;
	if (result.kind === 'method') {
		const which = result.methods.length === 1 ? `Method ${result.methods[0] ?? ''}` : `Methods ${result.methods.join(', ')}`;
		return `${which}, named by ${VIA[result.via]}; the text names no status or error.`;
	}
	const where = result.source === 'response' ? "the response's" : result.source === 'text' ? "the text's" : 'its';
	let line: string;
	if (result.kind === 'error') {
		const how =
			result.via === 'message-prefix'
				? `by the @${result.id} prefix of ${result.source === 'response' ? "the response's" : 'the'} message`
				: result.via === 'id-in-text'
					? `by the @${result.id} in ${result.source === 'response' ? "the response's message" : 'the text'}`
					: result.via === 'id'
						? 'by its id'
						: result.via === 'title'
							? 'by its title'
							: 'loosely by its id (case or separators differ; check the spelling)';
		line = `Error ${result.id} (status ${result.status}), matched ${how}.`;
	} else {
		const how =
			result.via === 'status-name'
				? `${where} status name`
				: result.via === 'http-code'
					? `${where} HTTP code`
					: result.via === 'grpc-code'
						? `${where} google.rpc code`
						: result.via === 'reason'
							? `${where} error reason`
							: result.via === 'message'
								? `${where} generic message`
							: 'its title';
		line = `Status ${result.status}, matched by ${how}.`;
		if (result.unknownId !== undefined) {
			line += ` @${quote(result.unknownId)} is not in the catalog yet, so this is the status's general entry.`;
		}
	}
	if (result.call) {
		const methods = result.call.methods.map((m) => m.method);
		line += ` The call: ${methods.length === 1 ? (methods[0] ?? '') : `one of ${methods.join(', ')}`} (${VIA[result.call.via]}).`;
	}
	for (const warning of result.warnings) line += ` Warning: ${warning.detail}`;
	return line;
}

/** How a call was read, as an English phrase. */
const VIA: Readonly<Record<CallVia, string>> = {
	'apps-script': "Apps Script's method id",
	url: "the request's address",
	'python-call': "the Python client's call",
	'method-id': 'its method id',
};
