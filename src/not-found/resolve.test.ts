/**
 * The 404 page's reading of a missing address: near misses lead to their
 * page, anything else gets the entries it resembles, in the address's language.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow, slugOf } from '../catalog/index.ts';
import { buildNotFoundLookup, lookupJson } from './lookup.ts';
import { editDistance, nearMissTarget, pathInLocale, readMissingPath, searchWordsOf, suggest, wordsOf, type NotFoundLookup } from './resolve.ts';

const catalog = loadCatalogOrThrow(resolve('content'));
const en = buildNotFoundLookup(catalog, 'en');
const ko = buildNotFoundLookup(catalog, 'ko');

const target = (pathname: string, base = '/', lookup: NotFoundLookup = en) => nearMissTarget(readMissingPath(pathname, base), lookup);
const top = (pathname: string, lookup: NotFoundLookup = en) => suggest(readMissingPath(pathname, '/'), lookup)[0];

describe('readMissingPath', () => {
	it.each([
		['/e/x/', '/', 'en', 'e/x/'],
		['/ko/e/x/', '/', 'ko', 'e/x/'],
		['/KO/e/x', '/', 'ko', 'e/x'],
		['/ko', '/', 'ko', ''],
		['/en/errors/x/', '/', 'en', 'errors/x/'],
		['/kor/x/', '/', 'en', 'kor/x/'],
		['//e//x/', '/', 'en', 'e/x/'],
		['/docs/ko/e/x/', '/docs/', 'ko', 'e/x/'],
		['/e/%3Cscript%3E/', '/', 'en', 'e/<script>/'],
		['/e/%E0%A4%A/', '/', 'en', 'e/%E0%A4%A/'],
	])('reads %s under %s as %s %s', (pathname, base, locale, rest) => {
		expect(readMissingPath(pathname, base)).toMatchObject({ locale, rest });
	});
});

describe('nearMissTarget: a near miss leads to its page', () => {
	it.each([
		['/e/coursenotmodifiable/', 'errors/course-not-modifiable/'],
		['/e/COURSENOTMODIFIABLE', 'errors/course-not-modifiable/'],
		['/e/course-not-modifiable/', 'errors/course-not-modifiable/'],
		['/e/course_not_modifiable/', 'errors/course-not-modifiable/'],
		['/errors/CourseNotModifiable/', 'errors/course-not-modifiable/'],
		['/errors/Course-Not-Modifiable/', 'errors/course-not-modifiable/'],
		['/error/CourseNotModifiable', 'errors/course-not-modifiable/'],
		['/errors/course-not-modifiable.html', 'errors/course-not-modifiable/'],
		['/errors/course-not-modifiable/index.html', 'errors/course-not-modifiable/'],
		['/e/CourseNotModifiable.html', 'errors/course-not-modifiable/'],
		['/CourseNotModifiable', 'errors/course-not-modifiable/'],
		['/@CourseNotModifiable/', 'errors/course-not-modifiable/'],
		['/statuses/FAILED_PRECONDITION/', 'statuses/failed-precondition/'],
		['/statuses/resourceexhausted', 'statuses/resource-exhausted/'],
		['/backoff.html', 'backoff/'],
		['/API/', 'api/'],
		['/index.html', ''],
		['/errors/', ''],
		['/ko/e/COURSENOTMODIFIABLE/', 'ko/errors/course-not-modifiable/'],
		['/ko/errors/CourseNotModifiable/', 'ko/errors/course-not-modifiable/'],
		['/ko/backoff.html', 'ko/backoff/'],
	])('%s → %s', (pathname, expected) => {
		expect(target(pathname)).toBe(expected);
	});

	it('keeps the longer id apart from its prefix', () => {
		expect(target('/e/cannotremovecourseownertransferincomplete/')).toBe('errors/cannot-remove-course-owner-transfer-incomplete/');
		expect(target('/e/cannotremovecourseowner/')).toBe('errors/cannot-remove-course-owner/');
	});

	it('works under a base path', () => {
		expect(target('/docs/ko/e/coursenotmodifiable/', '/docs/')).toBe('ko/errors/course-not-modifiable/');
	});

	it.each([
		['/errors/course-not-modifable/'],
		['/e/429/'],
		['/e/grpc 9/'],
		['/e/<img src=x onerror=alert(1)>/'],
		['/e/%3Cscript%3E/'],
		['/some/deep/path/CourseNotModifiable/'],
		['/blog/CourseNotModifiable/'],
		['/404.html'],
	])('sends %s nowhere: a typo, a number or markup is not a near miss', (pathname) => {
		expect(target(pathname)).toBeUndefined();
	});
});

describe('suggest: the errors an address resembles', () => {
	it.each([
		['/errors/course-not-modifable/', 'CourseNotModifiable'],
		['/e/CourseNotModifable/', 'CourseNotModifiable'],
		['/errors/cours-teacher-limit/', 'CourseTeacherLimitReached'],
		['/classroom-api-disable/', 'ClassroomApiDisabled'],
		['/e/UserCourseJoinRateLimit/', 'UserCourseJoinRateLimitReached'],
		['/errors/addon-token-expired/', 'ExpiredAddOnToken'],
		['/statuses/resource-exausted/', 'RESOURCE_EXHAUSTED'],
	])('%s suggests %s first', (pathname, id) => {
		expect(top(pathname)?.id).toBe(id);
	});

	it('links in the language of the address, with the title in that language', () => {
		const first = top('/ko/errors/course-not-modifable/', ko);
		expect(first).toMatchObject({ id: 'CourseNotModifiable', path: 'ko/errors/course-not-modifiable/', title: '수업을 수정할 수 없음' });
	});

	it('matches Korean title words in a Korean address', () => {
		expect(top(`/ko/${encodeURIComponent('수업을 수정')}/`, ko)?.id).toBe('CourseNotModifiable');
	});

	it.each([['/foo/bar/'], ['/e/'], ['/404.html'], ['/e/<img src=x onerror=alert(1)>/']])('suggests nothing for %s', (pathname) => {
		expect(suggest(readMissingPath(pathname, '/'), en)).toEqual([]);
	});

	it('returns at most the limit, each entry once', () => {
		const list = suggest(readMissingPath('/errors/course/', '/'), en, 3);
		expect(list).toHaveLength(3);
		expect(new Set(list.map((s) => s.id)).size).toBe(3);
	});

	it("takes the site's matcher's word ranking too: everyday words for the catalog's terms (class, max)", () => {
		const first = top('/errors/class-teacher-max/');
		expect(first?.id).toBe('CourseTeacherLimitReached');
		// No edit distance brings `class … max` near the id: the matcher's aliases did.
		expect(first?.score).toBe(0);
	});
});

describe('searchWordsOf: the words the 404 page searches for', () => {
	it('keeps the mistyped words and drops the route words', () => {
		expect(searchWordsOf(readMissingPath('/ko/errors/course-memebr-limit/index.html', '/'))).toEqual(['course', 'memebr', 'limit']);
		expect(searchWordsOf(readMissingPath('/e/CourseNotModifable/', '/'))).toEqual(['course', 'not', 'modifable']);
	});

	it('reads Korean words and says each once', () => {
		expect(searchWordsOf(readMissingPath(`/ko/${encodeURIComponent('수업-정원-수업')}/`, '/'))).toEqual(['수업', '정원']);
	});

	it('has nothing to search for in an address of route words only', () => {
		expect(searchWordsOf(readMissingPath('/ko/errors/index.html', '/'))).toEqual([]);
	});
});

describe('pathInLocale: the language switch stays on this site', () => {
	it.each([
		['/ko/errors/x/', '/', 'en', '/errors/x/'],
		['/errors/x/', '/', 'ko', '/ko/errors/x/'],
		['/e/%3Cscript%3E/', '/', 'ko', '/ko/e/%3Cscript%3E/'],
		['/ko//evil.example/x', '/', 'en', '/evil.example/x'],
		['//evil.example/x', '/', 'ko', '/ko/evil.example/x'],
		['/docs/ko/x', '/docs/', 'en', '/docs/x'],
	] as const)('%s under %s in %s is %s', (pathname, base, locale, expected) => {
		const path = pathInLocale(readMissingPath(pathname, base), base, locale);
		expect(path).toBe(expected);
		expect(new URL(path, 'https://site.example/').origin).toBe('https://site.example');
	});
});

describe('the lookup', () => {
	it('derives every slug the site uses (the page derives them the same way)', () => {
		for (const entry of [...catalog.errors, ...catalog.statuses]) expect(slugOf(entry.id)).toBe(entry.slug);
	});

	it('holds ids, status codes and titles only: a few dozen bytes per error beyond its id and title', () => {
		for (const lookup of [en, ko]) {
			const json = lookupJson(lookup);
			const own = lookup.errors.reduce((sum, [id, , title]) => sum + Buffer.byteLength(id) + Buffer.byteLength(title), 0);
			const statuses = Buffer.byteLength(JSON.stringify(lookup.statuses));
			expect(Buffer.byteLength(json) - own - statuses).toBeLessThanOrEqual(lookup.errors.length * 12 + 40);
		}
	});
});

describe('editDistance', () => {
	it.each([
		['kitten', 'sitting', 5, 3],
		['modifable', 'modifiable', 3, 1],
		['abc', 'abc', 0, 0],
		['abc', 'xyz', 1, 2],
		['a', 'abcdef', 2, 3],
	])('%s → %s within %i is %i', (a, b, max, expected) => {
		expect(editDistance(a, b, max)).toBe(expected);
	});

	it('agrees with the plain algorithm on random strings, within and beyond the bound', () => {
		const plain = (a: string, b: string): number => {
			let row = Array.from({ length: b.length + 1 }, (_, j) => j);
			for (let i = 1; i <= a.length; i++) {
				const next = [i];
				for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
				row = next;
			}
			return row[b.length] ?? 0;
		};
		let seed = 42;
		const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
		const word = () => Array.from({ length: Math.floor(random() * 12) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
		for (let n = 0; n < 2000; n++) {
			const [a, b, max] = [word(), word(), Math.floor(random() * 6)];
			const expected = plain(a, b);
			expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(expected <= max ? expected : max + 1);
		}
	});
});

describe('wordsOf', () => {
	it('splits ids, slugs and Korean words', () => {
		expect(wordsOf('UserCourseJoinRateLimitReached')).toEqual(['user', 'course', 'join', 'rate', 'limit', 'reached']);
		expect(wordsOf('RESOURCE_EXHAUSTED')).toEqual(['resource', 'exhausted']);
		expect(wordsOf('course-not-modifiable.html')).toEqual(['course', 'not', 'modifiable', 'html']);
		expect(wordsOf('수업을 수정할 수 없음')).toEqual(['수업을', '수정할', '없음']);
	});
});
