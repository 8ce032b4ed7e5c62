import { defineConfig } from 'vitest/config';

// Unit tests live beside the modules they test; end-to-end tests (tests/e2e) run under Playwright.
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
		environment: 'node',
		// Several tests start real processes (the CLI, tsc over the snippets, Python, a build). On a busy
		// 2-core machine one of those can take far longer than Vitest's default 5 s; the limit is there
		// to catch a hang, not to time the work (benchmarks time things, see npm run bench).
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
});
