/**
 * The near-copy check: how much of each locale's catalog text follows its
 * source document word for word.
 *
 *   npm run check:near-copy [-- --top N] [--content DIR]
 *
 * Loads the catalog through the catalog module, reads the sources from
 * `../shared/seeds/` (beside the project, not part of it), prints the share
 * of shared runs per locale and the longest shared passages, and exits 1
 * when a share is above `NEAR_COPY_LIMIT`. Without the sources it says so
 * and exits 0: a fresh clone has no sources to compare with.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, formatProblem, loadCatalog, type Catalog, type Locale } from '../src/catalog/index.ts';
import { NEAR_COPY_LIMIT, RUN_LENGTH, nearCopy, type FieldText, type NearCopyResult } from '../src/catalog/near-copy.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Where the sources live, relative to the project root. */
export const SEEDS_RELATIVE = join('..', 'shared', 'seeds');

/** The language names the sources' README uses, per locale. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'english', ko: 'korean' };

/**
 * Product names that must read as Google writes them, in every locale. They
 * are masked like article titles: a run that contains one is not a copy.
 */
export const PRODUCT_NAMES: readonly string[] = [
	'Google Workspace for Education',
	'Google Admin console',
	'Google 관리 콘솔',
	'Developer Console',
	'개발자 콘솔',
	'Classroom API public issue tracker',
	'Classroom API 공개 문제 추적기',
	'OAuth client ID',
	'OAuth 클라이언트 ID',
];

/** The near-copy measure of one locale. */
export interface LocaleNearCopy {
	readonly locale: Locale;
	/** The source file's name, inside the seeds folder. */
	readonly sourceFile: string;
	readonly result: NearCopyResult;
}

/**
 * The source file of each locale, by the seeds README's table
 * (`| file | language | … |`); a file the table does not name is assigned by
 * its script (mostly Hangul letters: Korean).
 */
export function sourceFiles(seedsDir: string): Partial<Record<Locale, string>> {
	const found: Partial<Record<Locale, string>> = {};
	const readme = join(seedsDir, 'README.md');
	if (existsSync(readme)) {
		for (const line of readFileSync(readme, 'utf8').split('\n')) {
			const cells = line.split('|').map((c) => c.trim());
			const [file, language] = [cells[1], cells[2]?.toLowerCase()];
			if (!file || !language || !file.endsWith('.txt')) continue;
			for (const locale of LOCALES) if (language === LANGUAGE_NAMES[locale] && !found[locale]) found[locale] = file;
		}
	}
	for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
		if (Object.values(found).includes(file)) continue;
		const text = readFileSync(join(seedsDir, file), 'utf8');
		const hangul = (text.match(/\p{Script=Hangul}/gu) ?? []).length;
		const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
		const locale: Locale = hangul > latin ? 'ko' : 'en';
		found[locale] ??= file;
	}
	return found;
}

/** Every text field of one locale, with a path a person can find it by. */
export function catalogFields(catalog: Catalog, locale: Locale): FieldText[] {
	const fields: FieldText[] = [];
	for (const status of catalog.statuses) {
		const text = status.text[locale];
		const at = `statuses.${status.id}`;
		fields.push({ field: `${at}.title`, text: text.title }, { field: `${at}.meaning`, text: text.meaning.plain }, { field: `${at}.advice`, text: text.advice.plain });
		text.keywords.forEach((k, i) => fields.push({ field: `${at}.keywords[${String(i)}]`, text: k }));
	}
	for (const error of catalog.errors) {
		const text = error.text[locale];
		const at = `errors.${error.id}`;
		fields.push({ field: `${at}.title`, text: text.title }, { field: `${at}.summary`, text: text.summary.plain }, { field: `${at}.cause`, text: text.cause.plain });
		if (text.action) fields.push({ field: `${at}.action`, text: text.action.plain });
		fields.push({ field: `${at}.userMessage`, text: text.userMessage });
		text.keywords.forEach((k, i) => fields.push({ field: `${at}.keywords[${String(i)}]`, text: k }));
	}
	return fields;
}

/**
 * The names masked before counting: every help-centre article and section
 * title of every locale, the product names, and the API's ids, status names
 * and methods (full, and in the short form the sources use, `teachers.delete`).
 */
export function protectedNames(catalog: Catalog): string[] {
	const names = new Set<string>(PRODUCT_NAMES);
	const addRefs = (refs: readonly { readonly article: string; readonly section?: string | undefined }[]) => {
		for (const ref of refs) {
			names.add(ref.article);
			if (ref.section) names.add(ref.section);
		}
	};
	for (const status of catalog.statuses) {
		names.add(status.id);
		for (const locale of LOCALES) addRefs(status.text[locale].references);
	}
	for (const error of catalog.errors) {
		names.add(error.id);
		for (const method of [...error.methods.returnedBy, ...error.methods.fixWith]) {
			names.add(method);
			names.add(method.split('.').slice(-2).join('.'));
		}
		for (const locale of LOCALES) addRefs(error.text[locale].references);
	}
	return [...names];
}

/** Measures every locale whose source is in `seedsDir`. */
export function measureNearCopies(catalog: Catalog, seedsDir: string): LocaleNearCopy[] {
	const files = sourceFiles(seedsDir);
	const names = protectedNames(catalog);
	const out: LocaleNearCopy[] = [];
	for (const locale of LOCALES) {
		const sourceFile = files[locale];
		if (!sourceFile) continue;
		const source = readFileSync(join(seedsDir, sourceFile), 'utf8');
		out.push({ locale, sourceFile, result: nearCopy(catalogFields(catalog, locale), source, { runLength: RUN_LENGTH[locale], names }) });
	}
	return out;
}

/** The report as the command prints it. */
export function formatReport(measures: readonly LocaleNearCopy[], top: number): string {
	const lines: string[] = [];
	for (const { locale, sourceFile, result } of measures) {
		const percent = (result.share * 100).toFixed(2);
		const verdict = result.share > NEAR_COPY_LIMIT ? `over the ${String(NEAR_COPY_LIMIT * 100)}% limit` : 'ok';
		lines.push(`${locale}: ${String(result.sharedRuns)} of ${String(result.totalRuns)} ${String(result.runLength)}-word runs (${percent}%) also occur in ${sourceFile}: ${verdict}`);
		for (const passage of result.passages.slice(0, top)) lines.push(`  ${passage.field} (${String(passage.words)} words): ${passage.text}`);
		const rest = result.passages.length - top;
		if (rest > 0) lines.push(`  … and ${String(rest)} more ${rest === 1 ? 'passage' : 'passages'} (--top N to list more)`);
	}
	return lines.join('\n');
}

function main(): number {
	const { values } = parseArgs({ options: { top: { type: 'string', default: '10' }, content: { type: 'string', default: 'content' } } });
	const top = Math.max(0, Number.parseInt(values.top, 10) || 0);
	const seedsDir = join(ROOT, SEEDS_RELATIVE);
	if (!existsSync(seedsDir)) {
		console.log(`Near-copy check skipped: no sources at ${SEEDS_RELATIVE} (relative to the project root).`);
		return 0;
	}
	const loaded = loadCatalog(resolve(ROOT, values.content), { cwd: ROOT });
	if (!loaded.ok) {
		for (const problem of loaded.problems) console.error(formatProblem(problem));
		console.error('The catalog does not load; fix it first (npm run catalog -- check).');
		return 1;
	}
	const measures = measureNearCopies(loaded.catalog, seedsDir);
	console.log(formatReport(measures, top));
	return measures.some((m) => m.result.share > NEAR_COPY_LIMIT) ? 1 : 0;
}

if (import.meta.main) process.exitCode = main();
