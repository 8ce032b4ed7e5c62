import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RefreshError, refreshMethods } from './refresh.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const PINNED = join(CONTENT, 'upstream', 'classroom.v1.discovery.json');

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A content folder holding today's conditions and generated methods file. */
function contentCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'refresh-methods-'));
	dirs.push(dir);
	copyFileSync(join(CONTENT, 'conditions.yaml'), join(dir, 'conditions.yaml'));
	copyFileSync(join(CONTENT, 'methods.yaml'), join(dir, 'methods.yaml'));
	copyFileSync(join(CONTENT, 'en.yaml'), join(dir, 'en.yaml'));
	copyFileSync(join(CONTENT, 'ko.yaml'), join(dir, 'ko.yaml'));
	return dir;
}

type Json = Record<string, any>;

/**
 * A newer document derived from the pinned one: a method added
 * (courses.archive), one removed (registrations.delete), the condition of
 * courses.get's NOT_FOUND reworded, an @Id added to courses.update and a
 * scope dropped from courses.list.
 */
function newerDocument(dir: string): string {
	const doc = JSON.parse(readFileSync(PINNED, 'utf8')) as Json;
	doc['revision'] = '20991231';
	const courses = doc['resources']['courses']['methods'];
	courses['archive'] = {
		id: 'classroom.courses.archive',
		httpMethod: 'POST',
		path: 'v1/courses/{id}:archive',
		flatPath: 'v1/courses/{id}:archive',
		scopes: ['https://www.googleapis.com/auth/classroom.courses'],
		description:
			'Archives a course. This method returns the following error codes: * `PERMISSION_DENIED` for access errors. * `NOT_FOUND` if no course exists with the requested ID. * `FAILED_PRECONDITION` for the following request errors: * CourseNotModifiable * CourseArchiveLimitReached',
	};
	delete doc['resources']['registrations']['methods']['delete'];
	courses['get']['description'] = courses['get']['description'].replace('if no course exists with the requested ID', 'if the course was deleted or never existed');
	courses['update']['description'] = courses['update']['description'].replace('* CourseNotModifiable', '* CourseNotModifiable * InactiveCourseOwner');
	courses['list']['scopes'] = ['https://www.googleapis.com/auth/classroom.courses'];
	const file = join(dir, 'classroom.v1.newer.json');
	writeFileSync(file, JSON.stringify(doc, null, 2));
	return file;
}

describe('refresh-methods', () => {
	it('regenerates, from the pinned document, exactly the committed methods.yaml', () => {
		const dir = contentCopy();
		const result = refreshMethods({ discoveryFile: PINNED, contentDir: dir });
		expect(result.changes).toEqual([]);
		expect(result.unmapped).toEqual([]);
		expect(result.report).not.toContain('one-line description');
		expect(result.report).not.toContain('no longer has');
		expect(result.written).toBe(false);
		expect(readFileSync(join(dir, 'methods.yaml'), 'utf8')).toBe(readFileSync(join(CONTENT, 'methods.yaml'), 'utf8'));
	});

	it('prints every change a newer document brings, and writes the new facts', () => {
		const dir = contentCopy();
		const newer = newerDocument(dir);
		const result = refreshMethods({ discoveryFile: newer, contentDir: dir, knownErrorIds: new Set(['CourseNotModifiable', 'InactiveCourseOwner', 'CourseMemberLimitReached', 'UserGroupsMembershipLimitReached', 'UserCannotOwnCourse', 'IneligibleOwner', 'CourseTeacherLimitReached', 'AttachmentNotVisible', 'CourseTopicLimitReached', 'RubricCriteriaInvalidFormat', 'UserIneligibleToUpdateGradingPeriodSettings']) });
		expect(result.changes.map((c) => c.text)).toEqual([
			'revision 20250526 -> 20991231',
			'+ method courses.archive: POST v1/courses/{id}:archive; returns PERMISSION_DENIED, NOT_FOUND, FAILED_PRECONDITION (@CourseNotModifiable, @CourseArchiveLimitReached)',
			'~ courses.get: NOT_FOUND condition "if no course exists with the requested ID" -> "if the course was deleted or never existed" (course-not-found -> unwritten)',
			'~ courses.list: scope - https://www.googleapis.com/auth/classroom.courses.readonly',
			'~ courses.update: FAILED_PRECONDITION @InactiveCourseOwner added',
			'- method registrations.delete: DELETE v1/registrations/{registrationId}',
		]);
		expect(result.unmapped).toEqual([{ method: 'courses.get', status: 'NOT_FOUND', upstream: 'if the course was deleted or never existed' }]);
		expect(result.report).toContain('1 condition needs a written condition in conditions.yaml');
		expect(result.report).toContain('  courses.get NOT_FOUND "if the course was deleted or never existed"');
		expect(result.report).toContain('@Ids with neither a catalog entry nor a place in errorsNotInCatalog: CourseArchiveLimitReached.');
		// The added method needs its line in both languages; the removed one's lines are to go.
		expect(result.report).toContain('1 method needs a one-line description under "methods:" in en.yaml: courses.archive.');
		expect(result.report).toContain('1 method needs a one-line description under "methods:" in ko.yaml: courses.archive.');
		expect(result.report).toContain('en.yaml describes a method the document no longer has; remove its line: registrations.delete.');
		expect(result.report).toContain('ko.yaml describes a method the document no longer has; remove its line: registrations.delete.');
		expect(result.written).toBe(true);

		const written = readFileSync(join(dir, 'methods.yaml'), 'utf8');
		expect(written).toContain('  revision: "20991231"');
		expect(written).toContain('  - id: courses.archive\n    httpMethod: POST\n    path: "v1/courses/{id}:archive"');
		expect(written).not.toContain('registrations.delete');
		// The new wording has no written condition yet: the file says so by leaving the key out, and the check asks for one.
		expect(written).toContain('      - status: NOT_FOUND\n        upstream: "if the course was deleted or never existed"\n        errors: []');

		// Run again on the same document: nothing more to say.
		const again = refreshMethods({ discoveryFile: newer, contentDir: dir });
		expect(again.changes).toEqual([]);
		expect(again.written).toBe(false);
	});

	it('writes nothing for a file that is not JSON, and names it', () => {
		const dir = contentCopy();
		const bad = join(dir, 'broken.json');
		writeFileSync(bad, '{"id": "classroom:v1",');
		const before = readFileSync(join(dir, 'methods.yaml'), 'utf8');
		expect(() => refreshMethods({ discoveryFile: bad, contentDir: dir })).toThrow(RefreshError);
		expect(() => refreshMethods({ discoveryFile: bad, contentDir: dir })).toThrow(/broken\.json: not valid JSON/);
		expect(readFileSync(join(dir, 'methods.yaml'), 'utf8')).toBe(before);
	});

	it('writes nothing when a description cannot be read, and names the method', () => {
		const dir = contentCopy();
		const doc = JSON.parse(readFileSync(PINNED, 'utf8')) as Json;
		doc['resources']['courses']['methods']['get']['description'] = 'Returns a course. This method returns the following error codes: * `NOT_FOUND` for the following request errors: * Something unexpected here.';
		const file = join(dir, 'odd.json');
		writeFileSync(file, JSON.stringify(doc));
		const before = readFileSync(join(dir, 'methods.yaml'), 'utf8');
		expect(() => refreshMethods({ discoveryFile: file, contentDir: dir })).toThrow(/odd\.json: 1 part of the discovery document cannot be read; nothing was written:\n {2}courses\.get: /);
		expect(readFileSync(join(dir, 'methods.yaml'), 'utf8')).toBe(before);
	});

	it('names a missing file', () => {
		const dir = contentCopy();
		expect(() => refreshMethods({ discoveryFile: join(dir, 'nowhere.json'), contentDir: dir })).toThrow(/nowhere\.json: the discovery document cannot be read \(ENOENT\)/);
	});
});
