/**
 * The matcher at the scale the project plans for (10,000 errors per locale):
 * the index is built once per catalog, a query touches only the postings of
 * its own words, and a huge paste is cut before it is read. Nothing here is
 * timed (the machines are shared, and speed belongs in the benchmarks): the
 * work is counted instead, as reads of catalog entries, which is what would
 * grow with the square of the catalog if the index were rebuilt per query.
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

/** The catalog with its error list wrapped so that every read of an entry is counted. */
function counted(catalog: MatchableCatalog): { catalog: MatchableCatalog; reads: () => number } {
	let reads = 0;
	const errors = new Proxy(catalog.errors as object[], {
		get(target, key, receiver) {
			if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
			return Reflect.get(target, key, receiver) as unknown;
		},
	}) as MatchableCatalog['errors'];
	return { catalog: { ...catalog, errors }, reads: () => reads };
}

describe('the matcher at 10,000 errors', () => {
	const catalog = synthetic(10_000);
	const last = catalog.errors.at(-1)?.id ?? '';

	it('builds its index once (one pass over the entries), then answers each query reading only a few entries', () => {
		const { catalog: watched, reads } = counted(catalog);
		matchError('warm up', watched);
		const build = reads();
		expect(build).toBeGreaterThanOrEqual(10_000);
		// One pass, or a small constant number of them: never one per entry pair.
		expect(build).toBeLessThan(10_000 * 5);
		const queries = [
			last,
			`googleapi: Error 400: @${last} Something., failedPrecondition`,
			`<HttpError 403 when requesting https://classroom.googleapis.com/v1/courses/1?alt=json returned "@BrandNewError Nope.". Details: "[]">`,
			'teacher limit guardian',
			'course not modifiable archived',
		];
		for (const q of queries) {
			const before = reads();
			matchError(q, watched);
			// A query reads the entries it reports (a handful of candidates), not the catalog.
			expect(reads() - before, q).toBeLessThan(100);
		}
		expect(matchError(queries[1], watched)).toMatchObject({ kind: 'error', id: last });
		expect(matchError(queries[2], watched)).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', unknownId: 'BrandNewError' });
	});

	it('reads at most 64 KB of a huge paste, and still finds an @Id near the start', () => {
		const filler = '2024-05-14T09:12:44Z INFO sync still running, nothing to report here\n';
		const huge = `ERROR googleapi: Error 400: @${last} x, failedPrecondition\n${filler.repeat(Math.ceil((4 * 1024 * 1024) / filler.length))}`;
		expect(huge.length).toBeGreaterThan(MAX_INPUT_CHARS * 50);
		const result = matchError(huge, catalog);
		expect(result).toMatchObject({ kind: 'error', id: last });
		// The cut: the 4 MB paste is read as its first MAX_INPUT_CHARS characters, so both give the same answer.
		expect(result).toEqual(matchError(huge.slice(0, MAX_INPUT_CHARS), catalog));
	});
});
