import { describe, expect, it } from 'vitest';
import { callMatchOf, methodIndexOf, methodsAtPath, methodsNamed, resolveCall } from './calls.ts';
import { mentionsScopeProblem, readCalls } from './readers/calls.ts';
import type { MatchableCatalog, MatchableMethod } from './types.ts';

const method = (id: string, httpMethod: string, path: string, returns: MatchableMethod['returns'] = []): MatchableMethod => ({ id, httpMethod, path, scopes: [`https://www.googleapis.com/auth/${id}`], returns });

const METHODS: readonly MatchableMethod[] = [
	method('courses.get', 'GET', 'v1/courses/{id}', [{ status: 'NOT_FOUND', condition: 'course-not-found' }]),
	method('courses.patch', 'PATCH', 'v1/courses/{id}', [
		{ status: 'NOT_FOUND', condition: 'course-not-found' },
		{ status: 'FAILED_PRECONDITION', condition: 'request-errors', errors: ['CourseNotModifiable'] },
	]),
	method('courses.list', 'GET', 'v1/courses'),
	method('courses.students.create', 'POST', 'v1/courses/{courseId}/students', [{ status: 'NOT_FOUND', condition: 'course-not-found' }]),
	method('courses.courseWork.get', 'GET', 'v1/courses/{courseId}/courseWork/{id}'),
	method('courses.courseWork.modifyAssignees', 'POST', 'v1/courses/{courseId}/courseWork/{id}:modifyAssignees'),
	method('courses.courseWork.addOnAttachments.get', 'GET', 'v1/courses/{courseId}/courseWork/{itemId}/addOnAttachments/{attachmentId}'),
	method('courses.posts.addOnAttachments.get', 'GET', 'v1/courses/{courseId}/posts/{postId}/addOnAttachments/{attachmentId}'),
	method('invitations.accept', 'POST', 'v1/invitations/{id}:accept'),
];
const index = methodIndexOf(METHODS);
const ids = (methods: readonly MatchableMethod[]) => methods.map((m) => m.id);

describe('readCalls', () => {
	it('reads every form a client library prints', () => {
		expect(readCalls('GoogleJsonResponseException: API call to classroom.courses.students.create failed with error: @X')[0]).toEqual({ via: 'apps-script', index: 29, methodId: 'courses.students.create' });
		expect(readCalls('PATCH https://classroom.googleapis.com/v1/courses/42?updateMask=name')).toEqual([{ via: 'url', index: 0, httpMethod: 'PATCH', path: 'v1/courses/42' }]);
		expect(readCalls('Sending HTTP get https://classroom.googleapis.com/v1/courses?pageSize=0')[0]).toMatchObject({ via: 'url', httpMethod: 'GET', path: 'v1/courses' });
		expect(readCalls("config: {\n    url: 'https://classroom.googleapis.com/v1/courses/1/students',\n    method: 'POST',")[0]).toMatchObject({ via: 'url', httpMethod: 'POST', path: 'v1/courses/1/students' });
		expect(readCalls('> POST /v1/invitations/abc%3Aaccept HTTP/1.1\n> Host: classroom.googleapis.com')[0]).toMatchObject({ via: 'url', httpMethod: 'POST', path: 'v1/invitations/abc:accept' });
		expect(readCalls('    service.courses().students().create(courseId=c, body=b).execute()')).toContainEqual(expect.objectContaining({ via: 'python-call', methodId: 'courses.students.create' }));
		expect(readCalls('<HttpError 403 when requesting https://classroom.googleapis.com/v1/courses/<course id>/courseWork?alt=json returned')[0]).toMatchObject({ path: 'v1/courses/<course id>/courseWork' });
	});

	it('reads no call from dotted names that are not methods, addresses or other hosts', () => {
		const readings = readCalls('googleapiclient.errors.HttpError from teacher@school.example at https://www.googleapis.com/v1/courses and classroom.googleapis.com');
		expect(readings.filter((r) => r.via === 'url')).toEqual([]);
		expect(readings.map((r) => r.methodId)).not.toContain('errors.HttpError');
		expect(readCalls('lowercase get https://classroom.googleapis.com/v1/courses')[0]).not.toHaveProperty('httpMethod');
	});

	it('stays linear on a long text of dotted words and addresses', () => {
		const text = 'a.b.c '.repeat(20_000) + 'https://classroom.googleapis.com/v1/' + 'x/'.repeat(10_000);
		expect(readCalls(text).length).toBeGreaterThan(20_000);
	});

	it('knows the scope messages', () => {
		expect(mentionsScopeProblem('Request had insufficient authentication scopes.')).toBe(true);
		expect(mentionsScopeProblem('"reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT"')).toBe(true);
		expect(mentionsScopeProblem('The caller does not have permission')).toBe(false);
	});
});

describe('resolving a call against the methods', () => {
	it('matches paths against templates, custom verbs and ids with colons included', () => {
		expect(ids(methodsAtPath(index, 'v1/courses/42'))).toEqual(['courses.get', 'courses.patch']);
		expect(ids(methodsAtPath(index, 'v1/courses/d:math-101'))).toEqual(['courses.get', 'courses.patch']);
		expect(ids(methodsAtPath(index, 'v1/courses/1/courseWork/2:modifyAssignees'))).toEqual(['courses.courseWork.modifyAssignees']);
		expect(ids(methodsAtPath(index, 'v1/courses/1/courseWork/2'))).toEqual(['courses.courseWork.get']);
		expect(ids(methodsAtPath(index, 'v1/invitations/abc:accept'))).toEqual(['invitations.accept']);
		expect(methodsAtPath(index, 'v1beta1/courses')).toEqual([]);
		expect(methodsAtPath(index, 'v1/courses/1/unknown')).toEqual([]);
	});

	it('names a method by its id, or by a tail only one method has', () => {
		expect(ids(methodsNamed(index, 'courses.students.create'))).toEqual(['courses.students.create']);
		expect(ids(methodsNamed(index, 'students.create'))).toEqual(['courses.students.create']);
		expect(methodsNamed(index, 'addOnAttachments.get')).toEqual([]);
		expect(ids(methodsNamed(index, 'addOnAttachments.get', { allowShared: true }))).toEqual(['courses.courseWork.addOnAttachments.get', 'courses.posts.addOnAttachments.get']);
	});

	it('settles the method by the verb, or by a method id elsewhere in the text, and keeps every fit otherwise', () => {
		expect(ids(resolveCall('GET https://classroom.googleapis.com/v1/courses/42', index)?.methods ?? [])).toEqual(['courses.get']);
		expect(ids(resolveCall('requesting https://classroom.googleapis.com/v1/courses/42?alt=json', index)?.methods ?? [])).toEqual(['courses.get', 'courses.patch']);
		expect(ids(resolveCall('service.courses().patch(id=1)\nrequesting https://classroom.googleapis.com/v1/courses/42?alt=json', index)?.methods ?? [])).toEqual(['courses.patch']);
		expect(resolveCall('nothing here', index)).toBeUndefined();
	});

	it('puts the methods documented to return the @Id, then the status, first', () => {
		const catalog: MatchableCatalog = { statuses: [], errors: [], methods: METHODS };
		const text = 'requesting https://classroom.googleapis.com/v1/courses/42 returned "@CourseNotModifiable"';
		const call = callMatchOf(text, catalog, 'FAILED_PRECONDITION', 'CourseNotModifiable');
		expect(call?.methods.map((m) => [m.method, m.conditions, m.statusDocumented, m.idDocumented])).toEqual([
			['courses.patch', ['request-errors'], true, true],
			['courses.get', [], false, false],
		]);
		expect(callMatchOf(text, { statuses: [], errors: [] }, 'NOT_FOUND', undefined)).toBeUndefined();
	});

	it('indexes 10,000 methods in one pass and finds one by its path (a trie, not a scan)', () => {
		const many = Array.from({ length: 10_000 }, (_, i) => method(`things${String(i)}.items.get`, 'GET', `v1/things${String(i)}/{id}/items/{itemId}`));
		const big = methodIndexOf(many);
		expect(ids(methodsAtPath(big, 'v1/things9999/1/items/2'))).toEqual(['things9999.items.get']);
		expect(big.byTail.get('items.get')?.length).toBe(10_000);
	});
});
