import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { lexiconFromGlossary } from './korean.ts';
import { LEXICON_MODULE, lexiconModuleSource, searchLexiconModule } from './lexicon-module.ts';

const catalog = loadCatalogOrThrow(resolve('content'));

/** What a browser gets from the module: its default export. */
async function importSource(source: string): Promise<unknown> {
	const module = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default: unknown };
	return module.default;
}

describe('the search lexicon module', () => {
	it('exports the glossary’s lexicon as the search engine takes it', async () => {
		const lexicon = lexiconFromGlossary(catalog.glossary);
		expect(lexicon.keep.length).toBeGreaterThan(20);
		expect(await importSource(lexiconModuleSource(catalog.glossary))).toEqual(lexicon);
	});

	it('is served by the plugin under its id only, from the catalog it is given', () => {
		let asked = 0;
		const plugin = searchLexiconModule(() => {
			asked++;
			return catalog;
		});
		const resolveId = plugin.resolveId as (id: string) => string | undefined;
		const load = plugin.load as (id: string) => string | undefined;
		const resolved = resolveId(LEXICON_MODULE);
		expect(resolved).toBeDefined();
		expect(resolveId('./korean.ts')).toBeUndefined();
		expect(load('/src/search/korean.ts')).toBeUndefined();
		expect(asked).toBe(0);
		expect(load(resolved ?? '')).toBe(lexiconModuleSource(catalog.glossary));
		expect(asked).toBe(1);
	});
});
