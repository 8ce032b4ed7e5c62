import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { API_PREFIX, buildApiFiles } from './build-files.ts';

const catalog = loadCatalogOrThrow(resolve('content'));
const files = buildApiFiles(catalog, { site: 'https://example.org', base: '/' });
const json = (path: string) => JSON.parse(files.get(`${API_PREFIX}${path}`) ?? 'null') as Record<string, any>;

describe('the JSON API carries the methods', () => {
	it('in catalog.json, with the discovery revision, and each condition in every locale', () => {
		const full = json('catalog.json');
		expect(full['discovery']).toMatchObject({ api: 'classroom:v1', revision: '20250526' });
		expect(full['methods']).toHaveLength(97);
		const create = full['methods'].find((m: { id: string }) => m.id === 'courses.students.create');
		expect(create).toMatchObject({
			httpMethod: 'POST',
			path: 'v1/courses/{courseId}/students',
			reference: 'https://developers.google.com/workspace/classroom/reference/rest/v1/courses.students/create',
			summary: {
				en: 'Adds a user to a course as a student: an administrator may add users of the domain, and students may join with the class code.',
				ko: '사용자를 수업의 학생으로 추가합니다. 관리자는 도메인의 사용자를 추가할 수 있고, 학생은 수업 코드로 직접 참여할 수 있습니다.',
			},
			urls: { en: 'https://example.org/methods/courses-students/#create', ko: 'https://example.org/ko/methods/courses-students/#create' },
		});
		expect(create.returns[1]).toEqual({
			status: 'NOT_FOUND',
			condition: 'course-not-found',
			conditionText: { en: 'No course has the identifier or alias in the request.', ko: '요청의 식별자나 별칭에 해당하는 수업이 없습니다.' },
			errors: [],
		});
		expect(create.returns[2].errors).toEqual(['CourseMemberLimitReached', 'CourseNotModifiable', 'UserGroupsMembershipLimitReached', 'InactiveCourseOwner']);
	});

	it('in each single-locale catalog, with the condition in that locale', () => {
		const ko = json('ko/catalog.json');
		const create = ko['methods'].find((m: { id: string }) => m.id === 'courses.students.create');
		expect(create.url).toBe('https://example.org/ko/methods/courses-students/#create');
		expect(create.summary).toBe('사용자를 수업의 학생으로 추가합니다. 관리자는 도메인의 사용자를 추가할 수 있고, 학생은 수업 코드로 직접 참여할 수 있습니다.');
		expect(json('en/catalog.json')['methods'].every((m: { summary: unknown }) => typeof m.summary === 'string' && m.summary.length > 0)).toBe(true);
		expect(ko['methods'].every((m: { summary: string }) => /[\uac00-\ud7a3]/.test(m.summary))).toBe(true);
		expect(create.returns[1].conditionText).toBe('요청의 식별자나 별칭에 해당하는 수업이 없습니다.');
	});

	it('with every error\'s returnedBy following from the methods', () => {
		const error = json('errors/AttachmentNotVisible.json');
		expect(error['methods']['returnedBy']).toEqual(['courses.announcements.create', 'courses.courseWork.create', 'courses.courseWork.rubrics.create', 'courses.courseWorkMaterials.create']);
	});
});
