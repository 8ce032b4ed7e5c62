import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { lexiconFromGlossary } from './korean.ts';
import { idIndexTerms, idParts, indexIdKeys, parseQuery, strictQuery } from './query.ts';

const lexicon = lexiconFromGlossary(loadCatalogOrThrow(resolve('content')).glossary);
const read = (text: string) => parseQuery(text, lexicon).map((c) => `${c.kind}:${c.terms.join('/')}`);

describe('parseQuery', () => {
	it('reads an id however it is written', () => {
		for (const text of ['CourseNotModifiable', '@CourseNotModifiable', 'course-not-modifiable']) expect(read(text)).toEqual(['id:coursenotmodifiable/course not modifiable']);
		expect(read('coursenotmodifiable')).toEqual(['word:coursenotmodifiable']);
		expect(read('NotModifiable')).toEqual(['id:notmodifiable/not modifiable']);
	});

	it('reads a status name however a client library prints it', () => {
		for (const text of ['FAILED_PRECONDITION', 'failed_precondition', 'failedPrecondition']) expect(read(text)).toEqual(['status:failedprecondition/failed precondition']);
	});

	it('keeps the id, the code and the status of a pasted client-library error, and drops its boilerplate', () => {
		const concepts = read(
			'googleapiclient.errors.HttpError: <HttpError 400 when requesting https://classroom.googleapis.com/v1/courses/123456?alt=json returned "@CourseNotModifiable Precondition check failed.". Details: "[{\'reason\': \'failedPrecondition\'}]">',
		);
		expect(concepts).toContain('id:coursenotmodifiable/course not modifiable');
		expect(concepts).toContain('code:400');
		expect(concepts).toContain('status:failedprecondition/failed precondition');
		expect(concepts.join(' ')).not.toMatch(/httperror|googleapis|123456|requesting/);
	});

	it('drops English stop words and negations, which nearly every page has', () => {
		expect(read('cannot rename an archived class')).toEqual(['word:rename', 'word:archived', 'word:class']);
		expect(read("class is full, can't add students")).toEqual(['word:class', 'word:full', 'word:add', 'word:students']);
	});

	it('reads Korean through the Korean normaliser, mixed with ids', () => {
		expect(read('공동 교사를 추가할 수 없어요')).toEqual(['word:공동', 'word:교사', 'word:추가', 'word:없']);
		expect(read('IneligibleOwner 에러가 떠요')).toEqual(['id:ineligibleowner/ineligible owner', 'word:오류', 'word:떠']);
	});

	it('caps the number of word concepts of a long paste', () => {
		const words = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
		expect(parseQuery(words.join(' ')).length).toBe(10);
	});

	it('asks for every concept at once by its first term', () => {
		expect(strictQuery(parseQuery('@IneligibleOwner 403', lexicon))).toBe('ineligibleowner 403');
	});
});

describe('idIndexTerms', () => {
	it('indexes every run of two or more parts', () => {
		expect(idParts('ExpiredAddOnToken')).toEqual(['Expired', 'Add', 'On', 'Token']);
		expect(idIndexTerms('CourseNotModifiable')).toEqual(['coursenotmodifiable', 'coursenot', 'notmodifiable']);
	});

	it('leaves out a run that is another entry\'s whole id', () => {
		const ids = indexIdKeys(['CannotRemoveCourseOwner', 'CannotRemoveCourseOwnerTransferIncomplete', 'PERMISSION_DENIED', 'ProjectPermissionDenied']);
		expect(idIndexTerms('CannotRemoveCourseOwnerTransferIncomplete', ids)).not.toContain('cannotremovecourseowner');
		expect(idIndexTerms('ProjectPermissionDenied', ids)).not.toContain('permissiondenied');
		expect(idIndexTerms('CannotRemoveCourseOwner', ids)).toContain('cannotremovecourseowner');
	});
});
