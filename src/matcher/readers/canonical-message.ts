/**
 * The generic messages Google's API front ends write when a service gives no
 * message of its own: `The caller does not have permission` (403),
 * `Requested entity was not found.` (404), `Request contains an invalid
 * argument.` (400). They name the status as surely as its name does, and
 * people paste them alone (`Remove Failed: The caller does not have
 * permission`), so each maps to its status. Only messages seen in public error
 * reports about Google APIs are listed (see the real corpus in `../corpus/`).
 */
import type { Hit } from './reading.ts';

const MESSAGES: readonly (readonly [RegExp, string])[] = [
	[/\bthe caller does not have permission\b/i, 'PERMISSION_DENIED'],
	[/\brequest had insufficient authentication scopes\b/i, 'PERMISSION_DENIED'],
	[/\binsufficient permission\b/i, 'PERMISSION_DENIED'],
	[/\brequested entity was not found\b/i, 'NOT_FOUND'],
	[/\brequested entity already exists\b/i, 'ALREADY_EXISTS'],
	[/\brequest contains an invalid argument\b/i, 'INVALID_ARGUMENT'],
	[/\binvalid json payload received\b/i, 'INVALID_ARGUMENT'],
	[/\bprecondition check failed\b/i, 'FAILED_PRECONDITION'],
	[/\brequest is missing required authentication credential\b/i, 'UNAUTHENTICATED'],
	[/\brequest had invalid authentication credentials\b/i, 'UNAUTHENTICATED'],
	[/\bresource has been exhausted\b/i, 'RESOURCE_EXHAUSTED'],
	[/\binternal error encountered\b/i, 'INTERNAL'],
	[/\bthe service is currently unavailable\b/i, 'UNAVAILABLE'],
	[/\bthe operation was aborted\b/i, 'ABORTED'],
	[/\bdeadline exceeded\b/i, 'DEADLINE_EXCEEDED'],
	[/\bthe operation was cancell?ed\b/i, 'CANCELLED'],
	[/\boperation is not implemented\b/i, 'UNIMPLEMENTED'],
];

/** The statuses the generic messages in `text` name, where each first appears. */
export function readCanonicalMessages(text: string): Hit<string>[] {
	const out: Hit<string>[] = [];
	for (const [pattern, status] of MESSAGES) {
		const found = pattern.exec(text);
		if (found) out.push({ index: found.index, value: status });
	}
	return out;
}
