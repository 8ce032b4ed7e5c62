/**
 * The end-user message rule: the words it rejects, the ordinary sentences it
 * lets through, and each rejection located in a fixture like every other
 * catalog problem.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load.ts';
import { httpCodeMentions, userMessageProblems } from './user-message.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const context = { errorIds: new Set(['CourseNotModifiable', 'ClassroomDisabled']), methods: new Set(['courses.patch', 'courses.students.create']) };
const messages = (text: string) => userMessageProblems(text, context).map((p) => p.message);

describe('userMessageProblems', () => {
	it('accepts plain sentences in English and Korean, numbers that count things among them', () => {
		for (const text of [
			"You can't change this class right now. Ask your school's administrator for help.",
			'You have joined 20 classes today, which is the most allowed in one day. Wait a day, then try again.',
			'A class can have at most 100 students. Remove students who no longer need the class.',
			'학생은 하루에 수업 20개까지 참여할 수 있습니다. 학생 120명이 넘으면 더 추가할 수 없습니다.',
			'Sign out of your other accounts, e.g. a personal one, then open the class again.',
			"That's OK: your work is saved.",
			'Open classroom.google.com and sign in with your school account.',
		]) {
			expect(messages(text), text).toEqual([]);
		}
	});

	it('rejects a method of the catalog, and any dotted name spelt like a method, with or without brackets', () => {
		expect(messages('Your app called courses.patch.')).toEqual(['The end-user message names the API method "courses.patch".']);
		expect(messages('Try teachers.delete() first.')).toEqual(['The end-user message names what looks like an API method or field "teachers.delete()".']);
		expect(messages('Ask them to run courses.students.create again.')).toEqual(['The end-user message names the API method "courses.students.create".']);
	});

	it('rejects an error id of the catalog, as a word or after @, and any @Id', () => {
		expect(messages('You got CourseNotModifiable.')).toEqual(['The end-user message names the error id "CourseNotModifiable".']);
		expect(messages('The message starts with @ClassroomDisabled.')).toEqual(['The end-user message names the error id "ClassroomDisabled".']);
		expect(messages('The message starts with @SomethingNew.')).toEqual(['The end-user message names the error id "SomethingNew".']);
	});

	it('rejects a google.rpc status name, but not the word OK', () => {
		expect(messages('The app got PERMISSION_DENIED.')).toEqual(['The end-user message names the google.rpc status "PERMISSION_DENIED".']);
		expect(messages('Classroom said INTERNAL.')).toEqual(['The end-user message names the google.rpc status "INTERNAL".']);
		expect(messages('It is OK to try again tomorrow.')).toEqual([]);
	});

	it('rejects inline code, emphasis, links, HTML and a second paragraph', () => {
		expect(messages('Ask for `help`.')).toEqual(['The end-user message must be plain text, but it has inline code `help`.']);
		expect(messages('This is *important*.')).toEqual(['The end-user message must be plain text, but it has Markdown emphasis.']);
		expect(messages('Read [this](https://example.org).')).toEqual(['The end-user message must be plain text, but it has a Markdown link to https://example.org.']);
		expect(messages('Hello <b>you</b>.')).toHaveLength(2);
		expect(messages('Hello <b>you</b>.')[0]).toMatch(/^The end-user message must be plain text\. Raw HTML is not allowed/);
		expect(messages('One.\n\nTwo.')).toEqual(['The end-user message has 2 paragraphs; it is pasted as one.']);
		expect(messages('Use 5 \\* 2 and &amp; signs.')).toEqual(['The end-user message has a Markdown escape or an HTML entity, which would show differently than written.']);
	});

	it('reports every problem of a message at once', () => {
		expect(messages('`courses.patch` failed with HTTP 400 (FAILED_PRECONDITION).')).toEqual([
			'The end-user message must be plain text, but it has inline code `courses.patch`.',
			'The end-user message names the API method "courses.patch".',
			'The end-user message names the google.rpc status "FAILED_PRECONDITION".',
			'The end-user message names the HTTP status code 400.',
		]);
	});
});

describe('httpCodeMentions: a three-digit number reads as a code only next to a code word, or on its own in brackets or quotes', () => {
	it('finds codes after a code word, before one, and in brackets or quotes', () => {
		for (const [text, codes] of [
			['You got HTTP 429.', ['429']],
			['HTTP/1.1 403 came back.', ['403']],
			['error 500 again', ['500']],
			['status: 404', ['404']],
			['A 403 error.', ['403']],
			['429 Too Many Requests', ['429']],
			['The server said (503).', ['503']],
			['It said "500".', ['500']],
			['오류 403이 표시됩니다.', ['403']],
			['500 오류가 났습니다.', ['500']],
			['응답 코드 429', ['429']],
		] as const) {
			expect(httpCodeMentions(text), text).toEqual(codes);
		}
	});

	it('leaves counts, years, longer numbers and numbers out of range alone', () => {
		for (const text of ['20 classes', '100 students in a class', '학생 120명', 'in 2024', '1,500 members', '3.500 points', '600 errors is a lot of codes?', 'You have 404 points.']) {
			expect(httpCodeMentions(text), text).toEqual([]);
		}
	});
});

describe('end-user message and whoActs problems in fixtures, located like every other problem', () => {
	const brief = (name: string) => {
		const result = loadCatalog(join(FIXTURES, name), { cwd: FIXTURES });
		if (result.ok) throw new Error(`${name} loaded without problems`);
		return result.problems.map((p) => `${p.file}:${String(p.line)}:${String(p.column)} ${p.path} | ${p.message}`);
	};

	it.each([
		['user-message-method', 'user-message-method/en.yaml:36:18 errors[0].userMessage | The end-user message names the API method "courses.patch".'],
		['user-message-error-id', 'user-message-error-id/en.yaml:66:18 errors[2].userMessage | The end-user message names the error id "ClassroomDisabled".'],
		['user-message-http-code', 'user-message-http-code/en.yaml:81:18 errors[3].userMessage | The end-user message names the HTTP status code 429.'],
		['user-message-status-name', 'user-message-status-name/ko.yaml:20:18 errors[0].userMessage | The end-user message names the google.rpc status "FAILED_PRECONDITION".'],
		['user-message-markdown', 'user-message-markdown/en.yaml:51:18 errors[1].userMessage | The end-user message must be plain text, but it has inline code `school`.'],
		['user-message-too-long', 'user-message-too-long/en.yaml:81:18 errors[3].userMessage | "userMessage" is 583 characters long; the limit is 500.'],
		['missing-user-message', 'missing-user-message/ko.yaml:30:5 errors[2].userMessage | Required field "userMessage" is missing.'],
		['missing-who-acts', 'missing-who-acts/en.yaml:68:5 errors[3].whoActs | Required field "whoActs" is missing.'],
		['who-acts-in-translation', 'who-acts-in-translation/ko.yaml:20:5 errors[0].whoActs | "whoActs" is a fact, and facts live in en.yaml only.'],
	])('%s', (name, expected) => {
		expect(brief(name)).toEqual([expected]);
	});

	it('who-acts-invalid: a value that is not a role, and a role listed twice, each at its item', () => {
		expect(brief('who-acts-invalid')).toEqual([
			'who-acts-invalid/en.yaml:35:15 errors[0].whoActs[0] | "whoActs[0]" has the text "teacher", which is not allowed.',
			'who-acts-invalid/en.yaml:35:34 errors[0].whoActs[2] | end-user is listed twice in whoActs.',
		]);
	});
});
