/**
 * Builds the classroom-errors package into packages/classroom-errors/dist/:
 *
 * 1. loads and validates the catalog (`src/catalog/`), as the site does;
 * 2. writes the package's data modules from the model into `src/generated/`
 *    (ids, one module per language, the fixtures): generated, never committed;
 * 3. bundles the entries with esbuild, which pulls the site's matcher
 *    (`src/matcher/`) and backoff formulas (`src/backoff/`) in: one
 *    implementation, shipped, never copied;
 * 4. emits the declarations with tsc (which also type-checks the package) and
 *    keeps the package's own, refusing any that reaches outside it.
 *
 * All or nothing: dist/ is replaced only when every step has passed.
 *
 *   node packages/classroom-errors/scripts/build.ts [--content DIR]
 *
 * SITE_URL and BASE_PATH set the root of the page URLs, as for the site.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadCatalogOrThrow, LOCALES, type Catalog, type Locale } from '../../../src/catalog/index.ts';
import { ui } from '../../../src/i18n/index.ts';
import { matcherView } from '../../../src/matcher/view.ts';
import { retrySentence } from '../../../src/site/format.ts';
import { methodPath } from '../../../src/site/method-pages.ts';
import { absoluteUrl, DEFAULT_SITE, errorPath, normalizeBase, shortLinkPath, statusPath } from '../../../src/site/routes.ts';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(PACKAGE, '../..');
const GENERATED = join(PACKAGE, 'src/generated');

/** An ISO 8601 duration of days, hours, minutes and seconds in milliseconds (the catalog's `retry.wait`). */
export function durationMs(duration: string): number {
	const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
	if (!match) throw new Error(`${duration} is not an ISO 8601 duration of days, hours, minutes and seconds.`);
	const [, d, h, m, s] = match.map((v) => Number(v ?? 0));
	return ((((d ?? 0) * 24 + (h ?? 0)) * 60 + (m ?? 0)) * 60 + (s ?? 0)) * 1000;
}

type RetryIn = Catalog['errors'][number]['retry'];

function retryOf(retry: RetryIn, locale: Locale) {
	return {
		kind: retry.kind,
		text: retrySentence(retry, ui(locale)),
		...(retry.kind === 'after-wait' && retry.wait && retry.attempts && retry.basis
			? { wait: retry.wait, waitMs: durationMs(retry.wait), attempts: retry.attempts, basis: retry.basis }
			: {}),
	};
}

/** One language's data, as `LocaleData` (types.ts) describes it. */
export function localeData(catalog: Catalog, locale: Locale, site: string) {
	const statuses = Object.fromEntries(
		catalog.statuses.map((s) => {
			const t = s.text[locale];
			return [s.id, { id: s.id, http: s.http, grpcCode: s.grpcCode, title: t.title, retry: retryOf(s.retry, locale), path: statusPath(locale, s.slug) }];
		}),
	);
	const errors = Object.fromEntries(
		catalog.errors.map((e) => {
			const t = e.text[locale];
			return [
				e.id,
				{
					id: e.id,
					status: e.status,
					title: t.title,
					userMessage: t.userMessage,
					whoActs: e.whoActs,
					retry: retryOf(e.retry, locale),
					returnedBy: e.methods.returnedBy,
					path: errorPath(locale, e.slug),
					shortPath: shortLinkPath(locale, e.id),
				},
			];
		}),
	);
	// A status's advice is for showing beside an unknown id: `statuses` carries it already, and the matcher never reads it.
	// The methods and their conditions travel in the details, which give them back to the matcher (see viewOf in explain.ts).
	const { methods: _methods, conditions: _conditions, ...view } = matcherView(catalog, locale);
	const lean = { ...view, statuses: view.statuses.map(({ advice: _advice, ...rest }) => rest) };
	return { lang: locale, catalogVersion: catalog.version, site, view: lean, statuses, errors };
}

/** One language's details, as `LocaleDetails` (types.ts) describes it: the methods in the matcher's own shape, with their pages. */
export function localeDetails(catalog: Catalog, locale: Locale) {
	const { methods = [], conditions = {} } = matcherView(catalog, locale);
	return {
		lang: locale,
		errors: Object.fromEntries(
			catalog.errors.map((e) => {
				const t = e.text[locale];
				return [e.id, { summary: t.summary.plain, cause: t.cause.plain, ...(t.action ? { action: t.action.plain } : {}) }];
			}),
		),
		statuses: Object.fromEntries(catalog.statuses.map((s) => [s.id, { meaning: s.text[locale].meaning.plain, advice: s.text[locale].advice.plain }])),
		methods: methods.map((m) => ({ ...m, page: methodPath(locale, m.id) })),
		conditions,
	};
}

/** The fixture of every error: its body as the API sends it. */
export function fixtures(catalog: Catalog, site: string, base: string) {
	return catalog.errors.map((e) => {
		const status = catalog.statuses.find((s) => s.id === e.status);
		if (!status) throw new Error(`Error ${e.id} names status ${e.status}, which the catalog lacks.`);
		// Google documents the body's shape and the `@Id` prefix; without an example, the message is the id alone.
		const message = e.example?.message ?? `@${e.id}`;
		return {
			id: e.id,
			status: e.status,
			title: e.text.en.title,
			http: status.http,
			body: { error: { code: status.http, message, status: e.status } },
			basis: e.example?.basis ?? 'illustrative',
			note:
				(e.example?.basis ?? 'illustrative') === 'source'
					? 'The whole message is quoted from a Google document.'
					: `Google documents the body's shape and that the message starts with @${e.id}; the words after the id are illustrative.`,
			returnedBy: e.methods.returnedBy,
			shortLink: absoluteUrl(site, base, shortLinkPath('en', e.id)),
		};
	});
}

const HEADER = '// Generated by packages/classroom-errors/scripts/build.ts from the catalog; do not edit.\n';

function json(value: unknown): string {
	return JSON.stringify(value, null, '\t');
}

/** Writes the generated modules. */
function writeGenerated(catalog: Catalog, site: string, base: string): void {
	rmSync(GENERATED, { recursive: true, force: true });
	mkdirSync(GENERATED, { recursive: true });
	const root = absoluteUrl(site, base, '');
	const errorIds = catalog.errors.map((e) => e.id);
	const statusIds = catalog.statuses.map((s) => s.id);
	writeFileSync(
		join(GENERATED, 'ids.ts'),
		`${HEADER}
/** Every error id of the catalog, as the API sends it after \`@\`. */
export const ERROR_IDS = ${json(errorIds)} as const;

/** An error id of the catalog. */
export type ErrorId = (typeof ERROR_IDS)[number];

/** Every google.rpc status of the catalog. */
export const STATUS_IDS = ${json(statusIds)} as const;

/** A google.rpc status of the catalog. */
export type StatusId = (typeof STATUS_IDS)[number];

const IDS: ReadonlySet<string> = new Set(ERROR_IDS);

/** True when \`value\` is an error id of the catalog. */
export function isErrorId(value: unknown): value is ErrorId {
	return typeof value === 'string' && IDS.has(value);
}
`,
	);
	for (const locale of LOCALES) {
		writeFileSync(
			join(GENERATED, `${locale}.ts`),
			`${HEADER}import type { LocaleData } from '../types.ts';

/** The catalog in ${locale}. */
const data: LocaleData = ${json(localeData(catalog, locale, root))};

export default data;
`,
		);
		writeFileSync(
			join(GENERATED, `${locale}-details.ts`),
			`${HEADER}import type { LocaleDetails } from '../types.ts';

/** The catalog's details in ${locale}. */
const details: LocaleDetails = ${json(localeDetails(catalog, locale))};

export default details;
`,
		);
	}
	writeFileSync(
		join(GENERATED, 'fixtures.ts'),
		`${HEADER}import type { ErrorFixture } from '../fixtures.ts';

/** The root of the reference the short links point at. */
export const SITE = ${JSON.stringify(root)};

/** Every error's fixture, in catalog order. */
export const FIXTURES: readonly ErrorFixture[] = ${json(fixtures(catalog, site, base))};
`,
	);
}

/** The package's entries: name in dist → source. */
const ENTRIES = {
	index: 'src/index.ts',
	core: 'src/core.ts',
	fixtures: 'src/fixtures.ts',
	msw: 'src/msw.ts',
	cli: 'src/cli.ts',
	'data/en': 'src/data/en.ts',
	'data/ko': 'src/data/ko.ts',
	'details/en': 'src/details/en.ts',
	'details/ko': 'src/details/ko.ts',
};

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** Emits and checks the declarations into `out`. */
function declarations(out: string): void {
	const tmp = join(PACKAGE, '.build-tmp/types');
	rmSync(tmp, { recursive: true, force: true });
	const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
	try {
		execFileSync(process.execPath, [tsc, '-p', join(PACKAGE, 'tsconfig.json'), '--outDir', tmp], { cwd: PACKAGE, stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (cause) {
		const output = cause instanceof Error && 'stdout' in cause ? String((cause as { stdout: unknown }).stdout) : '';
		throw new Error(`The package does not type-check:\n${output}`, { cause });
	}
	// tsc mirrors the folders from the common root of every file it read; keep the package's own.
	const own = filesUnder(tmp).find((f) => f.endsWith(join('classroom-errors', 'src', 'index.d.ts')));
	if (!own) throw new Error('tsc wrote no declaration for src/index.ts.');
	const srcOut = dirname(own);
	for (const file of filesUnder(srcOut)) {
		const target = join(out, relative(srcOut, file));
		const text = readFileSync(file, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*?)\.ts\2/g, '$1$2$3.js$2');
		if (/from\s+['"]\.\.\/\.\.\//.test(text) || text.includes('src/matcher') || text.includes('src/backoff')) {
			throw new Error(`${relative(srcOut, file)} refers outside the package: its public types must be the package's own.`);
		}
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, text);
	}
	rmSync(join(PACKAGE, '.build-tmp'), { recursive: true, force: true });
}

export async function buildPackage(options: { readonly content?: string } = {}): Promise<string> {
	const site = process.env['SITE_URL'] ?? DEFAULT_SITE;
	const base = normalizeBase(process.env['BASE_PATH']);
	const catalog = loadCatalogOrThrow(options.content ?? join(ROOT, 'content'));
	writeGenerated(catalog, site, base);
	const staging = join(PACKAGE, `dist.tmp-${process.pid}`);
	rmSync(staging, { recursive: true, force: true });
	try {
		await build({
			absWorkingDir: PACKAGE,
			entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, src]) => [name, join(PACKAGE, src)])),
			outdir: staging,
			bundle: true,
			splitting: true,
			format: 'esm',
			platform: 'neutral',
			target: 'es2022',
			external: ['msw', 'node:*'],
			chunkNames: 'chunks/[name]-[hash]',
			legalComments: 'none',
			// Korean text as UTF-8, not \u escapes (which double its size before compression and hurt it after).
			charset: 'utf8',
			logLevel: 'silent',
		});
		declarations(staging);
		// Each body as a JSON file too, for test suites in any language: exactly what the API sends.
		mkdirSync(join(staging, 'fixtures'), { recursive: true });
		const all = fixtures(catalog, site, base);
		for (const f of all) writeFileSync(join(staging, 'fixtures', `${f.id}.json`), `${JSON.stringify(f.body, null, 2)}\n`);
		writeFileSync(join(staging, 'fixtures', 'index.json'), `${JSON.stringify(all.map(({ body: _body, ...rest }) => ({ ...rest, file: `${rest.id}.json` })), null, 2)}\n`);
		// The cli's declaration is of no use to anyone; the rest are the package's types.
		rmSync(join(staging, 'cli.d.ts'), { force: true });
		const dist = join(PACKAGE, 'dist');
		rmSync(dist, { recursive: true, force: true });
		cpSync(staging, dist, { recursive: true });
		return dist;
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const at = process.argv.indexOf('--content');
	const content = at > 0 ? process.argv[at + 1] : undefined;
	try {
		const dist = await buildPackage(content ? { content: resolve(content) } : {});
		process.stdout.write(`Built classroom-errors into ${relative(process.cwd(), dist) || '.'}.\n`);
	} catch (error) {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		if (process.argv.includes('--debug') && error instanceof Error) process.stderr.write(`${String(error.stack)}\n`);
		process.exitCode = 1;
	}
}
