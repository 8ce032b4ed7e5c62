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
};
const loaded = loadedFrom(view);
const strings: FinderStrings = {
	noMatch: { 'unknown-input': 'Nothing matches.', 'malformed-json': 'Broken JSON.' },
	unknownId: '@{id} is not in the catalog yet.',
	unknownStatus: '{status} is not documented here.',
	candidatesLead: 'Closest:',
	ambiguousLead: 'Pick one:',
	loadFailed: 'Could not load.',
};
const hrefs: Hrefs = { error: (id) => `/errors/${id}/`, status: (id) => `/statuses/${id}/` };
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

describe('flattenPaste', () => {
	it('lays a multi-line paste on one line, words kept apart, and leaves a one-line paste to the browser', () => {
		expect(flattenPaste('a\r\nb\nc', 100)).toBe('a b c');
		expect(flattenPaste('one line', 100)).toBeUndefined();
		expect(flattenPaste('ab\ncd', 3)).toBe('ab ');
	});
});
