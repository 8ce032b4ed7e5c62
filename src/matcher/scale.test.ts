/**
 * The matcher at the scale the project plans for (10,000 errors per locale):
 * the index is built once per catalog, a query touches only the postings of
 * its own words, and a huge paste is cut before it is read. The limits are
 * loose on purpose (the test machines are shared); the point is that nothing
 * grows with the square of the catalog or of the input.
 */
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, matchError, type MatchableCatalog } from './match.ts';

const WORDS = ['course', 'teacher', 'student', 'owner', 'topic', 'grade', 'token', 'folder', 'member', 'invite', 'limit', 'state', 'link', 'guardian', 'period', 'domain'];
const STATUSES = [
	{ id: 'FAILED_PRECONDITION', http: 400, grpcCode: 9, title: 'Failed precondition' },
	{ id: 'PERMISSION_DENIED', http: 403, grpcCode: 7, title: 'Permission denied' },
	{ id: 'RESOURCE_EXHAUSTED', http: 429, grpcCode: 8, title: 'Resource exhausted' },
	{ id: 'INTERNAL', http: 500, grpcCode: 13, title: 'Internal error' },
];

/** A synthetic catalog of `n` errors with ids, titles, keywords and summary words like the real ones. */
function synthetic(n: number): MatchableCatalog {
	const errors = Array.from({ length: n }, (_, i) => {
		const a = WORDS[i % WORDS.length] ?? 'course';
		const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length] ?? 'limit';
		const id = `Generated${a[0]?.toUpperCase()}${a.slice(1)}${b[0]?.toUpperCase()}${b.slice(1)}Error${i}`;
		return {
			id,
			status: STATUSES[i % STATUSES.length]?.id ?? 'INTERNAL',
			title: `Generated ${a} ${b} error ${i}`,
			keywords: [`${a} ${b}`, `case${i}`],
			terms: `request ${a} ${b} word${i % 500} user`,
		};
	});
	return { statuses: STATUSES, errors };
}

function time(run: () => unknown): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

describe('the matcher at 10,000 errors', () => {
	const catalog = synthetic(10_000);
	const last = catalog.errors.at(-1)?.id ?? '';

	it('builds its index once, then answers ids, pasted texts and words quickly', () => {
		const build = time(() => matchError('warm up', catalog));
		expect(build).toBeLessThan(5_000);
		const queries = [
			last,
			`googleapi: Error 400: @${last} Something., failedPrecondition`,
			`<HttpError 403 when requesting https://classroom.googleapis.com/v1/courses/1?alt=json returned "@BrandNewError Nope.". Details: "[]">`,
			'teacher limit guardian',
			'course not modifiable archived',
		];
		const times = queries.map((q) => time(() => matchError(q, catalog)));
		expect(matchError(queries[1], catalog)).toMatchObject({ kind: 'error', id: last });
		expect(matchError(queries[2], catalog)).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', unknownId: 'BrandNewError' });
		// Word queries visit the postings of common words (thousands of entries), still far from a per-query pass per id.
		for (const t of times) expect(t).toBeLessThan(250);
	});

	it('reads at most 64 KB of a huge paste, and still finds an @Id near the start', () => {
		const filler = '2024-05-14T09:12:44Z INFO sync still running, nothing to report here\n';
		const huge = `ERROR googleapi: Error 400: @${last} x, failedPrecondition\n${filler.repeat(Math.ceil((4 * 1024 * 1024) / filler.length))}`;
		expect(huge.length).toBeGreaterThan(MAX_INPUT_CHARS * 50);
		let result: unknown;
		const took = time(() => (result = matchError(huge, catalog)));
		expect(result).toMatchObject({ kind: 'error', id: last });
		expect(took).toBeLessThan(500);
	});
});
