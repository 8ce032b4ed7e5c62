import { describe, expect, it } from 'vitest';
import { assertNoPathCollisions, pathCollisions } from './path-collisions.ts';

describe('pathCollisions', () => {
	it('finds paths that differ only in case', () => {
		expect(pathCollisions(['e/AttachmentNotVisible/', 'e/AttachmentNotvisible/', 'e/Other/'])).toEqual([['e/AttachmentNotVisible/', 'e/AttachmentNotvisible/']]);
	});
	it('finds paths that differ only in Unicode normalisation', () => {
		expect(pathCollisions(['errors/caf\u00e9/', 'errors/cafe\u0301/'])).toEqual([['errors/caf\u00e9/', 'errors/cafe\u0301/']]);
	});
	it('ignores the same path listed twice and distinct paths', () => {
		expect(pathCollisions(['a/', 'a/', 'b/'])).toEqual([]);
	});
	it('finds no collision among 20,000 distinct paths', () => {
		const paths = Array.from({ length: 20_000 }, (_, i) => `e/Error${String(i)}/`);
		expect(pathCollisions(paths)).toEqual([]);
	});
	it('throws one sentence that names the colliding files', () => {
		expect(() => assertNoPathCollisions(['api/v1/errors/Foo.json', 'api/v1/errors/FOO.json'], 'The export')).toThrow(
			'The export would write 1 set of files whose names differ only in case or Unicode normalisation (api/v1/errors/Foo.json and api/v1/errors/FOO.json); rename the ids so that each folds to a different name.',
		);
	});
});
