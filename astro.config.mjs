// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { LOCALES, LOCALE_INFO, SOURCE_LOCALE } from './src/catalog/locales.ts';
import { en } from './src/i18n/en.ts';
import { ko } from './src/i18n/ko.ts';
import { catalogReady, getCatalog } from './src/site/catalog.ts';
import { DEFAULT_SITE, normalizeBase } from './src/site/routes.ts';
import { buildSidebar } from './src/site/sidebar.ts';
import { searchIndex } from './src/search/pagefind-index.ts';
import { buildFiles } from './src/site/build-files-integration.ts';
import { searchLexiconModule } from './src/search/lexicon-module.ts';
import { noTokenizeTimeLimit } from './src/site/code-highlighting.ts';

// Where the site is served: SITE_URL is the origin, BASE_PATH a sub-path such as /errors-ref/.
// Both feed canonical URLs, hreflang alternates and the absolute URLs of the JSON API.
const site = process.env.SITE_URL ?? DEFAULT_SITE;
const base = normalizeBase(process.env.BASE_PATH);

// Loading the catalog here validates it before Astro writes anything. Under the build script, Astro is
// started while the catalog is still being validated, and waits here for its snapshot (src/site/catalog.ts).
await catalogReady();
const catalog = getCatalog();

export default defineConfig({
	site,
	base,
	trailingSlash: 'ignore',
	// Starlight turns on hover prefetching of every link: 1.1 KB (gzip) of script on every page,
	// short links included, for a gain only mouse users on a fast link see. Weight budget: issue 10.
	prefetch: false,
	outDir: process.env.ASTRO_OUT_DIR ?? './dist',
	// The search dialog's Korean lexicon, loaded with Pagefind rather than inline in every page (src/search/lexicon-module.ts).
	// One chunk for the search script and the two small modules it shares with other scripts (Vite's preload helper, the
	// open-search event): two requests fewer on every page (issue 20, item 10: the weight budget counts headers).
	// Under the build script, Astro builds into a fresh staging folder that the build's worker is already writing
	// the files that are not pages into (scripts/after-astro.ts): Astro must not empty it first.
	vite: { plugins: [searchLexiconModule(getCatalog)], build: { ...(process.env.CATALOG_AFTER_ASTRO === '1' ? { emptyOutDir: false } : {}), rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'search', test: /preload-helper|open-event|Search\.astro\?astro&type=script/ }] } } } } },
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
			// The code samples look the same in every build, however busy the machine (src/site/code-highlighting.ts).
			expressiveCode: { shiki: { transformers: [noTokenizeTimeLimit] } },
			// Search: our own Pagefind run (src/search/pagefind-index.ts) and dialog (src/components/search/Search.astro).
			pagefind: false,
			// PageTitle: the title wraps at the word boundaries of an id (src/components/PageTitle.astro).
			// Sidebar: Starlight's, without the persister's inline scripts (src/components/Sidebar.astro).
			components: { Search: './src/components/search/Search.astro', PageTitle: './src/components/PageTitle.astro', Sidebar: './src/components/Sidebar.astro' },
			// Our own 404 pages, one per language (src/pages/404.astro, src/pages/ko/404.astro): Starlight's is English only.
			disable404Route: true,
			// Link previews on every page, and no canonical or alternates on the 404 pages (src/route-data.ts).
			routeMiddleware: './src/route-data.ts',
		}),
		// The search index, then the JSON API and the short links, which are files, not pages (src/site/build-files-integration.ts).
		// The build script (scripts/build.ts) does both itself once Astro has exited, to keep their memory apart (scripts/after-astro.ts).
		...(process.env.CATALOG_AFTER_ASTRO === '1' ? [] : [searchIndex(), buildFiles()]),
	],
});
