import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locate, parseYaml, type YamlSource } from './yaml-source.ts';

/** True when the source was read by the fast path: its positioned document is composed on demand. */
const isFast = (source: YamlSource | undefined) => typeof Object.getOwnPropertyDescriptor(source ?? {}, 'doc')?.get === 'function';

function both(text: string) {
	return { fast: parseYaml('f.yaml', text), precise: parseYaml('f.yaml', text, { precise: true }) };
}

describe('parseYaml: the fast path reads what the positioned parser reads', () => {
	it('types plain scalars by the YAML 1.2 core schema, exactly as the `yaml` library does', () => {
		const text = [
			'int: 403', 'signed: +12', 'octal: 0o17', 'leading-zero: 017', 'hex: 0x1F', 'underscore: 1_000', 'binary: 0b11',
			'float: 1.50', 'exp: 1e3', 'dot: .5', 'inf: -.Inf', 'nan: .nan', 'bool: TRUE', 'yes: yes', 'none: ~', 'empty:', '1.50: key',
			'date: 2026-12-02', 'quoted: "403"', "single: 'true'",
		].join('\n');
		const { fast, precise } = both(text);
		expect(isFast(fast.source)).toBe(true);
		expect(fast.source?.value).toEqual(precise.source?.value);
		expect(fast.source?.value).toMatchObject({ int: 403, octal: 15, 'leading-zero': 17, hex: 31, underscore: '1_000', binary: '0b11', yes: 'yes', date: '2026-12-02', quoted: '403', single: 'true' });
	});

	it('reads block and quoted scalars, flow collections and comments the same way', () => {
		const text = 'summary: |\n  one\n   two\n\n  three\ncause: >-\n  folded\n  line\n\n  para\n    kept\n  end\nc: "\\u00e9\\x41 \\"q\\""\nd: \'it\'\'s\'\ne: [x, {y: z}] # comment\nf: plain\n  continued\n';
		const { fast, precise } = both(text);
		expect(isFast(fast.source)).toBe(true);
		expect(fast.source?.value).toEqual(precise.source?.value);
	});

	it('reads the real catalog files the same way, through the fast path', () => {
		for (const name of ['en.yaml', 'ko.yaml', 'glossary.yaml']) {
			const text = readFileSync(fileURLToPath(new URL(`../../content/${name}`, import.meta.url)), 'utf8');
			const { fast, precise } = both(text);
			expect(isFast(fast.source), name).toBe(true);
			expect(fast.source?.value, name).toEqual(precise.source?.value);
		}
	});

	it('leaves anything unusual to the positioned parser: anchors, tags, directives, duplicate keys, syntax errors, unsafe text', () => {
		for (const text of ['a: &x 1\nb: *x', 'a: !!str 1', 'a: !evil 1', '%YAML 1.2\n---\na: 1', '---\na: 1', 'a: 1\n---\nb: 2', 'a: 1\n...\n', 'a: [&x 1, *x]', 'a: 1\na: 2', 'a: "open', 'a: "\\0"', 'a: "\\u202e"', 'null: 1', '', 'just a scalar']) {
			const { fast, precise } = both(text);
			expect(isFast(fast.source), text).toBe(false);
			expect(fast.problems, text).toEqual(precise.problems);
			expect(fast.source?.value, text).toEqual(precise.source?.value);
		}
	});

	it('keeps the fast path for ampersands, dashes and dots in ordinary text', () => {
		const { fast, precise } = both('title: AT&T & R&D\nsummary: "--- not a marker"\ncause: >-\n  one\n  ...two\nmore: a-&b\n');
		expect(isFast(fast.source)).toBe(true);
		expect(fast.source?.value).toEqual(precise.source?.value);
	});

	it('still locates a key path in a file the fast path read, by composing the document when asked', () => {
		const { fast } = both('errors:\n  - id: A\n    title: First\n  - id: B\n    title: Second\n');
		expect(isFast(fast.source)).toBe(true);
		expect(locate(fast.source as YamlSource, ['errors', 1, 'title'])).toEqual({ line: 5, column: 12 });
		expect(locate(fast.source as YamlSource, ['errors', 1, 'title'], 'key')).toEqual({ line: 5, column: 5 });
	});

	it('leaves process.env as it was after a positioned parse', () => {
		const env = process.env;
		parseYaml('f.yaml', 'a: 1', { precise: true });
		expect(process.env).toBe(env);
	});
});
