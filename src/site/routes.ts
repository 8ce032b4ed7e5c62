/**
 * Every URL of the site in one pure module, so pages, the sidebar, the JSON
 * API and the tests agree. Paths are permanent: an error's path is its id in
 * kebab-case, and its short link is the id as the API spells it.
 */
import { LOCALE_INFO, type Locale } from '../catalog/locales.ts';

/** A site path without the base: `errors/course-not-modifiable/`, `ko/errors/…/`, `` (home). */
export type SitePath = string;

/** Home page of a locale. */
export const homePath = (locale: Locale): SitePath => LOCALE_INFO[locale].pathPrefix;
/** Page of one error. */
export const errorPath = (locale: Locale, slug: string): SitePath => `${LOCALE_INFO[locale].pathPrefix}errors/${slug}/`;
/** Page of one status. */
export const statusPath = (locale: Locale, slug: string): SitePath => `${LOCALE_INFO[locale].pathPrefix}statuses/${slug}/`;
/** Short link that support staff can type: the id exactly as the API sends it. */
/** The folder of each language that holds its short links. */
export const SHORT_LINK_FOLDER = 'e';
export const shortLinkPath = (locale: Locale, id: string): SitePath => `${LOCALE_INFO[locale].pathPrefix}${SHORT_LINK_FOLDER}/${id}/`;
/** The backoff simulator. */
export const backoffPath = (locale: Locale): SitePath => `${LOCALE_INFO[locale].pathPrefix}backoff/`;
/** The page that documents the JSON API. */
export const apiPagePath = (locale: Locale): SitePath => `${LOCALE_INFO[locale].pathPrefix}api/`;

/** Where the site is served when SITE_URL does not say: the origin of canonical URLs and the JSON API's absolute URLs. */
export const DEFAULT_SITE = 'https://classroom-errors.example.org';

/** Normalises a configured base path to `/` or `/some-path/`. */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A root-relative URL: base + path (`/some-path/errors/x/`). */
export function withBase(base: string, path: SitePath): string {
	return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** An absolute URL from the configured site origin, base and a path. */
export function absoluteUrl(site: string, base: string, path: SitePath): string {
	return new URL(withBase(base, path), site).href;
}
