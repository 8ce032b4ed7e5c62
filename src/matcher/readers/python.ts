/**
 * google-api-python-client's `HttpError`, as its `__repr__` prints it:
 * `<HttpError 403 when requesting https://classroom.googleapis.com/v1/… returned "The caller does not have permission". Details: "…">`.
 */
import { codeHits, hitsOf, type Reader } from './reading.ts';

export const python: Reader = {
	form: 'python',
	read: (text) => ({
		codes: codeHits(text, /\bHttpError\s+([1-5]\d\d)\b/g),
		messages: hitsOf(text, /\bHttpError\s+\d{3}\s+when requesting\s+\S+\s+returned\s+"([^"\n]{1,400})/g, (m) => m),
	}),
};
