import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, configuredBrowser } from './tests/e2e/support/chromium.ts';
import { DEFAULT_HOST, DEFAULT_PORT, normalizeBase } from './tests/e2e/support/serve.ts';

// Run through `npm run test:e2e` (scripts/e2e.ts), which finds the browser and
// builds the site first. `npx playwright test` works too once dist/ is built
// and a system Chromium is in one of the usual places.

const ROOT = dirname(fileURLToPath(import.meta.url));
const CI = !!process.env['CI'] && process.env['CI'] !== 'false' && process.env['CI'] !== '0';
const PORT = Number(process.env['E2E_PORT'] || DEFAULT_PORT);
const HOST = DEFAULT_HOST;
const BASE = normalizeBase(process.env['BASE_PATH']);
const DIST = resolve(ROOT, process.env['E2E_DIST'] || 'dist');

// The static server for dist/ runs on the Node 24 of the `node` devDependency
// (it is TypeScript), not whatever Node runs Playwright.
const localNode = join(ROOT, 'node_modules', '.bin', 'node');
const NODE = existsSync(localNode) ? localNode : process.execPath;

// Set by scripts/e2e.ts; without it, CHROMIUM_PATH or a system Chromium. Left
// out entirely if none, so Playwright's own error says what is missing.
const BROWSER = configuredBrowser();

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: join(ROOT, 'tests/e2e/support/global-setup.ts'),
	outputDir: 'test-results',
	fullyParallel: true,
	forbidOnly: CI,
	retries: 0,
	workers: Math.max(1, Math.min(2, availableParallelism())),
	// Generous limits: they catch a hang, they do not time the site. Assertions wait for a state (a result
	// list, the simulator's data-ready) and on a busy 2-core machine that state can take well over the
	// default 5 s to arrive (the first search downloads and inflates the index).
	timeout: 90_000,
	expect: { timeout: 20_000 },
	// `list`, then one closing `e2e: N passed, N failed, N skipped` line.
	reporter: [['list'], [join(ROOT, 'tests/e2e/support/summary-reporter.ts')]],
	use: {
		// Includes the base path: go to `ko/`, or use sitePath() from support/fixtures.ts (a leading `/` would drop the base).
		baseURL: `http://${HOST}:${String(PORT)}${BASE}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				browserName: 'chromium',
				launchOptions: {
					...(BROWSER ? { executablePath: BROWSER } : {}),
					args: [...CHROMIUM_ARGS],
				},
			},
		},
	],
	webServer: {
		command: `"${NODE}" tests/e2e/support/serve.ts`,
		cwd: ROOT,
		env: { E2E_DIST: DIST, BASE_PATH: BASE, E2E_PORT: String(PORT), E2E_HOST: HOST },
		url: `http://${HOST}:${String(PORT)}${BASE}`,
		// Handy with `npx playwright test` and a server you keep running; scripts/e2e.ts turns it off.
		reuseExistingServer: !CI && process.env['E2E_REUSE_SERVER'] !== '0',
		// Starting a Node server can be slow on a busy machine; this catches a server that never comes up.
		timeout: 60_000,
		stdout: 'pipe',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
	},
});
