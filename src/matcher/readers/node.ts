/**
 * Node: gaxios's `GaxiosError` (`Request failed with status code 429`) and
 * the `code: 403` / `status: 403` properties `console.error` prints of it;
 * the message comes from the body (`message: 'The caller does not have permission'`).
 */
import { codeHits, type Reader } from './reading.ts';

export const node: Reader = {
	form: 'node',
	read: (text) => ({ codes: codeHits(text, /\bstatus code\s+([1-5]\d\d)\b/gi) }),
};
