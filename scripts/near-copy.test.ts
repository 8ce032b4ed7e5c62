/**
 * The catalog says the sources' facts in its own words: at most
 * `NEAR_COPY_LIMIT` of each locale's word runs occur in its source document.
 * The sources sit beside the project (`../shared/seeds/`); where they are
 * absent (a fresh clone) the check is skipped with a note, not failed.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadCatalog } from '../src/catalog/index.ts';
import { NEAR_COPY_LIMIT } from '../src/catalog/near-copy.ts';
import { SEEDS_RELATIVE, formatReport, measureNearCopies, sourceFiles, type LocaleNearCopy } from './near-copy.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = join(ROOT, SEEDS_RELATIVE);
const temps: string[] = [];
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the near-copy check against the sources', () => {
	it('finds at most half a percent of each locale\'s word runs in its source', (ctx) => {
		if (!existsSync(SEEDS)) {
			console.log(`Near-copy check skipped: no sources at ${SEEDS_RELATIVE}.`);
			ctx.skip(`no sources at ${SEEDS_RELATIVE}`);
		}
		const loaded = loadCatalog(join(ROOT, 'content'), { cwd: ROOT });
		if (!loaded.ok) throw new Error(`The catalog does not load:\n${loaded.problems.map(formatProblem).join('\n')}`);
		const measures = measureNearCopies(loaded.catalog, SEEDS);
		expect(measures.map((m) => m.locale)).toEqual(['en', 'ko']);
		for (const { locale, result } of measures) {
			expect.soft(result.share, `${locale}: rewrite these passages in the catalog's own words:\n${formatReport([measures.find((m) => m.locale === locale)!], 20)}`).toBeLessThanOrEqual(NEAR_COPY_LIMIT);
		}
	});
});

describe('sourceFiles', () => {
	it('takes each locale\'s source from the README table, and tells the rest apart by script', () => {
		const dir = mkdtempSync(join(tmpdir(), 'near-copy-seeds-'));
		temps.push(dir);
		writeFileSync(join(dir, 'README.md'), '| file | language | notes |\n| --- | --- | --- |\n| b.txt | English | the first |\n');
		writeFileSync(join(dir, 'a.txt'), '이 페이지에서는 오류 메시지를 설명합니다.');
		writeFileSync(join(dir, 'b.txt'), 'This page describes error messages.');
		expect(sourceFiles(dir)).toEqual({ en: 'b.txt', ko: 'a.txt' });
	});
});

describe('formatReport', () => {
	it('gives the share per locale, says when it is over the limit, and lists the longest passages first', () => {
		const measure: LocaleNearCopy = {
			locale: 'en',
			sourceFile: 'source.txt',
			result: {
				runLength: 8,
				totalRuns: 200,
				sharedRuns: 3,
				share: 0.015,
				shared: [],
				passages: [
					{ field: 'errors.A.cause', text: 'one two three four five six seven eight nine ten', words: 10 },
					{ field: 'errors.B.action', text: 'one two three four five six seven eight', words: 8 },
				],
			},
		};
		expect(formatReport([measure], 1).split('\n')).toEqual([
			'en: 3 of 200 8-word runs (1.50%) also occur in source.txt: over the 0.5% limit',
			'  errors.A.cause (10 words): one two three four five six seven eight nine ten',
			'  … and 1 more passage (--top N to list more)',
		]);
	});
});
