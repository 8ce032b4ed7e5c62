/**
 * The OpenSearch description of each language (`opensearch.xml`,
 * `ko/opensearch.xml`), so a browser can add the site as a search engine:
 * its template is the finder's shareable address (`find/?q={searchTerms}`).
 * Every page links the one of its language from its head (src/route-data.ts).
 */
import { LOCALE_INFO, type Locale } from '../catalog/locales.ts';
import { ui } from '../i18n/index.ts';
import { absoluteUrl, homePath, withBase, type SitePath } from './routes.ts';

/** The description's media type, as the head's link names it. */
export const OPENSEARCH_TYPE = 'application/opensearchdescription+xml';

/** Where a locale's description is: `opensearch.xml`, `ko/opensearch.xml`. */
export const opensearchPath = (locale: Locale): SitePath => `${homePath(locale)}opensearch.xml`;

/** The finder's shareable page: `find/`, `ko/find/`. */
export const findPath = (locale: Locale): SitePath => `${homePath(locale)}find/`;

/** Text as XML character data or an attribute value. */
function xml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The OpenSearch 1.1 description of `locale` for the site served at `site` + `base`. */
export function opensearchXml(locale: Locale, at: { readonly site: string; readonly base: string }): string {
	const t = ui(locale);
	const find = absoluteUrl(at.site, at.base, findPath(locale));
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
		`  <ShortName>${xml(t.opensearchShortName)}</ShortName>`,
		`  <Description>${xml(t.opensearchDescription)}</Description>`,
		'  <InputEncoding>UTF-8</InputEncoding>',
		`  <Language>${xml(LOCALE_INFO[locale].lang)}</Language>`,
		`  <Url type="text/html" method="get" template="${xml(`${find}?q={searchTerms}`)}"/>`,
		`  <moz:SearchForm>${xml(find)}</moz:SearchForm>`,
		'</OpenSearchDescription>',
		'',
	].join('\n');
}

/** The head entry every page of `locale` carries, in Starlight's head format. */
export function opensearchHeadLink(locale: Locale, base: string): { tag: 'link'; attrs: Record<string, string> } {
	return { tag: 'link', attrs: { rel: 'search', type: OPENSEARCH_TYPE, href: withBase(base, opensearchPath(locale)), title: ui(locale).opensearchShortName } };
}
