/**
 * Runs the end-to-end tests: finds (or installs) a browser, makes sure the
 * site is built, then runs Playwright against it.
 *
 *   npm run test:e2e                      build if dist/ is missing, then test
 *   npm run test:e2e -- --grep 'home'     extra arguments go to `playwright test`
 *   E2E_REBUILD=1 npm run test:e2e        build again first (`npm test` builds before it)
 *   CHROMIUM_PATH=/path/to/chrome npm run test:e2e
 *   E2E_DIST=/some/built/site npm run test:e2e   test that folder, never build
 *   OUT_DIR=/tmp/site npm run test:e2e   build into (and test) that folder, as npm run build does
 *
 * The browser: CHROMIUM_PATH if set, else the first of /usr/bin/chromium,
 * chromium-browser, google-chrome, google-chrome-stable that runs. With none,
 * and as root where apt-get exists (CI, the dev containers), it installs
 * Debian's `chromium` package and looks again; otherwise it says what to
 * install and exits 1. Playwright gets the path as E2E_CHROMIUM.
 *
 * Korean fonts: the Korean pages, and their screenshot baselines
 * (tests/e2e/visual.spec.ts), need a Korean font, or Hangul is drawn as
 * boxes. On Linux, when fontconfig knows none, it installs Debian's
 * `fonts-noto-cjk` the same way (as root where apt-get exists), or says
 * what to install and exits 1.
 *
 * The site is served on 127.0.0.1:4399 (E2E_PORT to choose another); when
 * 4399 is taken (another test run in the same tree, say) it takes a free port
 * instead, and never reuses a running server: that one may serve another
 * folder, or go away mid-run.
 *
 * Exits with Playwright's exit code.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_CANDIDATES, BROWSER_ENV, USER_BROWSER_ENV } from '../tests/e2e/support/chromium.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../tests/e2e/support/serve.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const isTruthy = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';

const NO_BROWSER_HELP = `The end-to-end tests need Chrome or Chromium, and none was found.
Looked at: ${BROWSER_CANDIDATES.join(', ')}.
  On Debian/Ubuntu:  sudo apt-get install chromium
  Or point CHROMIUM_PATH at a Chrome/Chromium binary:  CHROMIUM_PATH=/path/to/chrome npm run test:e2e`;

function log(message: string): void {
	console.log(`[e2e] ${message}`);
}

function fail(message: string): never {
	console.error(`[e2e] ${message}`);
	process.exit(1);
}

/** The browser's version line if `path` runs `--version`, else undefined. */
function browserVersion(path: string): string | undefined {
	if (!existsSync(path)) return undefined;
	const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
	if (result.error || result.status !== 0) return undefined;
	return result.stdout.trim().split('\n').pop() || path;
}

function findBrowser(): { path: string; version: string } | undefined {
	for (const path of BROWSER_CANDIDATES) {
		const version = browserVersion(path);
		if (version) return { path, version };
	}
	return undefined;
}

function commandExists(command: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Runs a command with inherited stdio; returns its exit code (1 if it could not start). */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
	log(`$ ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: ROOT });
	if (result.error) {
		console.error(`[e2e] could not run ${command}: ${result.error.message}`);
		return 1;
	}
	return result.status ?? 1;
}

/** Whether this run may install a missing Debian package itself: as root, where apt-get exists (CI, the dev containers). */
function canAptInstall(): boolean {
	return process.getuid?.() === 0 && commandExists('apt-get');
}

/** Installs Debian's `pkg` with apt-get (see canAptInstall); whether it succeeded. */
function aptInstall(pkg: string, why: string): boolean {
	log(`${why}; installing Debian's ${pkg} package (running as root).`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	if (run('apt-get', ['update'], env) !== 0) return false;
	return run('apt-get', ['install', '-y', '--no-install-recommends', pkg], env) === 0;
}

const NO_KOREAN_FONT_HELP = `The end-to-end tests need a Korean font (fontconfig lists none for :lang=ko); without one, Korean pages render as boxes and their screenshots cannot match the baselines.
  On Debian/Ubuntu:  sudo apt-get install fonts-noto-cjk`;

/** Whether fontconfig knows a font for Korean; true where there is no fontconfig to ask (not Linux). */
function hasKoreanFont(): boolean {
	if (process.platform !== 'linux' || !commandExists('fc-list')) return true;
	const result = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8', timeout: 60_000 });
	return result.status === 0 && result.stdout.trim() !== '';
}

/** Makes sure Korean renders: installs Debian's fonts-noto-cjk when needed and allowed, else stops with what to install. */
function ensureKoreanFont(): void {
	if (hasKoreanFont()) return;
	if (canAptInstall()) {
		if (aptInstall('fonts-noto-cjk', 'No Korean font found') && hasKoreanFont()) return;
		fail(`Installing fonts-noto-cjk with apt-get failed (see above).\n${NO_KOREAN_FONT_HELP}`);
	}
	fail(NO_KOREAN_FONT_HELP);
}

function resolveBrowser(): string {
	const own = process.env[USER_BROWSER_ENV];
	if (own) {
		const version = browserVersion(own);
		if (!version) fail(`${USER_BROWSER_ENV}=${own} does not exist or does not run \`--version\`. Point it at a Chrome/Chromium binary, or unset it to use ${BROWSER_CANDIDATES[0] ?? 'a system Chromium'}.`);
		log(`Browser: ${own} (${version}, from ${USER_BROWSER_ENV})`);
		return own;
	}
	let found = findBrowser();
	if (!found && canAptInstall()) {
		if (!aptInstall('chromium', 'No Chrome or Chromium found')) fail(`Installing chromium with apt-get failed (see above).\n${NO_BROWSER_HELP}`);
		found = findBrowser();
	}
	if (!found) fail(NO_BROWSER_HELP);
	log(`Browser: ${found.path} (${found.version})`);
	return found.path;
}

/**
 * The folder to test: E2E_DIST as given (never built here), else the build's
 * output folder (dist/, or OUT_DIR as scripts/build.ts reads it), built when
 * needed.
 */
function ensureSite(): string {
	const given = process.env['E2E_DIST'];
	if (given) {
		const dist = resolve(given);
		if (!existsSync(join(dist, 'index.html'))) fail(`E2E_DIST=${given}, but ${join(dist, 'index.html')} does not exist.`);
		log(`Site: ${dist} (from E2E_DIST, not rebuilt)`);
		return dist;
	}
	const dist = resolve(ROOT, process.env['OUT_DIR'] || 'dist');
	const index = join(dist, 'index.html');
	// `npm test` builds right before this runs, so CI does not build twice.
	const reason = isTruthy(process.env['E2E_REBUILD']) ? 'E2E_REBUILD is set' : !existsSync(index) ? `${index} is missing` : undefined;
	if (reason) {
		log(`Building the site (${reason}).`);
		const code = run('npm', ['run', 'build']);
		if (code !== 0) fail(`npm run build failed (exit ${String(code)}).`);
		if (!existsSync(index)) fail(`npm run build succeeded but wrote no ${index}.`);
	} else {
		log(`Site: ${dist} (already built; E2E_REBUILD=1 to rebuild)`);
	}
	return dist;
}

/** Resolves to the port it could listen on: `port`, or (with 0) a free one; undefined if taken. */
function tryListen(port: number): Promise<number | undefined> {
	return new Promise((resolvePort) => {
		const server = createServer();
		server.once('error', () => resolvePort(undefined));
		server.listen(port, DEFAULT_HOST, () => {
			const address = server.address();
			const bound = typeof address === 'object' && address ? address.port : undefined;
			server.close(() => resolvePort(bound));
		});
	});
}

/** E2E_PORT if set, else 4399 if free, else a free port. */
async function choosePort(): Promise<string> {
	const given = process.env['E2E_PORT'];
	if (given) return given;
	if ((await tryListen(DEFAULT_PORT)) !== undefined) return String(DEFAULT_PORT);
	const free = await tryListen(0);
	if (free === undefined) fail(`Port ${String(DEFAULT_PORT)} is taken and no free port was found; set E2E_PORT.`);
	log(`Port ${String(DEFAULT_PORT)} is taken (another test run?); serving the site on ${String(free)} instead.`);
	return String(free);
}

function runPlaywright(browser: string, dist: string, port: string, args: readonly string[]): void {
	const cli = join(ROOT, 'node_modules', '.bin', 'playwright');
	if (!existsSync(cli)) fail(`${cli} is missing: run npm ci first.`);
	// Our own server for the folder just checked, never one left running by someone else.
	const env = { ...process.env, [BROWSER_ENV]: browser, E2E_DIST: dist, E2E_PORT: port, E2E_REUSE_SERVER: '0' };
	// Same Node as this script (24), whatever `node` is first on PATH.
	const child = spawn(process.execPath, [cli, 'test', ...args], { stdio: 'inherit', env, cwd: ROOT });
	const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
	process.on('SIGINT', forward('SIGINT'));
	process.on('SIGTERM', forward('SIGTERM'));
	child.on('error', (error) => fail(`could not run Playwright: ${error.message}`));
	child.on('exit', (code, signal) => {
		if (signal) {
			console.error(`[e2e] Playwright was killed by ${signal}.`);
			process.exit(1);
		}
		process.exit(code ?? 1);
	});
}

const browser = resolveBrowser();
ensureKoreanFont();
const dist = ensureSite();
const port = await choosePort();
runPlaywright(browser, dist, port, process.argv.slice(2));
