import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './load.ts';
import { errorById } from './model.ts';
import { formatProblem, type Problem } from './problems.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

type Edits = Partial<Record<'methods.yaml' | 'conditions.yaml' | 'en.yaml' | 'ko.yaml', (text: string) => string>>;

/** The real catalog, copied, with checked edits: each edit must change its file. */
function catalogWith(edits: Edits): string {
	const dir = mkdtempSync(join(tmpdir(), 'catalog-methods-'));
	dirs.push(dir);
	for (const name of ['en.yaml', 'ko.yaml', 'glossary.yaml', 'methods.yaml', 'conditions.yaml']) cpSync(join(CONTENT, name), join(dir, name));
	for (const [name, edit] of Object.entries(edits)) {
		const before = readFileSync(join(dir, name), 'utf8');
		const after = edit(before);
		expect(after, `the edit of ${name} changes nothing`).not.toBe(before);
		writeFileSync(join(dir, name), after);
	}
	return dir;
}

function problemsIn(dir: string): Problem[] {
	const result = loadCatalog(dir, { cwd: dir });
	if (result.ok) throw new Error('expected problems');
	return [...result.problems];
}

/** The line of the first occurrence of `needle` in a file of `dir` (1-based). */
function lineOf(dir: string, file: string, needle: string): number {
	const lines = readFileSync(join(dir, file), 'utf8').split('\n');
	const index = lines.findIndex((line) => line.includes(needle));
	expect(index, `${needle} not in ${file}`).toBeGreaterThanOrEqual(0);
	return index + 1;
}

describe('the methods in the catalog', () => {
	const result = loadCatalog(CONTENT);
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	const catalog = result.catalog;

	it('come from the discovery document, with its revision', () => {
		expect(catalog.methods.length).toBe(97);
		expect(catalog.discovery).toMatchObject({ api: 'classroom:v1', revision: '20250526' });
		const create = catalog.methods.find((m) => m.id === 'courses.students.create');
		expect(create).toMatchObject({ httpMethod: 'POST', path: 'v1/courses/{courseId}/students' });
		expect(create?.returns.map((r) => [r.status, r.condition])).toEqual([
			['PERMISSION_DENIED', 'not-permitted'],
			['NOT_FOUND', 'course-not-found'],
			['FAILED_PRECONDITION', 'user-disabled-or-request-errors'],
			['ALREADY_EXISTS', 'already-member'],
		]);
	});

	it('name conditions written in English and Korean, shared between methods', () => {
		const used = new Set(catalog.methods.flatMap((m) => m.returns.map((r) => r.condition)));
		const written = new Map(catalog.conditions.map((c) => [c.key, c]));
		for (const key of used) {
			expect(written.get(key)?.text.en, key).toBeTruthy();
			expect(written.get(key)?.text.ko, key).toBeTruthy();
		}
		const sharing = catalog.methods.filter((m) => m.returns.some((r) => r.condition === 'course-not-found'));
		expect(sharing.length).toBeGreaterThan(5);
	});

	it("give every error its returnedBy: the methods the document names it under", () => {
		expect(errorById(catalog, 'CourseNotModifiable')?.methods.returnedBy).toEqual(
			expect.arrayContaining(['courses.patch', 'courses.students.create', 'courses.teachers.create', 'courses.update', 'invitations.accept']),
		);
		expect(errorById(catalog, 'AttachmentNotVisible')?.methods.returnedBy).toEqual(['courses.announcements.create', 'courses.courseWork.create', 'courses.courseWork.rubrics.create', 'courses.courseWorkMaterials.create']);
		// The document names it since revision 20250526, as the error pages' sources did.
		expect(errorById(catalog, 'CourseTopicLimitReached')?.methods.returnedBy).toEqual(['courses.topics.create']);
	});
});

describe('catalog check of the methods', () => {
	it('refuses a status that is neither a catalog status nor a google.rpc status, at its line', () => {
		const dir = catalogWith({ 'methods.yaml': (t) => t.replace('      - status: ALREADY_EXISTS\n        condition: alias-exists', '      - status: SOMETHING_ELSE\n        condition: alias-exists') });
		const problems = problemsIn(dir);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'methods.yaml', line: lineOf(dir, 'methods.yaml', 'SOMETHING_ELSE'), message: expect.stringContaining('Unknown status "SOMETHING_ELSE"') }),
		);
	});

	it('accepts a canonical google.rpc status the catalog has no entry for yet', () => {
		// NOT_FOUND and ALREADY_EXISTS are google.rpc statuses without a status entry today: the real catalog loads.
		expect(loadCatalog(CONTENT).ok).toBe(true);
	});

	it('refuses an @Id that is neither an entry nor listed as not yet in the catalog, and accepts it once listed', () => {
		const edit = (t: string) => t.replace('errors: [UserCannotOwnCourse, UserGroupsMembershipLimitReached]', 'errors: [UserCannotOwnCourse, UserGroupsMembershipLimitReached, BrandNewError]');
		const dir = catalogWith({ 'methods.yaml': edit });
		expect(problemsIn(dir)).toContainEqual(
			expect.objectContaining({
				file: 'methods.yaml',
				line: lineOf(dir, 'methods.yaml', 'BrandNewError'),
				path: expect.stringMatching(/^methods\[\d+\]\.returns\[2\]\.errors\[2\]$/),
				message: 'courses.create returns @BrandNewError, which is neither an entry of en.yaml nor listed as not yet in the catalog.',
			}),
		);
		const listed = catalogWith({ 'methods.yaml': edit, 'conditions.yaml': (t) => t.replace('errorsNotInCatalog: []', 'errorsNotInCatalog: [BrandNewError]') });
		expect(loadCatalog(listed, { cwd: listed }).ok).toBe(true);
	});

	it('refuses an id listed as not in the catalog that has an entry', () => {
		const dir = catalogWith({ 'conditions.yaml': (t) => t.replace('errorsNotInCatalog: []', 'errorsNotInCatalog: [CourseNotModifiable]') });
		expect(problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'conditions.yaml', line: lineOf(dir, 'conditions.yaml', 'errorsNotInCatalog:'), message: expect.stringContaining('CourseNotModifiable is listed as not in the catalog') }));
	});

	it('refuses a condition without its Korean text', () => {
		const dir = catalogWith({ 'conditions.yaml': (t) => t.replace(/\n {4}ko: "[^"\n]*"\n(?= {2}- key: course-not-found)/, '\n') });
		const problems = problemsIn(dir);
		expect(problems).toContainEqual(expect.objectContaining({ file: 'conditions.yaml', path: expect.stringMatching(/^conditions\[\d+\]\.ko$/), message: 'Required field "ko" is missing.' }));
		expect(problems[0]?.line).toBeGreaterThan(1);
	});

	it('asks for a written condition where the document words one no condition lists', () => {
		const dir = catalogWith({ 'methods.yaml': (t) => t.replace('        condition: alias-exists\n', '') });
		expect(problemsIn(dir)).toContainEqual(
			expect.objectContaining({ file: 'methods.yaml', message: 'courses.aliases.create returns ALREADY_EXISTS on a condition no entry of conditions.yaml lists: "if the alias already exists".' }),
		);
	});

	it('refuses a condition of another status, and an unknown condition key', () => {
		const dir = catalogWith({ 'methods.yaml': (t) => t.replace('condition: alias-exists', 'condition: course-not-found').replace('condition: alias-not-usable', 'condition: no-such-condition') });
		const messages = problemsIn(dir).map((p) => p.message);
		expect(messages).toContain('Condition "course-not-found" explains NOT_FOUND, not ALREADY_EXISTS.');
		expect(messages).toContain('Condition "no-such-condition" is not written in conditions.yaml.');
	});

	it('refuses Markdown in a condition, which is shown as plain text, at its line', () => {
		const dir = catalogWith({ 'conditions.yaml': (t) => t.replace('an identifier from the API or “me”.', 'an identifier from the API or `me`.') });
		const problems = problemsIn(dir).filter((p) => p.message.startsWith('Has Markdown syntax'));
		expect(problems).toEqual([expect.objectContaining({ file: 'conditions.yaml', path: expect.stringMatching(/^conditions\[\d+\]\.en$/), line: lineOf(dir, 'conditions.yaml', 'from the API or `me`.') })]);
	});

	it('refuses Korean text with a word the glossary says to avoid', () => {
		const dir = catalogWith({ 'conditions.yaml': (t) => t.replace('수업에 그런 별칭이 없습니다.', '코스에 그런 별칭이 없습니다.') });
		expect(problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'conditions.yaml', message: expect.stringContaining('"코스"') }));
	});
});

describe('what each method does, one line per locale', () => {
	it('is in the model for every method, in English and Korean', () => {
		const result = loadCatalog(CONTENT);
		if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
		for (const method of result.catalog.methods) {
			expect(method.summary.en, method.id).toMatch(/^\S.{10,}\.$/);
			expect(method.summary.ko, method.id).toMatch(/[\uac00-\ud7a3]/);
		}
		expect(result.catalog.methods.find((m) => m.id === 'courses.courseWork.rubrics.create')?.summary).toEqual({ en: 'Adds a rubric to a piece of course work.', ko: '수업 과제에 기준표를 추가합니다.' });
	});

	it('refuses a method without its line in ko.yaml, naming the file, the line of the section and the field', () => {
		const dir = catalogWith({ 'ko.yaml': (t) => t.replace(/\n {2}courses\.topics\.patch: .*\n/, '\n') });
		expect(problemsIn(dir)).toContainEqual(
			expect.objectContaining({ file: 'ko.yaml', line: lineOf(dir, 'ko.yaml', 'methods:'), path: expect.stringContaining('courses.topics.patch'), message: 'Method courses.topics.patch has no one-line description in ko.yaml.' }),
		);
	});

	it('refuses a locale file without the section, and a line for a method the API does not have', () => {
		const dir = catalogWith({
			'en.yaml': (t) => t.replace('  courses.topics.patch: ', '  courses.topics.rename: '),
			'ko.yaml': (t) => t.slice(0, t.indexOf('\n# 각 REST')) + '\n',
		});
		const problems = problemsIn(dir);
		expect(problems).toContainEqual(expect.objectContaining({ file: 'en.yaml', line: lineOf(dir, 'en.yaml', 'courses.topics.rename:'), message: 'courses.topics.rename is not a method of methods.yaml.' }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'en.yaml', message: 'Method courses.topics.patch has no one-line description in en.yaml.' }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'ko.yaml', path: 'methods', message: expect.stringContaining('ko.yaml has no "methods" section, but each of the 97 methods') }));
	});

	it('refuses Markdown, an avoided Korean word and an empty line, at their lines', () => {
		const dir = catalogWith({
			'en.yaml': (t) => t.replace('  courses.delete: "Deletes a course."', '  courses.delete: "Deletes a `course`."').replace('  courses.get: ', '  courses.get: ""\n  courses.getX: '),
			'ko.yaml': (t) => t.replace('  courses.delete: "수업을 삭제합니다."', '  courses.delete: "코스를 삭제합니다."'),
		});
		const problems = problemsIn(dir);
		expect(problems).toContainEqual(expect.objectContaining({ file: 'en.yaml', line: lineOf(dir, 'en.yaml', 'Deletes a `course`'), message: expect.stringContaining('Markdown') }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'ko.yaml', line: lineOf(dir, 'ko.yaml', '코스를 삭제합니다'), message: expect.stringContaining('"코스"') }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'en.yaml', line: lineOf(dir, 'en.yaml', '  courses.get: ""') }));
	});
});
