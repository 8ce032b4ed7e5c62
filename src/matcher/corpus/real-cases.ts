/**
 * Real texts: what people posted publicly after a failed call (issue threads
 * of public repositories, Google's own documentation), each with its source
 * and the answer it must get. Apart from `cases.ts`, whose shapes are
 * synthetic. Kept as posted except where a case's note says otherwise:
 * course ids, user ids, e-mail addresses and names are replaced by
 * placeholders (`<course id>`, `<teacher>@example.org`), and long URLs are
 * shortened.
 *
 * Several texts come from other Google APIs (the Gemini CLI) or from other
 * services entirely: the finder meets them too, and must answer with the
 * status they name, or say honestly that nothing in the catalog fits rather
 * than guess. No Korean text posted by a Korean user was found; every case
 * runs in both languages' finders, and Google's Korean documentation page
 * supplies the one text published in Korean.
 *
 * An expected status the catalog does not (yet) document is checked as an
 * honest "not in the catalog" that names it (see `corpus.test.ts`).
 */
import type { CorpusCase } from './cases.ts';

const BOTH = ['en', 'ko'] as const;
const PLACEHOLDERS = 'course ids, user ids, addresses and names replaced by placeholders';

/** A real case: its `source` is the URL it was posted at, `note` says what was changed. */
export interface RealCase extends CorpusCase {
	readonly note?: string;
}

/** Every real case; fixture files are read from `real/`. */
export const REAL_CORPUS: readonly RealCase[] = [
	// Client libraries.
	{
		name: 'a Python HttpError 403 with only the generic message',
		file: 'real/python-httperror-caller-permission.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		call: { methods: ['courses.courseWork.create', 'courses.courseWork.list'] },
		source: 'https://github.com/conorthedev/classroom-cli/issues/1',
		note: PLACEHOLDERS,
	},
	{
		name: 'a Python HttpError 403 for missing scopes, cut short in an issue title',
		file: 'real/python-httperror-scopes-cut.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		call: { methods: ['courses.create', 'courses.list'], scopeProblem: true },
		source: 'https://github.com/googleworkspace/python-samples/issues/191',
	},
	{
		name: 'a PHP client JSON body cut short after its code and message',
		file: 'real/php-json-body-cut.json',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		source: 'https://github.com/googleapis/google-api-php-client/issues/2100',
	},
	{
		name: 'a Ruby ClientError for a wrong API version (outside the catalog)',
		file: 'real/ruby-client-error-invalid-request.txt',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/googleapis/google-api-ruby-client/issues/318',
	},
	{
		name: "Google's documented error body (English page)",
		file: 'real/google-docs-error-structure.json',
		locales: ['en'],
		expect: { kind: 'error', id: 'ClassroomApiDisabled' },
		source: 'https://developers.google.com/classroom/best-practices/errors',
	},
	{
		name: "Google's documented error body (Korean page)",
		file: 'real/google-docs-error-structure.json',
		locales: ['ko'],
		expect: { kind: 'error', id: 'ClassroomApiDisabled' },
		source: 'https://developers-dot-devsite-v2-prod.appspot.com/workspace/classroom/troubleshooting/error-structure?hl=ko',
	},

	// Command-line tools: GAM and GAMADV-XTD3, the Gemini CLI.
	{
		name: 'a GAM 404 line',
		file: 'real/gam-error-404.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'NOT_FOUND' },
		source: 'https://github.com/GAM-team/GAM/issues/780',
	},
	{
		name: 'a GAM 500 line with the generic message',
		file: 'real/gam-error-500.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'INTERNAL' },
		source: 'https://github.com/GAM-team/GAM/issues/1311',
	},
	{
		name: 'a GAMADV-XTD3 failure with an @Id after the reason',
		file: 'real/gam-cannot-direct-add-user.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'CannotDirectAddUser' },
		source: 'https://github.com/taers232c/GAMADV-XTD3/issues/385',
		note: PLACEHOLDERS,
	},
	{
		name: 'a GAMADV-XTD3 command and its failure with an @Id',
		file: 'real/gam-ineligible-owner.txt',
		locales: BOTH,
		expect: { kind: 'error', id: 'IneligibleOwner' },
		source: 'https://github.com/taers232c/GAMADV-XTD3/issues/117',
		note: PLACEHOLDERS,
	},
	{
		name: 'a GAMADV-XTD3 failure with only the generic 403 message',
		file: 'real/gam-remove-failed.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		source: 'https://github.com/taers232c/GAMADV-XTD3/issues/242',
	},
	{
		name: 'an issue title with a code and the generic message',
		file: 'real/gam-issue-title.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		source: 'https://github.com/taers232c/GAMADV-XTD3/issues/150',
	},
	{
		name: 'an issue title with a code and a misspelt message',
		input: '403 The caller dies not have permission',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		source: 'https://github.com/GAM-team/GAM/issues/1376',
	},
	{
		name: 'an issue title with a code and two words',
		input: '403 Authentication Error',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		source: 'https://github.com/conorthedev/classroom-cli/issues/1',
	},
	{
		name: "GAMADV-XTD3's own 'Does not exist' (no status, no code)",
		file: 'real/gam-add-failed-does-not-exist.txt',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/taers232c/GAMADV-XTD3/issues/71',
		note: PLACEHOLDERS,
	},
	{
		name: "GAMADV-XTD3's 'Service not applicable'",
		file: 'real/gam-service-not-applicable.txt',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/taers232c/GAMADV-XTD3/issues/56',
		note: PLACEHOLDERS,
	},
	{
		name: "GAMADV-XTD3's report of a course owner that does not exist",
		file: 'real/gam-owner-does-not-exist.txt',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/taers232c/GAMADV-XTD3/issues/94',
		note: PLACEHOLDERS,
	},
	{
		name: 'a Gemini CLI API error (another Google API, same body) in a log line',
		file: 'real/cli-gemini-api-error-invalid-argument.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'INVALID_ARGUMENT' },
		source: 'https://github.com/google-gemini/gemini-cli/issues/22112',
	},
	{
		name: 'the same error body in a Markdown code fence',
		file: 'real/cli-gemini-api-error-fenced.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'INVALID_ARGUMENT' },
		source: 'https://github.com/google-gemini/gemini-cli/issues/15425',
	},
	{
		name: 'a Gemini CLI login box with the generic 400 message',
		file: 'real/cli-gemini-login-invalid-argument.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'INVALID_ARGUMENT' },
		source: 'https://github.com/google-gemini/gemini-cli/issues/1704',
	},
	{
		name: 'an issue title with the generic 400 message and its status',
		file: 'real/cli-gemini-issue-title-invalid-argument.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'INVALID_ARGUMENT' },
		source: 'https://github.com/google-gemini/gemini-cli/issues/14731',
	},
	{
		name: 'the generic 400 message quoted in prose, its closing quote missing',
		input: 'Starting from yesterday cli stopped working with error "Request contains an invalid argument',
		locales: BOTH,
		expect: { kind: 'status', status: 'INVALID_ARGUMENT' },
		source: 'https://github.com/google-gemini/gemini-cli/issues/18903',
	},

	// Plain words.
	{
		name: 'the generic 403 message alone',
		input: 'The caller does not have permission',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		source: 'https://github.com/SCRT-HQ/PSGSuite/issues/87',
	},
	{
		name: 'a sentence naming the code and the status',
		input: 'In the case where the requested resource *Does Not Exist*, a  403 PERMISSION_DENIED will be returned.',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		source: 'https://github.com/googleapis/google-api-python-client/issues/1721',
	},

	{
		name: 'the generic message for missing scopes alone',
		input: 'Request had insufficient authentication scopes.',
		locales: BOTH,
		expect: { kind: 'status', status: 'PERMISSION_DENIED' },
		source: 'https://github.com/googleworkspace/python-samples/issues/191',
	},

	// Outside the catalog's scope: other services' errors. "Not in the catalog" beats a wrong guess.
	{
		name: 'an RFC 9457 problem body from another API',
		file: 'real/other-api-problem-json.json',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/uwaterloo/OpenData/issues/242',
		note: 'trace id replaced by a placeholder',
	},
	{
		name: "a Python requests HTTPError 404 from another API (the status it names, nothing more)",
		file: 'real/other-api-python-requests-404.txt',
		locales: BOTH,
		expect: { kind: 'status', status: 'NOT_FOUND' },
		source: 'https://github.com/coursera-dl/coursera-dl/issues/849',
		note: 'the URL shortened and its course slug replaced by a placeholder',
	},
	{
		// Firestore's message for its own PERMISSION_DENIED: the status's words are a fair candidate, nothing more.
		name: 'a Firestore permission message',
		input: 'Cannot create class - Missing or insufficient permissions.',
		locales: ['en'],
		expect: { kind: 'candidates', reason: 'words', top: 'PERMISSION_DENIED', includes: ['PERMISSION_DENIED'] },
		source: 'https://github.com/atharvadeosthale/google-classroom-clone/issues/1',
	},
	{
		name: "GitHub's abuse detection page",
		input: 'Whoa there! You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/github-education-resources/classroom/issues/1590',
	},
	{
		name: 'a form validation message from another course site',
		input: 'Value already in database or empty',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/RunestoneInteractive/fopp/issues/367',
	},
	{
		name: 'an HTTP reason phrase alone from another API',
		input: 'Error: Unprocessable Entity',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/learnhouse/learnhouse/issues/389',
	},
	{
		name: 'a PowerShell null reference from a Classroom module',
		input: 'Get-GSCourse : Exception calling "Execute" with "0" argument(s): "Object reference not set to an instance of an object."',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/SCRT-HQ/PSGSuite/issues/87',
	},
	{
		name: 'a PowerShell overload error from a Classroom module',
		input: 'New-GoogleService : Cannot find an overload for "ClassroomService" and the argument count: "1"',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/SCRT-HQ/PSGSuite/issues/87',
	},
	{
		name: "another site's organization message",
		input: 'This user is not a member of your organization. Please ask them to join.',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/subrata1106/EnrolmentRel16/issues/49',
	},
	{
		name: "another site's privileges message",
		input: 'insufficient privileges',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/RunestoneInteractive/RunestoneComponents/issues/498',
	},
	{
		name: "another site's unknown error",
		input: 'There is currently no way to create a "Functional" course (unknown error)',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/HGustavs/LenaSYS/issues/17142',
	},
	{
		name: "another app's course size limit",
		input: 'Joining a course is not possible, if the course has more than 500 contents',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/SharezoneApp/sharezone-app/issues/284',
	},
	{
		name: 'a tool report of several codes at once, in prose',
		input: 'The sequence partially completed and during the process, threw multiple Error 409 and Error 500 codes.',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/GAM-team/GAM/issues/1161',
	},
	{
		name: 'a Chinese issue title with a bare 404',
		input: '教室没有课程时不应返回 404 而是 card 列表为空',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/everyclass/everyclass/issues/28',
	},
	{
		name: 'an issue title with a bare code in prose',
		input: 'Error 400 when trying to download content',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/coursera-dl/coursera-dl/issues/690',
	},
	{
		name: 'a Japanese issue title with a bare 409',
		input: 'クラス追加で同じコースかつpartのときは409を返す',
		locales: BOTH,
		expect: { kind: 'no-match' },
		source: 'https://github.com/isucon/isucon11-final/issues/396',
	},
];
