import { describe, expect, it } from 'vitest';
import { findRawMarkdown } from './raw-markdown.ts';

describe('findRawMarkdown', () => {
	it('finds a strong marker left raw before a Korean particle', () => {
		const found = findRawMarkdown('**$defs/Error**는 오류 하나를 설명합니다.');
		expect(found.map((f) => f.syntax)).toEqual(['strong (**)', 'strong (**)']);
		expect(found[0]?.context).toContain('$defs/Error');
	});

	it('finds raw backticks, links, emphasis and tags', () => {
		const syntaxes = findRawMarkdown('Use `courses.patch`; see [the guide](https://example.org/x) and *Monitor API quotas* or <strong>this</strong>.').map((f) => f.syntax);
		expect(syntaxes).toContain('inline code (`)');
		expect(syntaxes).toContain('link ([text](url))');
		expect(syntaxes).toContain('emphasis (*text*)');
		expect(syntaxes).toContain('HTML tag as text');
	});

	it('leaves rendered prose alone: identifiers with underscores, a lone asterisk, arithmetic, brackets', () => {
		expect(findRawMarkdown('FAILED_PRECONDITION and RESOURCE_EXHAUSTED: 2 * 3 retries, [optional] fields, 10 × 2^n ms, a * b.')).toEqual([]);
		expect(findRawMarkdown('강좌 제목(name)에 URL을 넣을 수 없습니다. 오류 ID는 @CourseNotModifiable입니다.')).toEqual([]);
	});
});
