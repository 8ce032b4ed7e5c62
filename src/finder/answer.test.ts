import { describe, expect, it } from 'vitest';
import { matchError, type MatchableCatalog } from '../matcher/match.ts';
import { answerFor, flattenPaste, loadedFrom, type FinderStrings, type Hrefs } from './answer.ts';

const view: MatchableCatalog = {
	statuses: [
		{ id: 'PERMISSION_DENIED', http: 403, grpcCode: 7, title: 'Permission denied', advice: 'Read the message, then fix access.' },
		{ id: 'FAILED_PRECONDITION', http: 400, grpcCode: 9, title: 'Failed precondition', advice: 'Change the state, then retry.' },
		{ id: 'INVALID_ARGUMENT', http: 400, grpcCode: 3, title: 'Invalid argument', advice: 'Fix the request.' },
	],
	errors: [
		{ id: 'ClassroomDisabled', status: 'PERMISSION_DENIED', title: 'Classroom is turned off', otherTitles: ['클래스룸 사용 중지됨'] },
		{ id: 'CourseNotModifiable', status: 'FAILED_PRECONDITION', title: 'Course cannot be changed' },
	],
	methods: [
		{
			id: 'courses.patch',
			httpMethod: 'PATCH',
			path: 'v1/courses/{id}',
			scopes: ['https://www.googleapis.com/auth/classroom.courses'],
			returns: [
				{ status: 'PERMISSION_DENIED', condition: 'not-permitted' },
				{ status: 'FAILED_PRECONDITION', condition: 'request-errors', errors: ['CourseNotModifiable'] },
			],
		},
		{
			id: 'courses.get',
			httpMethod: 'GET',
			path: 'v1/courses/{id}',
			scopes: ['https://www.googleapis.com/auth/classroom.courses', 'https://www.googleapis.com/auth/classroom.courses.readonly'],
			returns: [{ status: 'PERMISSION_DENIED', condition: 'access-error' }],
		},
	],
	conditions: { 'not-permitted': 'The user may not change the course.', 'access-error': 'An access check fails.', 'request-errors': 'A request error below applies.' },
};
const loaded = loadedFrom(view);
const strings: FinderStrings = {
	noMatch: { 'unknown-input': 'Nothing matches.', 'malformed-json': 'Broken JSON.' },
	unknownId: '@{id} is not in the catalog yet.',
	unknownStatus: '{status} is not documented here.',
	candidatesLead: 'Closest:',
	ambiguousLead: 'Pick one:',
	loadFailed: 'Could not load.',
	call: {
		returned: '{method} returned {status} when:',
		fits: 'Several methods fit; for {status}:',
		statusUndocumented: '{method} does not document {status}.',
		idUndocumented: '{method} does not document @{id}.',
		scopes: '{method} accepts:',
		scopesEach: 'Each method accepts:',
		entry: 'Entry:',
		methodLead: 'A method:',
		methodsLead: 'Methods:',
	},
};
const hrefs: Hrefs = { error: (id) => `/errors/${id}/`, status: (id) => `/statuses/${id}/`, method: (id) => `/methods/${id}/` };
const answer = (text: string) => answerFor(matchError(text, view), loaded, strings, hrefs);

describe('the finder’s answer', () => {
	it('opens the page of a known error or status', () => {
		expect(answer('@ClassroomDisabled x')).toEqual({ kind: 'open', href: '/errors/ClassroomDisabled/' });
		expect(answer('The caller does not have permission')).toEqual({ kind: 'open', href: '/statuses/PERMISSION_DENIED/' });
	});

	it('names an unknown @Id with its status and the status’s advice, and does not navigate', () => {
		expect(answer('<HttpError 403 when requesting https://x returned "@TeacherInvitesPaused paused">')).toEqual({
			kind: 'unknown-id',
			lead: '@TeacherInvitesPaused is not in the catalog yet.',
			status: { href: '/statuses/PERMISSION_DENIED/', code: '403 PERMISSION_DENIED', title: 'Permission denied' },
			advice: 'Read the message, then fix access.',
		});
	});

	it('keeps `$` patterns in a pasted id as text', () => {
		const shown = answer('googleapi: Error 403: @Odd$_Id x, forbidden');
		expect(shown.kind === 'unknown-id' ? shown.lead : '').not.toContain('{id}');
	});

	it('lists the statuses a shared code names, each with its code and title', () => {
		expect(answer('HTTP/1.1 400 Bad Request')).toEqual({
			kind: 'list',
			lead: 'Pick one:',
			items: [
				{ href: '/statuses/FAILED_PRECONDITION/', code: '400 FAILED_PRECONDITION', title: 'Failed precondition' },
				{ href: '/statuses/INVALID_ARGUMENT/', code: '400 INVALID_ARGUMENT', title: 'Invalid argument' },
			],
		});
	});

	it('gives an error candidate its status as a badge', () => {
		const shown = answer('@ClassroomDisabled @CourseNotModifiable');
		expect(shown.kind === 'list' ? shown.items[0] : undefined).toEqual({ href: '/errors/ClassroomDisabled/', code: 'ClassroomDisabled', title: 'Classroom is turned off', badge: '403 PERMISSION_DENIED' });
	});

	it('names a Google status the catalog lacks, and otherwise says why nothing matched', () => {
		expect(answer('{"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}')).toEqual({ kind: 'message', text: 'NOT_FOUND is not documented here.' });
		expect(answer('{"error": {')).toEqual({ kind: 'message', text: 'Broken JSON.' });
		expect(answer('Whoa there! You have triggered an abuse detection mechanism.')).toEqual({ kind: 'message', text: 'Nothing matches.' });
	});

	it('finds an entry by its title in the other language', () => {
		expect(answer('클래스룸 사용 중지됨')).toEqual({ kind: 'open', href: '/errors/ClassroomDisabled/' });
	});
});

describe('the finder’s answer about a call', () => {
	const patch = { href: '/methods/courses.patch/', code: 'courses.patch', title: 'PATCH v1/courses/{id}' };
	const get = { href: '/methods/courses.get/', code: 'courses.get', title: 'GET v1/courses/{id}' };
	const denied = { href: '/statuses/PERMISSION_DENIED/', code: '403 PERMISSION_DENIED', title: 'Permission denied' };

	it('gives a status the condition its method documents, with the entry and its advice, on the page', () => {
		expect(answer('PATCH https://classroom.googleapis.com/v1/courses/42 → 403 PERMISSION_DENIED')).toEqual({
			kind: 'call',
			lead: 'courses.patch returned PERMISSION_DENIED when:',
			notes: [],
			methods: [{ item: patch, conditions: ['The user may not change the course.'] }],
			entryLead: 'Entry:',
			entry: denied,
			advice: 'Read the message, then fix access.',
		});
	});

	it('lists every method sharing the address when no verb says which, each with its scopes when a scope is missing', () => {
		const shown = answer('<HttpError 403 when requesting https://classroom.googleapis.com/v1/courses/42?alt=json returned "Request had insufficient authentication scopes.">');
		expect(shown).toMatchObject({ kind: 'call', lead: 'Several methods fit; for PERMISSION_DENIED:', scopesLead: 'Each method accepts:' });
		expect(shown.kind === 'call' ? shown.methods : []).toEqual([
			{ item: patch, conditions: ['The user may not change the course.'], scopes: ['https://www.googleapis.com/auth/classroom.courses'] },
			{ item: get, conditions: ['An access check fails.'], scopes: ['https://www.googleapis.com/auth/classroom.courses', 'https://www.googleapis.com/auth/classroom.courses.readonly'] },
		]);
	});

	it('opens an error its method documents, and notes one it does not', () => {
		expect(answer('API call to classroom.courses.patch failed with error: @CourseNotModifiable x')).toEqual({ kind: 'open', href: '/errors/CourseNotModifiable/' });
		const shown = answer('API call to classroom.courses.get failed with error: @ClassroomDisabled x');
		expect(shown).toMatchObject({ kind: 'call', notes: ['courses.get does not document @ClassroomDisabled.'], entry: { href: '/errors/ClassroomDisabled/', code: 'ClassroomDisabled' } });
	});

	it('opens a method typed alone, and lists a tail several methods share', () => {
		expect(answer('classroom.courses.get')).toEqual({ kind: 'open', href: '/methods/courses.get/' });
		expect(answer('GET https://classroom.googleapis.com/v1/courses/42')).toEqual({ kind: 'open', href: '/methods/courses.get/' });
	});
});

describe('flattenPaste', () => {
	it('lays a multi-line paste on one line, words kept apart, and leaves a one-line paste to the browser', () => {
		expect(flattenPaste('a\r\nb\nc', 100)).toBe('a b c');
		expect(flattenPaste('one line', 100)).toBeUndefined();
		expect(flattenPaste('ab\ncd', 3)).toBe('ab ');
	});
});
