/**
 * google-api-ruby-client (google-apis-core): `Google::Apis::ClientError:
 * failedPrecondition: @Id message` (the reason before the message), and
 * `Google::Apis::RateLimitError`, raised for 429 only.
 */
import { hitsOf, reasonStatus, type Reader } from './reading.ts';

export const ruby: Reader = {
	form: 'ruby',
	read: (text) => {
		const limit = /\bGoogle::Apis::RateLimitError\b/.exec(text);
		return {
			codes: limit ? [{ index: limit.index, value: 429 }] : [],
			reasons: hitsOf(text, /(?<![A-Za-z0-9_])([a-z][A-Za-z]*): @[A-Za-z]/g, reasonStatus),
			messages: hitsOf(text, /\bGoogle::Apis::(?:Client|Server|Authorization|RateLimit)Error:\s*(?:[a-z][A-Za-z]*:\s*)?([^\n>]{1,400})/g, (m) => m),
		};
	},
};
