import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_PATCHES, patchPagefindScript } from './pagefind-patch.ts';

describe('patchPagefindScript', () => {
	let dir = '';
	let script = '';

	// The pagefind.js the installed Pagefind writes, from a one-page index.
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'pagefind-patch-'));
		const { index } = await pagefind.createIndex({});
		if (!index) throw new Error('Pagefind returned no index.');
		await index.addCustomRecord({ url: '/a/', content: 'A course that cannot be modified.', language: 'en' });
		await index.writeFiles({ outputPath: dir });
		await pagefind.close();
		script = readFileSync(join(dir, 'pagefind.js'), 'utf8');
	}, 60_000);

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('makes each change once in the installed Pagefind’s script, and nothing else', () => {
		const patched = patchPagefindScript(script);
		let restored = patched;
		for (const patch of PAGEFIND_PATCHES) {
			expect(patched.split(patch.replace), patch.what).toHaveLength(2);
			expect(patched, patch.what).not.toContain(patch.find);
			restored = restored.replace(patch.replace, patch.find);
		}
		expect(restored).toBe(script);
	});

	it('keeps Pagefind’s word segmentation for languages written without spaces', () => {
		// The changed condition calls Pagefind's own test for those languages, which must exist in the script.
		expect(script).toMatch(/var needsWordSegmentation=\(lang\)=>\{[^}]*\["zh","ja","th"\]/);
	});

	it('stops the build with what to do when the script is not the one it knows', () => {
		expect(() => patchPagefindScript('var pagefind_version="9.0.0";async getPtr(){}')).toThrow(
			/Pagefind 9\.0\.0.*the wait for the WebAssembly \(getPtr\) and grapheme splitting of queries \(search\).*PAGEFIND_PATCHES/s,
		);
		// Patched already: not the script it knows either.
		expect(() => patchPagefindScript(patchPagefindScript(script))).toThrow(/exactly once/);
		const [first] = PAGEFIND_PATCHES;
		if (!first) throw new Error('No patches.');
		expect(() => patchPagefindScript(script + first.find)).toThrow(/the wait for the WebAssembly/);
	});
});
