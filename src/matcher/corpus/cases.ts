/**
 * The pasted-text corpus: what people actually hold after a failed Classroom
 * API call, one fixture file per client library and form, and the typed
 * queries (titles, status names, words) inline. Each case names the entry it
 * must reach, in every locale it lists; `corpus.test.ts` runs each through
 * the matcher and through `catalog explain` and checks they agree.
 *
 * The shapes around each `@Id` come from the client libraries' own code,
 * cited per case. The prose after each `@Id`, the URLs and the numbers are
 * placeholders written for these fixtures, not Google's wording: the matcher
 * must not depend on them. Ids such as `@TeacherInvitesPaused` are made up on
 * purpose, to stand for an error Google adds after the catalog was written.
 */

/** What a case must produce. */
export type CorpusExpectation =
	| { readonly kind: 'error'; readonly id: string }
	| { readonly kind: 'status'; readonly status: string; readonly unknownId?: string }
	| {
			readonly kind: 'candidates';
			readonly reason: 'ambiguous' | 'words';
			/** The first candidate, where the ranking is certain. */
			readonly top?: string;
			/** Entries that must be among the candidates (errors by id, statuses by name). */
			readonly includes: readonly string[];
	  }
	| { readonly kind: 'no-match'; readonly reason?: string }
	/** A method and no status: a method id typed alone, an address with nothing about its outcome. */
	| { readonly kind: 'method'; readonly methods: readonly string[] };

/**
 * The failed call a text shows: the methods it fits, in the matcher's order,
 * and for the first one its condition keys for the status, whether it is
 * documented to return the `@Id`, and whether the message is about scopes.
 * A case without it must name no call: a method is never guessed.
 */
export interface CallExpectation {
	readonly methods: readonly string[];
	readonly conditions?: readonly string[];
	readonly idDocumented?: boolean;
	readonly scopeProblem?: boolean;
}

/** One pasted text and where it must lead. */
export interface CorpusCase {
	/** What the case is, as a sentence fragment. */
	readonly name: string;
	/** A fixture file in this folder, or… */
	readonly file?: string;
	/** …the text itself, for short typed queries. */
	readonly input?: string;
	/** The finder locales (and `explain --lang`) it must work in. */
	readonly locales: readonly ('en' | 'ko')[];
	readonly expect: CorpusExpectation;
	/** The call the text shows, for an error or status result (see {@link CallExpectation}). */
	readonly call?: CallExpectation;
	/** Where the shape comes from. */
	readonly source: string;
}

const BOTH = ['en', 'ko'] as const;

const PYTHON = 'google-api-python-client, googleapiclient/errors.py: HttpError.__repr__ (`<HttpError %s when requesting %s returned "%s". Details: "%s">`)';
const NODE =
	'google-auth-library-nodejs, DefaultTransporter.processError (sets message, code and errors from the body) on a gaxios GaxiosError, printed by console.error (util.inspect)';
const GO = 'google-api-go-client, googleapi/googleapi.go: (*Error).Error() (`googleapi: Error %d: %s`, `\\nDetails:\\n` + indented JSON, `, %s` reason)';
const JAVA =
	'google-api-java-client GoogleJsonResponseException.from + google-http-java-client HttpResponseException.computeMessageBuffer (status line, method and URL, then GoogleJsonError.toPrettyString())';
const DOTNET =
	'google-api-dotnet-client, Google.Apis.Core: GoogleApiException.Message/ToString (`The service %s has thrown an exception.`, `HttpStatusCode is %s.`) and RequestError/SingleError.ToString';
const PHP = 'google-api-php-client, src/Http/REST.php: decodeHttpResponse throws Google\\Service\\Exception with the raw response body as its message';
const RUBY =
	'google-api-ruby-client, google-apis-core ApiCommand#check_status (`%s: %s` with errors[0].reason, or `status` when the body has `details`) and HttpCommand (RateLimitError for 429)';
const APPS_SCRIPT =
	'Apps Script advanced services: `GoogleJsonResponseException: API call to <method> failed with error: <message>` (and its localised forms, as found in public Apps Script code)';

/** Every case; fixture files are read relative to this folder. */
export const CORPUS: readonly CorpusCase[] = [
	// Client libraries, one file per library and form.
	{
		name: 'a Python HttpError traceback (the address fits four methods; the source line names courses.patch)',
		file: 'python-httperror.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'CourseNotModifiable' },
		call: { methods: ['courses.patch'], conditions: ['request-errors'], idDocumented: true },
		source: PYTHON,
	},
	{
		name: 'a Node GaxiosError as console.error prints it (url and method)',
		file: 'node-gaxios-error.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'CourseMemberLimitReached' },
		call: { methods: ['courses.students.create'], idDocumented: true },
		source: NODE,
	},
	{ name: 'a Go googleapi error in a log line', file: 'go-googleapi-error.txt', locales: BOTH, expect: { kind: 'error', id: 'CourseTeacherLimitReached' }, source: GO },
	{
		name: 'a Go googleapi error with details (an "@type" key is not an id)',
		file: 'go-googleapi-details.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'ClassroomApiDisabled' },
		source: GO,
	},
	{
		name: 'a Java GoogleJsonResponseException (verb and address; an @Id the method does not document)',
		file: 'java-googlejsonresponseexception.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'CourseTitleCannotContainUrl' },
		call: { methods: ['courses.patch'], idDocumented: false },
		source: JAVA,
	},
	{ name: 'a .NET GoogleApiException', file: 'dotnet-googleapiexception.txt', locales: BOTH, expect: { kind: 'error', id: 'ClassroomDisabled' }, source: DOTNET },
	{ name: 'a PHP Google\\Service\\Exception', file: 'php-service-exception.txt', locales: BOTH, expect: { kind: 'error', id: 'UserGroupsMembershipLimitReached' }, source: PHP },
	{ name: 'a Ruby ClientError in a Logger line', file: 'ruby-client-error.txt', locales: BOTH, expect: { kind: 'error', id: 'CannotRemoveCourseOwner' }, source: RUBY },
	{ name: 'an uncaught Ruby RateLimitError', file: 'ruby-rate-limit-error.txt', locales: BOTH, expect: { kind: 'error', id: 'UserCourseJoinRateLimitReached' }, source: RUBY },
	{
		name: 'an Apps Script GoogleJsonResponseException',
		file: 'apps-script.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'CourseNotModifiable' },
		call: { methods: ['courses.patch'], idDocumented: true },
		source: APPS_SCRIPT,
	},
	{
		name: 'an Apps Script GoogleJsonResponseException in another language',
		file: 'apps-script-spanish.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'CourseMemberLimitReached' },
		call: { methods: ['courses.students.create'], idDocumented: true },
		source: APPS_SCRIPT,
	},

	// Raw HTTP and logs.
	{
		name: 'a raw HTTP response with headers',
		file: 'http-dump.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'ProjectPermissionDenied' },
		source: 'HTTP/1.1 status line and headers as curl -i prints them, then the error body as Classroom documents it',
	},
	{
		name: 'a log line with a timestamp and a level in front (and the method it called)',
		file: 'log-timestamp.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'CourseNotModifiable' },
		call: { methods: ['courses.patch'], idDocumented: true },
		source: 'an application log line (ISO timestamp, level, logger)',
	},
	{
		name: 'JSON embedded in a log line',
		file: 'log-json-embedded.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'UserCourseJoinRateLimitReached' },
		source: "Python logging's default asctime format, with the response body appended",
	},
	{
		name: 'a structured (JSON) log entry carrying a Go error',
		file: 'log-structured-entry.json',
		locales: BOTH,
		expect: { kind: 'error', id: 'InvalidAddOnToken' },
		source: `Cloud Logging structured JSON (severity, message) around ${GO}`,
	},
	{
		name: 'a multi-line log naming two different errors',
		file: 'log-two-errors.txt',
		locales: BOTH,
		expect: { kind: 'candidates', reason: 'ambiguous', top: 'CourseMemberLimitReached', includes: ['CourseMemberLimitReached', 'UserGroupsMembershipLimitReached'] },
		source: GO,
	},
	{
		name: 'a longer id that starts with a shorter one',
		file: 'go-googleapi-longer-id.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'CannotRemoveCourseOwnerTransferIncomplete' },
		source: GO,
	},

	// An id the catalog lacks (a new error): the status the same text names, one per status.
	{
		name: 'an unknown id with FAILED_PRECONDITION (Go reason)',
		file: 'go-googleapi-unknown-id.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'FAILED_PRECONDITION', unknownId: 'CourseArchivePending' },
		source: GO,
	},
	{
		name: 'an unknown id with INVALID_ARGUMENT (a JSON body)',
		input: '{"error": {"code": 400, "message": "@RubricLevelsOutOfOrder The rubric levels are not in order.", "status": "INVALID_ARGUMENT"}}',
		locales: BOTH,
		expect: { kind: 'status', status: 'INVALID_ARGUMENT', unknownId: 'RubricLevelsOutOfOrder' },
		source: 'the error body as Classroom documents it, with an invented id',
	},
	{
		name: 'an unknown id with PERMISSION_DENIED (Python, reason forbidden)',
		file: 'python-httperror-unknown-id.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED', unknownId: 'TeacherInvitesPaused' },
		call: { methods: ['courses.teachers.create', 'courses.teachers.list'], idDocumented: false },
		source: PYTHON,
	},
	{
		name: 'an unknown id with RESOURCE_EXHAUSTED (.NET, HttpStatusCode is TooManyRequests)',
		file: 'dotnet-googleapiexception-unknown-id.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'RESOURCE_EXHAUSTED', unknownId: 'GuardianInviteRateLimitReached' },
		source: DOTNET,
	},
	{
		name: 'an unknown id with INTERNAL (the JSON body)',
		file: 'json-unknown-id-internal.json',
		locales: BOTH,
		expect: { kind: 'status', status: 'INTERNAL', unknownId: 'RosterSyncStalled' },
		source: 'the error body as Classroom documents it',
	},
	{
		name: 'a status with no @Id (404, reason notFound)',
		file: 'python-httperror-not-found.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'NOT_FOUND' },
		call: { methods: ['courses.delete', 'courses.get', 'courses.patch', 'courses.update'], conditions: ['course-not-found'] },
		source: PYTHON,
	},

	// The call that failed, read from the request (verb and address) or named by its method id.
	{
		name: 'an HTTP dump with its request line',
		file: 'http-dump-request.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'NOT_FOUND' },
		call: { methods: ['courses.courseWork.studentSubmissions.turnIn'], conditions: ['course-item-not-found'] },
		source: 'an HTTP/1.1 request line and headers (curl -v), then the response; the path carries a custom verb percent-encoded',
	},
	{
		name: "a Ruby client's debug log with the request it sent",
		file: 'ruby-debug-request.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'ALREADY_EXISTS' },
		call: { methods: ['courses.aliases.create'], conditions: ['alias-exists'] },
		source: `${RUBY}; google-apis-core HttpCommand logs "Sending HTTP <verb> <url>" at debug level`,
	},
	{
		name: 'a status and a method id in a sentence',
		input: 'NOT_FOUND from courses.students.create',
		locales: BOTH,
		expect: { kind: 'status', status: 'NOT_FOUND' },
		call: { methods: ['courses.students.create'], conditions: ['course-not-found'] },
		source: 'what a developer types after a failed call',
	},
	{
		name: 'a Korean sentence with a method id, a status name and particles',
		input: 'courses.teachers.create 호출에서 ALREADY_EXISTS가 났어요',
		locales: ['ko'],
		expect: { kind: 'status', status: 'ALREADY_EXISTS' },
		call: { methods: ['courses.teachers.create'] },
		source: 'what a Korean developer types after a failed call',
	},
	{
		name: 'a missing scope with the method id',
		input: 'courses.courseWork.create: Request had insufficient authentication scopes. (403)',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		call: { methods: ['courses.courseWork.create'], scopeProblem: true },
		source: "Google's generic message for a token without the method's scope, after the method id a caller logged",
	},
	{ name: 'a method id typed alone', input: 'courses.students.create', locales: BOTH, expect: { kind: 'method', methods: ['courses.students.create'] }, source: 'the method id as the discovery document writes it' },
	{ name: "Apps Script's method id typed alone", input: 'classroom.courses.students.create', locales: BOTH, expect: { kind: 'method', methods: ['courses.students.create'] }, source: APPS_SCRIPT },
	{ name: 'the tail of a method id', input: 'students.create', locales: BOTH, expect: { kind: 'method', methods: ['courses.students.create'] }, source: 'a method id as people shorten it' },
	{
		name: 'a request line with no outcome',
		input: 'GET https://classroom.googleapis.com/v1/courses/123/topics?pageSize=20',
		locales: BOTH,
		expect: { kind: 'method', methods: ['courses.topics.list'] },
		source: 'a request as a log or a proxy prints it',
	},

	// Names typed by people.
	{ name: 'a Korean status name', input: '권한 거부', locales: ['ko'], expect: { kind: 'status', status: 'PERMISSION_DENIED' }, source: 'content/ko.yaml status title' },
	{ name: 'a Korean status name without spaces', input: '사전조건실패', locales: ['ko'], expect: { kind: 'status', status: 'FAILED_PRECONDITION' }, source: 'content/ko.yaml status title' },
	{ name: 'a Korean error title', input: '수업을 수정할 수 없음', locales: ['ko'], expect: { kind: 'error', id: 'CourseNotModifiable' }, source: 'content/ko.yaml error title' },
	{ name: 'a Korean error title without spaces', input: '소유권이전진행중', locales: ['ko'], expect: { kind: 'error', id: 'CannotRemoveCourseOwnerTransferIncomplete' }, source: 'content/ko.yaml error title' },
	{ name: 'an English status name', input: 'Resource exhausted', locales: ['en'], expect: { kind: 'status', status: 'RESOURCE_EXHAUSTED' }, source: 'content/en.yaml status title' },
	{ name: 'an English error title', input: 'Ownership transfer still in progress', locales: ['en'], expect: { kind: 'error', id: 'CannotRemoveCourseOwnerTransferIncomplete' }, source: 'content/en.yaml error title' },
	{ name: 'an English error title with punctuation', input: 'add-on token expired.', locales: ['en'], expect: { kind: 'error', id: 'ExpiredAddOnToken' }, source: 'content/en.yaml error title' },

	// Words only: ranked candidates.
	{
		name: 'ambiguous English words',
		input: 'course not modifiable archived',
		locales: ['en'],
		expect: { kind: 'candidates', reason: 'words', top: 'CourseNotModifiable', includes: ['CourseNotModifiable'] },
		source: 'a reader describing the error',
	},
	{
		name: 'everyday English words',
		input: 'too many classes',
		locales: ['en'],
		expect: { kind: 'candidates', reason: 'words', includes: ['CourseMemberLimitReached', 'UserGroupsMembershipLimitReached'] },
		source: 'a reader describing the error',
	},
	{
		name: 'ambiguous Korean words',
		input: '공동 교사 추가',
		locales: ['ko'],
		expect: { kind: 'candidates', reason: 'words', includes: ['CourseTeacherLimitReached', 'IneligibleOwner'] },
		source: 'a reader describing the error',
	},
	{
		name: 'Korean words with particles and endings',
		input: '수업 소유자를 삭제할 수 없어요',
		locales: ['ko'],
		expect: { kind: 'candidates', reason: 'words', top: 'CannotRemoveCourseOwner', includes: ['CannotRemoveCourseOwner'] },
		source: 'a reader describing the error',
	},
];
