import { describe, expect, it } from 'vitest';
import { findIds, scanSignals } from './scan.ts';

const ids = (text: string, truncated = false) => findIds(text, { truncated }).map((f) => f.id);

describe('findIds', () => {
	it.each([
		['@CourseNotModifiable The course…', ['CourseNotModifiable']],
		['returned "@CourseNotModifiable". Details', ['CourseNotModifiable']],
		["'message': '@ClassroomDisabled x'", ['ClassroomDisabled']],
		['Message[@ClassroomDisabled x] Reason[forbidden]', ['ClassroomDisabled']],
		['failedPrecondition: @CannotRemoveCourseOwner x', ['CannotRemoveCourseOwner']],
		['\\u0040CourseNotModifiable escaped', ['CourseNotModifiable']],
		['@CourseNotModifiable\n@CourseNotModifiable again', ['CourseNotModifiable']],
		['@A @B', ['A', 'B']],
	])('finds the ids in %j', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it('never reads a shorter id out of a longer one', () => {
		expect(ids('@CannotRemoveCourseOwnerTransferIncomplete x')).toEqual(['CannotRemoveCourseOwnerTransferIncomplete']);
		expect(ids('@CannotRemoveCourseOwner-x @CannotRemoveCourseOwner_x')).toEqual(['CannotRemoveCourseOwner_x']);
	});

	it.each([['teacher@school.example'], ['see x.@Foo'], ['@gmail.com'], ['a@CourseNotModifiable']])('finds no id in %j', (text) => {
		expect(ids(text)).toEqual([]);
	});

	it('ignores an id that runs into the end of a text that was cut off', () => {
		expect(ids('{"message": "@CourseNotModifiable', true)).toEqual([]);
		expect(ids('{"message": "@CourseNotModifiable', false)).toEqual(['CourseNotModifiable']);
		expect(ids('{"message": "@CourseNotModifiable x', true)).toEqual(['CourseNotModifiable']);
	});
});

describe('scanSignals', () => {
	it.each([
		['<HttpError 429 when requesting https://x returned "y">', [429]],
		['googleapi: Error 403: x, forbidden', [403]],
		['googleapi: got HTTP response code 500 with body: x', [500]],
		['HTTP/1.1 400 Bad Request\nContent-Type: application/json', [400]],
		['HTTP/2 403', [403]],
		['GoogleJsonResponseException: 429 Too Many Requests', [429]],
		['Request failed with status code 500', [500]],
		['HttpStatusCode is TooManyRequests.', [429]],
		['Google::Apis::RateLimitError', [429]],
	])('reads the HTTP code of %j', (text, codes) => {
		expect(scanSignals(text).strongCodes).toEqual(codes);
	});

	it('does not read numbers in a log line as HTTP codes', () => {
		const s = scanSignals('2024-05-14T09:12:44.412Z ERROR course 612345678901 user 403 took 500 ms (attempt 429)');
		expect(s.strongCodes).toEqual([]);
		expect(s.weakCodes).toEqual([]);
	});

	it('reads code and status pairs as weak codes', () => {
		expect(scanSignals(`{ "code" : 400 } status: 403 'statusCode': 429`).weakCodes).toEqual([400, 403, 429]);
		expect(scanSignals('errorCode: 400').weakCodes).toEqual([]);
	});

	it('reads canonical status names in upper case only, and leaves out log levels', () => {
		expect(scanSignals('ERROR WARN status PERMISSION_DENIED then INVALID_ARGUMENT').statusNames).toEqual(['PERMISSION_DENIED', 'INVALID_ARGUMENT']);
		expect(scanSignals('an internal error, permission denied').statusNames).toEqual([]);
	});

	it('maps legacy reasons to statuses where the client prints a reason', () => {
		expect(scanSignals('googleapi: Error 400: x, failedPrecondition').reasonStatuses).toEqual(['FAILED_PRECONDITION']);
		expect(scanSignals("'reason': 'forbidden'").reasonStatuses).toEqual(['PERMISSION_DENIED']);
		expect(scanSignals('Reason[rateLimitExceeded]').reasonStatuses).toEqual(['RESOURCE_EXHAUSTED']);
		expect(scanSignals('forbidden: @SomethingNew x').reasonStatuses).toEqual(['PERMISSION_DENIED']);
		expect(scanSignals('googleapi: Error 500: x, backendError').reasonStatuses).toEqual(['INTERNAL']);
		// One-word reasons are English words too: not read outside a reason's place.
		expect(scanSignals('Add-on token invalid, access forbidden').reasonStatuses).toEqual([]);
	});
});
