/**
 * The plain-prose shortcut of parseRichText must build exactly the tree
 * remark builds, for every field of the real catalog and for spacing that
 * CommonMark treats specially; text that might hold syntax must go to remark.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from './load.ts';
import { LOCALES } from './locales.ts';
import { plainProseTree, remarkTree } from './rich-text.ts';

/** A tree without source positions, which the shortcut does not make and nothing downstream reads. */
function shape(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(shape);
	if (node === null || typeof node !== 'object') return node;
	return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position').map(([key, value]) => [key, shape(value)]));
}

const catalog = loadCatalogOrThrow(fileURLToPath(new URL('../../content/', import.meta.url)));
const fields = [
	...catalog.statuses.flatMap((s) => LOCALES.flatMap((l) => [s.text[l].meaning, s.text[l].advice])),
	...catalog.errors.flatMap((e) => LOCALES.flatMap((l) => [e.text[l].summary, e.text[l].cause, ...(e.text[l].action ? [e.text[l].action] : [])])),
].map((t) => t.markdown);
/** The raw text of every error's `notThis` lines too: mostly prose with ids in backticks. */
const withIds = catalog.errors.flatMap((e) => LOCALES.flatMap((l) => Object.values(e.text[l]).filter((v): v is { markdown: string } => typeof v === 'object' && v !== null && 'markdown' in v && typeof v.markdown === 'string' && v.markdown.includes('`')))).map((t) => t.markdown);

describe('plainProseTree', () => {
	it('takes the shortcut for most fields of the real catalog, with remark\'s tree', () => {
		let shortcuts = 0;
		for (const markdown of fields) {
			const tree = plainProseTree(markdown);
			if (!tree) continue;
			shortcuts++;
			expect(shape(tree), markdown).toEqual(shape(remarkTree(markdown)));
		}
		expect(shortcuts).toBeGreaterThan(fields.length / 2);
	});

	it('reads the inline code of the real catalog\'s fields as remark does', () => {
		let read = 0;
		for (const markdown of withIds) {
			const tree = plainProseTree(markdown);
			if (!tree) continue;
			read++;
			expect(shape(tree), markdown).toEqual(shape(remarkTree(markdown)));
		}
		expect(read).toBeGreaterThan(0);
	});

	it.each([
		['an id `CourseNotModifiable` in prose'],
		['`Start` and end `x`'],
		['double ``a ` b`` run'],
		['unclosed ` tick and `closed`'],
		['`` unmatched ` lengths `'],
		['` padded `'],
		['`  `'],
		['a `span\nacross` lines'],
		['para `one`\n\npara `two`'],
		['수업 ID `courseId`를 확인하세요.'],
		['`a``b`'],
		['`\nx\n` and ` y\n`'],
	])('reads inline code as remark does in %j', (markdown) => {
		const tree = plainProseTree(markdown);
		expect(tree).toBeDefined();
		expect(shape(tree)).toEqual(shape(remarkTree(markdown)));
	});

	it.each([
		['one line'],
		['two\nlines'],
		['  leading spaces\n   and more\ntrailing space \nend  '],
		['para one\n\npara two'],
		['para one\n \n\npara two\n'],
		['\n\nstarts blank'],
		['수업이 보관처리되어 (ARCHIVED) 변경할 수 없습니다.\n다시 시도하세요: 잠시 후.'],
		['quotes "x" and \'y\', a colon: and a URL https://example.com/a/b'],
		['numbers 1. in the middle and 2) too'],
	])('builds remark\'s tree for %j', (markdown) => {
		const tree = plainProseTree(markdown);
		expect(tree).toBeDefined();
		expect(shape(tree)).toEqual(shape(remarkTree(markdown)));
	});

	it.each([['`code` *em*'], ['```\nfence\n```'], ['`trailing space` \nnext'], ['*em*'], ['a_b'], ['[x](https://a)'], ['<b>'], ['&amp;'], ['a\\b'], ['# h'], ['- item'], ['1. item'], ['x\n2) item'], ['> quote'], ['a\n==='], ['    code'], ['hard  \nbreak'], ['tab\there'], ['blank line with spaces\n   \nnext'], ['a=b']])(
		'leaves %j to remark',
		(markdown) => {
			expect(plainProseTree(markdown)).toBeUndefined();
		},
	);
});
