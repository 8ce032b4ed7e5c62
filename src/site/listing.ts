/**
 * Listing pages that stay the same size whatever the catalog's size: a
 * status's errors are split into pages of {@link STATUS_PAGE_SIZE} rows (200)
 * (`statuses/<slug>/`, then `statuses/<slug>/2/`, `…/3/`), and the home page
 * lists a status's errors itself only while they are few
 * ({@link HOME_ERRORS_PER_STATUS}), linking to the status's pages otherwise.
 *
 * Page numbers are stable: page k always holds rows (k-1)·size+1 to k·size
 * of the status's errors in catalog order, so a URL keeps pointing at the
 * same slice until errors are added before it.
 */
import { errorById, type Catalog, type ErrorEntry, type StatusEntry } from '../catalog/index.ts';
import type { Locale } from '../catalog/locales.ts';
import { statusPath, type SitePath } from './routes.ts';

/** Rows per page of a status's error list by default: a table of this size renders without a long task on a phone. */
export const DEFAULT_PAGE_SIZE = 200;

/**
 * The page size of this build: `LISTING_PAGE_SIZE` when set to a whole
 * number from 1 (a build with a small size, such as 4, shows the real
 * catalog on several pages, for the end-to-end tests), else the default.
 */
export function listingPageSize(setting: string | undefined): number {
	const size = Number(setting);
	return setting !== undefined && setting.trim() !== '' && Number.isInteger(size) && size >= 1 ? size : DEFAULT_PAGE_SIZE;
}

/** Rows per page of a status's error list in this build. */
export const STATUS_PAGE_SIZE = listingPageSize(process.env['LISTING_PAGE_SIZE']);

/** The most errors of one status the home page lists itself (a quarter of a page); above this it links to the status's pages. */
export const HOME_ERRORS_PER_STATUS = Math.max(1, Math.floor(STATUS_PAGE_SIZE / 4));

/** How many pages a list of `rows` rows takes (at least one: an empty status still has its page). */
export function pageCount(rows: number, size = STATUS_PAGE_SIZE): number {
	return Math.max(1, Math.ceil(rows / size));
}

/** The 0-based [start, end) rows of 1-based page `page`. */
export function pageRows(page: number, rows: number, size = STATUS_PAGE_SIZE): { start: number; end: number } {
	const start = (page - 1) * size;
	return { start, end: Math.min(rows, start + size) };
}

/** Page `page` (1-based) of a status's error list: the status page itself for page 1, `…/<page>/` after it. */
export function statusListPath(locale: Locale, slug: string, page: number): SitePath {
	return page <= 1 ? statusPath(locale, slug) : `${statusPath(locale, slug)}${String(page)}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and the current one
 * with `around` neighbours on each side; `gap` where numbers are skipped.
 * Bounded, so a status with hundreds of pages still has a short pager.
 */
export function pagerItems(current: number, pages: number, around = 2): (number | 'gap')[] {
	const shown = new Set<number>([1, pages]);
	for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= pages) shown.add(p);
	const sorted = [...shown].sort((a, b) => a - b);
	const items: (number | 'gap')[] = [];
	for (const [i, p] of sorted.entries()) {
		const previous = sorted[i - 1];
		if (previous !== undefined && p - previous > 1) items.push(p - previous === 2 ? p - 1 : 'gap');
		items.push(p);
	}
	return items;
}

/** The errors on page `page` of `status`'s list, in catalog order. */
export function statusPageErrors(catalog: Catalog, status: StatusEntry, page: number): ErrorEntry[] {
	const { start, end } = pageRows(page, status.errorIds.length);
	return status.errorIds.slice(start, end).flatMap((id) => errorById(catalog, id) ?? []);
}

/** getStaticPaths of the status list's later pages (`statuses/<slug>/<page>/`, page 2 on); page 1 is the status page. */
export function statusListRoutes(catalog: Catalog) {
	return catalog.statuses.flatMap((entry) =>
		Array.from({ length: pageCount(entry.errorIds.length) - 1 }, (_, i) => ({ params: { slug: entry.slug, page: String(i + 2) }, props: { entry, page: i + 2 } })),
	);
}
