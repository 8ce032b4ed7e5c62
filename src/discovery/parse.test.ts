import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiscovery, readErrorList, readStatusItem } from './parse.ts';

const PINNED = new URL('../../content/upstream/classroom.v1.discovery.json', import.meta.url);

describe('reading one status bullet', () => {
	it('keeps the condition and drops the closing period', () => {
		expect(readStatusItem(' if no course exists with the requested ID.')).toEqual({ condition: 'if no course exists with the requested ID', errorIds: [] });
	});

	it('reads "for access errors" as a condition of its own', () => {
		expect(readStatusItem(' for access errors. ')).toEqual({ condition: 'for access errors', errorIds: [] });
	});

	it('reads the request errors listed after a colon, as bare words or in backticks', () => {
		expect(readStatusItem(' for the following request errors: * CourseMemberLimitReached * CourseNotModifiable * UserGroupsMembershipLimitReached')).toEqual({
			condition: 'for the following request errors',
			errorIds: ['CourseMemberLimitReached', 'CourseNotModifiable', 'UserGroupsMembershipLimitReached'],
		});
		expect(readStatusItem(' if the request is malformed and for the following request error: * `RubricCriteriaInvalidFormat`')).toEqual({
			condition: 'if the request is malformed and for the following request error',
			errorIds: ['RubricCriteriaInvalidFormat'],
		});
	});

	it('keeps a condition and its request errors together', () => {
		expect(readStatusItem(" if the course owner's account is disabled or for the following request errors: * UserCannotOwnCourse * UserGroupsMembershipLimitReached")).toEqual({
			condition: "if the course owner's account is disabled or for the following request errors",
			errorIds: ['UserCannotOwnCourse', 'UserGroupsMembershipLimitReached'],
		});
	});

	it('reads clauses written as sub-bullets into the condition', () => {
		const item = readStatusItem(": * if the requested user's account is disabled. * if the user already has this role. * for the following request errors: * IneligibleOwner");
		expect(item).toEqual({ condition: "if the requested user's account is disabled. if the user already has this role. for the following request errors", errorIds: ['IneligibleOwner'] });
	});

	it('lets an asterisk that is not a bullet stand in a condition', () => {
		expect(readStatusItem(' if the request is malformed or if more than 20 * materials are provided.')).toEqual({ condition: 'if the request is malformed or if more than 20 * materials are provided', errorIds: [] });
	});

	it('refuses a bullet it cannot place, instead of skipping it', () => {
		expect(readStatusItem(' for the following request errors: * CourseNotModifiable * Some other sentence.')).toEqual({ problem: expect.stringContaining('neither an error id nor a clause') });
		expect(readStatusItem(' for the following request errors: * CourseNotModifiable * and then a clause')).toEqual({ problem: expect.stringContaining('a clause follows the list') });
		expect(readStatusItem(' ')).toEqual({ problem: 'a status bullet has no condition' });
	});
});

describe('reading a description', () => {
	it('reads every status after the announcement, in order', () => {
		const list = readErrorList(
			'Deletes a course. This method returns the following error codes: * `PERMISSION_DENIED` if the requesting user is not permitted to delete the requested course or for access errors. * `NOT_FOUND` if no course exists with the requested ID.',
		);
		expect(list).toEqual({
			statuses: [
				{ status: 'PERMISSION_DENIED', condition: 'if the requesting user is not permitted to delete the requested course or for access errors', errorIds: [] },
				{ status: 'NOT_FOUND', condition: 'if no course exists with the requested ID', errorIds: [] },
			],
		});
	});

	it('reads a list that comes without the announcement', () => {
		const list = readErrorList('Returns a student submission. * `PERMISSION_DENIED` for access errors. * `INVALID_ARGUMENT` if the request is malformed.');
		expect(list).toEqual({ statuses: [expect.objectContaining({ status: 'PERMISSION_DENIED' }), expect.objectContaining({ status: 'INVALID_ARGUMENT' })] });
	});

	it('gives no status for a description without a list', () => {
		expect(readErrorList('Deletes a `Registration`, causing Classroom to stop sending notifications.')).toEqual({ statuses: [] });
	});

	it('refuses text between the announcement and the first status', () => {
		expect(readErrorList('This method returns the following error codes: something new * `NOT_FOUND` if it is gone.')).toEqual({ problem: expect.stringContaining('something new') });
	});

	it('names the status whose bullet cannot be read', () => {
		expect(readErrorList('This method returns the following error codes: * `FAILED_PRECONDITION` for the following request errors: * Not an id.')).toEqual({ problem: expect.stringMatching(/^FAILED_PRECONDITION: /) });
	});
});

describe('the pinned discovery document', () => {
	const doc = readDiscovery(JSON.parse(readFileSync(PINNED, 'utf8')));

	it('reads with nothing left unread', () => {
		expect(doc.problems).toEqual([]);
		expect(doc.api).toBe('classroom:v1');
		expect(doc.revision).toMatch(/^\d{8}$/);
	});

	it('holds every method of every resource, nested ones included, sorted by id', () => {
		expect(doc.methods.length).toBe(97);
		const ids = doc.methods.map((m) => m.id);
		expect(ids).toEqual([...ids].sort());
		expect(ids).toContain('courses.courseWork.studentSubmissions.turnIn');
		expect(ids).toContain('userProfiles.guardianInvitations.patch');
	});

	it('gives courses.students.create its verb, path, scopes, statuses and request errors', () => {
		const method = doc.methods.find((m) => m.id === 'courses.students.create');
		expect(method).toMatchObject({ httpMethod: 'POST', path: 'v1/courses/{courseId}/students' });
		expect(method?.scopes).toContain('https://www.googleapis.com/auth/classroom.rosters');
		expect(method?.statuses.map((s) => s.status)).toEqual(['PERMISSION_DENIED', 'NOT_FOUND', 'FAILED_PRECONDITION', 'ALREADY_EXISTS']);
		expect(method?.statuses[2]?.errorIds).toEqual(['CourseMemberLimitReached', 'CourseNotModifiable', 'UserGroupsMembershipLimitReached', 'InactiveCourseOwner']);
	});
});

describe('a document that is not a discovery document', () => {
	it('is a problem, not a throw', () => {
		expect(readDiscovery([]).problems).toEqual([{ method: '', message: 'The document is not a JSON object.' }]);
		expect(readDiscovery({ id: 'x:v1', name: 'x', revision: 'soon', resources: {} }).problems.map((p) => p.message)).toEqual([expect.stringContaining('"soon"')]);
	});

	it('names a method it cannot read', () => {
		const doc = readDiscovery({ id: 'classroom:v1', name: 'classroom', revision: '20240626', resources: { courses: { methods: { get: { id: 'classroom.courses.get', description: 'Gets.' } } } } });
		expect(doc.problems).toEqual([{ method: 'courses.get', message: expect.stringContaining('no httpMethod') }]);
	});
});
