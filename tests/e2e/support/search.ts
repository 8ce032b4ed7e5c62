/**
 * The site search as the end-to-end specs drive it: open the dialog, type a
 * query, wait for its results (the dialog's `data-state="done"` with the
 * status line naming the query), never for a fixed time.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** A few words per language that find several errors: results with ids, titles, statuses and marked excerpts. */
export const SEVERAL_RESULTS_QUERY = { en: 'course owner', ko: '수업 소유자' } as const;

/** Opens the dialog from the header button. */
export async function openSearch(page: Page): Promise<void> {
	const button = page.locator('cat-search button[data-open-modal]').first();
	await expect(button).toBeEnabled();
	await button.click();
	await expect(page.locator('cat-search dialog')).toBeVisible();
}

/** Types a query into the open dialog and waits until it shows the results for that query. */
export async function search(page: Page, query: string): Promise<void> {
	await page.locator('cat-search input').fill(query);
	await expect(page.locator('cat-search')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
	// A long query is shortened in the status line (src/search/error-answer.ts, shownQuery): its start is always there.
	await expect(page.getByTestId('search-status')).toContainText(query.slice(0, 28));
}
