/**
 * Structured and semi-structured log lines: `code: 400`, `"status": 429`,
 * `statusCode=500`, `"reason": "forbidden"`. These pairs also occur in JSON
 * that is no error at all, so the codes count as weak evidence only
 * (`weakCodes`), and a one-word reason counts only after a `reason` key.
 */
import { codeHits, hitsOf, reasonStatus, type Hit } from './reading.ts';

const WEAK_CODE = /(?<![A-Za-z0-9_])["']?(?:code|status|statusCode|status_code|httpStatus|httpStatusCode)["']?\s*[:=]\s*["']?([1-5]\d\d)(?![0-9])/g;
const KEYED_REASON = /\breason["']?\s*[:=]\s*["']?([A-Za-z]+)/gi;
/** Multi-word camelCase reasons are not English, so they count anywhere in a text. */
const CAMEL_REASON = /(?<![A-Za-z0-9_])([a-z]+[A-Z][A-Za-z]*)(?![A-Za-z0-9_])/g;

/** The weak codes and the reasons of a log line. */
export function readLogLine(text: string): { weakCodes: Hit<number>[]; reasons: Hit<string>[] } {
	return {
		weakCodes: codeHits(text, WEAK_CODE),
		reasons: [...hitsOf(text, KEYED_REASON, reasonStatus), ...hitsOf(text, CAMEL_REASON, reasonStatus)],
	};
}
