/**
 * A valid catalog is checked without the positioned parse: `yaml`'s
 * composed document (with a line for every node) is built only when a
 * problem asks where it is. Composing it cost the check, and the build that
 * waits on it, most of a second at 1,000 errors per locale (issue 19).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const composed = vi.hoisted(() => ({ files: 0 }));
vi.mock('yaml', async (importOriginal) => {
	const actual = await importOriginal<typeof import('yaml')>();
	return {
		...actual,
		parseDocument: (...args: Parameters<typeof actual.parseDocument>) => {
			composed.files++;
			return actual.parseDocument(...args);
		},
	};
});

const { loadCatalog } = await import('./index.ts');
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

describe('checking a valid catalog', () => {
	it('composes no positioned document', () => {
		const result = loadCatalog(CONTENT);
		expect(result.ok).toBe(true);
		expect(composed.files).toBe(0);
	});
});
