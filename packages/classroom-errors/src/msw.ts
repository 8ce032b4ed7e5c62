/**
 * Request handlers for Mock Service Worker (`msw`, an optional peer: install
 * it yourself; nothing else in this package needs it). Each handler answers a
 * Classroom API call with the exact error body the API sends.
 *
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { classroomError } from 'classroom-errors/msw';
 * const server = setupServer(classroomError('CourseNotModifiable', { method: 'patch', path: 'v1/courses/:id' }));
 * ```
 */
import { http, HttpResponse } from 'msw';
import { errorFixture } from './fixtures.ts';
import { FIXTURES } from './generated/fixtures.ts';
import type { ErrorId } from './generated/ids.ts';

/** The API's root. */
export const CLASSROOM_API = 'https://classroom.googleapis.com/';

/** Where a handler answers. */
export interface HandlerOptions {
	/** The HTTP verb (lower case), `all` by default. */
	readonly method?: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all';
	/** A path under the API's root in msw's syntax (`v1/courses/:courseId/students`), every path by default. */
	readonly path?: string;
	/** The API's root, for a proxy or an emulator; `https://classroom.googleapis.com/` by default. */
	readonly root?: string;
	/** Answer only this many times (msw's `once` for 1); every time by default. */
	readonly once?: boolean;
}

/** The URL pattern a handler matches. */
function urlOf(options: HandlerOptions): string {
	const root = options.root ?? CLASSROOM_API;
	return (root.endsWith('/') ? root : `${root}/`) + (options.path ?? '*').replace(/^\/+/, '');
}

/** A handler that answers with error `id`'s body and HTTP status. */
export function classroomError(id: ErrorId, options: HandlerOptions = {}) {
	const fixture = errorFixture(id);
	return http[options.method ?? 'all'](
		urlOf(options),
		() => HttpResponse.json({ error: { ...fixture.body.error } }, { status: fixture.http }),
		options.once ? { once: true } : {},
	);
}

/** One handler per error the method returns, keyed by id (per Google's documents, `returnedBy`). */
export function classroomErrorsFor(methodId: string, options: HandlerOptions = {}) {
	return Object.fromEntries(
		errorIdsReturnedBy(methodId).map((id) => [id, classroomError(id, options)] as const),
	);
}

/** The ids of the errors that Google's documents say `methodId` returns. */
export function errorIdsReturnedBy(methodId: string): ErrorId[] {
	return FIXTURES.filter((f) => f.returnedBy.includes(methodId)).map((f) => f.id);
}
