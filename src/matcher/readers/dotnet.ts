/**
 * google-api-dotnet-client's `GoogleApiException`: `The service classroom has
 * thrown an exception. HttpStatusCode is Forbidden.` (older: `HttpStatusCode: Forbidden`),
 * then `Google.Apis.Requests.RequestError <message> [403]` and
 * `Errors [ Message[…] Location[…] Reason[forbidden] Domain[global] ]`.
 */
import { codeHits, hitsOf, reasonStatus, type Reader } from './reading.ts';

/** .NET's `HttpStatusCode` enum names. */
const DOTNET_CODES: ReadonlyMap<string, number> = new Map([
	['BadRequest', 400],
	['Unauthorized', 401],
	['Forbidden', 403],
	['NotFound', 404],
	['Conflict', 409],
	['TooManyRequests', 429],
	['InternalServerError', 500],
	['NotImplemented', 501],
	['BadGateway', 502],
	['ServiceUnavailable', 503],
	['GatewayTimeout', 504],
]);

export const dotnet: Reader = {
	form: 'dotnet',
	read: (text) => ({
		codes: [
			...hitsOf(text, /\bHttpStatusCode(?:\s+is|\s*[:=])\s*([A-Za-z]+)/g, (name) => DOTNET_CODES.get(name)),
			...codeHits(text, /\bGoogle\.Apis\.Requests\.RequestError\b\s*[^[\n]{0,400}\[([1-5]\d\d)\]/g),
		],
		reasons: hitsOf(text, /\bReason\[([A-Za-z]+)\]/g, reasonStatus),
		messages: hitsOf(text, /\bGoogle\.Apis\.Requests\.RequestError\s+([^[\n]{1,400})/g, (m) => m.trim()),
	}),
};
