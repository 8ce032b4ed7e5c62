import { describe, expect, it } from 'vitest';
import { slugOf } from './model.ts';

describe('slugOf', () => {
	it.each([
		['CourseNotModifiable', 'course-not-modifiable'],
		['ClassroomApiDisabled', 'classroom-api-disabled'],
		['ExpiredAddOnToken', 'expired-add-on-token'],
		['UserIneligibleToUpdateGradingPeriodSettings', 'user-ineligible-to-update-grading-period-settings'],
		['FAILED_PRECONDITION', 'failed-precondition'],
		['PERMISSION_DENIED', 'permission-denied'],
		['INTERNAL', 'internal'],
		// An acronym is one word, so it collides with its UpperCamelCase spelling (the loader reports that).
		['ClassroomAPIDisabled', 'classroom-api-disabled'],
	])('%s → %s', (id, slug) => {
		expect(slugOf(id)).toBe(slug);
	});

	it('produces URL-safe segments only', () => {
		for (const id of ['CourseNotModifiable', 'UserCourseJoinRateLimitReached', 'RESOURCE_EXHAUSTED', 'Sis2Sync']) {
			expect(slugOf(id)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		}
	});
});
