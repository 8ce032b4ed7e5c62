/**
 * The `test` and `expect` every end-to-end spec imports:
 *
 *   import { test, expect, sitePath } from './support/fixtures.ts';
 *
 * It adds one automatic check, "the browser console stays clean": every
 * test that opens a page fails at teardown if, in any page of its browser
 * context, there was
 *   - a console error or warning (console.error/warn, and Chromium's own
 *     messages such as "Failed to load resource" or a CSP violation),
 *   - an uncaught exception or unhandled rejection in the page, or
 *   - a request to the site's own origin that failed or answered >= 400
 *     (a missing asset, a broken link to the JSON API, ...).
 *
 * A test that provokes one of these on purpose (a visit to a missing page
 * for the 404 page, say) says so first:
 *
 *   test('unknown pages get the 404 page', async ({ page, browserProblems }) => {
 *     browserProblems.allow(/\/no-such-page\//);
 *     ...
 *   });
 *
 * `allow` takes a RegExp or a substring and is matched against the message
 * text and the URL of each problem.
 */
import { test as base, expect, type BrowserContext, type ConsoleMessage, type Request, type Response } from '@playwright/test';
import { normalizeBase } from './serve.ts';

export { expect };

export type BrowserProblemKind = 'console.error' | 'console.warning' | 'pageerror' | 'requestfailed' | 'response';

export interface BrowserProblem {
	readonly kind: BrowserProblemKind;
	readonly text: string;
	/** The page (for console and page errors) or request URL it came from. */
	readonly url: string;
}

export interface BrowserProblems {
	/** Ignores the problems whose text or URL match (for a test that provokes them on purpose). */
	allow(pattern: RegExp | string): void;
	/** The problems recorded so far, allowed ones excluded. */
	readonly list: readonly BrowserProblem[];
}

/** The site's two languages, as the tests visit them: the locale and its path prefix. */
export const LOCALES = [
	{ locale: 'en', prefix: '' },
	{ locale: 'ko', prefix: 'ko/' },
] as const;

/** The colour schemes a page is checked in (Starlight follows the system's until the reader picks one). */
export const SCHEMES = ['light', 'dark'] as const;

/** The screens a page is checked on: a 390 px phone and a 1280 px desktop. */
export const VIEWPORTS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 },
] as const;

/** The site's base path, as the site was built for (BASE_PATH). */
export const BASE_PATH = normalizeBase(process.env['BASE_PATH']);

/**
 * A root-relative URL for a site path: `sitePath('ko/')` is `/ko/`, or
 * `/errors-ref/ko/` when the site is built with BASE_PATH=/errors-ref/.
 * Use it (or a relative path such as `ko/`) with page.goto: the baseURL ends
 * with the base path, and a path starting with `/` would drop it.
 */
export function sitePath(path = ''): string {
	return BASE_PATH + path.replace(/^\/+/, '');
}

function formatProblems(problems: readonly BrowserProblem[]): string {
	const lines = problems.map((p) => `  [${p.kind}] ${p.text}${p.url && !p.text.includes(p.url) ? `\n      url: ${p.url}` : ''}`);
	return `The browser console did not stay clean (${String(problems.length)} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n` + 'If the test provokes these on purpose, call browserProblems.allow(pattern) first.';
}

class ProblemRecorder implements BrowserProblems {
	private readonly allowed: (RegExp | string)[] = [];
	private readonly recorded: BrowserProblem[] = [];
	recording = true;

	allow(pattern: RegExp | string): void {
		this.allowed.push(pattern);
	}

	get list(): readonly BrowserProblem[] {
		return this.recorded.filter((p) => !this.isAllowed(p));
	}

	add(problem: BrowserProblem): void {
		if (this.recording) this.recorded.push(problem);
	}

	private isAllowed(problem: BrowserProblem): boolean {
		return this.allowed.some((pattern) =>
			typeof pattern === 'string'
				? problem.text.includes(pattern) || problem.url.includes(pattern)
				: pattern.test(problem.text) || pattern.test(problem.url),
		);
	}

	/** Listens to every page of `context`; `origin` is the site's own origin. */
	watch(context: BrowserContext, origin: string): void {
		const sameOrigin = (url: string): boolean => {
			try {
				return new URL(url).origin === origin;
			} catch {
				return false;
			}
		};
		context.on('console', (message: ConsoleMessage) => {
			const type = message.type();
			if (type !== 'error' && type !== 'warning') return;
			const location = message.location();
			this.add({ kind: type === 'error' ? 'console.error' : 'console.warning', text: message.text(), url: location.url || (message.page()?.url() ?? '') });
		});
		context.on('weberror', (webError) => {
			const error = webError.error();
			// The page's stack, with its frames marked so that Playwright does not take them for the test's own.
			const text = (error.stack || `${error.name}: ${error.message}`).replace(/^\s*at /gm, '      ↳ ');
			this.add({ kind: 'pageerror', text, url: webError.page()?.url() ?? '' });
		});
		context.on('requestfailed', (request: Request) => {
			if (!sameOrigin(request.url())) return;
			const failure = request.failure()?.errorText ?? 'failed';
			// Aborted requests are the browser's business (a navigation cut short, a prefetch no longer needed).
			if (failure === 'net::ERR_ABORTED') return;
			this.add({ kind: 'requestfailed', text: `${request.method()} ${request.url()} ${failure}`, url: request.url() });
		});
		context.on('response', (response: Response) => {
			if (response.status() < 400 || !sameOrigin(response.url())) return;
			this.add({ kind: 'response', text: `${response.request().method()} ${response.url()} ${String(response.status())} ${response.statusText()}`, url: response.url() });
		});
	}
}

export const test = base.extend<{ browserProblems: BrowserProblems }>({
	// Automatic: every test has it, and every test that opens a page is checked.
	browserProblems: [
		async ({}, use) => {
			const recorder = new ProblemRecorder();
			await use(recorder);
		},
		{ auto: true },
	],

	// Wraps the built-in context so the listeners see every page (popups included) from the first request on.
	context: async ({ context, browserProblems, baseURL }, use) => {
		const recorder = browserProblems as ProblemRecorder;
		const origin = baseURL ? new URL(baseURL).origin : '';
		recorder.watch(context, origin);
		await use(context);
		// The test (and its own fixtures using the page) is done: what closing the context causes is not the page's fault.
		recorder.recording = false;
		const problems = recorder.list;
		if (problems.length > 0) throw new Error(formatProblems(problems));
	},
});
