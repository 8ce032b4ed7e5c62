/**
 * The finder's messages in one locale, from the UI strings: one builder, so
 * every page that carries a finder (the home page, the header search, the
 * shareable find page) sends the same messages to the browser.
 */
import type { UiStrings } from '../i18n/index.ts';
import type { FinderStrings } from './answer.ts';

export function finderStrings(t: UiStrings): FinderStrings {
	return {
		noMatch: t.noMatch,
		unknownId: t.homeJumpUnknownId('{id}'),
		unknownStatus: t.findUnknownStatus('{status}'),
		candidatesLead: t.findCandidatesLead,
		ambiguousLead: t.findAmbiguousLead,
		loadFailed: t.findLoadFailed,
		call: {
			returned: t.callReturned,
			fits: t.callFits,
			statusUndocumented: t.callStatusUndocumented,
			idUndocumented: t.callIdUndocumented,
			scopes: t.callScopes,
			scopesEach: t.callScopesEach,
			entry: t.callEntry,
			methodLead: t.methodLead,
			methodsLead: t.methodsLead,
		},
	};
}
