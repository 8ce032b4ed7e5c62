import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogError, formatProblem, type Problem } from './problems.ts';
import { loadCatalog, loadCatalogOrThrow, type LoadResult } from './load.ts';
import { allMethods, statusOf, type Catalog } from './model.ts';

/** The fixture folders; problems are reported relative to this folder (the `cwd` passed to the loader). */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const VALID = join(FIXTURES, 'valid');

function loadFixture(name: string): LoadResult {
	return loadCatalog(join(FIXTURES, name), { cwd: FIXTURES });
}

function problemsOf(result: LoadResult): readonly Problem[] {
	expect(result.ok).toBe(false);
	if (result.ok) throw new Error('expected problems');
	return result.problems;
}

function catalogOf(result: LoadResult): Catalog {
	if (!result.ok) throw new Error(`expected a catalog, got:\n${result.problems.map(formatProblem).join('\n')}`);
	return result.catalog;
}

// ---------------------------------------------------------------------------
// Temporary catalogs: a copy of the valid fixture with small, checked edits.
// ---------------------------------------------------------------------------

const tempDirs: string[] = [];
afterAll(() => {
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

type FileName = 'en' | 'ko' | 'glossary';
type Edits = Partial<Record<FileName, (text: string) => string>>;

/** Replaces exactly one occurrence of `from`, so that a changed base fixture fails loudly instead of silently testing nothing. */
function once(from: string, to: string): (text: string) => string {
	return (text) => {
		const count = text.split(from).length - 1;
		if (count !== 1) throw new Error(`expected exactly one ${JSON.stringify(from)} in the valid fixture, found ${count}`);
		return text.replace(from, () => to);
	};
}

/** Several edits applied in order. */
function all(...edits: ((text: string) => string)[]): (text: string) => string {
	return (text) => edits.reduce((acc, edit) => edit(acc), text);
}

/** A copy of the valid fixture in a fresh temporary folder, with `edits` applied. */
function tempCatalog(edits: Edits = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'catalog-test-'));
	tempDirs.push(dir);
	cpSync(VALID, dir, { recursive: true });
	for (const [name, edit] of Object.entries(edits) as [FileName, (text: string) => string][]) {
		const file = join(dir, `${name}.yaml`);
		writeFileSync(file, edit(readFileSync(file, 'utf8')));
	}
	return dir;
}

/** Loads a temporary catalog; problems name files relative to the catalog folder (`en.yaml`, `ko.yaml`…). */
function loadTemp(edits: Edits): LoadResult {
	const dir = tempCatalog(edits);
	return loadCatalog(dir, { cwd: dir });
}

// ---------------------------------------------------------------------------

describe('loadCatalog: the valid fixture', () => {
	const result = loadFixture('valid');
	const catalog = catalogOf(result);
	const error = (id: string) => {
		const found = catalog.errors.find((e) => e.id === id);
		if (!found) throw new Error(`no error ${id}`);
		return found;
	};

	it('loads without problems', () => {
		expect(result.ok).toBe(true);
	});

	it('has the expected counts', () => {
		expect(catalog.statuses).toHaveLength(2);
		expect(catalog.errors).toHaveLength(4);
		expect(catalog.glossary).toHaveLength(2);
	});

	it('gives statuses and errors their URL slugs, statuses by HTTP code and errors in file order', () => {
		expect(catalog.statuses.map((s) => [s.id, s.slug, s.http, s.grpcCode])).toEqual([
			['FAILED_PRECONDITION', 'failed-precondition', 400, 9],
			['RESOURCE_EXHAUSTED', 'resource-exhausted', 429, 8],
		]);
		expect(catalog.errors.map((e) => [e.id, e.slug])).toEqual([
			['CourseNotModifiable', 'course-not-modifiable'],
			['ClassroomApiDisabled', 'classroom-api-disabled'],
			['ClassroomDisabled', 'classroom-disabled'],
			['UserCourseJoinRateLimitReached', 'user-course-join-rate-limit-reached'],
		]);
	});

	it('groups error ids under their status, in catalog order', () => {
		expect(Object.fromEntries(catalog.statuses.map((s) => [s.id, s.errorIds]))).toEqual({
			FAILED_PRECONDITION: ['CourseNotModifiable', 'ClassroomApiDisabled', 'ClassroomDisabled'],
			RESOURCE_EXHAUSTED: ['UserCourseJoinRateLimitReached'],
		});
		expect(statusOf(catalog, error('UserCourseJoinRateLimitReached')).id).toBe('RESOURCE_EXHAUSTED');
	});

	it('carries the structured facts of the source locale', () => {
		expect(error('CourseNotModifiable').methods).toEqual({ returnedBy: [], fixWith: ['courses.patch'] });
		expect(error('ClassroomApiDisabled').related).toEqual(['ClassroomDisabled']);
		expect(error('ClassroomDisabled').related).toEqual(['ClassroomApiDisabled']);
		expect(allMethods(catalog)).toEqual(['courses.patch', 'courses.students.create']);
		expect(catalog.statuses.map((s) => s.retry)).toEqual([{ kind: 'after-fix' }, { kind: 'backoff' }]);
	});

	it('keeps the after-wait retry with its bounded schedule: P1D, once, stated by the source', () => {
		expect(error('UserCourseJoinRateLimitReached').retry).toEqual({ kind: 'after-wait', wait: 'P1D', attempts: 1, basis: 'source' });
		expect(error('CourseNotModifiable').retry).toEqual({ kind: 'after-fix' });
	});

	it('has the texts of both locales', () => {
		const course = error('CourseNotModifiable');
		expect(course.text.en.title).toBe('Course not modifiable');
		expect(course.text.ko.title).toBe('수정할 수 없는 수업');
		expect(course.text.en.summary.plain).toBe("The course's state does not allow changes.");
		expect(course.text.ko.summary.plain).toBe('수업 상태 때문에 변경할 수 없습니다.');
		const status = catalog.statuses[1];
		expect(status?.text.en.title).toBe('Resource exhausted');
		expect(status?.text.ko.title).toBe('리소스 소진');
		expect(status?.text.en.advice.paragraphs).toEqual([
			[
				{ type: 'text', value: 'Retry with ' },
				{ type: 'emphasis', children: [{ type: 'text', value: 'truncated exponential backoff' }] },
				{ type: 'text', value: ' with jitter.' },
			],
		]);
		expect(status?.text.ko.references).toEqual([{ article: 'API 할당량 모니터링', url: 'https://example.com/help/13', verified: true }]);
		expect(error('UserCourseJoinRateLimitReached').text.ko.references).toEqual([
			{ article: '그룹스 정책 및 한도 이해하기', url: 'https://example.com/help/42', verified: true, section: '그룹 초대 및 크기' },
		]);
	});

	it('auto-links method names and error ids in both locales', () => {
		expect(error('CourseNotModifiable').text.en.action?.paragraphs).toEqual([
			[
				{ type: 'text', value: 'Change the state with ' },
				{ type: 'methodRef', method: 'courses.patch', code: true },
				{ type: 'text', value: ', then retry.' },
			],
		]);
		expect(error('CourseNotModifiable').text.ko.action?.paragraphs[0]?.[0]).toEqual({ type: 'methodRef', method: 'courses.patch', code: true });
		for (const locale of ['en', 'ko'] as const) {
			expect(error('ClassroomApiDisabled').text[locale].cause.paragraphs[0]).toContainEqual({ type: 'errorRef', id: 'ClassroomDisabled', code: false });
		}
	});

	it('leaves out the action of an error that has none, in every locale', () => {
		const disabled = error('ClassroomDisabled');
		expect(disabled.text.en).not.toHaveProperty('action');
		expect(disabled.text.ko).not.toHaveProperty('action');
		expect(catalog.errors.filter((e) => e.text.en.action).map((e) => e.id)).toEqual([
			'CourseNotModifiable',
			'ClassroomApiDisabled',
			'UserCourseJoinRateLimitReached',
		]);
	});

	it('loads the glossary', () => {
		expect(catalog.glossary).toEqual([
			{ en: 'course', ko: '수업', avoid: ['강의', '과정'] },
			{ en: 'Classroom', ko: '클래스룸', avoid: ['Classroom'] },
		]);
	});

	it('returns the same catalog from loadCatalogOrThrow', () => {
		expect(loadCatalogOrThrow(VALID)).toEqual(catalog);
	});
});

describe('loadCatalog: version', () => {
	const version = catalogOf(loadCatalog(VALID)).version;

	it('is a 16-hex content hash', () => {
		expect(version).toMatch(/^[0-9a-f]{16}$/);
	});

	it('is identical for two loads, and for a copy in another folder', () => {
		expect(catalogOf(loadCatalog(VALID)).version).toBe(version);
		expect(catalogOf(loadTemp({})).version).toBe(version);
	});

	it('does not change when only a YAML comment changes', () => {
		const result = loadTemp({ en: once('# A small valid catalog', '# A small, valid catalog') });
		expect(catalogOf(result).version).toBe(version);
	});

	it('changes when one word of the English text changes', () => {
		const result = loadTemp({ en: once('cause: There is a daily limit.', 'cause: There is a weekly limit.') });
		const changed = catalogOf(result);
		expect(changed.errors[3]?.text.en.cause.plain).toBe('There is a weekly limit.');
		expect(changed.version).toMatch(/^[0-9a-f]{16}$/);
		expect(changed.version).not.toBe(version);
	});

	it('changes when one word of the Korean text changes', () => {
		const result = loadTemp({ ko: once('cause: 하루 한도가 있습니다.', 'cause: 일일 한도가 있습니다.') });
		expect(catalogOf(result).version).not.toBe(version);
	});

	it('does not change when only the glossary changes (it constrains the text, it is not published)', () => {
		const result = loadTemp({ glossary: once('avoid: [강의, 과정]', 'avoid: [강의, 과정, 코스]') });
		expect(catalogOf(result).glossary[0]?.avoid).toContain('코스');
		expect(catalogOf(result).version).toBe(version);
	});
});

describe('loadCatalog: broken fixtures', () => {
	it('related-why-mismatch: a reason the other entry does not give back as its inverse, and a reason for an id not in related', () => {
		expect(problemsOf(loadFixture('related-why-mismatch'))).toEqual([
			{
				file: 'related-why-mismatch/en.yaml',
				line: 45,
				column: 37,
				path: 'errors[1].relatedWhy.ClassroomDisabled',
				message: 'ClassroomApiDisabled says ClassroomDisabled is related as next-step, so ClassroomDisabled must say previous-step for ClassroomApiDisabled, but it says "next-step".',
				fix: 'Make the two reasons agree: next-step on one side is previous-step on the other.',
			},
			{
				file: 'related-why-mismatch/en.yaml',
				line: 45,
				column: 48,
				path: 'errors[1].relatedWhy.CourseNotModifiable',
				message: 'relatedWhy gives a reason for CourseNotModifiable, which is not in related.',
				fix: 'Add CourseNotModifiable to related (and ClassroomApiDisabled to its related), or remove the reason.',
			},
			{
				file: 'related-why-mismatch/en.yaml',
				line: 61,
				column: 40,
				path: 'errors[2].relatedWhy.ClassroomApiDisabled',
				message: 'ClassroomDisabled says ClassroomApiDisabled is related as next-step, so ClassroomApiDisabled must say previous-step for ClassroomDisabled, but it says "next-step".',
				fix: 'Make the two reasons agree: next-step on one side is previous-step on the other.',
			},
		]);
	});

	it('example-wrong-id: an example message of another id, and a basis that is neither source nor illustrative', () => {
		expect(problemsOf(loadFixture('example-wrong-id'))).toEqual([
			{
				file: 'example-wrong-id/en.yaml',
				line: 36,
				column: 24,
				path: 'errors[0].example.message',
				message: 'The example message does not start with "@CourseNotModifiable ", so it is not a message of CourseNotModifiable.',
				fix: 'Start it with "@CourseNotModifiable " followed by the words, as the API sends it.',
			},
			{
				file: 'example-wrong-id/en.yaml',
				line: 64,
				column: 85,
				path: 'errors[2].example.basis',
				message: '"basis" has the text "invented", which is not allowed.',
				fix: 'Use one of: source, illustrative.',
			},
		]);
	});

	it('end-user-register: developer words in an end-user message, and the end-user word in developer text, each with the register it belongs to', () => {
		expect(problemsOf(loadFixture('end-user-register'))).toEqual([
			{
				file: 'end-user-register/ko.yaml',
				line: 20,
				column: 18,
				path: 'errors[0].userMessage',
				message: '"내보내" is not the glossary term for "remove (a member from a course)" in an end-user message.',
				fix: 'Write "삭제" instead (content/glossary.yaml: "삭제" in end-user messages, "내보내" in developer text).',
			},
			{
				file: 'end-user-register/ko.yaml',
				line: 20,
				column: 18,
				path: 'errors[0].userMessage',
				message: '"재시도" is not the glossary term for "retry" in an end-user message.',
				fix: 'Write "다시 시도" instead (content/glossary.yaml: "다시 시도" in end-user messages, "재시도" in developer text).',
			},
			{
				file: 'end-user-register/ko.yaml',
				line: 28,
				column: 13,
				path: 'errors[1].action',
				message: '"다시 시도" is not the glossary term for "retry".',
				fix: 'Write "재시도" instead (content/glossary.yaml: "다시 시도" in end-user messages, "재시도" in developer text).',
			},
		]);
	});

	it('the new facts load into the model: userMessageFor, relatedWhy in the order of related, limits, example, notThis', () => {
		const result = loadTemp({
			en: all(
				once('    related: [ClassroomDisabled]\n', '    related: [ClassroomDisabled]\n    relatedWhy: {ClassroomDisabled: same-fix}\n'),
				once('    related: [ClassroomApiDisabled]\n', '    related: [ClassroomApiDisabled]\n    relatedWhy: {ClassroomApiDisabled: same-fix}\n'),
				once(
					'    whoActs: [end-user]\n    userMessage: This class cannot',
					'    whoActs: [end-user]\n    userMessageFor: [administrator, teacher]\n    limits:\n      - {kind: topics-per-class, value: 200, accounts: all, source: {article: Limits, url: "https://support.google.com/edu/classroom/answer/1", language: en}}\n    example: {message: "@CourseNotModifiable Not now.", basis: illustrative}\n    notThis: Not this error if the name has a URL.\n    userMessage: This class cannot',
				),
			),
			ko: once('    action: "`courses.patch`로 상태를 바꾼 뒤 재시도하세요."', '    action: "`courses.patch`로 상태를 바꾼 뒤 재시도하세요."\n    notThis: 이름에 URL이 있다면 이 오류가 아닙니다.'),
		});
		if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
		const error = result.catalog.errors.find((e) => e.id === 'CourseNotModifiable');
		expect(error?.userMessageFor).toEqual(['teacher', 'administrator']);
		expect(error?.limits.map((l) => l.value)).toEqual([200]);
		expect(error?.example).toEqual({ message: '@CourseNotModifiable Not now.', basis: 'illustrative' });
		expect(error?.text.en.notThis?.plain).toBe('Not this error if the name has a URL.');
		expect(error?.text.ko.notThis?.plain).toBe('이름에 URL이 있다면 이 오류가 아닙니다.');
		expect(result.catalog.errors.find((e) => e.id === 'ClassroomApiDisabled')?.relatedWhy).toEqual({ ClassroomDisabled: 'same-fix' });
	});

	it('a limit whose source is not a Google help-center page is refused at its url', () => {
		const result = loadTemp({
			en: once(
				'    whoActs: [end-user]\n    userMessage: This class cannot',
				'    whoActs: [end-user]\n    limits:\n      - {kind: topics-per-class, value: 200, accounts: all, source: {article: Limits, url: "https://example.com/limits", language: en}}\n    userMessage: This class cannot',
			),
		});
		expect(problemsOf(result).map((p) => [p.path, p.message])).toEqual([
			['errors[0].limits[0].source.url', '"url" has the text "https://example.com/limits", which must be the https address of a Google help-center page (https://support.google.com/…).'],
		]);
	});

	it('broken-yaml: an unclosed double quote is located at the opening quote, not at the end of the file', () => {
		expect(problemsOf(loadFixture('broken-yaml'))).toEqual([
			{
				file: 'broken-yaml/en.yaml',
				line: 32,
				column: 12,
				path: '',
				message:
					'YAML syntax error: a quoted value opened here is never closed (the parser reached the end of the file looking for the closing quote)',
				fix: 'Correct the YAML syntax at this position (indentation, quoting, a missing colon).',
			},
		]);
	});

	it('duplicate-id: the second entry is reported, naming the first', () => {
		expect(problemsOf(loadFixture('duplicate-id'))).toEqual([
			{
				file: 'duplicate-id/en.yaml',
				line: 86,
				column: 9,
				path: 'errors[4].id',
				message: 'Duplicate error id "CourseNotModifiable": errors[0] (line 24) already has it.',
				fix: 'Give each entry its own id; ids are permanent URLs, so merge the two entries or rename the newer one.',
			},
		]);
	});

	it('empty-file: an empty ko.yaml is one problem at 1:1', () => {
		expect(problemsOf(loadFixture('empty-file'))).toEqual([
			{
				file: 'empty-file/ko.yaml',
				line: 1,
				column: 1,
				path: '',
				message: 'The file is empty.',
				fix: 'Add the catalog content (see the README for the file format).',
			},
		]);
	});

	it('glossary-term: an avoided Korean word is located at the field', () => {
		expect(problemsOf(loadFixture('glossary-term'))).toEqual([
			{
				file: 'glossary-term/ko.yaml',
				line: 18,
				column: 14,
				path: 'errors[0].summary',
				message: '"강의" is not the glossary term for "course".',
				fix: 'Write "수업" instead (content/glossary.yaml).',
			},
		]);
	});

	it('missing-field: a missing required field is located at its entry', () => {
		expect(problemsOf(loadFixture('missing-field'))).toEqual([
			{
				file: 'missing-field/en.yaml',
				line: 24,
				column: 5,
				path: 'errors[0].summary',
				message: 'Required field "summary" is missing.',
				fix: 'Add "summary:" with text.',
			},
		]);
	});

	it('missing-ko: an error without Korean text is located at the `errors` key of ko.yaml', () => {
		expect(problemsOf(loadFixture('missing-ko'))).toEqual([
			{
				file: 'missing-ko/ko.yaml',
				line: 15,
				column: 1,
				path: 'errors',
				message: '"ClassroomDisabled" is in en.yaml but has no ko text.',
				fix: 'Add an entry "- id: ClassroomDisabled" with its ko text to errors.',
			},
		]);
	});

	it('raw-html: each HTML tag is a problem located at the field, with its position inside the text', () => {
		const fix = 'Remove the HTML; use `code`, *emphasis* or [a link](https://…) instead.';
		expect(problemsOf(loadFixture('raw-html'))).toEqual([
			{ file: 'raw-html/en.yaml', line: 79, column: 12, path: 'errors[3].cause', message: 'Raw HTML is not allowed in catalog text: "<b>" (at text line 1, column 12).', fix },
			{ file: 'raw-html/en.yaml', line: 79, column: 12, path: 'errors[3].cause', message: 'Raw HTML is not allowed in catalog text: "</b>" (at text line 1, column 20).', fix },
		]);
	});

	it('unknown-key: the typo is located at the key; the Korean action then has no English counterpart', () => {
		expect(problemsOf(loadFixture('unknown-key'))).toEqual([
			{
				file: 'unknown-key/en.yaml',
				line: 82,
				column: 5,
				path: 'errors[3].acton',
				message: 'Unknown key "acton".',
				fix: 'Remove "acton" or correct its spelling; see the README for the keys this entry takes.',
			},
			{
				file: 'unknown-key/ko.yaml',
				line: 41,
				column: 13,
				path: 'errors[3].action',
				message: 'This translation has an action but en.yaml gives none for UserCourseJoinRateLimitReached.',
				fix: 'Remove the action: both locales carry the same facts.',
			},
		]);
	});

	it('unknown-related: the misspelt id is reported, and the other side of the relation is no longer mutual', () => {
		expect(problemsOf(loadFixture('unknown-related'))).toEqual([
			{
				file: 'unknown-related/en.yaml',
				line: 44,
				column: 15,
				path: 'errors[1].related[0]',
				message: 'Related id "ClassroomDisable" does not exist in the catalog.',
				fix: 'Correct the id or add that error; known ids look like CourseNotModifiable, ClassroomApiDisabled, ClassroomDisabled.',
			},
			{
				file: 'unknown-related/en.yaml',
				line: 59,
				column: 15,
				path: 'errors[2].related[0]',
				message: 'ClassroomDisabled lists ClassroomApiDisabled as related, but ClassroomApiDisabled does not list ClassroomDisabled.',
				fix: 'Relations are mutual: add ClassroomDisabled to the related list of ClassroomApiDisabled, or remove this one.',
			},
		]);
	});

	it('unknown-status: the status value is located and the defined statuses are listed', () => {
		expect(problemsOf(loadFixture('unknown-status'))).toEqual([
			{
				file: 'unknown-status/en.yaml',
				line: 69,
				column: 13,
				path: 'errors[3].status',
				message: 'Unknown status "RESOURCE_EXHAUSTD".',
				fix: 'Use one of the statuses defined in this file: FAILED_PRECONDITION, RESOURCE_EXHAUSTED.',
			},
		]);
	});

	it('wrong-type: text where a number belongs is located at the value', () => {
		expect(problemsOf(loadFixture('wrong-type'))).toEqual([
			{
				file: 'wrong-type/en.yaml',
				line: 14,
				column: 11,
				path: 'statuses[1].http',
				message: '"http" must be a number, not the text "too many".',
				fix: 'Write a number for "http".',
			},
		]);
	});

	it('reports files relative to the cwd passed in', () => {
		const result = loadCatalog(join(FIXTURES, 'wrong-type'), { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
		expect(problemsOf(result).map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['src/catalog/fixtures/wrong-type/en.yaml:14:11']);
	});

	it('loadCatalogOrThrow throws a CatalogError that lists every problem', () => {
		let thrown: unknown;
		try {
			loadCatalogOrThrow(join(FIXTURES, 'unknown-key'), { cwd: FIXTURES });
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(CatalogError);
		expect((thrown as CatalogError).problems).toHaveLength(2);
		expect((thrown as CatalogError).message).toMatchInlineSnapshot(`
			"The catalog has 2 problems:
			unknown-key/en.yaml:82:5 errors[3].acton: Unknown key "acton".
			    fix: Remove "acton" or correct its spelling; see the README for the keys this entry takes.
			unknown-key/ko.yaml:41:13 errors[3].action: This translation has an action but en.yaml gives none for UserCourseJoinRateLimitReached.
			    fix: Remove the action: both locales carry the same facts."
		`);
	});
});

describe('loadCatalog: problems in temporary catalogs', () => {
	it('reports every problem of several files at once, sorted by file and line', () => {
		const result = loadTemp({
			en: all(
				once('    references: []\n  - id: ClassroomApiDisabled', '    severity: high\n    references: []\n  - id: ClassroomApiDisabled'),
				once('cause: There is a daily limit.', 'cause: There is a<br>daily limit.'),
			),
			ko: once(
				'  - id: ClassroomDisabled\n    title: 클래스룸 사용 중지됨\n    summary: 사용자가 클래스룸에 액세스할 수 없습니다.\n    cause: 이 사용자의 클래스룸이 꺼져 있습니다.\n    userMessage: 이 계정으로는 클래스룸을 사용할 수 없습니다. 학교 계정으로 로그인했는지 확인하세요.\n    references: []\n',
				'',
			),
		});
		const problems = problemsOf(result);
		expect(problems.map((p) => [p.file, p.line, p.path])).toEqual([
			['en.yaml', 38, 'errors[0].severity'],
			['en.yaml', 80, 'errors[3].cause'],
			['ko.yaml', 15, 'errors'],
		]);
		expect(problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`
			"en.yaml:38:5 errors[0].severity: Unknown key "severity".
			    fix: Remove "severity" or correct its spelling; see the README for the keys this entry takes.
			en.yaml:80:12 errors[3].cause: Raw HTML is not allowed in catalog text: "<br>" (at text line 1, column 11).
			    fix: Remove the HTML; use \`code\`, *emphasis* or [a link](https://…) instead.
			ko.yaml:15:1 errors: "ClassroomDisabled" is in en.yaml but has no ko text.
			    fix: Add an entry "- id: ClassroomDisabled" with its ko text to errors."
		`);
	});

	it('reports a missing file with line 0 and prints it without a position', () => {
		const dir = tempCatalog();
		rmSync(join(dir, 'glossary.yaml'));
		const problems = problemsOf(loadCatalog(dir, { cwd: dir }));
		expect(problems).toEqual([
			{
				file: 'glossary.yaml',
				line: 0,
				column: 0,
				path: '',
				message: 'The file does not exist.',
				fix: 'Create it (see the README for the catalog layout) or point --content at the right folder.',
			},
		]);
		expect(formatProblem(problems[0] as Problem)).toMatchInlineSnapshot(`
			"glossary.yaml The file does not exist.
			    fix: Create it (see the README for the catalog layout) or point --content at the right folder."
		`);
	});

	it('reports a missing source file without cascading problems from the translation', () => {
		const dir = tempCatalog();
		rmSync(join(dir, 'en.yaml'));
		expect(problemsOf(loadCatalog(dir, { cwd: dir })).map((p) => [p.file, p.line, p.message])).toEqual([['en.yaml', 0, 'The file does not exist.']]);
	});

	it('reports a translation that has an action the source lacks', () => {
		const result = loadTemp({ ko: once('    cause: 이 사용자의 클래스룸이 꺼져 있습니다.\n', '    cause: 이 사용자의 클래스룸이 꺼져 있습니다.\n    action: 관리자에게 문의하세요.\n') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'ko.yaml',
				line: 34,
				column: 13,
				path: 'errors[2].action',
				message: 'This translation has an action but en.yaml gives none for ClassroomDisabled.',
				fix: 'Remove the action: both locales carry the same facts.',
			},
		]);
	});

	it('reports a translation that lacks the action of the source, at the entry id', () => {
		const result = loadTemp({ ko: once('    action: 하루를 기다리세요.\n', '') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'ko.yaml',
				line: 36,
				column: 9,
				path: 'errors[3].id',
				message: 'en.yaml gives an action for UserCourseJoinRateLimitReached but this translation has none.',
				fix: 'Translate the action.',
			},
		]);
	});

	it('reports a reference count that differs from the source', () => {
		const result = loadTemp({
			ko: once('    references:\n      - {article: 그룹스 정책 및 한도 이해하기, url: https://example.com/help/42, verified: true,\n        section: 그룹 초대 및 크기}\n', '    references: []\n'),
		});
		expect(problemsOf(result)).toEqual([
			{
				file: 'ko.yaml',
				line: 42,
				column: 17,
				path: 'errors[3].references',
				message: '0 references here, 1 in en.yaml.',
				fix: 'Translate the same references, in the same order.',
			},
		]);
	});

	// Regression (was a bug): checkTranslationMatchesSource only runs for errors; a status translation may drop its references unnoticed.
	it('reports a status reference count that differs from the source', () => {
		const result = loadTemp({ ko: once('    references:\n      - {article: API 할당량 모니터링, url: https://example.com/help/13, verified: true}\n', '    references: []\n') });
		expect(problemsOf(result).map((p) => [p.path, p.message])).toEqual([['statuses[1].references', '0 references here, 1 in en.yaml.']]);
	});

	it('reports each after-wait schedule field under another retry kind', () => {
		const result = loadTemp({ en: once('kind: after-wait', 'kind: backoff') });
		expect(problemsOf(result).map((p) => [p.line, p.path, p.message])).toEqual([
			[75, 'errors[3].retry.attempts', '"attempts" only applies to retry kind after-wait.'],
			[75, 'errors[3].retry.basis', '"basis" only applies to retry kind after-wait.'],
			[76, 'errors[3].retry.wait', '"wait" only applies to retry kind after-wait.'],
		]);
	});

	it('reports an after-wait retry without a bounded schedule, naming what is missing', () => {
		const result = loadTemp({ en: once('retry: {kind: after-wait, attempts: 1, basis: source,\n      wait: P1D}', 'retry: {kind: after-wait,\n      wait: P1D}') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 75,
				column: 19,
				path: 'errors[3].retry.kind',
				message: 'Retry "after-wait" has no bounded schedule: "attempts", "basis" missing.',
				fix: 'Give "wait" (ISO 8601, such as PT20S or P1D), "attempts" (how many retries at most) and "basis" (source if the sources state the wait, catalog if the figures are this catalog\'s suggestion).',
			},
		]);
	});

	it('reports a schedule whose wait × attempts runs past 30 days', () => {
		const result = loadTemp({ en: once('attempts: 1, basis: source,\n      wait: P1D}', 'attempts: 20, basis: source,\n      wait: P2D}') });
		expect(problemsOf(result).map((p) => [p.line, p.path, p.message])).toEqual([
			[76, 'errors[3].retry.wait', 'The schedule ("P2D" × 20 attempts) runs longer than the 30 days a retry may wait.'],
		]);
	});

	it('reports a reference without a URL, with how to find one', () => {
		const result = loadTemp({ en: once('{article: Monitor API quotas, url: https://example.com/help/21, verified: true}', '{article: Monitor API quotas, verified: true}') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 22,
				column: 9,
				path: 'statuses[1].references[0].url',
				message: 'Required field "url" is missing.',
				fix: 'Add "url:" with the page\'s https address, confirmed on Google\'s own site; if none can be confirmed, use the help center\'s search for the title (https://support.google.com/…/search?q=…) and write "verified: false".',
			},
		]);
	});

	it('reports a reference URL that is not https', () => {
		const result = loadTemp({ ko: once('url: https://example.com/help/13', 'url: http://example.com/help/13') });
		expect(problemsOf(result).map((p) => [p.file, p.path, p.message])).toEqual([
			['ko.yaml', 'statuses[1].references[0].url', '"url" has the text "http://example.com/help/13", which must be an https URL without spaces or quotes.'],
		]);
	});

	it('reports provenance citing an unknown source and a day that does not exist', () => {
		const result = loadTemp({
			en: (text) => once('provenance: {sources: [fixture-doc], reviewed: 2026-12-02}\n    retry: {kind: backoff}', 'provenance: {sources: [fixture-doc, other-doc], reviewed: 2026-02-30}\n    retry: {kind: backoff}')(text),
		});
		expect(problemsOf(result).map((p) => [p.path, p.message])).toEqual([
			['statuses[1].provenance.sources[1]', 'Source "other-doc" is not in the top-level sources list.'],
			['statuses[1].provenance.reviewed', '"reviewed" is "2026-02-30", which is not a calendar day.'],
		]);
	});

	it('reports an error without provenance, with what to write', () => {
		const result = loadTemp({ en: once('    related: []\n    provenance: {sources: [fixture-doc], reviewed: 2026-12-02}\n    retry: {kind: after-fix}\n    title: Course', '    related: []\n    retry: {kind: after-fix}\n    title: Course') });
		expect(problemsOf(result).map((p) => [p.path, p.message, p.fix])).toEqual([
			[
				'errors[0].provenance',
				'Required field "provenance" is missing.',
				'Add "provenance:" with "sources:" (ids from the top-level sources list) and "reviewed:" (the day you checked the entry against them, YYYY-MM-DD).',
			],
		]);
	});

	it('carries provenance, sources and methods as worded into the model', () => {
		const result = loadTemp({ en: once('fixWith: [courses.patch]', 'fixWith: [courses.patch]\n      asWorded: [courses.students.create]') });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const course = result.catalog.errors.find((e) => e.id === 'CourseNotModifiable');
		expect(course?.methods.asWorded).toEqual(['courses.students.create']);
		expect(course?.provenance).toEqual({ sources: ['fixture-doc'], reviewed: '2026-12-02' });
		expect(result.catalog.sources.map((d) => d.id)).toEqual(['fixture-doc']);
	});

	// Regression (was a bug): the wait/kind check lives in checkSourceError, so statuses (which share RetrySchema) are never checked.
	it('reports "wait" with a non-after-wait kind on a status too', () => {
		const result = loadTemp({ en: once('retry: {kind: backoff}', 'retry: {kind: backoff, wait: P1D}') });
		expect(problemsOf(result).map((p) => [p.path, p.message])).toEqual([['statuses[1].retry.wait', '"wait" only applies to retry kind after-wait.']]);
	});

	it('reports an unknown retry kind with the allowed kinds', () => {
		const result = loadTemp({ en: once('kind: after-fix}\n    title: Classroom disabled', 'kind: later}\n    title: Classroom disabled') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 61,
				column: 19,
				path: 'errors[2].retry.kind',
				message: '"kind" has the text "later", which is not allowed.',
				fix: 'Use one of: change-request, after-fix, backoff, after-wait, never, unspecified.',
			},
		]);
	});

	it('reports a wait that is not an ISO 8601 duration', () => {
		const result = loadTemp({ en: once('wait: P1D', 'wait: 1 day') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 76,
				column: 13,
				path: 'errors[3].retry.wait',
				message: '"wait" has the text "1 day", which must be an ISO 8601 duration such as P1D or PT30S.',
				fix: 'Correct the value of "wait".',
			},
		]);
	});

	it('reports an error related to itself', () => {
		const result = loadTemp({ en: once('related: [ClassroomApiDisabled]', 'related: [ClassroomApiDisabled, ClassroomDisabled]') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 59,
				column: 37,
				path: 'errors[2].related[1]',
				message: 'An error cannot be related to itself.',
				fix: 'Remove ClassroomDisabled from its own related list.',
			},
		]);
	});

	it('reports a relation that is not mutual, at the side that lists it', () => {
		const result = loadTemp({ en: once('related: [ClassroomApiDisabled]', 'related: []') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 44,
				column: 15,
				path: 'errors[1].related[0]',
				message: 'ClassroomApiDisabled lists ClassroomDisabled as related, but ClassroomDisabled does not list ClassroomApiDisabled.',
				fix: 'Relations are mutual: add ClassroomApiDisabled to the related list of ClassroomDisabled, or remove this one.',
			},
		]);
	});

	it('reports a "locale" value that does not match the file name', () => {
		const result = loadTemp({ ko: once('locale: ko', 'locale: en') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'ko.yaml',
				line: 2,
				column: 9,
				path: 'locale',
				message: '"locale" says "en" but the file is ko.yaml.',
				fix: 'Write "locale: ko".',
			},
		]);
	});

	it('reports a link that is not https, at the field, with its position in the text', () => {
		const result = loadTemp({ en: once('Point the user at the instructions.', 'Point the user at [the instructions](http://example.com).') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 52,
				column: 13,
				path: 'errors[1].action',
				message: 'The link "http://example.com" is not an https address (at text line 1, column 19).',
				fix: 'Link only to https:// addresses.',
			},
		]);
	});

	it('reports a translation of an id the source does not have, and the id left untranslated', () => {
		const result = loadTemp({ ko: once('id: ClassroomDisabled', 'id: ClassroomDisabld') });
		expect(problemsOf(result).map((p) => [p.file, p.line, p.column, p.path, p.message])).toEqual([
			['ko.yaml', 15, 1, 'errors', '"ClassroomDisabled" is in en.yaml but has no ko text.'],
			['ko.yaml', 30, 9, 'errors[2].id', '"ClassroomDisabld" is not in en.yaml, so this translation has nothing to translate.'],
		]);
	});

	it('reports a status without Korean text at the `statuses` key', () => {
		const result = loadTemp({
			ko: once(
				'  - id: RESOURCE_EXHAUSTED\n    title: 리소스 소진\n    meaning: 할당량이 소진되었습니다.\n    advice: 지터를 적용한 *잘린 지수 백오프*로 재시도하세요.\n    references:\n      - {article: API 할당량 모니터링, url: https://example.com/help/13, verified: true}\n',
				'',
			),
		});
		expect(problemsOf(result).map((p) => [p.file, p.line, p.column, p.path, p.message])).toEqual([
			['ko.yaml', 3, 1, 'statuses', '"RESOURCE_EXHAUSTED" is in en.yaml but has no ko text.'],
		]);
	});

	it('reports a field that is present but empty (null)', () => {
		const result = loadTemp({ en: once("summary: The course's state does not allow changes.", 'summary:') });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 33,
				column: 13,
				path: 'errors[0].summary',
				message: '"summary" must be text, not null.',
				fix: 'Write text for "summary".',
			},
		]);
	});

	it('reports a field that is only spaces as empty', () => {
		const result = loadTemp({ en: once('title: Classroom disabled', 'title: "   "') });
		expect(problemsOf(result).map((p) => [p.line, p.column, p.path, p.message, p.fix])).toEqual([
			[62, 12, 'errors[2].title', '"title" is empty.', 'Write the text of "title", or remove the key if it is optional.'],
		]);
	});

	it('reports an error id that is not UpperCamelCase', () => {
		const result = loadTemp({ en: once('id: CourseNotModifiable', 'id: course_not_modifiable'), ko: once('id: CourseNotModifiable', 'id: course_not_modifiable') });
		expect(problemsOf(result).map((p) => [p.line, p.column, p.path, p.message])).toEqual([
			[24, 9, 'errors[0].id', '"id" has the text "course_not_modifiable", which must be the API\'s UpperCamelCase error id.'],
		]);
	});

	it('reports two ids that differ only in case once, as such (they would also share a URL slug)', () => {
		const rename = (text: string) => text.replaceAll('ClassroomDisabled', 'ClassroomAPIDisabled');
		const result = loadTemp({ en: rename, ko: rename });
		expect(problemsOf(result)).toEqual([
			{
				file: 'en.yaml',
				line: 54,
				column: 9,
				path: 'errors[2].id',
				message: 'Error id "ClassroomAPIDisabled" differs only in case from "ClassroomApiDisabled" (errors[1], line 39); their short links and API files would collide on a case-insensitive disk.',
				fix: 'Ids are permanent: keep the id the API sends, and merge or remove the other entry.',
			},
		]);
	});

	it('reports a duplicate YAML key as a syntax error', () => {
		const result = loadTemp({ en: once('title: Classroom disabled\n', 'title: Classroom disabled\n    title: Classroom off\n') });
		expect(problemsOf(result)).toEqual([
			{ file: 'en.yaml', line: 63, column: 5, path: '', message: 'YAML syntax error: Map keys must be unique', fix: 'Remove or rename the repeated key.' },
		]);
	});

	it('reports an unknown key in a translation', () => {
		const result = loadTemp({ ko: once('    title: 리소스 소진\n', '    title: 리소스 소진\n    severity: high\n') });
		expect(problemsOf(result).map((p) => [p.file, p.line, p.column, p.path, p.message])).toEqual([['ko.yaml', 11, 5, 'statuses[1].severity', 'Unknown key "severity".']]);
	});

	it('reports a fact in a translation as a fact that belongs in the source locale', () => {
		const result = loadTemp({ ko: once('    title: 리소스 소진\n', '    title: 리소스 소진\n    http: 429\n') });
		expect(problemsOf(result).map((p) => [p.file, p.line, p.column, p.path, p.message, p.fix])).toEqual([
			['ko.yaml', 11, 5, 'statuses[1].http', '"http" is a fact, and facts live in en.yaml only.', 'Remove "http" here; both locales share the one in en.yaml.'],
		]);
	});

	// Regression (was a bug): the schema trims titles (`text()` is z.string().trim()), but collectTexts builds the
	// model from the raw entry, so a quoted title keeps its surrounding spaces in pages and the JSON API.
	it('trims a quoted title as the schema does', () => {
		const result = loadTemp({ en: once('title: Course not modifiable', 'title: "  Course not modifiable  "') });
		expect(catalogOf(result).errors[0]?.text.en.title).toBe('Course not modifiable');
	});

	// Regression (was a bug): unclosedQuoteLine() picks the first line with an odd number of `"`, so a valid plain
	// scalar that contains one `"` earlier in the file takes the blame for a later unclosed quote.
	it('locates an unclosed quote even when an earlier plain value contains a double quote', () => {
		const result = loadTemp({
			en: all(once('cause: Classroom is off for this user.', 'cause: The screen is 5" wide.'), once('title: Daily join limit reached', 'title: "Daily join limit reached')),
		});
		expect(problemsOf(result).map((p) => [p.line, p.column])).toEqual([[77, 12]]);
	});

	// Regression (was a bug): same cause; a valid double-quoted value that spans two lines takes the blame.
	it('locates an unclosed quote even when an earlier quoted value spans lines', () => {
		const result = loadTemp({
			en: all(
				once(
					'cause: Only the course state itself can change while the course is in this state.',
					'cause: "Only the course state itself can change\n      while the course is in this state."',
				),
				once('title: Daily join limit reached', 'title: "Daily join limit reached'),
			),
		});
		expect(problemsOf(result).map((p) => [p.line, p.column])).toEqual([[78, 12]]);
	});

	// Regression (was a bug): the special case only knows double quotes; an unclosed single quote
	// is reported at the end of the file (78:1) with the parser's raw "Missing closing 'quote".
	it("locates an unclosed single quote at its opening quote", () => {
		const result = loadTemp({ en: once('title: Classroom disabled', "title: 'Classroom disabled") });
		expect(problemsOf(result).map((p) => [p.line, p.column])).toEqual([[62, 12]]);
	});

	// Regression (was a bug): an invalid id still goes into the set of known ids, and remarkCatalogRefs builds a RegExp
	// from those ids without escaping them, so loadCatalog throws instead of returning problems.
	it('returns problems, never throws, for an error id with regular-expression characters', () => {
		const result = loadTemp({ en: once('id: ClassroomDisabled\n', 'id: "Classroom(Disabled"\n') });
		expect(problemsOf(result).map((p) => p.path)).toContain('errors[2].id');
	});

});
