/**
 * The package's explain against the site's matcher: every pasted text of the
 * matcher's corpus reaches the same entry through the package as through the
 * matcher on the catalog, in each language; every error's fixture body comes
 * back to its id; client library error objects are read for their body.
 * Runs on the built data (`npm run build:package`, which `npm run test:unit` runs first).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogOrThrow, LOCALES, type Catalog } from '../../../src/catalog/index.ts';
import { CORPUS, type CorpusCase } from '../../../src/matcher/corpus/cases.ts';
import { REAL_CORPUS } from '../../../src/matcher/corpus/real-cases.ts';
import { matchError } from '../../../src/matcher/match.ts';
import { matcherView } from '../../../src/matcher/view.ts';
import { createExplainer, ERROR_IDS, explain, STATUS_IDS } from '../src/index.ts';
import en from '../src/data/en.ts';
import ko from '../src/data/ko.ts';
import enDetails from '../src/details/en.ts';
import { errorBody, FIXTURES } from '../src/fixtures.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CORPUS_DIR = resolve(HERE, '../../../src/matcher/corpus');
let catalog: Catalog;

beforeAll(() => {
	catalog = loadCatalogOrThrow(resolve(HERE, '../../../content'));
}, 60_000);

function textOf(c: CorpusCase): string {
	return c.input ?? readFileSync(resolve(CORPUS_DIR, c.file ?? ''), 'utf8');
}

describe('explain is the site matcher', () => {
	it('reaches the entry the matcher reaches for every corpus text, in each language', () => {
		let compared = 0;
		let calls = 0;
		for (const c of [...CORPUS, ...REAL_CORPUS]) {
			for (const lang of c.locales) {
				const text = textOf(c);
				const want = matchError(text, matcherView(catalog, lang));
				const got = explain(text, { lang });
				expect(got.kind, `${c.name} (${lang})`).toBe(want.kind);
				if (want.kind === 'error' && got.kind === 'error') expect(got.id).toBe(want.id);
				if (want.kind === 'status' && got.kind === 'status') {
					expect(got.status).toBe(want.status);
					expect(got.unknownId).toBe(want.unknownId);
				}
				if (want.kind === 'candidates' && got.kind === 'candidates') expect(got.candidates.map((x) => x.id)).toEqual(want.candidates.map((x) => x.id));
				if (want.kind === 'method' && got.kind === 'method') expect(got.methods.map((m) => m.id)).toEqual(want.methods);
				if ((want.kind === 'error' || want.kind === 'status') && (got.kind === 'error' || got.kind === 'status')) {
					// The call the matcher read, method by method, with the conditions it names in this language.
					expect(got.call?.methods.map((m) => m.id), `${c.name} (${lang}) call`).toEqual(want.call?.methods.map((m) => m.method));
					const conditions = (keys: readonly string[]) => keys.map((k) => catalog.conditions.find((x) => x.key === k)?.text[lang]);
					expect(got.call?.methods.map((m) => m.conditions)).toEqual(want.call?.methods.map((m) => conditions(m.conditions)));
					if (want.call) calls++;
				}
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(50);
		expect(calls).toBeGreaterThan(10);
	});

	it('carries every error and status of the catalog, as a typed list of ids', () => {
		expect([...ERROR_IDS]).toEqual(catalog.errors.map((e) => e.id));
		expect([...STATUS_IDS]).toEqual(catalog.statuses.map((s) => s.id));
	});
});

describe('explain returns what a program needs', () => {
	it('gives an error body its entry, retry guidance, user message and URLs in English and Korean', () => {
		const body = { error: { code: 400, message: '@CourseNotModifiable The course is archived.', status: 'FAILED_PRECONDITION' } };
		const e = explain(body);
		const k = explain(JSON.stringify(body), { lang: 'ko' });
		expect(e.kind).toBe('error');
		expect(k.kind).toBe('error');
		if (e.kind !== 'error' || k.kind !== 'error') return;
		const entry = catalog.errors.find((x) => x.id === 'CourseNotModifiable');
		expect(e).toMatchObject({ id: 'CourseNotModifiable', status: 'FAILED_PRECONDITION', http: 400, grpcCode: 9, lang: 'en', userMessage: entry?.text.en.userMessage, retry: { kind: entry?.retry.kind } });
		expect(k.userMessage).toBe(entry?.text.ko.userMessage);
		expect(k.title).toBe(entry?.text.ko.title);
		expect(k.cause).toBe(entry?.text.ko.cause.plain);
		expect(e.urls).toEqual({
			page: 'https://classroom-errors.example.org/errors/course-not-modifiable/',
			shortLink: 'https://classroom-errors.example.org/e/CourseNotModifiable/',
			status: 'https://classroom-errors.example.org/statuses/failed-precondition/',
		});
		expect(k.urls.page).toBe('https://classroom-errors.example.org/ko/errors/course-not-modifiable/');
		expect(k.retry.text).toMatch(/[가-힣]/);
	});

	it('reads a client library error object for its response body (gaxios, googleapis for Node)', () => {
		const gaxios = Object.assign(new Error('Request failed with status code 400'), {
			code: '400',
			status: 400,
			response: { status: 400, data: { error: { code: 400, message: '@CourseTeacherLimitReached The course is full.', status: 'FAILED_PRECONDITION' } } },
		});
		const r = explain(gaxios, { lang: 'ko' });
		expect(r.kind === 'error' && r.id).toBe('CourseTeacherLimitReached');
	});

	it('reads an error whose message carries the @Id, and one that carries only its HTTP code', () => {
		expect(explain(new Error('@CourseTitleCannotContainUrl The name has a link in it.'))).toMatchObject({ kind: 'error', id: 'CourseTitleCannotContainUrl' });
		const r = explain(Object.assign(new Error('Too Many Requests'), { status: 429 }));
		expect(r).toMatchObject({ kind: 'status', status: 'RESOURCE_EXHAUSTED', retry: { kind: 'backoff' } });
	});

	it('names an @Id the catalog lacks and falls back to its status', () => {
		const r = explain({ error: { code: 400, message: '@SomethingBrandNew Not yet in the catalog.', status: 'FAILED_PRECONDITION' } });
		expect(r).toMatchObject({ kind: 'status', status: 'FAILED_PRECONDITION', unknownId: 'SomethingBrandNew' });
	});

	it('never throws, whatever it is given', () => {
		const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
		for (const input of [undefined, null, 42.5, Symbol('x'), [], {}, hostile, '', '   ']) expect(() => explain(input)).not.toThrow();
		expect(explain('').kind).toBe('no-match');
	});

	it('works from core with one language and no prose, and adds the prose when given the texts', () => {
		const lean = createExplainer(ko)('@CourseNotModifiable');
		expect(lean.kind === 'error' && lean.cause).toBeUndefined();
		expect(lean.kind === 'error' && lean.userMessage).toMatch(/[가-힣]/);
		expect(createExplainer(en)('403', { siteUrl: 'https://errors.example.edu/classroom/' })).toMatchObject({ kind: 'status', urls: { page: 'https://errors.example.edu/classroom/statuses/permission-denied/' } });
	});
});

describe('explain names the method of the failed call', () => {
	it("gives an Apps Script call's method, with its condition for the status in the language asked for", () => {
		const text = 'GoogleJsonResponseException: API call to classroom.courses.students.create failed with error: @CourseMemberLimitReached The course is full.';
		for (const lang of LOCALES) {
			const r = explain(text, { lang });
			expect(r).toMatchObject({ kind: 'error', id: 'CourseMemberLimitReached', method: { id: 'courses.students.create', httpMethod: 'POST', path: 'v1/courses/{courseId}/students', idDocumented: true } });
			if (r.kind !== 'error' || !r.method) continue;
			const method = catalog.methods.find((m) => m.id === 'courses.students.create');
			const key = method?.returns.find((x) => x.status === 'FAILED_PRECONDITION')?.condition;
			expect(r.method.condition).toBe(catalog.conditions.find((c) => c.key === key)?.text[lang]);
			expect(r.method.url).toBe(`https://classroom-errors.example.org/${lang === 'ko' ? 'ko/' : ''}methods/courses-students/#create`);
			expect(r.method.scopes).toBeUndefined();
		}
	});

	it('gives the scopes the method accepts when the token lacks one', () => {
		const r = explain('POST https://classroom.googleapis.com/v1/courses/123/students 403: Request had insufficient authentication scopes.');
		expect(r).toMatchObject({ kind: 'status', status: 'PERMISSION_DENIED', call: { scopeProblem: true } });
		if (r.kind !== 'status') return;
		expect(r.method?.id).toBe('courses.students.create');
		expect(r.method?.scopes).toEqual(catalog.methods.find((m) => m.id === 'courses.students.create')?.scopes);
	});

	it('answers a method id typed alone with the method, and names none without the details', () => {
		expect(explain('courses.students.create', { lang: 'ko' })).toMatchObject({ kind: 'method', methods: [{ id: 'courses.students.create', httpMethod: 'POST' }] });
		const lean = createExplainer(en)('GoogleJsonResponseException: API call to classroom.courses.students.create failed with error: @CourseMemberLimitReached The course is full.');
		expect(lean).toMatchObject({ kind: 'error', id: 'CourseMemberLimitReached' });
		expect(lean.kind === 'error' && lean.call).toBeUndefined();
		expect(createExplainer(en, enDetails)('courses.students.create').kind).toBe('method');
	});
});

describe('fixtures', () => {
	it('gives every error a body in the API shape that explain brings back to its id, in both languages', () => {
		expect(FIXTURES.map((f) => f.id)).toEqual([...ERROR_IDS]);
		for (const f of FIXTURES) {
			const status = catalog.statuses.find((s) => s.id === f.status);
			expect(f.body.error.code).toBe(status?.http);
			expect(f.body.error.message.startsWith(`@${f.id}`)).toBe(true);
			const example = catalog.errors.find((e) => e.id === f.id)?.example;
			expect(f.basis).toBe(example?.basis ?? 'illustrative');
			expect(f.note).toMatch(f.basis === 'illustrative' ? /illustrative/ : /quoted/);
			for (const lang of LOCALES) expect(explain(errorBody(f.id), { lang })).toMatchObject({ kind: 'error', id: f.id, status: f.status });
		}
	});
});
