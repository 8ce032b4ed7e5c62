/**
 * The msw handlers with msw itself (a devDependency of the project, an
 * optional peer of the package): a request to the Classroom API gets the
 * fixture's body and status, and explain reads it back to the error.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../src/index.ts';
import { errorBody, googleErrorDetails, problemDocument } from '../src/fixtures.ts';
import { classroomError, classroomErrorsFor, errorIdsReturnedBy } from '../src/msw.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('msw handlers', () => {
	it('answer a Classroom API call with the error body and HTTP status the API sends', async () => {
		server.use(classroomError('CourseNotModifiable', { method: 'patch', path: 'v1/courses/:courseId' }));
		const response = await fetch('https://classroom.googleapis.com/v1/courses/123?updateMask=name', { method: 'PATCH', body: '{}' });
		expect(response.status).toBe(400);
		const body = (await response.json()) as unknown;
		expect(body).toEqual(errorBody('CourseNotModifiable'));
		expect(explain(body)).toMatchObject({ kind: 'error', id: 'CourseNotModifiable' });
	});

	it('answer only the path and verb they are given, and once when asked', async () => {
		server.use(
			classroomError('CourseMemberLimitReached', { method: 'post', path: 'v1/courses/:courseId/students', once: true }),
			http.all('https://classroom.googleapis.com/*', () => HttpResponse.json({}, { status: 200 })),
		);
		const students = 'https://classroom.googleapis.com/v1/courses/1/students';
		expect((await fetch(students, { method: 'GET' })).status).toBe(200);
		expect((await fetch(students, { method: 'POST', body: '{}' })).status).toBe(400);
		expect((await fetch(students, { method: 'POST', body: '{}' })).status).toBe(200);
	});

	it('give one handler per error a method returns, from the catalog', () => {
		const ids = errorIdsReturnedBy('courses.students.create');
		expect(ids.length).toBeGreaterThan(0);
		expect(Object.keys(classroomErrorsFor('courses.students.create'))).toEqual(ids);
	});
});

describe('examples for services that wrap Classroom errors', () => {
	it('an RFC 9457 problem document pointing at the short link', () => {
		expect(problemDocument('CourseNotModifiable', { instance: '/v1/sync/42' })).toEqual({
			type: 'https://classroom-errors.example.org/e/CourseNotModifiable/',
			title: 'Course not modifiable',
			status: 400,
			detail: errorBody('CourseNotModifiable').error.message,
			classroomErrorId: 'CourseNotModifiable',
			classroomStatus: 'FAILED_PRECONDITION',
			instance: '/v1/sync/42',
		});
	});

	it("Google's ErrorInfo and Help details (AIP-193), with a reason in UPPER_SNAKE_CASE of at most 63 characters", () => {
		const body = googleErrorDetails('CannotRemoveCourseOwnerTransferIncomplete', { domain: 'sync.example.edu' });
		const [info, help] = body.error.details;
		expect(info.reason).toMatch(/^[A-Z][A-Z0-9_]+[A-Z0-9]$/);
		expect(info.reason.length).toBeLessThanOrEqual(63);
		expect(info).toMatchObject({ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', domain: 'sync.example.edu', metadata: { classroomErrorId: 'CannotRemoveCourseOwnerTransferIncomplete' } });
		expect(help.links[0]?.url).toBe('https://classroom-errors.example.org/e/CannotRemoveCourseOwnerTransferIncomplete/');
		// The wrapped body still reads as the Classroom error.
		expect(explain(body)).toMatchObject({ kind: 'error', id: 'CannotRemoveCourseOwnerTransferIncomplete' });
	});
});
