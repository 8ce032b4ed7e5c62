/**
 * Starlight's sidebar, built from the catalog: one group per status, an
 * overview link and one link per error, labels translated per locale.
 * Starlight adds the locale prefix and the base path to these links itself.
 */
import { LOCALES, SOURCE_LOCALE, type Catalog, type Locale } from '../catalog/index.ts';
import { ui } from '../i18n/index.ts';
import { apiPagePath, backoffPath, errorPath, statusPath } from './routes.ts';

type Translations = Record<string, string>;

function translations(pick: (locale: Locale) => string): Translations {
	return Object.fromEntries(LOCALES.filter((l) => l !== SOURCE_LOCALE).map((l) => [l, pick(l)]));
}

/** A Starlight sidebar config for the whole catalog. */
export function buildSidebar(catalog: Catalog) {
	const statusGroups = catalog.statuses.map((status) => ({
		label: `${status.http} ${status.id}`,
		// Collapsed, except the group of the current page, which Starlight opens.
		collapsed: true,
		items: [
			{
				label: ui(SOURCE_LOCALE).sidebarOverview,
				translations: translations((l) => ui(l).sidebarOverview),
				link: `/${statusPath(SOURCE_LOCALE, status.slug)}`,
			},
			...status.errorIds.map((id) => {
				const error = catalog.errors.find((e) => e.id === id);
				return { label: id, link: `/${errorPath(SOURCE_LOCALE, error?.slug ?? id)}` };
			}),
		],
	}));
	return [
		...statusGroups,
		{
			label: ui(SOURCE_LOCALE).sidebarTools,
			translations: translations((l) => ui(l).sidebarTools),
			items: [
				{ label: ui(SOURCE_LOCALE).sidebarBackoff, translations: translations((l) => ui(l).sidebarBackoff), link: `/${backoffPath(SOURCE_LOCALE)}` },
				{ label: ui(SOURCE_LOCALE).sidebarApi, translations: translations((l) => ui(l).sidebarApi), link: `/${apiPagePath(SOURCE_LOCALE)}` },
			],
		},
	];
}
