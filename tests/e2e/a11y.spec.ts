/**
 * Accessibility: axe (axe-core, through @axe-core/playwright) over one page of
 * every type, in both languages, in light and dark, on a phone (390 × 844) and
 * a desktop (1280 × 800). A serious or critical violation fails the test, with
 * the rule, its help text and the elements it found.
 *
 * One test per page type and language, the colour schemes and viewports looped
 * inside it: a page is loaded four times, but a 2-core machine runs 14 tests,
 * not 56. Each of the four views gets every rule that depends on colour or
 * layout (contrast, target size, scrollable regions); the rules that read
 * only the document's structure (names, roles, ARIA, landmarks, language) run
 * on two of them, one per viewport, which is where the structure can differ
 * (the mobile menu), and not twice more on the same DOM in the other scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCALES, SCHEMES, VIEWPORTS, expect, sitePath, test, type BrowserProblems } from './support/fixtures.ts';
import { SEVERAL_RESULTS_QUERY, openSearch, search } from './support/search.ts';

/** The impacts that fail a page; minor and moderate findings are left to review. */
const FAILING = new Set(['serious', 'critical']);

/** The rules whose outcome depends on the colour scheme or the viewport. */
const VIEW_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'meta-viewport', 'css-orientation-lock'];

/** The views that run every rule; the others run VIEW_RULES only. */
const FULL_VIEWS = new Set(['light phone', 'dark desktop']);

// axe takes several seconds a view on a busy 2-core machine (most on a long page such as the simulator's).
test.describe.configure({ timeout: 300_000 });

interface PageCase {
	/** What the page is, for the test's name. */
	readonly name: string;
	/** Site path of the English page; the Korean one is under `ko/`. */
	readonly path: string;
	/** The page answers 404 on purpose. */
	readonly missing?: boolean;
	/** The page is a redirect document (a short link): it is checked held still, without its refresh. */
	readonly redirect?: boolean;
	/** Checked with the search dialog open on the results of a query that finds several errors. */
	readonly search?: boolean;
	/** Checked with the search dialog open on this pasted error: its answer above the results. */
	readonly paste?: string;
}

const PAGES: readonly PageCase[] = [
	{ name: 'the home page', path: '' },
	{ name: 'an error page', path: 'errors/cannot-remove-course-folder-owner/' },
	{ name: 'a status page with the compact simulator', path: 'statuses/resource-exhausted/' },
	{ name: 'the backoff simulator', path: 'backoff/' },
	{ name: 'the API page', path: 'api/' },
	{ name: 'a page of methods', path: 'methods/courses-students/' },
	{ name: 'the list of methods', path: 'methods/' },
	{ name: 'the 404 page', path: 'no-such-page-for-the-axe-check/', missing: true },
	{ name: 'a short link', path: 'e/CannotRemoveCourseFolderOwner/', redirect: true },
	{ name: 'the search dialog with results', path: 'errors/cannot-remove-course-folder-owner/', search: true },
	{
		name: 'the search dialog with the answer for a pasted error',
		path: 'backoff/',
		paste: 'API call to classroom.courses.students.create failed with error: @CourseMemberLimitReached The course is full.',
	},
];

/**
 * A short link's document redirects at once (a meta refresh), so axe would
 * see the error page instead. It is served here without its refresh, so the
 * document a reader's browser briefly shows is the one checked.
 */
async function holdRedirect(page: Page, path: string): Promise<void> {
	const url = new URL(sitePath(path), 'http://x').pathname;
	await page.route(`**${url}`, async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '');
		await route.fulfill({ response, body });
	});
}

/** Waits until the page's widgets have taken over, so axe sees what a reader sees. */
async function settle(page: Page): Promise<void> {
	const simulators = page.locator('cat-backoff');
	if ((await simulators.count()) > 0) {
		// The simulator's script loads when it comes near the viewport.
		await simulators.first().scrollIntoViewIfNeeded();
		await expect(simulators.first()).toHaveAttribute('data-ready', 'true');
		await page.evaluate(() => window.scrollTo(0, 0));
	}
	// Expressive Code makes a code block that scrolls sideways focusable (tabindex, role=region) from a
	// ResizeObserver, a 250 ms debounce and an idle callback: on a busy machine axe can run first and
	// report the block as unreachable by keyboard. Wait for that state, never for a time.
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
	);
}

function allowMissing(browserProblems: BrowserProblems, path: string): void {
	const url = new URL(sitePath(path), 'http://x').pathname;
	browserProblems.allow(url);
	browserProblems.allow(/Failed to load resource: the server responded with a status of 404/);
}

for (const { locale, prefix } of LOCALES) {
	for (const pageCase of PAGES) {
		test(`${pageCase.name} in ${locale} has no serious or critical axe violation, light and dark, phone and desktop`, async ({ page, browserProblems }) => {
			const path = `${prefix}${pageCase.path}`;
			if (pageCase.missing) allowMissing(browserProblems, path);
			if (pageCase.redirect) await holdRedirect(page, path);
			const findings: string[] = [];
			for (const scheme of SCHEMES) {
				// Starlight follows the system's scheme until the reader picks one.
				await page.emulateMedia({ colorScheme: scheme });
				for (const viewport of VIEWPORTS) {
					await page.setViewportSize({ width: viewport.width, height: viewport.height });
					await page.goto(sitePath(path));
					if (!pageCase.redirect) await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
					await expect(page.locator('html')).toHaveAttribute('lang', locale);
					await settle(page);
					if (pageCase.search) {
						await openSearch(page);
						await search(page, SEVERAL_RESULTS_QUERY[locale]);
						await expect(page.locator('cat-search .cat-search-result').first()).toBeVisible();
					}
					if (pageCase.paste) {
						await openSearch(page);
						await search(page, pageCase.paste);
						await expect(page.locator('cat-search')).toHaveAttribute('data-answer', 'shown');
					}
					const axe = new AxeBuilder({ page });
					if (!FULL_VIEWS.has(`${scheme} ${viewport.name}`)) axe.withRules(VIEW_RULES);
					const results = await axe.analyze();
					for (const violation of results.violations) {
						if (!FAILING.has(violation.impact ?? '')) continue;
						const targets = violation.nodes.slice(0, 5).map((node) => `      ${node.target.join(' ')}`);
						findings.push(`[${scheme}, ${viewport.name}] ${violation.id} (${violation.impact ?? ''}): ${violation.help}\n${targets.join('\n')}`);
					}
				}
			}
			expect(findings, `axe violations on ${sitePath(path)}`).toEqual([]);
		});
	}
}
