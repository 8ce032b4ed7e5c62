/** English UI strings. Every key here must exist in every other locale (the type enforces it). */
export const en = {
	siteTitle: 'Classroom API errors',
	siteTagline: 'Every documented Google Classroom API error: what it means, why it happens, and what to do.',
	homeTitle: 'Google Classroom API error reference',
	homeLead:
		'Type an error id, an HTTP status or a few words into search, or pick a status below. Every error page says what happened, why, and what your app should do, in English and Korean.',
	homeStatusesHeading: 'Statuses',
	homeJumpHeading: 'Go straight to an error',
	homeJumpLabel: 'Error id',
	homeJumpPlaceholder: 'CourseNotModifiable',
	homeJumpButton: 'Open',
	homeJumpUnknown: 'No error with that id. Check the spelling, or use search.',
	homeToolsHeading: 'Tools',
	homeToolsBackoff: 'Backoff simulator: see what truncated exponential backoff with jitter does, and copy the code.',
	homeToolsApi: 'JSON API: the whole catalog as data, with a JSON Schema, for your own tools.',
	errorsCount: (n: number) => `${n} ${n === 1 ? 'error' : 'errors'}`,
	statusLabel: 'Status',
	httpLabel: 'HTTP',
	grpcLabel: 'google.rpc code',
	summaryHeading: 'Summary',
	causeHeading: 'Cause',
	actionHeading: 'What to do',
	noAction: 'The Classroom API documentation gives no recommended action for this error. Show the user the cause; do not guess a fix.',
	retryHeading: 'Retrying',
	retry: {
		'after-fix': 'Do not retry as is. Retry only after the user or an administrator has fixed the cause.',
		backoff: 'Retry with truncated exponential backoff with jitter.',
		'after-wait': 'Wait before retrying.',
		never: 'Do not retry: the same request cannot succeed.',
		unspecified: 'The documentation gives no retry guidance for this error.',
	},
	retryWaitDuration: (duration: string) => `Wait ${duration} before retrying. Backing off faster does not help: the limit resets only after that time.`,
	durationDay: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
	durationHour: (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`,
	durationMinute: (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`,
	durationSecond: (n: number) => `${n} ${n === 1 ? 'second' : 'seconds'}`,
	methodsHeading: 'API methods',
	methodsReturnedBy: 'Typically returned by',
	methodsFixWith: 'Can help fix it',
	relatedHeading: 'Related errors',
	referencesHeading: 'Help Center references',
	referenceSection: (section: string) => `section “${section}”`,
	wireHeading: 'What it looks like on the wire',
	wireLead: 'The API returns the error in the standard Google error body. The message starts with the error id:',
	wireNote:
		'To recognise this error, match the message prefix `@{id}` followed by a space or the end of the message, never the prefix alone: that way one id never matches a longer one. The rest of the message is for people and may change.',
	wireMessagePlaceholder: '…',
	statusPageLead: (http: number, grpc: number) => `HTTP ${http} · google.rpc code ${grpc}`,
	meaningHeading: 'What it means',
	adviceHeading: 'General advice',
	statusErrorsHeading: 'Errors under this status',
	tableError: 'Error',
	tableSummary: 'Summary',
	tableRetry: 'Retry',
	retryShort: {
		'after-fix': 'After a fix',
		backoff: 'With backoff',
		'after-wait': 'After a wait',
		never: 'Never',
		unspecified: 'Not specified',
	},
	sidebarOverview: 'Overview',
	sidebarTools: 'Tools',
	sidebarBackoff: 'Backoff simulator',
	sidebarApi: 'JSON API',
	shortLinkRedirecting: 'Redirecting to',
	copyLink: 'Copy link',
	copied: 'Copied',
} as const;

/** The shape every locale's UI strings must have. */
export type UiStrings = {
	readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
		? (...args: A) => string
		: (typeof en)[K] extends string
			? string
			: { readonly [P in keyof (typeof en)[K]]: string };
};
