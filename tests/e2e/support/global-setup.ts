/**
 * Runs once before the tests, after Playwright has started (or found) the
 * webServer: fails fast when the server on the test port is not our static
 * server for the expected folder and base path. That happens when
 * `npx playwright test` reuses a server someone left running on the port
 * (another checkout's, an `astro preview`, a server for another BASE_PATH),
 * which would otherwise make the tests pass or fail on the wrong site.
 */
import type { FullConfig } from '@playwright/test';
import { IDENTITY_HEADER, serverIdentity } from './serve.ts';

export default async function globalSetup(config: FullConfig): Promise<void> {
	const server = config.webServer;
	const url = server?.url;
	const dist = server?.env?.['E2E_DIST'];
	if (!url || !dist) return;
	const expected = serverIdentity(dist, server.env?.['BASE_PATH']);
	let actual: string | null;
	try {
		const response = await fetch(url, { method: 'HEAD', redirect: 'manual' });
		actual = response.headers.get(IDENTITY_HEADER);
	} catch (error) {
		throw new Error(`The site server at ${url} does not answer: ${(error as Error).message}`);
	}
	if (actual !== expected) {
		throw new Error(
			`The server already running at ${url} is not serving this run's site.\n` +
				`  expected ${IDENTITY_HEADER}: ${expected}\n` +
				`  got      ${IDENTITY_HEADER}: ${actual ?? '(none: not tests/e2e/support/serve.ts)'}\n` +
				'Stop that server, or pick another port with E2E_PORT (npm run test:e2e does that by itself).',
		);
	}
}
