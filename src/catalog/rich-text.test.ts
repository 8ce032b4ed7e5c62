import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { methodReferenceUrl, parseRichText, plainOf, proseOf, remarkCatalogRefs, type RefContext, type RichText } from './rich-text.ts';

const context: RefContext = {
	errorIds: new Set(['CourseNotModifiable', 'ClassroomApiDisabled', 'ClassroomDisabled', 'UserCourseJoinRateLimitReached']),
	methods: new Set(['courses.patch', 'courses.students.create']),
};

/** Parses `markdown`, failing the test with the problems if there are any. */
function parse(markdown: string, ctx: RefContext = context): RichText {
	const result = parseRichText(markdown, ctx);
	if (!result.text) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
	expect(result.problems).toEqual([]);
	return result.text;
}

/** The problems of `markdown`, which must have some; no text comes back with them. */
function problems(markdown: string): { message: string; fix: string }[] {
	const result = parseRichText(markdown, context);
	expect(result.text).toBeUndefined();
	expect(result.problems.length).toBeGreaterThan(0);
	return result.problems.map((p) => ({ message: p.message, fix: p.fix }));
}

const HTML_FIX = 'Remove the HTML; use `code`, *emphasis* or [a link](https://…) instead.';
const BLOCK_FIX = 'Use plain paragraphs with inline code, *emphasis*, **strong** and https links only.';
const INLINE_FIX = 'Use inline code, *emphasis*, **strong** and https links only.';

describe('parseRichText: the allowed subset', () => {
	it('parses plain text as one paragraph of text', () => {
		expect(parse('The course is archived.')).toEqual({
			markdown: 'The course is archived.',
			paragraphs: [[{ type: 'text', value: 'The course is archived.' }]],
			plain: 'The course is archived.',
		});
	});

	it('parses inline code, emphasis, strong emphasis and an https link', () => {
		const text = parse('Use `courseState`, *then* **retry** with [the guide](https://developers.google.com/workspace/classroom).');
		expect(text.paragraphs).toEqual([
			[
				{ type: 'text', value: 'Use ' },
				{ type: 'code', value: 'courseState' },
				{ type: 'text', value: ', ' },
				{ type: 'emphasis', children: [{ type: 'text', value: 'then' }] },
				{ type: 'text', value: ' ' },
				{ type: 'strong', children: [{ type: 'text', value: 'retry' }] },
				{ type: 'text', value: ' with ' },
				{ type: 'link', href: 'https://developers.google.com/workspace/classroom', children: [{ type: 'text', value: 'the guide' }] },
				{ type: 'text', value: '.' },
			],
		]);
		expect(text.plain).toBe('Use courseState, then retry with the guide.');
	});

	it('parses nested emphasis inside strong', () => {
		expect(parse('**very *much* so**').paragraphs).toEqual([
			[{ type: 'strong', children: [{ type: 'text', value: 'very ' }, { type: 'emphasis', children: [{ type: 'text', value: 'much' }] }, { type: 'text', value: ' so' }] }],
		]);
	});

	it('parses several paragraphs, and joins them with a blank line in plain text', () => {
		const text = parse('First paragraph.\n\nSecond *one*.\n\nThird.');
		expect(text.paragraphs).toHaveLength(3);
		expect(text.plain).toBe('First paragraph.\n\nSecond one.\n\nThird.');
	});

	it('keeps the Markdown source as written', () => {
		expect(parse('A *b* `c`').markdown).toBe('A *b* `c`');
	});
});

describe('parseRichText: what is not allowed', () => {
	it('rejects inline raw HTML, one problem per tag, with its position in the text', () => {
		expect(problems('A <b>bold</b> word.')).toEqual([
			{ message: 'Raw HTML is not allowed in catalog text: "<b>" (at text line 1, column 3).', fix: HTML_FIX },
			{ message: 'Raw HTML is not allowed in catalog text: "</b>" (at text line 1, column 10).', fix: HTML_FIX },
		]);
	});

	it('rejects block raw HTML', () => {
		expect(problems('Intro.\n\n<div class="x">hi</div>')).toEqual([
			{ message: 'Raw HTML is not allowed in catalog text: "<div class=\\"x\\">hi</div>" (at text line 3, column 1).', fix: HTML_FIX },
		]);
	});

	it('rejects an HTML comment', () => {
		expect(problems('<!-- hidden -->')).toEqual([{ message: 'Raw HTML is not allowed in catalog text: "<!-- hidden -->" (at text line 1, column 1).', fix: HTML_FIX }]);
	});

	it('rejects a heading', () => {
		expect(problems('# Title')).toEqual([{ message: 'A Markdown heading is not allowed in catalog text (at text line 1, column 1).', fix: BLOCK_FIX }]);
	});

	it('rejects a list', () => {
		expect(problems('Steps:\n\n- one\n- two')).toEqual([{ message: 'A Markdown list is not allowed in catalog text (at text line 3, column 1).', fix: BLOCK_FIX }]);
	});

	it('rejects a fenced code block', () => {
		expect(problems('```\ncourses.patch\n```')).toEqual([{ message: 'A Markdown code is not allowed in catalog text (at text line 1, column 1).', fix: BLOCK_FIX }]);
	});

	it('rejects a block quote and a thematic break', () => {
		expect(problems('> quoted\n\n---').map((p) => p.message)).toEqual([
			'A Markdown blockquote is not allowed in catalog text (at text line 1, column 1).',
			'A Markdown thematicBreak is not allowed in catalog text (at text line 3, column 1).',
		]);
	});

	it('rejects an image', () => {
		expect(problems('See ![a screenshot](https://example.com/a.png).')).toEqual([
			{ message: 'Markdown image is not allowed in catalog text (at text line 1, column 5).', fix: INLINE_FIX },
		]);
	});

	it('rejects a javascript: link', () => {
		expect(problems('[click](javascript:alert(1))')).toEqual([
			{ message: 'The link "javascript:alert(1)" is not an https address (at text line 1, column 1).', fix: 'Link only to https:// addresses.' },
		]);
	});

	it('rejects an http link and a relative link', () => {
		expect(problems('[a](http://example.com) and [b](/docs)').map((p) => p.message)).toEqual([
			'The link "http://example.com" is not an https address (at text line 1, column 1).',
			'The link "/docs" is not an https address (at text line 1, column 29).',
		]);
	});

	it('rejects problems nested inside emphasis', () => {
		expect(problems('*see <i>this</i>*').map((p) => p.message)).toEqual([
			'Raw HTML is not allowed in catalog text: "<i>" (at text line 1, column 6).',
			'Raw HTML is not allowed in catalog text: "</i>" (at text line 1, column 13).',
		]);
	});

	it('reports every problem of a field at once', () => {
		expect(problems('# Heading\n\nText with <br> and ![x](https://e.com/x.png).\n\n- item').map((p) => p.message)).toEqual([
			'A Markdown heading is not allowed in catalog text (at text line 1, column 1).',
			'Raw HTML is not allowed in catalog text: "<br>" (at text line 3, column 11).',
			'Markdown image is not allowed in catalog text (at text line 3, column 20).',
			'A Markdown list is not allowed in catalog text (at text line 5, column 1).',
		]);
	});
});

describe('parseRichText: auto-linking of error ids and methods', () => {
	it('links a known error id written as a word', () => {
		expect(parse('See also ClassroomDisabled.').paragraphs).toEqual([
			[
				{ type: 'text', value: 'See also ' },
				{ type: 'errorRef', id: 'ClassroomDisabled', code: false },
				{ type: 'text', value: '.' },
			],
		]);
	});

	it('links a known error id written as inline code', () => {
		expect(parse('See `ClassroomDisabled`.').paragraphs).toEqual([
			[
				{ type: 'text', value: 'See ' },
				{ type: 'errorRef', id: 'ClassroomDisabled', code: true },
				{ type: 'text', value: '.' },
			],
		]);
	});

	it('links several ids in one text, also inside emphasis', () => {
		expect(parse('ClassroomDisabled or *CourseNotModifiable*').paragraphs).toEqual([
			[
				{ type: 'errorRef', id: 'ClassroomDisabled', code: false },
				{ type: 'text', value: ' or ' },
				{ type: 'emphasis', children: [{ type: 'errorRef', id: 'CourseNotModifiable', code: false }] },
			],
		]);
	});

	it('does not link a longer id that merely starts with a known one', () => {
		expect(parse('ClassroomApiDisabledFoo is not an id here.').paragraphs).toEqual([[{ type: 'text', value: 'ClassroomApiDisabledFoo is not an id here.' }]]);
		expect(parse('`ClassroomApiDisabledFoo`').paragraphs).toEqual([[{ type: 'code', value: 'ClassroomApiDisabledFoo' }]]);
	});

	it('does not link an id glued to letters or digits', () => {
		for (const glued of ['xClassroomDisabled', 'ClassroomDisabledx', '2ClassroomDisabled', 'ClassroomDisabled2']) {
			expect(parse(`A ${glued} b`).paragraphs).toEqual([[{ type: 'text', value: `A ${glued} b` }]]);
		}
	});

	it('links ClassroomApiDisabled as one id, never a shorter id inside it', () => {
		expect(parse('ClassroomApiDisabled').paragraphs).toEqual([[{ type: 'errorRef', id: 'ClassroomApiDisabled', code: false }]]);
		// Even when only the shorter, contained id is known, it is not linked inside the longer word.
		const onlyInner: RefContext = { errorIds: new Set(['ClassroomDisabled', 'ApiDisabled']), methods: new Set() };
		expect(parse('ClassroomApiDisabled', onlyInner).paragraphs).toEqual([[{ type: 'text', value: 'ClassroomApiDisabled' }]]);
	});

	it('links a known method written as inline code, also with trailing ()', () => {
		expect(parse('Call `courses.patch`.').paragraphs).toEqual([
			[
				{ type: 'text', value: 'Call ' },
				{ type: 'methodRef', method: 'courses.patch', code: true },
				{ type: 'text', value: '.' },
			],
		]);
		expect(parse('`courses.students.create()`').paragraphs).toEqual([[{ type: 'methodRef', method: 'courses.students.create', code: true }]]);
	});

	it('does not link a method written as a plain word, nor an unknown method in code', () => {
		expect(parse('Call courses.patch.').paragraphs).toEqual([[{ type: 'text', value: 'Call courses.patch.' }]]);
		expect(parse('`courses.delete`').paragraphs).toEqual([[{ type: 'code', value: 'courses.delete' }]]);
	});

	it('does not link the entry to itself', () => {
		const self: RefContext = { ...context, selfId: 'ClassroomDisabled' };
		expect(parse('ClassroomDisabled, unlike ClassroomApiDisabled.', self).paragraphs).toEqual([
			[{ type: 'text', value: 'ClassroomDisabled, unlike ' }, { type: 'errorRef', id: 'ClassroomApiDisabled', code: false }, { type: 'text', value: '.' }],
		]);
		expect(parse('`ClassroomDisabled`', self).paragraphs).toEqual([[{ type: 'code', value: 'ClassroomDisabled' }]]);
	});

	it('does not rewrite text inside an existing link', () => {
		expect(parse('[ClassroomDisabled and `courses.patch`](https://example.com/help)').paragraphs).toEqual([
			[
				{
					type: 'link',
					href: 'https://example.com/help',
					children: [
						{ type: 'text', value: 'ClassroomDisabled and ' },
						{ type: 'code', value: 'courses.patch' },
					],
				},
			],
		]);
	});

	it('links nothing when the catalog has no ids', () => {
		expect(parse('ClassroomDisabled', { errorIds: new Set(), methods: new Set() }).paragraphs).toEqual([[{ type: 'text', value: 'ClassroomDisabled' }]]);
	});

	// Regression (was a bug): a bare URL is plain text in this subset, but the id pattern only refuses letters,
	// digits and `@` before an id, so an id after `/` in a URL is cut out of the address.
	it('does not cut an id out of a bare URL', () => {
		expect(parse('See https://example.com/ClassroomApiDisabled for details.').paragraphs).toEqual([
			[{ type: 'text', value: 'See https://example.com/ClassroomApiDisabled for details.' }],
		]);
	});
});

describe('remarkCatalogRefs', () => {
	it('turns mentions into catalog-error: and catalog-method: links in the mdast tree', () => {
		const processor = unified().use(remarkParse).use(remarkCatalogRefs, context);
		const tree = processor.runSync(processor.parse('ClassroomDisabled and `courses.patch()`')) as Root;
		const paragraph = tree.children[0];
		expect(paragraph?.type).toBe('paragraph');
		expect(paragraph && 'children' in paragraph ? paragraph.children.map((c) => ({ ...c, position: undefined })) : []).toEqual([
			{ type: 'link', url: 'catalog-error:ClassroomDisabled', children: [{ type: 'text', value: 'ClassroomDisabled' }], position: undefined },
			{ type: 'text', value: ' and ', position: undefined },
			{ type: 'link', url: 'catalog-method:courses.patch', children: [{ type: 'inlineCode', value: 'courses.patch()' }], position: undefined },
		]);
	});
});

describe('plain text and prose', () => {
	it('plain text has no Markdown syntax', () => {
		const text = parse('**Use** `courses.patch` on [the *course*](https://example.com), see ClassroomDisabled.');
		expect(text.plain).toBe('Use courses.patch on the course, see ClassroomDisabled.');
		expect(text.plain).not.toMatch(/[*`[\]()]/);
	});

	it('plainOf renders every inline kind', () => {
		expect(plainOf({ type: 'text', value: 'a' })).toBe('a');
		expect(plainOf({ type: 'code', value: 'b' })).toBe('b');
		expect(plainOf({ type: 'errorRef', id: 'ClassroomDisabled', code: true })).toBe('ClassroomDisabled');
		expect(plainOf({ type: 'methodRef', method: 'courses.patch', code: true })).toBe('courses.patch');
		expect(plainOf({ type: 'link', href: 'https://e.com', children: [{ type: 'strong', children: [{ type: 'text', value: 'c' }] }] })).toBe('c');
	});

	it('proseOf drops inline code, id mentions and method mentions, keeping the words', () => {
		const text = parse('Call `courses.patch` after ClassroomDisabled, *then* use `fieldMask`.\n\n다시 시도하세요.');
		expect(proseOf(text)).toBe('Call   after  , then use  .\n다시 시도하세요.');
		expect(proseOf(text)).not.toMatch(/courses|Classroom|fieldMask/);
	});
});

describe('methodReferenceUrl', () => {
	it.each([
		['courses.patch', 'https://developers.google.com/workspace/classroom/reference/rest/v1/courses/patch'],
		['courses.students.create', 'https://developers.google.com/workspace/classroom/reference/rest/v1/courses.students/create'],
	])('%s → %s', (method, url) => {
		expect(methodReferenceUrl(method)).toBe(url);
	});
});
