/**
 * The details of a language, with the matcher's step that reads the failed
 * call in a text (the site's own, src/matcher/with-call.ts). Only the
 * details entries import this module: the methods it looks calls up in
 * travel in the details, so without them the step could name nothing, and
 * a bundle of the core and one language's data leaves its code out.
 */
import { withCall } from '../../../src/matcher/with-call.ts';
import type { CallReader, LocaleDetails } from './types.ts';

/** `details` with `readCall` set. */
export function withCallReader(details: LocaleDetails): LocaleDetails {
	return { ...details, readCall: withCall as unknown as CallReader };
}
