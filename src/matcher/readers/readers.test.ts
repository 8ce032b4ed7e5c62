/**
 * Each reader on texts of its own form, most of them as posted publicly (the
 * sources are in ../corpus/real-cases.ts); the dispatcher's merging is tested
 * in ../scan.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { appsScript } from './apps-script.ts';
import { readCanonicalMessages } from './canonical-message.ts';
import { dotnet } from './dotnet.ts';
import { gam } from './gam.ts';
import { go } from './go.ts';
import { httpDump } from './http-dump.ts';
import { java } from './java.ts';
import { readJsonBody, salvageErrorFields } from './json-body.ts';
import { readLogLine } from './log-line.ts';
import { node } from './node.ts';
import { python } from './python.ts';
import type { Reader } from './reading.ts';
import { reportTitle } from './report-title.ts';
import { ruby } from './ruby.ts';

const values = <T>(hits: readonly { value: T }[] | undefined): T[] => (hits ?? []).map((h) => h.value);
const codes = (reader: Reader, text: string) => values(reader.read(text).codes);
const reasons = (reader: Reader, text: string) => values(reader.read(text).reasons);
const messages = (reader: Reader, text: string) => values(reader.read(text).messages);

describe('python', () => {
	const text = '<HttpError 403 when requesting https://classroom.googleapis.com/v1/courses?pageSize=10&alt=json returned "Request had insufficient authentication scopes.". Details: "Request had insufficient authen';
	it('reads the code and the message of an HttpError', () => {
		expect(codes(python, text)).toEqual([403]);
		expect(messages(python, text)).toEqual(['Request had insufficient authentication scopes.']);
	});
});

describe('go', () => {
	it('reads the code, the message and the reason after the last comma', () => {
		const text = 'googleapi: Error 400: @CourseNotModifiable The course is archived., failedPrecondition';
		expect(codes(go, text)).toEqual([400]);
		expect(reasons(go, text)).toEqual(['FAILED_PRECONDITION']);
		expect(messages(go, text)[0]).toContain('@CourseNotModifiable');
	});
});

describe('node', () => {
	it("reads gaxios's status code", () => expect(codes(node, 'GaxiosError: Request failed with status code 429')).toEqual([429]));
});

describe('java', () => {
	it('reads the status line of an HttpResponseException', () => expect(codes(java, 'com.google.api.client.googleapis.json.GoogleJsonResponseException: 403 Forbidden\nPOST https://classroom.googleapis.com/v1/courses')).toEqual([403]));
	it("reads Python requests' HTTPError phrase", () => expect(codes(java, 'HTTPError 404 Client Error: Not Found for url: https://x')).toEqual([404]));
});

describe('dotnet', () => {
	it('reads HttpStatusCode, the [code] of a RequestError and its reason', () => {
		const text = 'Google.Apis.Requests.RequestError\nThe caller does not have permission [403]\nErrors [\n\tMessage[The caller does not have permission] Location[ - ] Reason[forbidden] Domain[global]\n]';
		expect(codes(dotnet, text)).toEqual([403]);
		expect(reasons(dotnet, text)).toEqual(['PERMISSION_DENIED']);
		expect(codes(dotnet, 'The service classroom has thrown an exception. HttpStatusCode is Forbidden.')).toEqual([403]);
	});
});

describe('ruby', () => {
	it('reads the reason before an @Id and a RateLimitError as 429', () => {
		expect(reasons(ruby, 'Google::Apis::ClientError: failedPrecondition: @CourseNotModifiable x')).toEqual(['FAILED_PRECONDITION']);
		expect(codes(ruby, 'Google::Apis::RateLimitError: rateLimitExceeded')).toEqual([429]);
		expect(messages(ruby, 'Error - #<Google::Apis::ClientError: Invalid request>')).toEqual(['Invalid request']);
	});
});

describe('apps script', () => {
	it('reads the message after "failed with error:"', () => {
		expect(messages(appsScript, 'GoogleJsonResponseException: API call to classroom.courses.students.create failed with error: @CourseMemberLimitReached x')).toEqual([
			'@CourseMemberLimitReached x',
		]);
	});
});

describe('gam', () => {
	it('reads the code, the reason on either side of the message, and the message', () => {
		expect(codes(gam, 'ERROR: 404: Requested entity was not found. - notFound')).toEqual([404]);
		expect(reasons(gam, 'ERROR: 404: Requested entity was not found. - notFound')).toEqual(['NOT_FOUND']);
		expect(messages(gam, 'ERROR: 404: Requested entity was not found. - notFound')).toEqual(['Requested entity was not found.']);
		const add = "Course: 1, Teacher:t@example.org Add Failed: 403: permissionDenied - @CannotDirectAddUser Unable to directly add the user to the course.";
		expect(codes(gam, add)).toEqual([403]);
		expect(reasons(gam, add)).toEqual(['PERMISSION_DENIED']);
	});
});

describe('http dump', () => {
	it('reads status lines and "HTTP 429"', () => {
		expect(codes(httpDump, 'HTTP/1.1 403 Forbidden\nContent-Type: application/json')).toEqual([403]);
		expect(codes(httpDump, '< HTTP/2 429')).toEqual([429]);
	});
});

describe('report title', () => {
	it('reads a code that opens a one-line report, and nothing else', () => {
		expect(codes(reportTitle, '403 Authentication Error')).toEqual([403]);
		expect(codes(reportTitle, '2024-01-01 403 Something')).toEqual([]);
		expect(codes(reportTitle, '403 x\nmore lines')).toEqual([]);
		expect(codes(reportTitle, '200 OK')).toEqual([]);
	});
});

describe('log line', () => {
	it('reads code pairs as weak codes and keyed or camel-case reasons', () => {
		const read = readLogLine('level=error code=429 "reason": "rateLimitExceeded" reason: forbidden');
		expect(values(read.weakCodes)).toEqual([429]);
		expect(new Set(values(read.reasons))).toEqual(new Set(['RESOURCE_EXHAUSTED', 'PERMISSION_DENIED']));
	});
});

describe("Google's generic messages", () => {
	it.each([
		['Remove Failed: The caller does not have permission', 'PERMISSION_DENIED'],
		['Request had insufficient authentication scopes.', 'PERMISSION_DENIED'],
		['ERROR: 404: Requested entity was not found. - notFound', 'NOT_FOUND'],
		['Requested entity already exists', 'ALREADY_EXISTS'],
		['Message: Request contains an invalid argument.', 'INVALID_ARGUMENT'],
		['ERROR: 500: Internal error encountered. - 500', 'INTERNAL'],
		['The service is currently unavailable.', 'UNAVAILABLE'],
	])('%j names %s', (text, status) => expect(values(readCanonicalMessages(text))).toEqual([status]));

	it('needs the whole phrase', () => {
		expect(readCanonicalMessages('Cannot create class - Missing or insufficient permissions.')).toEqual([]);
		expect(readCanonicalMessages('The caller dies not have permission')).toEqual([]);
	});
});

describe('json body', () => {
	it('parses a whole body', () => {
		expect(readJsonBody('{"error": {"code": 403}}')).toEqual({ kind: 'parsed', value: { error: { code: 403 } } });
	});

	it('reads a body cut short for its code and message, and says the message may be cut', () => {
		const cut = '{\n   "error":{\n      "code":403,\n      "message":"The caller does not have permission",\n      "errors":[\n';
		expect(readJsonBody(cut)).toMatchObject({ kind: 'broken', fields: { code: 403, message: 'The caller does not have permission' } });
		expect(salvageErrorFields('{"error": {"code": 403, "message": "@ClassroomDisabled The')).toEqual({ code: 403, message: '@ClassroomDisabled The', messageCut: true });
	});

	it("reads a Python dict's single quotes and a JSON escape", () => {
		expect(salvageErrorFields("{'error': {'code': 429, 'message': 'Quota', 'status': 'RESOURCE_EXHAUSTED'}}")).toEqual({ code: 429, message: 'Quota', status: 'RESOURCE_EXHAUSTED' });
		expect(salvageErrorFields('{"message": "a \\"b\\" c", "code": 400')).toEqual({ code: 400, message: 'a "b" c' });
	});

	it('reports a broken body that carries nothing', () => {
		expect(readJsonBody('{"error": {')).toMatchObject({ kind: 'broken' });
		expect(readJsonBody('{"error": {')).not.toHaveProperty('fields');
	});
});
