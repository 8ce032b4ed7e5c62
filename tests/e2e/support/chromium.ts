/**
 * Where the end-to-end tests find a browser, and how they launch it.
 *
 * Playwright cannot download its own browser on our machines (no network but
 * the npm registry and Debian's apt), so the tests drive a system Chrome or
 * Chromium. `scripts/e2e.ts` picks one (and installs Debian's `chromium` when
 * it runs as root) and hands its path to Playwright as E2E_CHROMIUM.
 *
 * Shared by scripts/e2e.ts (plain Node 24) and playwright.config.ts, so it
 * uses erasable TypeScript only and imports nothing but Node built-ins.
 */
import { existsSync } from 'node:fs';

/** The variable the tests read the browser path from (set by scripts/e2e.ts). */
export const BROWSER_ENV = 'E2E_CHROMIUM';

/** The variable a developer sets to use a browser of their own. */
export const USER_BROWSER_ENV = 'CHROMIUM_PATH';

/** Where a system Chrome or Chromium is looked for, in order. */
export const BROWSER_CANDIDATES: readonly string[] = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/**
 * Flags for a system Chromium in a container without a GPU, a sandbox or a
 * network: without the background-networking ones it keeps trying (and
 * failing) to reach Google's services.
 */
export const CHROMIUM_ARGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * The browser Playwright should launch: E2E_CHROMIUM, else CHROMIUM_PATH,
 * else the first candidate that exists. Only checks existence (the config is
 * loaded in every worker); scripts/e2e.ts checks that it really runs.
 */
export function configuredBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const fromEnv = env[BROWSER_ENV] || env[USER_BROWSER_ENV];
	if (fromEnv) return fromEnv;
	return BROWSER_CANDIDATES.find((path) => existsSync(path));
}
