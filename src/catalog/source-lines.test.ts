/**
 * Entry lines for "edit this entry": the one-pass scan agrees with the
 * loader's positions on the real catalog, and anything it cannot read falls
 * back to those positions rather than to a wrong line.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadCatalogOrThrow } from './index.ts';
import { itemLines, scanItemLines } from './source-lines.ts';
import { locate, parseYaml } from './yaml-source.ts';

const CONTENT = resolve('content');

describe('source lines', () => {
	it('point at the `- id:` line of every error, status and method of the real catalog', () => {
		const catalog = loadCatalogOrThrow(CONTENT);
		const lines = catalog.sourceLines;
		if (!lines) throw new Error('The loader gave no source lines.');
		for (const locale of LOCALES) {
			const text = readFileSync(join(CONTENT, `${locale}.yaml`), 'utf8').split('\n');
			for (const entry of [...catalog.errors, ...catalog.statuses]) {
				const line = ('slug' in entry && 'errorIds' in entry ? lines.statuses : lines.errors)[entry.id]?.[locale];
				expect(text[(line ?? 0) - 1]).toBe(`  - id: ${entry.id}`);
			}
		}
		const methods = readFileSync(join(CONTENT, 'methods.yaml'), 'utf8').split('\n');
		for (const method of catalog.methods) expect(methods[(lines.methods[method.id] ?? 0) - 1]).toBe(`  - id: ${method.id}`);
	});

	it('agree with the loader positions (locate) on every list of the real locale files', () => {
		for (const locale of LOCALES) {
			const { source } = parseYaml(`${locale}.yaml`, readFileSync(join(CONTENT, `${locale}.yaml`), 'utf8'));
			if (!source) throw new Error('unreadable');
			for (const key of ['statuses', 'errors'] as const) {
				const ids = ((source.value as Record<string, { id: string }[]>)[key] ?? []).map((e) => e.id);
				expect(itemLines(source, key, ids)).toEqual(ids.map((_, i) => locate(source, [key, i]).line));
			}
		}
	});

	it('fall back to the loader positions for a list the scan cannot read', () => {
		const text = ['locale: en', 'errors: [{id: A}, {id: B}]', 'statuses:', '  - status: X', '    id: S', ''].join('\n');
		const { source } = parseYaml('en.yaml', text);
		if (!source) throw new Error('unreadable');
		expect(scanItemLines(text.split('\n'), 'errors', ['A', 'B'])).toBeUndefined();
		expect(scanItemLines(text.split('\n'), 'statuses', ['S'])).toBeUndefined();
		expect(itemLines(source, 'errors', ['A', 'B'])).toEqual([2, 2]);
		expect(itemLines(source, 'statuses', ['S'])).toEqual([4]);
	});

	it('read quoted ids and comments, and refuse ids out of order', () => {
		const lines = ['errors: # the errors', '  - id: "A" # first', '    title: x', "  - id: 'B'", 'other: 1'];
		expect(scanItemLines(lines, 'errors', ['A', 'B'])).toEqual([2, 4]);
		expect(scanItemLines(lines, 'errors', ['B', 'A'])).toBeUndefined();
		expect(scanItemLines(lines, 'errors', ['A'])).toBeUndefined();
	});
});
