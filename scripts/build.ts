/**
 * Builds the site all or nothing: validate the catalog first (every problem,
 * then exit 1 without touching dist/), build into a temporary folder, and
 * only when the whole build succeeded swap it in for dist/. An earlier good
 * dist/ survives any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem, loadCatalog } from '../src/catalog/index.ts';
import { swapIn } from './swap-in.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.env['CATALOG_DIR'] ?? join(root, 'content'));
const outDir = resolve(process.env['OUT_DIR'] ?? join(root, 'dist'));

const checked = loadCatalog(contentDir);
if (!checked.ok) {
	console.error(checked.problems.map(formatProblem).join('\n'));
	console.error(`\nThe catalog has ${checked.problems.length} problem(s); the site was not built and ${outDir} is unchanged.`);
	process.exit(1);
}

const work = join(root, '.build-tmp');
const staging = join(work, `dist-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// Astro lets process.env override `import.meta.env.*`, so a stray BASE_URL or
// SITE in the environment (a test runner sets BASE_URL=/) would silently
// replace the configured base path. BASE_PATH and SITE_URL are the knobs.
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: staging, CATALOG_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
for (const key of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
if (result.status !== 0 || !existsSync(join(staging, 'index.html'))) {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\nThe build failed; ${outDir} is unchanged.`);
	process.exit(result.status || 1);
}

swapIn(staging, outDir, join(work, `previous-${process.pid}`));
console.log(`Site written to ${outDir}.`);
