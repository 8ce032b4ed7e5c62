import { describe, expect, it } from 'vitest';
import type { Catalog, ErrorEntry, StatusEntry } from '../catalog/index.ts';
import { DEFAULT_PAGE_SIZE, HOME_ERRORS_PER_STATUS, STATUS_PAGE_SIZE, listingPageSize, pageCount, pageRows, pagerItems, statusListPath, statusListRoutes, statusPageErrors } from './listing.ts';

/** A catalog of `sizes[i]` errors under status i: only what the listing reads. */
function catalogOf(...sizes: number[]): Catalog {
	const ids = ['FAILED_PRECONDITION', 'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'INTERNAL'];
	const errors: ErrorEntry[] = [];
	const statuses = sizes.map((size, s) => {
		const errorIds = Array.from({ length: size }, (_, i) => `Error${String(s)}N${String(i)}`);
		for (const id of errorIds) errors.push({ id, slug: id.toLowerCase(), status: ids[s] } as unknown as ErrorEntry);
		return { id: ids[s], slug: (ids[s] ?? '').toLowerCase().replace(/_/g, '-'), errorIds } as unknown as StatusEntry;
	});
	return { statuses, errors } as unknown as Catalog;
}

describe('status list pages', () => {
	it('split a list into pages of STATUS_PAGE_SIZE rows, with one page for an empty status', () => {
		expect(STATUS_PAGE_SIZE).toBeGreaterThanOrEqual(100);
		expect(pageCount(0)).toBe(1);
		expect(pageCount(STATUS_PAGE_SIZE)).toBe(1);
		expect(pageCount(STATUS_PAGE_SIZE + 1)).toBe(2);
		expect(pageRows(1, 450, 200)).toEqual({ start: 0, end: 200 });
		expect(pageRows(3, 450, 200)).toEqual({ start: 400, end: 450 });
	});

	it('keep page 1 at the status page and number the later ones under it, in both languages', () => {
		expect(statusListPath('en', 'permission-denied', 1)).toBe('statuses/permission-denied/');
		expect(statusListPath('en', 'permission-denied', 2)).toBe('statuses/permission-denied/2/');
		expect(statusListPath('ko', 'permission-denied', 12)).toBe('ko/statuses/permission-denied/12/');
	});

	it('hold each error exactly once, in catalog order, across the pages', () => {
		const catalog = catalogOf(STATUS_PAGE_SIZE * 2 + 7, 3);
		const status = catalog.statuses[0] as StatusEntry;
		const seen = [1, 2, 3].flatMap((page) => statusPageErrors(catalog, status, page).map((e) => e.id));
		expect(seen).toEqual(status.errorIds);
		expect(statusPageErrors(catalog, status, 3)).toHaveLength(7);
	});

	it('route only the later pages (page 1 is the status page), with stable numbers', () => {
		const routes = statusListRoutes(catalogOf(STATUS_PAGE_SIZE * 2 + 1, STATUS_PAGE_SIZE, 0, 1));
		expect(routes.map((r) => `${r.params.slug}/${r.params.page}`)).toEqual(['failed-precondition/2', 'failed-precondition/3']);
		expect(routes.map((r) => r.props.page)).toEqual([2, 3]);
	});

	it('show a short pager whatever the number of pages: first, last, and the neighbours of the current one', () => {
		expect(pagerItems(1, 1)).toEqual([1]);
		expect(pagerItems(1, 3)).toEqual([1, 2, 3]);
		expect(pagerItems(1, 50)).toEqual([1, 2, 3, 'gap', 50]);
		expect(pagerItems(25, 50)).toEqual([1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]);
		// One skipped number is shown rather than hidden behind a gap.
		expect(pagerItems(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(pagerItems(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
		expect(pagerItems(400, 1000).length).toBeLessThanOrEqual(9);
	});

	it('let the home page list a status only while its errors are few', () => {
		expect(HOME_ERRORS_PER_STATUS * 4).toBeLessThanOrEqual(STATUS_PAGE_SIZE);
	});

	it('take 200 rows a page unless LISTING_PAGE_SIZE gives a whole number from 1', () => {
		expect(DEFAULT_PAGE_SIZE).toBe(200);
		expect(listingPageSize(undefined)).toBe(200);
		expect(listingPageSize('')).toBe(200);
		expect(listingPageSize('4')).toBe(4);
		for (const bad of ['0', '-3', '2.5', 'many']) expect(listingPageSize(bad)).toBe(200);
	});
});
