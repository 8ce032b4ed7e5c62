/**
 * Observed errors: an @Id only public reports show enters the catalog as
 * `evidence: observed`, citing those reports, and nothing else; the loader
 * refuses evidence that disagrees with what the provenance cites, and the
 * JSON API carries the label.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildApiFiles } from '../api/build-files.ts';
import { loadCatalog } from './load.ts';
import { errorById } from './model.ts';
import { formatProblem } from './problems.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const load = (name: string) => loadCatalog(join(FIXTURES, name), { cwd: FIXTURES });

describe('evidence', () => {
	it('labels an error that only a report shows as observed, and every documented one as documented', () => {
		const result = load('observed-error');
		if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
		expect(errorById(result.catalog, 'SeenOnlyInReports')?.evidence).toBe('observed');
		expect(errorById(result.catalog, 'CourseNotModifiable')?.evidence).toBe('documented');
		expect(result.catalog.sources.find((d) => d.id === 'fixture-report')?.kind).toBe('report');
		const files = buildApiFiles(result.catalog, { site: 'https://example.org', base: '/' });
		const error = JSON.parse(files.get('api/v1/errors/SeenOnlyInReports.json') ?? '{}') as { evidence?: string; provenance?: { sources?: string[] } };
		expect(error.evidence).toBe('observed');
		expect(error.provenance?.sources).toEqual(['fixture-report']);
		const catalogJson = JSON.parse(files.get('api/v1/catalog.json') ?? '{}') as { sources: { id: string; kind: string }[] };
		expect(catalogJson.sources.map((d) => [d.id, d.kind])).toEqual([
			['fixture-doc', 'documentation'],
			['fixture-report', 'report'],
		]);
	});

	it('refuses an observed error that cites documentation and a documented one that cites only reports, each with file and line', () => {
		const result = load('evidence-mismatch');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map(formatProblem)).toEqual([
			'evidence-mismatch/en.yaml:93:27 errors[4].provenance.sources: An observed error cites "fixture-doc", which is documentation, not a report.\n    fix: Cite only the public reports (sources with "kind: report") that show the API sending it; if Google documents it, remove "evidence: observed".',
			'evidence-mismatch/en.yaml:107:27 errors[5].provenance.sources: This error cites only public reports, so it is not documented.\n    fix: Add "evidence: observed" to label it undocumented, or cite the Google document that names it.',
		]);
	});
});
