/**
 * google-api-go-client's `*googleapi.Error`: `googleapi: Error 400: <message>, failedPrecondition`
 * (the reason after the last comma), or `googleapi: got HTTP response code 500 with body: …`.
 */
import { codeHits, hitsOf, reasonStatus, type Reader } from './reading.ts';

export const go: Reader = {
	form: 'go',
	read: (text) => ({
		codes: codeHits(text, /\bgoogleapi:\s*(?:Error|got HTTP response code)\s+([1-5]\d\d)\b/g),
		reasons: hitsOf(text, /\bgoogleapi:\s*Error\s+\d{3}:[^\n]*,\s*([a-z][A-Za-z]*)\s*$/gm, reasonStatus),
		messages: hitsOf(text, /\bgoogleapi:\s*Error\s+\d{3}:\s*([^\n]{1,400})/g, (m) => m),
	}),
};
