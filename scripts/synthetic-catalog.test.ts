import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/index.ts';
import { syntheticIds, writeSyntheticCatalog } from './synthetic-catalog.ts';

const CONTENT = join(import.meta.dirname, '..', 'content');
const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the synthetic catalog of the scale benchmark', () => {
	it('numbers copies after the real ids, never reusing one', () => {
		const ids = syntheticIds(['A', 'B', 'C'], 7);
		expect(ids.map((e) => e.id)).toEqual(['A', 'B', 'C', 'AN3', 'BN4', 'CN5', 'AN6']);
		expect(new Set(ids.map((e) => e.id)).size).toBe(7);
		expect(syntheticIds(['A', 'B', 'C'], 2).map((e) => e.id)).toEqual(['A', 'B']);
	});

	it('passes the catalog check, with every field the real catalog has, at more and fewer errors than the real one', () => {
		for (const n of [5, 60]) {
			const dir = mkdtempSync(join(tmpdir(), 'synthetic-catalog-'));
			dirs.push(dir);
			writeSyntheticCatalog(CONTENT, dir, n);
			const result = loadCatalog(dir, { cwd: dir });
			expect(result.ok ? [] : result.problems.slice(0, 3), `${String(n)} errors`).toEqual([]);
			if (!result.ok) continue;
			expect(result.catalog.errors).toHaveLength(n);
			for (const error of result.catalog.errors.filter((e) => /N\d+$/.test(e.id))) expect(error.related).toEqual([]);
			// The API's methods come along, so the benchmark builds their pages too.
			expect(result.catalog.methods.length).toBeGreaterThan(90);
			// Copies share objects in memory, and YAML would write those as anchors and aliases, which the check limits.
			expect(readFileSync(join(dir, 'en.yaml'), 'utf8')).not.toMatch(/[&*]a\d+\b/);
		}
	});
});
