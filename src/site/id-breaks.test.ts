import { describe, expect, it } from 'vitest';
import { idPieces } from './id-breaks.ts';

describe('idPieces', () => {
	it('splits camel-case ids between their words', () => {
		expect(idPieces('CannotRemoveCourseFolderOwner')).toEqual(['Cannot', 'Remove', 'Course', 'Folder', 'Owner']);
	});

	it('splits statuses after each underscore', () => {
		expect(idPieces('FAILED_PRECONDITION')).toEqual(['FAILED_', 'PRECONDITION']);
		expect(idPieces('RESOURCE_EXHAUSTED')).toEqual(['RESOURCE_', 'EXHAUSTED']);
	});

	it('keeps an acronym whole and starts the next word at its last capital', () => {
		expect(idPieces('ClassroomApiDisabled')).toEqual(['Classroom', 'Api', 'Disabled']);
		expect(idPieces('GoogleAPIDisabled')).toEqual(['Google', 'API', 'Disabled']);
	});

	it('splits method names after their dots', () => {
		expect(idPieces('courses.students.create')).toEqual(['courses.', 'students.', 'create']);
	});

	it('never leaves a piece shorter than three characters alone', () => {
		expect(idPieces('ExpiredAddOnToken')).toEqual(['Expired', 'AddOn', 'Token']);
		expect(idPieces('AddOn')).toEqual(['AddOn']);
		expect(idPieces('INTERNAL')).toEqual(['INTERNAL']);
	});

	it('gives back the id exactly when the pieces are joined', () => {
		for (const id of ['CannotRemoveCourseOwnerTransferIncomplete', 'PERMISSION_DENIED', 'a.b.c', 'x', '', 'Ünïcode_ÅngströmUnit', 'v1/courses/{id}']) {
			expect(idPieces(id).join('')).toBe(id);
		}
		expect(idPieces('')).toEqual([]);
	});
});
