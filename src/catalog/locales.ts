/**
 * The one place that says which languages the catalog and the site speak.
 * Astro's config, the loader, the pages and the JSON API all read this list,
 * so adding a locale is a change here plus a content file and a UI strings file.
 */

/** Locale codes, the source locale first. */
export const LOCALES = ['en', 'ko'] as const;

/** A locale code of the catalog. */
export type Locale = (typeof LOCALES)[number];

/**
 * The source locale: its content file carries the structured facts (status,
 * methods, retry kind, related errors); every other locale translates the text.
 */
export const SOURCE_LOCALE: Locale = 'en';

/** Per-locale settings shared by Starlight and the pages. */
export const LOCALE_INFO: Record<Locale, { readonly label: string; readonly lang: string; readonly pathPrefix: string }> = {
	en: { label: 'English', lang: 'en', pathPrefix: '' },
	ko: { label: '한국어', lang: 'ko', pathPrefix: 'ko/' },
};

/** True when `value` is one of the catalog's locale codes. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
