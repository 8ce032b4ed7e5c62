/**
 * GAM and GAMADV-XTD3, the command-line tools administrators run against
 * Classroom: `ERROR: 404: Requested entity was not found. - notFound` and
 * `Course: 123, Add Failed: 403: permissionDenied - @CannotDirectAddUser …`,
 * the HTTP code first, then the message and the reason on either side of ` - `.
 */
import { codeHits, hitsOf, reasonStatus, type Reader } from './reading.ts';

export const gam: Reader = {
	form: 'gam',
	read: (text) => ({
		codes: codeHits(text, /(?:\bERROR|\bFailed):\s*([1-5]\d\d):\s/g),
		reasons: [
			...hitsOf(text, /(?:\bERROR|\bFailed):\s*\d{3}:\s*([a-z][A-Za-z]*)\s+-\s/g, reasonStatus),
			...hitsOf(text, /\bERROR:\s*\d{3}:[^\n]*\s-\s([a-z][A-Za-z]*)\s*$/gm, reasonStatus),
		],
		messages: hitsOf(text, /(?:\bERROR|\bFailed):\s*(?:\d{3}:\s*)?(?:[a-z][A-Za-z]*\s+-\s+)?([^\n]{1,400}?)(?:\s+-\s+[A-Za-z0-9]+)?\s*$/gm, (m) => m),
	}),
};
