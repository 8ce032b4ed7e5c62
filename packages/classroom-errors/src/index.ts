/**
 * classroom-errors: the Google Classroom API's errors for programs.
 *
 * `explain(input, { lang })` finds the catalog entry for an error body, a
 * message or a client library's exception and returns its texts, the method of the call, retry
 * guidance and page URLs in English or Korean; `retryDecision(error,
 * attempt)` says whether and when to send the request again. This entry
 * carries both languages; a browser bundle that needs one imports
 * `classroom-errors/core` and `classroom-errors/data/<lang>` instead.
 */
import en from './generated/en.ts';
import ko from './generated/ko.ts';
import enDetails from './details/en.ts';
import koDetails from './details/ko.ts';
import { explainWith } from './explain.ts';
import { retryDecisionWith } from './retry.ts';
import type { Explanation, ExplainOptions, Lang, LocaleData, LocaleDetails, RetryDecision, RetryOptions } from './types.ts';

export type * from './types.ts';
export { ERROR_IDS, STATUS_IDS, isErrorId } from './generated/ids.ts';
export { createExplainer, explainWith } from './explain.ts';
export { retryDecisionWith } from './retry.ts';

/** Each language's data, by language. */
export const DATA: Readonly<Record<Lang, LocaleData>> = { en, ko };

/** Each language's prose, by language. */
export const DETAILS: Readonly<Record<Lang, LocaleDetails>> = { en: enDetails, ko: koDetails };

function dataOf(lang: Lang | undefined): LocaleData {
	return lang === 'ko' ? ko : en;
}

function detailsOf(lang: Lang | undefined): LocaleDetails {
	return lang === 'ko' ? koDetails : enDetails;
}

/**
 * The catalog entry for `input`, in `options.lang` (`en` by default): see
 * `explainWith`. Never throws.
 */
export function explain(input: unknown, options: ExplainOptions = {}): Explanation {
	return explainWith(dataOf(options.lang), input, { ...options, details: detailsOf(options.lang) });
}

/**
 * Whether and when to retry after attempt `attempt` (1 for the first
 * request) failed with `error`: see `retryDecisionWith`.
 */
export function retryDecision(error: unknown, attempt: number, options: RetryOptions = {}): RetryDecision {
	return retryDecisionWith(dataOf(options.lang), error, attempt, { ...options, details: detailsOf(options.lang) });
}
