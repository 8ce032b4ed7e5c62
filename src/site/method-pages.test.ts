import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { hasMethodPage, methodAnchor, methodPath, methodResources, methodSearchTerms, resourceOf, resourceSlug } from './method-pages.ts';

describe('method pages', () => {
	const catalog = loadCatalogOrThrow(resolve('content'));

	it('put each method on its resource page, at an anchor of its own', () => {
		expect(resourceOf('courses.students.create')).toBe('courses.students');
		expect(methodAnchor('courses.students.create')).toBe('create');
		expect(resourceSlug('courses.courseWork.studentSubmissions')).toBe('courses-course-work-student-submissions');
		expect(methodPath('en', 'courses.students.create')).toBe('methods/courses-students/#create');
		expect(methodPath('ko', 'courses.get')).toBe('ko/methods/courses/#get');
	});

	it('group every method once, with anchors unique on each page', () => {
		const resources = methodResources(catalog);
		expect(resources.flatMap((r) => r.methods).length).toBe(catalog.methods.length);
		for (const r of resources) {
			const anchors = r.methods.map((m) => methodAnchor(m.id));
			expect(new Set(anchors).size, r.resource).toBe(anchors.length);
		}
		expect(new Set(resources.map((r) => r.slug)).size).toBe(resources.length);
		expect(hasMethodPage(catalog, 'courses.students.create')).toBe(true);
		expect(hasMethodPage(catalog, 'courses.students.teleport')).toBe(false);
	});

	it('index a method id so that its whole, its tail and its words find it', () => {
		expect(methodSearchTerms(['courses.students.create']).split(' ')).toEqual(['coursesstudentscreate', 'studentscreate', 'courses', 'students', 'create']);
	});
});
