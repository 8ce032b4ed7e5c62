import { defineConfig } from 'vitest/config';

// Unit tests live beside the modules they test; end-to-end tests (tests/e2e) run under Playwright.
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
	},
});
