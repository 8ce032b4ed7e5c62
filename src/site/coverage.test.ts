import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load.ts';
import { en } from '../i18n/en.ts';
import { ko } from '../i18n/ko.ts';
import { coverageOf } from './coverage.ts';

const result = loadCatalog('content');
if (!result.ok) throw new Error('The catalog in content/ must load for these tests.');
const coverage = coverageOf(result.catalog);

describe('coverage', () => {
	it('counts what the catalog holds: 16 statuses, the errors Google documents and the observed ones apart', () => {
		expect(coverage.statuses).toBe(16);
		expect(coverage.documentedErrors + coverage.observedErrors).toBe(result.catalog.errors.length);
		expect(coverage.documentedErrors).toBeGreaterThanOrEqual(27);
		// The statuses Classroom's pages and method descriptions name: the seeds' four, and NOT_FOUND, ALREADY_EXISTS, INVALID_ARGUMENT.
		expect(coverage.classroomStatuses).toBe(7);
		expect(coverage.documents.map((d) => d.id)).toContain('rpc-code-proto');
		expect(coverage.reports.every((d) => d.kind === 'report')).toBe(true);
	});

	it('is stated without claiming every documented error, in both languages', () => {
		for (const statement of [en.coverageStatement(coverage), ko.coverageStatement(coverage)]) {
			expect(statement).toContain(String(coverage.documentedErrors));
			expect(statement).toContain(String(coverage.statuses));
		}
		for (const strings of [en, ko]) {
			const all = JSON.stringify(strings, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
			expect(all).not.toMatch(/every documented|문서화된 모든/i);
		}
	});
});
