import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, describeMatch, extractErrorId, matchError, nearestEntries } from './match.ts';
import type { MatchableCatalog, MatchResult } from './match.ts';

/** The four real statuses and a handful of real ids, enough to exercise every rule. */
const catalog: MatchableCatalog = {
	statuses: [
		{ id: 'FAILED_PRECONDITION', http: 400, grpcCode: 9 },
		{ id: 'PERMISSION_DENIED', http: 403, grpcCode: 7 },
		{ id: 'RESOURCE_EXHAUSTED', http: 429, grpcCode: 8 },
		{ id: 'INTERNAL', http: 500, grpcCode: 13 },
	],
	errors: [
		{ id: 'CourseNotModifiable', status: 'FAILED_PRECONDITION' },
		{ id: 'CourseMemberLimitReached', status: 'FAILED_PRECONDITION' },
		{ id: 'CourseTeacherLimitReached', status: 'FAILED_PRECONDITION' },
		{ id: 'ClassroomApiDisabled', status: 'PERMISSION_DENIED' },
		{ id: 'ClassroomDisabled', status: 'PERMISSION_DENIED' },
		{ id: 'UserCourseJoinRateLimitReached', status: 'RESOURCE_EXHAUSTED' },
	],
};

/** A response body exactly as the API sends it (pretty-printed, trailing newline). */
function body(code: number, status: string, message: string, extra: Record<string, unknown> = {}): string {
	return `${JSON.stringify({ error: { code, message, status, ...extra } }, null, 2)}\n`;
}

const match = (input: unknown): MatchResult => matchError(input, catalog);

describe('extractErrorId', () => {
	it.each([
		['@CourseNotModifiable The course is not modifiable.', 'CourseNotModifiable'],
		['@CourseNotModifiable', 'CourseNotModifiable'],
		['  \n@CourseNotModifiable The course…', 'CourseNotModifiable'],
		['@ClassroomApiDisabled\tThe user is not permitted.', 'ClassroomApiDisabled'],
		['@ClassroomApiDisabled\nThe user is not permitted.', 'ClassroomApiDisabled'],
		['@ClassroomApiDisabledFoo The user…', 'ClassroomApiDisabledFoo'],
	])('reads %j as %j', (message, id) => {
		expect(extractErrorId(message)).toBe(id);
	});

	it.each([
		['The course is not modifiable.'],
		['Error: @CourseNotModifiable The course is not modifiable.'],
		['@CourseNotModifiable: The course is not modifiable.'],
		['@CourseNotModifiable.'],
		['@ The course'],
		['@'],
		[''],
	])('finds no id in %j', (message) => {
		expect(extractErrorId(message)).toBeUndefined();
	});

	it('never yields a shorter id that is a prefix of the token', () => {
		expect(extractErrorId('@ClassroomApiDisabledFoo x')).not.toBe('ClassroomApiDisabled');
		expect(extractErrorId('@ClassroomDisabledX x')).not.toBe('ClassroomDisabled');
	});
});

describe('matchError: whole response bodies with an @Id', () => {
	it.each([
		[body(400, 'FAILED_PRECONDITION', '@CourseNotModifiable The course is not modifiable.'), 'CourseNotModifiable', 'FAILED_PRECONDITION'],
		[body(403, 'PERMISSION_DENIED', '@ClassroomApiDisabled The user is not permitted to access the Classroom API.'), 'ClassroomApiDisabled', 'PERMISSION_DENIED'],
		[body(429, 'RESOURCE_EXHAUSTED', '@UserCourseJoinRateLimitReached The user has joined too many courses recently.'), 'UserCourseJoinRateLimitReached', 'RESOURCE_EXHAUSTED'],
		[body(400, 'FAILED_PRECONDITION', '@CourseMemberLimitReached The course member limit has been reached.'), 'CourseMemberLimitReached', 'FAILED_PRECONDITION'],
	])('matches the error of %s', (input, id, status) => {
		expect(match(input)).toEqual({ kind: 'error', id, status, via: 'message-prefix', source: 'response', warnings: [] });
	});

	it('keeps @ClassroomDisabled and @ClassroomApiDisabled apart', () => {
		const a = match(body(403, 'PERMISSION_DENIED', '@ClassroomDisabled The user is not permitted to access Classroom.'));
		const b = match(body(403, 'PERMISSION_DENIED', '@ClassroomApiDisabled The user is not permitted to access the API.'));
		expect(a).toMatchObject({ kind: 'error', id: 'ClassroomDisabled' });
		expect(b).toMatchObject({ kind: 'error', id: 'ClassroomApiDisabled' });
	});

	it('accepts the prefix at the very end of the message', () => {
		expect(match(body(400, 'FAILED_PRECONDITION', '@CourseNotModifiable'))).toMatchObject({
			kind: 'error',
			id: 'CourseNotModifiable',
			via: 'message-prefix',
		});
	});

	it.each([['\t'], ['\n'], ['\r\n'], ['   ']])('accepts the prefix followed by %j', (gap) => {
		expect(match(body(400, 'FAILED_PRECONDITION', `@CourseNotModifiable${gap}The course is not modifiable.`))).toMatchObject({
			kind: 'error',
			id: 'CourseNotModifiable',
		});
	});

	it('ignores extra fields and details', () => {
		const input = body(403, 'PERMISSION_DENIED', '@ClassroomApiDisabled The user is not permitted to access the Classroom API.', {
			errors: [{ message: 'The user is not permitted.', domain: 'global', reason: 'forbidden' }],
			details: [
				{
					'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
					reason: 'SERVICE_DISABLED',
					domain: 'googleapis.com',
					metadata: { service: 'classroom.googleapis.com' },
				},
			],
		});
		expect(match(input)).toEqual({
			kind: 'error',
			id: 'ClassroomApiDisabled',
			status: 'PERMISSION_DENIED',
			via: 'message-prefix',
			source: 'response',
			warnings: [],
		});
	});

	it('accepts the bare inner error object, as a string and parsed', () => {
		const inner = { code: 400, message: '@CourseNotModifiable The course is not modifiable.', status: 'FAILED_PRECONDITION' };
		const expected = { kind: 'error', id: 'CourseNotModifiable', status: 'FAILED_PRECONDITION', source: 'response' };
		expect(match(JSON.stringify(inner))).toMatchObject(expected);
		expect(match(inner)).toMatchObject(expected);
	});

	it('accepts an already-parsed body and tolerates surrounding whitespace', () => {
		const text = body(429, 'RESOURCE_EXHAUSTED', '@UserCourseJoinRateLimitReached Too many joins.');
		expect(match(JSON.parse(text))).toMatchObject({ kind: 'error', id: 'UserCourseJoinRateLimitReached' });
		expect(match(`\n\t  ${text}  \n`)).toMatchObject({ kind: 'error', id: 'UserCourseJoinRateLimitReached' });
	});
});

describe('matchError: response bodies without a known @Id', () => {
	it.each([
		[400, 'FAILED_PRECONDITION', 'Precondition check failed.'],
		[403, 'PERMISSION_DENIED', 'The caller does not have permission'],
		[429, 'RESOURCE_EXHAUSTED', "Quota exceeded for quota metric 'Read requests' of service 'classroom.googleapis.com'."],
		[500, 'INTERNAL', 'Internal error encountered.'],
	])('falls back to the status for %i %s', (code, status, message) => {
		expect(match(body(code, status, message))).toEqual({ kind: 'status', status, via: 'status-name', source: 'response', warnings: [] });
	});

	it('falls back to the status, reporting the unknown id, for a longer id', () => {
		const result = match(body(403, 'PERMISSION_DENIED', '@ClassroomApiDisabledFoo The user is not permitted.'));
		expect(result).toEqual({
			kind: 'status',
			status: 'PERMISSION_DENIED',
			via: 'status-name',
			source: 'response',
			unknownId: 'ClassroomApiDisabledFoo',
			warnings: [],
		});
	});

	it('does not read @ClassroomDisabledX as ClassroomDisabled', () => {
		expect(match(body(403, 'PERMISSION_DENIED', '@ClassroomDisabledX nope'))).toMatchObject({
			kind: 'status',
			unknownId: 'ClassroomDisabledX',
		});
	});

	// Changed with issue 8: an @Id counts anywhere in the message (a proxy or a
	// wrapper may prefix it), bounded, and says it was not the prefix.
	it('finds an @Id later in the message, and says it was not the prefix', () => {
		const result = match(body(400, 'FAILED_PRECONDITION', 'Request failed: @CourseNotModifiable The course is not modifiable.'));
		expect(result).toEqual({ kind: 'error', id: 'CourseNotModifiable', status: 'FAILED_PRECONDITION', via: 'id-in-text', source: 'response', warnings: [] });
	});

	it('uses the HTTP code when the status field is missing', () => {
		expect(match({ error: { code: 429, message: 'Too many requests.' } })).toEqual({
			kind: 'status',
			status: 'RESOURCE_EXHAUSTED',
			via: 'http-code',
			source: 'response',
			warnings: [],
		});
		expect(match({ error: { code: 403, message: '@SomethingNew Forbidden.' } })).toMatchObject({
			kind: 'status',
			status: 'PERMISSION_DENIED',
			via: 'http-code',
			unknownId: 'SomethingNew',
		});
	});

	it('reads a code below 100 as a google.rpc code (google.rpc.Status shape)', () => {
		expect(match({ code: 8, message: 'Resource has been exhausted.' })).toMatchObject({
			kind: 'status',
			status: 'RESOURCE_EXHAUSTED',
			via: 'grpc-code',
		});
	});

	it('does not guess from the code when the status is not in the catalog', () => {
		const result = match(body(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.'));
		expect(result).toMatchObject({ kind: 'no-match', reason: 'unknown-status', subject: 'INVALID_ARGUMENT' });
	});

	it('reports an unknown HTTP code with nothing else to go on', () => {
		expect(match({ error: { code: 404, message: 'Requested entity was not found.' } })).toMatchObject({
			kind: 'no-match',
			reason: 'unknown-code',
			subject: '404',
		});
	});
});

describe('matchError: disagreement inside a response', () => {
	it('returns the error but warns when the status disagrees', () => {
		const result = match(body(403, 'PERMISSION_DENIED', '@CourseNotModifiable The course is not modifiable.'));
		expect(result).toMatchObject({ kind: 'error', id: 'CourseNotModifiable', status: 'FAILED_PRECONDITION' });
		expect(result.kind === 'error' && result.warnings.map((w) => w.code)).toEqual(['status-mismatch', 'code-mismatch']);
		expect(result.kind === 'error' && result.warnings[0]).toMatchObject({
			responseStatus: 'PERMISSION_DENIED',
			expectedStatus: 'FAILED_PRECONDITION',
		});
		expect(result.kind === 'error' && result.warnings[1]).toMatchObject({
			responseCode: 403,
			codeKind: 'http',
			expectedCode: 400,
		});
	});

	it('warns when only the code disagrees with the status', () => {
		const result = match(body(500, 'RESOURCE_EXHAUSTED', 'Quota exceeded.'));
		expect(result).toMatchObject({ kind: 'status', status: 'RESOURCE_EXHAUSTED', via: 'status-name' });
		expect(result.kind === 'status' && result.warnings).toEqual([
			expect.objectContaining({ code: 'code-mismatch', responseCode: 500, expectedCode: 429, expectedStatus: 'RESOURCE_EXHAUSTED' }),
		]);
	});

	it('warns when a known @Id comes with a status the catalog lacks', () => {
		const result = match(body(400, 'INVALID_ARGUMENT', '@CourseNotModifiable The course is not modifiable.'));
		expect(result).toMatchObject({ kind: 'error', id: 'CourseNotModifiable' });
		expect(result.kind === 'error' && result.warnings).toEqual([
			expect.objectContaining({ code: 'status-mismatch', responseStatus: 'INVALID_ARGUMENT' }),
		]);
	});
});

describe('matchError: lone messages, ids, codes and names', () => {
	it('matches a message string on its own', () => {
		expect(match('@CourseNotModifiable The course is not modifiable.')).toEqual({
			kind: 'error',
			id: 'CourseNotModifiable',
			status: 'FAILED_PRECONDITION',
			via: 'message-prefix',
			source: 'value',
			warnings: [],
		});
	});

	it('matches a message copied with its JSON quotes', () => {
		expect(match('"@ClassroomDisabled The user is not permitted."')).toMatchObject({ kind: 'error', id: 'ClassroomDisabled' });
	});

	it('reports an unknown @Id in a lone message', () => {
		expect(match('@ClassroomApiDisabledFoo The user is not permitted.')).toMatchObject({
			kind: 'no-match',
			reason: 'unknown-id',
			subject: 'ClassroomApiDisabledFoo',
		});
	});

	// Changed with issue 8: words now give ranked candidates instead of "nothing matches".
	it('offers candidates by words for a message with no @Id', () => {
		const result = match('The course is not modifiable.');
		expect(result).toMatchObject({ kind: 'candidates', reason: 'words' });
		expect(result.kind === 'candidates' && result.candidates[0]?.id).toBe('CourseNotModifiable');
	});

	it.each([['CourseNotModifiable'], ['@CourseNotModifiable'], ['  CourseNotModifiable\n']])('matches the exact id %j', (input) => {
		expect(match(input)).toEqual({
			kind: 'error',
			id: 'CourseNotModifiable',
			status: 'FAILED_PRECONDITION',
			via: 'id',
			source: 'value',
			warnings: [],
		});
	});

	it.each([['course-not-modifiable'], ['coursenotmodifiable'], ['COURSE_NOT_MODIFIABLE'], ['@course-not-modifiable']])(
		'matches %j loosely, and says so',
		(input) => {
			expect(match(input)).toMatchObject({ kind: 'error', id: 'CourseNotModifiable', via: 'id-loose' });
		},
	);

	it('tells classroom-disabled and classroom-api-disabled apart loosely too', () => {
		expect(match('classroom-disabled')).toMatchObject({ id: 'ClassroomDisabled', via: 'id-loose' });
		expect(match('classroom-api-disabled')).toMatchObject({ id: 'ClassroomApiDisabled', via: 'id-loose' });
	});

	it('rejects an id with extra characters', () => {
		expect(match('ClassroomApiDisabledFoo')).toMatchObject({ kind: 'no-match', reason: 'unknown-id', subject: 'ClassroomApiDisabledFoo' });
	});

	it.each([
		['429', 'RESOURCE_EXHAUSTED'],
		[' 403 ', 'PERMISSION_DENIED'],
		['HTTP 500', 'INTERNAL'],
		[400, 'FAILED_PRECONDITION'],
	])('matches the HTTP code %j', (input, status) => {
		expect(match(input)).toEqual({ kind: 'status', status, via: 'http-code', source: 'value', warnings: [] });
	});

	it.each([['RESOURCE_EXHAUSTED'], ['resource_exhausted'], ['Resource_Exhausted'], ['resource-exhausted']])(
		'matches the status name %j',
		(input) => {
			expect(match(input)).toEqual({ kind: 'status', status: 'RESOURCE_EXHAUSTED', via: 'status-name', source: 'value', warnings: [] });
		},
	);

	it.each([['grpc:9'], ['rpc 9'], ['gRPC code 9'], ['google.rpc.Code 9']])('matches the rpc code written as %j', (input) => {
		expect(match(input)).toEqual({ kind: 'status', status: 'FAILED_PRECONDITION', via: 'grpc-code', source: 'value', warnings: [] });
	});

	it('reads a bare small number as HTTP, and hints at the rpc form', () => {
		const result = match('9');
		expect(result).toMatchObject({ kind: 'no-match', reason: 'unknown-code', subject: '9' });
		expect(result.kind === 'no-match' && result.detail).toContain('grpc:9');
	});

	it.each([['404'], [404], ['200']])('rejects %j, which is no catalog HTTP code', (input) => {
		expect(match(input)).toMatchObject({ kind: 'no-match', reason: 'unknown-code' });
	});
});

describe('matchError: input that is not an error response', () => {
	it.each([
		['', 'empty'],
		['   \n\t ', 'empty'],
		[undefined, 'empty'],
		['{not json}', 'malformed-json'],
		['[{"error": {"code": 400}}]', 'not-an-error-response'],
		[[{ error: { code: 400 } }], 'not-an-error-response'],
		['null', 'not-an-error-response'],
		[null, 'not-an-error-response'],
		['{"kind": "classroom#course", "id": "123"}', 'not-an-error-response'],
		['{"error": "invalid_grant", "error_description": "Bad Request"}', 'not-an-error-response'],
		['{"error": {}}', 'not-an-error-response'],
		[true, 'unknown-input'],
		[4.5, 'unknown-input'],
		['Something went wrong, please try again', 'unknown-input'],
	])('%j → %s', (input, reason) => {
		const result = match(input);
		expect(result).toMatchObject({ kind: 'no-match', reason });
		expect(result.kind === 'no-match' && result.detail).toMatch(/^[A-Z"].*\.$/);
	});

	it('never throws, even on a hostile object', () => {
		const hostile = new Proxy(
			{},
			{
				has: () => {
					throw new Error('boom');
				},
			},
		);
		expect(match(hostile)).toMatchObject({ kind: 'no-match', reason: 'unknown-input' });
	});
});

describe('describeMatch', () => {
	it('describes each kind of result on one line', () => {
		const lines = [
			describeMatch(match(body(400, 'FAILED_PRECONDITION', '@CourseNotModifiable The course is not modifiable.'))),
			describeMatch(match(body(403, 'PERMISSION_DENIED', '@ClassroomApiDisabledFoo Nope.'))),
			describeMatch(match(body(403, 'PERMISSION_DENIED', '@CourseNotModifiable The course is not modifiable.'))),
			describeMatch(match('course-not-modifiable')),
			describeMatch(match('429')),
			describeMatch(match('')),
		];
		expect(lines).toEqual([
			"Error CourseNotModifiable (status FAILED_PRECONDITION), matched by the @CourseNotModifiable prefix of the response's message.",
			"Status PERMISSION_DENIED, matched by the response's status name. @ClassroomApiDisabledFoo is not in the catalog yet, so this is the status's general entry.",
			"Error CourseNotModifiable (status FAILED_PRECONDITION), matched by the @CourseNotModifiable prefix of the response's message. Warning: The response's status PERMISSION_DENIED differs from FAILED_PRECONDITION, the status of CourseNotModifiable. Warning: The response's HTTP code 403 does not match FAILED_PRECONDITION, whose HTTP code is 400.",
			'Error CourseNotModifiable (status FAILED_PRECONDITION), matched loosely by its id (case or separators differ; check the spelling).',
			'Status RESOURCE_EXHAUSTED, matched by its HTTP code.',
			'No match: The input is empty.',
		]);
		for (const line of lines) expect(line).not.toMatch(/\n/);
	});
});

describe('matchError: what people paste (issue 8)', () => {
	/** The same catalog with titles and keywords, as `matcherView` gives them. */
	const titled: MatchableCatalog = {
		statuses: [
			{ id: 'FAILED_PRECONDITION', http: 400, grpcCode: 9, title: '사전 조건 실패' },
			{ id: 'PERMISSION_DENIED', http: 403, grpcCode: 7, title: '권한 거부' },
			{ id: 'RESOURCE_EXHAUSTED', http: 429, grpcCode: 8, title: '리소스 소진' },
			{ id: 'INTERNAL', http: 500, grpcCode: 13, title: '내부 오류' },
		],
		errors: [
			{ id: 'CourseNotModifiable', status: 'FAILED_PRECONDITION', title: '수업을 수정할 수 없음', keywords: ['보관된 수업'] },
			{ id: 'CourseMemberLimitReached', status: 'FAILED_PRECONDITION', title: '수업 구성원 한도 도달' },
			{ id: 'ClassroomDisabled', status: 'PERMISSION_DENIED', title: 'Classroom 사용 중지됨' },
		],
	};
	const inView = (input: unknown): MatchResult => matchError(input, titled);

	it('finds an @Id anywhere in a text, and says where it came from', () => {
		expect(match('2024-05-14T09:12:44Z ERROR sync: @CourseNotModifiable The course…')).toEqual({
			kind: 'error',
			id: 'CourseNotModifiable',
			status: 'FAILED_PRECONDITION',
			via: 'id-in-text',
			source: 'text',
			warnings: [],
		});
	});

	it('warns when the text names another status than the id has', () => {
		const result = match('HTTP/1.1 403 Forbidden\n\n{"error": {"message": "@CourseNotModifiable x", "status": "PERMISSION_DENIED"}}');
		expect(result).toMatchObject({ kind: 'error', id: 'CourseNotModifiable' });
		expect(result.kind === 'error' && result.warnings.map((w) => w.code)).toEqual(['status-mismatch', 'code-mismatch']);
	});

	it('falls back to the status or code a text names when its @Id is unknown', () => {
		expect(match('googleapi: Error 429: @BrandNewLimit Slow down., rateLimitExceeded')).toMatchObject({
			kind: 'status',
			status: 'RESOURCE_EXHAUSTED',
			via: 'reason',
			unknownId: 'BrandNewLimit',
		});
		expect(match('Google.GoogleApiException: The service classroom has thrown an exception. HttpStatusCode is InternalServerError. @BrandNewFault x')).toMatchObject({
			kind: 'status',
			status: 'INTERNAL',
			via: 'http-code',
			unknownId: 'BrandNewFault',
		});
	});

	it('reports a status the catalog lacks instead of guessing from the code', () => {
		expect(match('<HttpError 400 when requesting https://x returned "Invalid value". Details: "[{\'reason\': \'badRequest\'}]"> INVALID_ARGUMENT')).toMatchObject({
			kind: 'no-match',
			reason: 'unknown-status',
			subject: 'INVALID_ARGUMENT',
		});
	});

	it('lists the entries when a text names two different ids', () => {
		const result = match('@CourseNotModifiable x\n@ClassroomDisabled y\n@CourseNotModifiable z');
		expect(result).toMatchObject({ kind: 'candidates', reason: 'ambiguous' });
		expect(result.kind === 'candidates' && result.candidates.map((c) => c.id)).toEqual(['CourseNotModifiable', 'ClassroomDisabled']);
	});

	it('reads JSON followed by more log, and a body cut short for its code, status and message (issue 18)', () => {
		expect(match('{"error": {"code": 403, "message": "@ClassroomDisabled x"}} and then the log goes on')).toMatchObject({ kind: 'error', id: 'ClassroomDisabled' });
		expect(match('{"error": {"code": 403,')).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', via: 'http-code', source: 'response' });
		expect(match('{"error": {"code": 403, "message": "@ClassroomDisabled The user')).toMatchObject({ kind: 'error', id: 'ClassroomDisabled' });
		// An id that runs into the cut may have been cut itself: only the status counts.
		expect(match('{"error": {"code": 403, "message": "@ClassroomDisabled')).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED' });
		expect(match("{'error': {'code': 429, 'message': 'Resource has been exhausted (e.g. check quota).', 'status': 'RESOURCE_EXHAUSTED'}}")).toMatchObject({
			kind: 'status',
			status: 'RESOURCE_EXHAUSTED',
			via: 'status-name',
		});
		expect(match('{"error": {')).toMatchObject({ kind: 'no-match', reason: 'malformed-json' });
	});

	it('reads a structured log entry that carries the error in a string', () => {
		expect(match('{"severity": "ERROR", "textPayload": "googleapi: Error 403: @ClassroomDisabled x, forbidden"}')).toMatchObject({
			kind: 'error',
			id: 'ClassroomDisabled',
		});
	});

	it('finds titles and status titles in the view\'s language, however spaced', () => {
		expect(inView('권한 거부')).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', via: 'title' });
		expect(inView('권한거부')).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', via: 'title' });
		expect(inView(' 수업을 수정할 수  없음 ')).toMatchObject({ kind: 'error', id: 'CourseNotModifiable', via: 'title' });
	});

	it('ranks candidates by words, particles and endings notwithstanding', () => {
		const result = inView('보관된 수업을 수정할 수가 없어요');
		expect(result).toMatchObject({ kind: 'candidates', reason: 'words' });
		expect(result.kind === 'candidates' && result.candidates[0]?.id).toBe('CourseNotModifiable');
	});

	it('offers the nearest entries by words for "did you mean" lists', () => {
		expect(nearestEntries('classroom disabled', titled).map((c) => c.id)[0]).toBe('ClassroomDisabled');
		expect(nearestEntries('zzz qqq', titled)).toEqual([]);
	});

	it('reads at most the first 64 KB of a paste', () => {
		const far = `${' '.repeat(MAX_INPUT_CHARS)} @CourseNotModifiable x`;
		expect(match(far)).toMatchObject({ kind: 'no-match', reason: 'empty' });
		const near = `@CourseNotModifiable x ${'y '.repeat(MAX_INPUT_CHARS)}`;
		expect(match(near)).toMatchObject({ kind: 'error', id: 'CourseNotModifiable' });
	});
});

describe('matchError: honest answers (issue 18)', () => {
	const shared: MatchableCatalog = {
		statuses: [
			{ id: 'INVALID_ARGUMENT', http: 400, grpcCode: 3, title: 'Invalid argument' },
			{ id: 'FAILED_PRECONDITION', http: 400, grpcCode: 9, title: 'Failed precondition' },
			{ id: 'PERMISSION_DENIED', http: 403, grpcCode: 7, title: 'Permission denied', otherTitles: ['권한 거부'] },
			{ id: 'INTERNAL', http: 500, grpcCode: 13, title: 'Internal error' },
			{ id: 'UNKNOWN', http: 500, grpcCode: 2, title: 'Unknown error' },
		],
		errors: [
			{ id: 'CourseNotModifiable', status: 'FAILED_PRECONDITION', title: 'Course cannot be changed', keywords: ['archived course'], otherTitles: ['수업을 수정할 수 없음'] },
			{ id: 'ClassroomDisabled', status: 'PERMISSION_DENIED', title: 'Classroom is turned off', keywords: ['archived'] },
		],
	};
	const inShared = (input: unknown): MatchResult => matchError(input, shared);

	it("reads Google's generic messages as their status, and lets one settle a code several statuses share", () => {
		expect(inShared('Remove Failed: The caller does not have permission')).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', via: 'message' });
		expect(inShared('ERROR: 500: Internal error encountered. - 500')).toMatchObject({ kind: 'status', status: 'INTERNAL', via: 'message' });
		expect(inShared('{"error": {"code": 500, "message": "Internal error encountered."}}')).toMatchObject({ kind: 'status', status: 'INTERNAL', via: 'message' });
		// A message that contradicts the text's code does not count.
		expect(inShared('HttpError 403 when requesting x returned "Internal error encountered."')).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', via: 'http-code' });
	});

	it('narrows a shared code by the words of the message, within the statuses the code names only', () => {
		expect(inShared('<HttpError 400 when requesting https://x returned "archived course">')).toMatchObject({
			kind: 'candidates',
			reason: 'words',
			candidates: [{ id: 'CourseNotModifiable' }],
		});
		// Without words that fit, the statuses the code names.
		expect(inShared('<HttpError 400 when requesting https://x returned "zzz">')).toMatchObject({ kind: 'candidates', reason: 'ambiguous' });
	});

	it('offers candidates only when they have more than half of the words', () => {
		expect(inShared('archived course')).toMatchObject({ kind: 'candidates', candidates: [{ id: 'CourseNotModifiable' }] });
		expect(inShared('my archived homework from the spring term vanished')).toMatchObject({ kind: 'no-match', reason: 'unknown-input' });
	});

	it('finds a title in the other language', () => {
		expect(inShared('수업을 수정할 수 없음')).toMatchObject({ kind: 'error', id: 'CourseNotModifiable', via: 'title' });
		expect(inShared('권한거부')).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', via: 'title' });
	});

	it('names a Google status the catalog lacks instead of guessing from its code', () => {
		const result = inShared('googleapi: Error 404: Requested entity was not found., notFound');
		expect(result).toMatchObject({ kind: 'no-match', reason: 'unknown-status', subject: 'NOT_FOUND' });
		expect(describeMatch(result)).toContain('NOT_FOUND is a Google status this catalog does not document yet');
	});
});
