/**
 * Starlight's sidebar, built from the catalog: a link per status and the
 * tools, labels translated per locale. Starlight adds the locale prefix and
 * the base path to these links itself.
 */
import { LOCALES, SOURCE_LOCALE, type Catalog, type Locale } from '../catalog/index.ts';
import { ui } from '../i18n/index.ts';
import { apiPagePath, backoffPath, statusPath } from './routes.ts';
import { methodsIndexPath } from './method-pages.ts';

type Translations = Record<string, string>;

function translations(pick: (locale: Locale) => string): Translations {
	return Object.fromEntries(LOCALES.filter((l) => l !== SOURCE_LOCALE).map((l) => [l, pick(l)]));
}

/**
 * A Starlight sidebar config: the statuses and the tools, never the errors.
 * Every page carries the sidebar, so a link per error would make each page
 * grow with the catalog (and the site with its square); an error page reaches
 * its siblings through its status page, its related errors and search.
 */
export function buildSidebar(catalog: Catalog) {
	return [
		{
			label: ui(SOURCE_LOCALE).sidebarStatuses,
			translations: translations((l) => ui(l).sidebarStatuses),
			items: catalog.statuses.map((status) => ({
				label: `${String(status.http)} ${status.id}`,
				link: `/${statusPath(SOURCE_LOCALE, status.slug)}`,
			})),
		},
		{
			label: ui(SOURCE_LOCALE).sidebarTools,
			translations: translations((l) => ui(l).sidebarTools),
			items: [
				{ label: ui(SOURCE_LOCALE).sidebarBackoff, translations: translations((l) => ui(l).sidebarBackoff), link: `/${backoffPath(SOURCE_LOCALE)}` },
				{ label: ui(SOURCE_LOCALE).sidebarApi, translations: translations((l) => ui(l).sidebarApi), link: `/${apiPagePath(SOURCE_LOCALE)}` },
				...(catalog.methods.length > 0
					? [{ label: ui(SOURCE_LOCALE).sidebarMethods, translations: translations((l) => ui(l).sidebarMethods), link: `/${methodsIndexPath(SOURCE_LOCALE)}` }]
					: []),
			],
		},
	];
}
