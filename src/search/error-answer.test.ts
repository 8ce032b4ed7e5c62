import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { matchError } from '../matcher/match.ts';
import { matcherView } from '../matcher/view.ts';
import { answerMatch, cardFor, firstSentence, type AnswerCatalog, type AnswerStrings } from './error-answer.ts';
import { errorTokens, looksLikeError } from './query-shape.ts';
import { finderStrings } from '../finder/strings.ts';
import { ui } from '../i18n/index.ts';
import { shorten, shownQuery } from './shown-query.ts';
import { excerptCuts, excerptParts, shownExcerpt } from './excerpt.ts';

const catalog = loadCatalogOrThrow(resolve('content'));
const views = { en: matcherView(catalog, 'en'), ko: matcherView(catalog, 'ko') };
const strings: AnswerStrings = {
	todoLabel: 'Do',
	unknownId: 'unknown {id}:',
	unknownIdAlone: 'alone {id}:',
	unknownStatus: 'status {status}',
	ambiguous: 'several:',
	finder: finderStrings(ui('en')),
};

function answerCatalog(locale: 'en' | 'ko'): AnswerCatalog {
	const view = views[locale];
	const withErrors = new Set(view.errors.map((e) => e.status));
	return {
		errorTitle: (id) => view.errors.find((e) => e.id === id)?.title,
		status: (id) => view.statuses.find((s) => s.id === id),
		statusesWithErrors: view.statuses.filter((s) => withErrors.has(s.id)).map((s) => s.id),
		errorHref: (id) => `/e/${id}`,
		statusHref: (id) => `/s/${id}`,
		methodHref: (id) => `/m/${id}`,
		method: (id) => view.methods?.find((m) => m.id === id),
	};
}

function answer(text: string, locale: 'en' | 'ko' = 'en') {
	const result = answerMatch(text, (t) => matchError(t, views[locale]));
	return result && cardFor(result, answerCatalog(locale), strings);
}

describe('looksLikeError', () => {
	it('says yes to what a client library, a log or a reader holds after a failed call', () => {
		for (const text of [
			'API call to classroom.courses.students.create failed with error: @CourseMemberLimitReached The course is full',
			'<HttpError 403 when requesting https://classroom.googleapis.com/v1/courses?alt=json returned "The caller does not have permission">',
			'403',
			'NOT_FOUND',
			'@SomethingNew',
			'CourseNotModifiable',
			'{"error": {"code": 400}}',
			'NOT_FOUND가 떠요',
			'403 오류가 나요',
		])
			expect(looksLikeError(text), text).toBe(true);
	});

	it('says no to plain words, so an ordinary search loads nothing more', () => {
		for (const text of ['course owner', 'student joined too many classes today', '학생 추가가 안 돼요', '수업 소유자', 'Course', '2024']) expect(looksLikeError(text), text).toBe(false);
	});
});

describe('errorTokens', () => {
	it('finds ids, status names and codes without the Korean particles after them', () => {
		expect(errorTokens('NOT_FOUND가 떠요')).toEqual(['NOT_FOUND']);
		expect(errorTokens('403이 나요')).toEqual(['403']);
		expect(errorTokens('@CourseMemberLimitReached 오류가 났어요, 400 FAILED_PRECONDITION')).toEqual(['@CourseMemberLimitReached', '400', 'FAILED_PRECONDITION']);
		expect(errorTokens('course 12345 at 10:03:403')).toEqual([]);
	});
});

describe('answerMatch and cardFor', () => {
	it('answers a pasted Apps Script error with its entry first, and leaves what-to-do to the error’s file', () => {
		const card = answer('GoogleJsonResponseException: API call to classroom.courses.students.create failed with error: @CourseMemberLimitReached The course is full.');
		expect(card).toMatchObject({ kind: 'entry', errorId: 'CourseMemberLimitReached', link: { href: '/e/CourseMemberLimitReached', code: 'CourseMemberLimitReached', badge: '400 FAILED_PRECONDITION' } });
	});

	it('answers a bare status or code with the status and the first sentence of its advice', () => {
		const card = answer('403');
		expect(card).toMatchObject({ kind: 'entry', link: { code: '403 PERMISSION_DENIED', href: '/s/PERMISSION_DENIED' } });
		expect(card?.kind === 'entry' && card.todo).toMatch(/^[^.]+\.$/);
		expect(answer('NOT_FOUND')).toMatchObject({ kind: 'entry', link: { code: '404 NOT_FOUND' } });
	});

	it('answers Korean with particles through the tokens it carries', () => {
		expect(answer('NOT_FOUND가 떠요', 'ko')).toMatchObject({ kind: 'entry', link: { code: '404 NOT_FOUND', title: '찾을 수 없음' } });
		expect(answer('403 오류가 나요', 'ko')).toMatchObject({ kind: 'entry', link: { code: '403 PERMISSION_DENIED' } });
		expect(answer('CourseMemberLimitReached 오류가 나요', 'ko')).toMatchObject({ kind: 'entry', errorId: 'CourseMemberLimitReached', link: { title: '수업 구성원 한도 도달' } });
	});

	it('answers an unknown @Id with its status when the text has one, else with the statuses such ids come with', () => {
		const withStatus = answer('{"error": {"code": 400, "message": "@BrandNewThing No.", "status": "FAILED_PRECONDITION"}}');
		expect(withStatus).toMatchObject({ kind: 'unknown-id', lead: 'unknown BrandNewThing:', links: [{ code: '400 FAILED_PRECONDITION' }] });
		const alone = answer('@BrandNewThing');
		expect(alone).toMatchObject({ kind: 'unknown-id', lead: 'alone BrandNewThing:' });
		expect(alone?.kind === 'unknown-id' && alone.links.map((l) => l.code)).toContain('400 FAILED_PRECONDITION');
	});

	it('gives no answer for plain words: the search results are the answer then', () => {
		expect(answer('course owner')).toBeUndefined();
	});
});

describe('text shortening', () => {
	it('keeps the first sentence, and cuts a long one at a space with an ellipsis', () => {
		expect(firstSentence('Make room first. Then add again.')).toBe('Make room first.');
		expect(firstSentence('먼저 자리를 만드세요. 그다음 다시 추가하세요.')).toBe('먼저 자리를 만드세요.');
		expect(shorten('word '.repeat(30), 20)).toBe('word word word word…');
	});

	it('shortens a long pasted query for the results’ header, keeping its start', () => {
		const paste = `googleapiclient.errors.HttpError: <HttpError 400 when requesting https://classroom.googleapis.com/v1/courses/1/students?alt=json returned "@CourseMemberLimitReached ${'x'.repeat(150)}">`;
		const shown = shownQuery(paste);
		expect(shown.length).toBeLessThanOrEqual(48);
		expect(shown.endsWith('…')).toBe(true);
		expect(paste.startsWith(shown.slice(0, -1))).toBe(true);
		expect(shownQuery('403')).toBe('403');
	});
});

describe('excerpt cuts', () => {
	const content = 'Course member limit reached. A request to add someone was refused. Every course has a maximum number of members, and this request would go past it.';
	const text = (parts: ReturnType<typeof excerptParts>) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

	it('marks an excerpt cut at both ends with an ellipsis at each', () => {
		const excerpt = 'someone was refused. Every <mark>course</mark> has a maximum';
		expect(excerptCuts(excerptParts(excerpt), content)).toEqual({ before: true, after: true });
		expect(text(shownExcerpt(excerpt, content, 'Course member limit reached'))).toBe('…someone was refused. Every [course] has a maximum…');
	});

	it('leaves an end unmarked where the page starts or ends, and drops the leading title', () => {
		const start = '<mark>Course</mark> member limit reached. A request to add someone';
		expect(text(shownExcerpt(start, content, 'Course member limit reached'))).toBe('A request to add someone…');
		const end = 'and this request would go past <mark>it</mark>.';
		expect(text(shownExcerpt(end, content, undefined))).toBe('…and this request would go past [it].');
	});

	it('drops the tail of the title when the excerpt starts inside it', () => {
		const mid = 'limit <mark>reached</mark>. A request to add someone';
		expect(text(shownExcerpt(mid, content, 'Course member limit reached'))).toBe('A request to add someone…');
		const ko = '소유자를 내보낼 수 없음. 수업 <mark>소유자를</mark> 내보내려는';
		expect(text(shownExcerpt(ko, '수업 소유자를 내보낼 수 없음. 수업 소유자를 내보내려는 요청이 거부되었습니다.', '수업 소유자를 내보낼 수 없음'))).toBe('수업 [소유자를] 내보내려는…');
	});

	it('counts both ends as cut when the page text is unknown', () => {
		expect(text(shownExcerpt('a <mark>b</mark> c', undefined, undefined))).toBe('…a [b] c…');
	});
});

describe('the answer for a method typed into search', () => {
	it('links one method, and lists a tail several methods share', () => {
		expect(answer('courses.students.create')).toEqual({ kind: 'entry', link: { href: '/m/courses.students.create', code: 'courses.students.create', title: 'POST v1/courses/{courseId}/students' } });
		const several = answer('addOnAttachments.get', 'ko');
		expect(several?.kind).toBe('several');
		expect(several?.kind === 'several' ? several.links.length : 0).toBeGreaterThan(1);
	});
});
