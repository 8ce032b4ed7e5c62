// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { LOCALES, LOCALE_INFO, SOURCE_LOCALE } from './src/catalog/locales.ts';
import { en } from './src/i18n/en.ts';
import { ko } from './src/i18n/ko.ts';
import { getCatalog } from './src/site/catalog.ts';
import { normalizeBase } from './src/site/routes.ts';
import { buildSidebar } from './src/site/sidebar.ts';

// Where the site is served: SITE_URL is the origin, BASE_PATH a sub-path such as /errors-ref/.
// Both feed canonical URLs, hreflang alternates and the absolute URLs of the JSON API.
const site = process.env.SITE_URL ?? 'https://classroom-errors.example.org';
const base = normalizeBase(process.env.BASE_PATH);

// Loading the catalog here validates it before Astro writes anything.
const catalog = getCatalog();

export default defineConfig({
	site,
	base,
	trailingSlash: 'ignore',
	outDir: process.env.ASTRO_OUT_DIR ?? './dist',
	integrations: [
		starlight({
			title: { en: en.siteTitle, ko: ko.siteTitle },
			description: en.siteTagline,
			defaultLocale: 'root',
			locales: Object.fromEntries(
				LOCALES.map((locale) => [
					locale === SOURCE_LOCALE ? 'root' : locale,
					{ label: LOCALE_INFO[locale].label, lang: LOCALE_INFO[locale].lang },
				]),
			),
			sidebar: buildSidebar(catalog),
			pagination: false,
			lastUpdated: false,
			customCss: ['./src/styles/site.css'],
		}),
	],
});
