/**
 * Starlight route middleware (astro.config.mjs `routeMiddleware`): adjusts
 * the head Starlight computes for every page it renders.
 *
 * - Link previews: completes the Open Graph and Twitter tags so a pasted
 *   link shows its title and summary in the page's language
 *   (src/site/link-preview.ts).
 * - Pages marked `noindex` (the 404 pages) lose their canonical, hreflang
 *   alternates and `og:url`: a 404 answers for every missing address, so no
 *   URL it could name is right.
 * - The favicon is inline, a data URL: one request fewer on every page
 *   (src/site/favicon.ts); the generator metas are left out. Both for the
 *   error pages' weight budget (issue 20, item 10).
 * - Every page links its language's OpenSearch description, so a browser can
 *   add the site as a search engine (src/site/opensearch.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { LOCALES, LOCALE_INFO, SOURCE_LOCALE, type Locale } from './catalog/locales.ts';
import { completeLinkPreview, isNoindex, withoutIndexSignals } from './site/link-preview.ts';
import { opensearchHeadLink } from './site/opensearch.ts';
import { withInlineFavicon } from './site/favicon.ts';
// The favicon's SVG as text, bundled with this module (src/site/favicon.ts).
import FAVICON from '../public/favicon.svg?raw';

function localeOfLang(lang: string): Locale {
	return LOCALES.find((locale) => LOCALE_INFO[locale].lang === lang) ?? SOURCE_LOCALE;
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// The two generator metas (Astro's, Starlight's) tell a reader nothing and cost every page bytes.
	const own = route.head.filter((entry) => !(entry.tag === 'meta' && entry.attrs?.['name'] === 'generator'));
	let head = withInlineFavicon(completeLinkPreview(own, localeOfLang(route.lang)), FAVICON);
	if (isNoindex(head)) head = withoutIndexSignals(head);
	// The site as a browser search engine, in the page's language (src/site/opensearch.ts).
	route.head = [...head, opensearchHeadLink(localeOfLang(route.lang), import.meta.env.BASE_URL)];
});
