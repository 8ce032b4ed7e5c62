import type { Coverage } from '../site/coverage.ts';

/** English UI strings. Every key here must exist in every other locale (the type enforces it). */
export const en = {
	siteTitle: 'Classroom API errors',
	siteTagline: "Google Classroom API errors explained: every status the API can answer with, the errors Google's Classroom documentation names, and what to do about each.",
	homeTitle: 'Google Classroom API error reference',
	homeLead:
		'Type an error id, an HTTP status or a few words into search, or pick a status below. Every error page says what happened, why, and what your app should do, in English and Korean.',
	homeStatusesHeading: 'Statuses',
	homeStatusColumn: 'HTTP and status',
	homeStatusTitleColumn: 'Meaning',
	homeStatusErrorsColumn: 'Specific errors',
	// What the catalog covers (src/components/Coverage.astro), counted from the catalog (src/site/coverage.ts).
	coverageHeading: 'What this catalog covers',
	coverageStatement: (c: Coverage) =>
		`All ${c.statuses} canonical google.rpc statuses, as google/rpc/code.proto defines them; ${c.classroomStatuses} of them are named by Google's Classroom documentation, and the page of each of the others says that none does. ${c.documentedErrors} specific errors, each named by Google's Classroom pages or the API's discovery document${c.observedErrors > 0 ? `, and ${c.observedErrors} seen only in public reports, labelled undocumented wherever they appear` : ', and no error known only from public reports'}. Every page names the documents its facts come from under Sources.`,
	coverageSourcesSummary: (documents: number, reports: number) => `The ${documents} documents and ${reports} public reports the facts come from`,
	coverageReport: 'public report',
	homeJumpHeading: 'Find an error from what you have',
	homeJumpLabel: 'Error id, message, exception or log line, JSON error response, HTTP code, status or a few words',
	homeJumpPlaceholder: '@CourseNotModifiable …  or  {"error": {…}}  or  429',
	homeJumpButton: 'Find',
	homeJumpHint: "Paste what your tool printed (a client library's exception, a log line, the whole error response): the page for its @Id opens; an id not in the catalog yet is shown here with its status and what to do. A few words list the closest errors.",
	homeJumpUnknownId: (id: string) => `@${id} is not in the catalog yet (Google may have added it recently). Its status, and what to do with any response of that status:`,
	findUnknownStatus: (status: string) => `${status} is a Google status this catalog does not document yet, so nothing here fits it.`,
	noMatch: {
		empty: 'Type or paste something first.',
		'malformed-json': 'That looks like JSON but does not parse. Paste the whole response body.',
		'not-an-error-response': 'That JSON is not a Google API error response (it has no "error" object with a message, status or code).',
		'unknown-id': 'No error with that id. Check the spelling, or use search.',
		'unknown-status': 'That is not the name of a google.rpc status.',
		'unknown-code': 'No google.rpc status maps to that HTTP code (they use 400, 401, 403, 404, 409, 429, 499, 500, 501, 503 and 504).',
		ambiguous: 'That matches more than one entry; give the full id or the whole response.',
		'unknown-input': 'Nothing in the catalog matches that. Try the error id or the whole response.',
	},
	// The finder's ranked candidates (home page) and `catalog explain`, when no single entry matches.
	findCandidatesLead: 'No single entry matches. These come closest, best first:',
	findAmbiguousLead: 'This names more than one entry. Pick one:',
	findCandidatesLabel: 'Closest entries',
	homeToolsHeading: 'Tools',
	homeToolsBackoff: 'Backoff simulator: see what truncated exponential backoff with jitter does, and copy the code.',
	homeToolsApi: 'JSON API: the whole catalog as data, with a JSON Schema, for your own tools.',
	errorsCount: (n: number) => (n === 0 ? 'no specific errors' : `${n.toLocaleString('en')} ${n === 1 ? 'error' : 'errors'}`),
	statusNoErrors: (id: string) => `This catalog lists no specific errors under this status: the general advice above applies to every ${id} response.`,
	statusLabel: 'Status',
	httpLabel: 'HTTP',
	grpcLabel: 'google.rpc code',
	summaryHeading: 'Summary',
	causeHeading: 'Cause',
	actionHeading: 'What to do',
	// An error only public reports show (evidence: observed), above its summary.
	undocumentedNotice: "Undocumented: Google's documentation doesn't name this error. Public reports show the API sending it (see Sources below); it may change or disappear without notice.",
	noAction: 'The Classroom API documentation gives no recommended action for this error. Show the user the cause; do not guess a fix.',
	noActionShort: 'The documentation gives no recommended action.',
	retryHeading: 'Retrying',
	retry: {
		'change-request': 'Do not send the same request again: it fails the same way. Change what the request sends, then send the new request.',
		'after-fix': 'Do not retry as is. Send the same request again only after the user or an administrator has fixed the cause.',
		backoff: 'Retry with truncated exponential backoff with jitter.',
		'after-wait': 'Wait before retrying.',
		never: 'Do not retry: no request from this app can succeed.',
		unspecified: 'The documentation gives no retry guidance for this error.',
	},
	// A bounded after-wait schedule; `basis` says whose figures they are.
	retrySchedule: (wait: string, attempts: number, basis: 'source' | 'catalog') =>
		basis === 'source'
			? attempts === 1
				? `Wait ${wait}, then retry once. The documentation gives this wait.`
				: `Wait ${wait} before each retry, at most ${attempts} times. The documentation gives this wait.`
			: `Wait ${wait} before each retry, at most ${attempts} times, then show the error. The documentation only says to wait a short while: these figures are this reference's suggestion, not a promise of the API.`,
	durationDay: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
	durationHour: (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`,
	durationMinute: (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`,
	durationSecond: (n: number) => `${n} ${n === 1 ? 'second' : 'seconds'}`,
	methodsHeading: 'API methods',
	methodsReturnedBy: 'Typically returned by',
	methodsFixWith: 'Can help fix it',
	methodsAsWorded: 'Named in the documentation, not a verified fix',
	relatedHeading: 'Related errors',
	referencesHeading: 'References',
	referenceSection: (section: string) => `section “${section}”`,
	referenceUnverified: 'help center search: no confirmed address',
	provenanceHeading: 'Sources',
	provenanceLine: (titles: string, reviewed: string) => `${titles}. Last reviewed ${reviewed}.`,
	sourceLanguage: { en: 'English', ko: 'Korean' } as Record<string, string>,
	// A source of kind `report` (an issue thread), after its title in the provenance line.
	sourceReport: 'public report, not Google documentation',
	wireHeading: 'What it looks like on the wire',
	wireLead: 'The API returns the error in the standard Google error body. The message starts with the error id:',
	wireNote:
		'To recognize this error, match the message prefix `@{id}` followed by a space or the end of the message, never the prefix alone: that way one id never matches a longer one. The rest of the message is for people and may change.',
	wireMessagePlaceholder: '…',
	statusPageLead: (http: number, grpc: number) => `HTTP ${http} · google.rpc code ${grpc}`,
	meaningHeading: 'What it means',
	adviceHeading: 'General advice',
	statusErrorsHeading: 'Errors under this status',
	tableError: 'Error',
	tableSummary: 'Summary',
	tableRetry: 'Retry',
	// Listing pages: a status's error list split into pages (src/site/listing.ts, src/components/pages/Pager.astro), the home page's errors by status.
	listingPageTitle: (title: string, page: number, pages: number) => `${title}, page ${page} of ${pages}`,
	listingRange: (from: number, to: number, total: number) => `Errors ${from.toLocaleString('en')}–${to.toLocaleString('en')} of ${total.toLocaleString('en')}, in catalog order.`,
	listingBackToStatus: (title: string) => `${title}: what it means and the general advice`,
	listingPagesLabel: 'Pages of the error list',
	listingPrevious: 'Previous',
	listingNext: 'Next',
	listingPage: (page: number, pages: number) => `Page ${page} of ${pages}`,
	homeErrorsHeading: 'Errors by status',
	homeStatusBrowse: (count: number, pages: number) => `${count.toLocaleString('en')} errors, listed on ${pages} pages`,
	findLoadFailed: 'The finder could not load. Reload the page and try again.',
	retryShort: {
		'change-request': 'Change the request',
		'after-fix': 'After a fix',
		backoff: 'With backoff',
		'after-wait': 'After a wait',
		never: 'Never',
		unspecified: 'Not specified',
	},
	sidebarStatuses: 'Statuses',
	sidebarTools: 'Tools',
	sidebarBackoff: 'Backoff simulator',
	sidebarApi: 'JSON API',
	statusMethodsHeading: 'Methods that return it',
	sidebarMethods: 'API methods',
	methodsPageTitle: 'API methods',
	methodsPageLead: (api: string, revision: string) =>
		`Every method of the Classroom API, grouped by resource: its HTTP request, the OAuth scopes it accepts, and the statuses it returns with the condition for each. The facts come from Google's discovery document (${api}, revision ${revision}); the conditions are in this reference's own words.`,
	methodResourceTitle: (resource: string) => `${resource} methods`,
	methodReturnsHeading: 'Statuses it returns',
	methodRequestErrors: 'Request errors',
	methodScopesLabel: 'OAuth scopes (any one of them)',
	methodNoStatuses: 'The discovery document lists no error codes for this method.',
	methodReferenceLink: 'Google’s reference for this method',
	methodsProvenance: (api: string, revision: string) => `Google's discovery document for the Classroom API (${api}), revision ${revision}.`,
	shortLinkRedirecting: 'Redirecting to',
	copyLink: 'Copy link',
	// The label of an error page's short link, and the link to an error's or a status's JSON file (issue 20).
	shortLinkLabel: 'Short link to this page',
	jsonLink: 'JSON',
	copied: 'Copied',
	// The end-user message on an error page (src/components/CopyText.astro) and in `catalog explain`.
	userMessageHeading: 'Message for the user',
	userMessageLead: 'Plain words for the person it is addressed to, ready to paste into a reply.',
	copyMessage: 'Copy message',
	// Issue 17: whom the message addresses, published limits, "not this error if", why errors are related, the catalog's judgement.
	userMessageForLabel: 'Addressed to',
	userMessageFor: { teacher: 'Teacher', student: 'Student', administrator: 'Administrator' },
	judgement: "this reference's judgement",
	limitsHeading: 'Published limits',
	limitsLead: 'The numbers Google publishes for this limit, for support staff to quote. Google may change them without notice.',
	limitKind: { 'teachers-per-class': 'Teachers per class', 'members-per-class': 'Members per class (teachers and students)', 'topics-per-class': 'Topics per class', 'classes-joined-per-day': 'Classes one person can join per day' },
	limitAccounts: { all: 'every account', 'school-or-workspace': 'school or Google Workspace account', personal: 'personal Google Account' },
	limitSource: (language: string) => `source (Google help center, ${language} edition):`,
	relatedReason: {
		'similar-limit': 'a similar limit, made room for the same way',
		'same-cause': 'the same cause',
		'same-fix': 'the same fix',
		'next-step': 'can come next while fixing this one',
		'previous-step': 'can come before this one, in the same fix',
		'easily-confused': 'easily confused with this one',
	},
	wireExample: {
		source: "The standard Google error body. This message is quoted from Google's error-structure guide:",
		illustrative: 'The standard Google error body. The message starts with the error id; the words after it are illustrative (Google documents only the @Id prefix):',
	},
	whoActsLabel: 'Who acts',
	whoActs: {
		'end-user': 'End user (the teacher or student)',
		administrator: "Administrator (the school's Google Workspace administrator)",
		developer: 'Developer (of the app that made the request)',
	},
	// The search dialog (src/components/search/Search.astro). {query} and {count} are filled in.
	search: {
		placeholder: 'Error id, message, HTTP code or a few words',
		clear: 'Clear',
		searching: 'Searching for “{query}”…',
		oneResult: '1 result for “{query}”',
		manyResults: '{count} results for “{query}”',
		noResults: 'No results for “{query}”',
		partial: 'No page has every word; the closest pages come first.',
		loadMore: 'Load more results',
		resultsLabel: 'Search results',
		statusLabel: 'Status',
		kindStatus: 'Status page',
		kindPage: 'Page',
		failed: 'Search could not load. Reload the page and try again.',
	},
	// The 404 page (src/components/pages/NotFoundPage.astro).
	notFoundTitle: 'Page not found',
	notFoundLead: 'There is no page at this address.',
	notFoundRedirect: 'This is probably the page you meant; taking you there:',
	notFoundSuggestionsHeading: 'Errors that look like this address',
	notFoundNoSuggestions: 'No error in the catalog looks like this address. Search for its words below, or start from a status.',
	notFoundNoScript:
		'With JavaScript off, this page cannot work out which page you meant. Short links use the error id exactly as the API sends it (/e/CourseNotModifiable/); error pages use the id in lower case with hyphens (/errors/course-not-modifiable/).',
	notFoundSearchLabel: 'Search the site for the words of this address',
	notFoundSearchButton: 'Search',
	notFoundWhereNext: 'Where to go from here',
	notFoundHome: 'Home: find an error from its id, its message or a whole error response',
	notFoundOtherLocale: 'This site in Korean:',
} as const;

/** The shape every locale's UI strings must have. */
export type UiStrings = {
	readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
		? (...args: A) => string
		: (typeof en)[K] extends string
			? string
			: { readonly [P in keyof (typeof en)[K]]: string };
};
