/** The shareable finder page's pure part: reading `q`, the error's data file, the answer for an error. */
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../matcher/types.ts';
import { errorAnswerOf, errorDataUrl, findHref, queryOf } from './find-page.ts';

describe('the find page', () => {
	it('reads q from the address, decoded, and cuts it to what the matcher reads', () => {
		expect(queryOf('?q=%40CourseNotModifiable%20The%20course%20is%20not%20modifiable')).toBe('@CourseNotModifiable The course is not modifiable');
		expect(queryOf('?q=a+b&q=c')).toBe('a b');
		expect(queryOf('')).toBe('');
		expect(queryOf(`?q=${'x'.repeat(MAX_INPUT_CHARS + 10)}`)).toHaveLength(MAX_INPUT_CHARS);
	});

	it('writes the address a link or a search engine uses, and reads it back', () => {
		const text = '{"error": {"code": 400, "message": "@CourseNotModifiable <b>&"}}';
		const href = findHref('/ko/find/', text);
		expect(href.startsWith('/ko/find/?q=')).toBe(true);
		expect(queryOf(href.slice(href.indexOf('?')))).toBe(text);
	});

	it('fetches an error from the JSON API under the base', () => {
		expect(errorDataUrl('/ref/', 'CourseNotModifiable')).toBe('/ref/api/v1/errors/CourseNotModifiable.json');
	});

	it('answers with the error’s text in the page’s language, and says when there is no action', () => {
		const data = {
			id: 'X',
			status: 'FAILED_PRECONDITION',
			http: 400,
			text: {
				en: { title: 'T', summary: { plain: 'S' }, cause: { plain: 'C' }, action: { plain: 'A' }, userMessage: 'U' },
				ko: { title: '티', summary: { plain: '에스' }, cause: { plain: '씨' }, userMessage: '유' },
			},
		};
		expect(errorAnswerOf(data, 'en', '/errors/x/')).toEqual({ id: 'X', title: 'T', badge: 'HTTP 400 · FAILED_PRECONDITION', summary: 'S', cause: 'C', action: 'A', userMessage: 'U', href: '/errors/x/' });
		expect(errorAnswerOf(data, 'ko', '/ko/errors/x/')?.action).toBeUndefined();
		expect(errorAnswerOf(data, 'fr', '/')).toBeUndefined();
	});
});
