/**
 * The UI strings: every locale has every key, and the Korean ones follow the
 * glossary that the catalog's Korean text follows.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryViolations, loadCatalogOrThrow } from '../catalog/index.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

/** Every string of a UI strings object, calling functions with sample arguments. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)(1, 2, 3))];
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

describe('UI strings', () => {
	it('Korean has exactly the keys of English, nested ones included', () => {
		const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((n) => `${k}.${n}`) : [k]));
		expect(keys(ko).sort()).toEqual(keys(en).sort());
	});

	it('Korean strings are Korean and use the glossary terms', () => {
		const glossary = loadCatalogOrThrow(resolve('content')).glossary;
		const offenders = strings(ko).flatMap((text) =>
			glossaryViolations(text.replace(/`[^`]*`/g, ' '), glossary).map(({ avoid, term }) => `${avoid} (use ${term.ko}) in: ${text}`),
		);
		expect(offenders).toEqual([]);
		const hangul = strings(ko).filter((s) => /[\uac00-\ud7a3]/.test(s));
		expect(hangul.length).toBeGreaterThan(strings(ko).length * 0.8);
	});
});
