/**
 * An HTTP exchange as curl -i, curl -v, a proxy or a debug log prints it:
 * the status line (`HTTP/1.1 403 Forbidden`, `HTTP/2 429`, `< HTTP/2 404`),
 * or `HTTP 429` in prose; the body that follows is read by the JSON reader.
 */
import { codeHits, type Reader } from './reading.ts';

export const httpDump: Reader = {
	form: 'http-dump',
	read: (text) => ({ codes: codeHits(text, /\bHTTP(?:\/\d(?:\.\d)?)?\s*:?\s*([1-5]\d\d)\b/gi) }),
};
