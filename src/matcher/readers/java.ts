/**
 * google-api-java-client's `GoogleJsonResponseException` and
 * google-http-java-client's `HttpResponseException`, which open with the
 * status line (`403 Forbidden`), then the method and URL, then the JSON error.
 * The same `<code> <reason phrase>` appears in HTTP status lines and in
 * requests' `HTTPError: 404 Client Error: Not Found`.
 */
import { codeHits, type Reader } from './reading.ts';

const PHRASE_CODE =
	/\b([1-5]\d\d) (?:Client Error: |Server Error: )?(?:Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout)\b/gi;

export const java: Reader = {
	form: 'java',
	read: (text) => ({ codes: codeHits(text, PHRASE_CODE) }),
};
