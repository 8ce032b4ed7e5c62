/**
 * The one inline script of the 404 page, run in <head> before anything is
 * drawn. It makes one 404 page per language work on any static host.
 *
 * Most hosts (GitHub Pages, Netlify, Vercel, S3, a plain nginx `error_page`)
 * answer every missing address with the one root `404.html`, which is the
 * English rendering. For a Korean address (`/ko/…`) this script hands over
 * to the Korean rendering (`/ko/404/`, a real page) with the address in its
 * query; there, before the page's own scripts run, it puts the address the
 * reader asked for back in the address bar (`history.replaceState`, same
 * origin and same language only). Hosts that serve a nearer 404 page work
 * too: a rendering served for its own language does nothing here.
 *
 * Kept as a string of plain JavaScript (not a bundled module) because it
 * must run synchronously in <head>; its behaviour is unit-tested by running
 * the string against a fake `location`.
 */
import { LOCALES, LOCALE_INFO, SOURCE_LOCALE, type Locale } from '../catalog/locales.ts';
import { normalizeBase } from '../site/routes.ts';

/** The query parameter that carries the asked-for address to another language's rendering. */
export const WANTED_PARAM = 'path';

/** Where each locale's 404 rendering can be loaded, as a site path (without the base). */
export function renderingPath(locale: Locale): string {
	return locale === SOURCE_LOCALE ? '404.html' : `${LOCALE_INFO[locale].pathPrefix}404/`;
}

/** The attribute the script sets on <html> while it leaves for another rendering, so the page's own script stays idle. */
export const LEAVING_ATTRIBUTE = 'data-cat-leaving';

/**
 * The script's source for the rendering of `locale` on a site served under
 * `base`. Only build-time values go in (locale prefixes and paths), as JSON
 * with `<` escaped, so the string can never close its <script> element.
 */
export function earlyScript(base: string, locale: Locale): string {
	const root = normalizeBase(base);
	const config = {
		base: root,
		here: locale,
		source: SOURCE_LOCALE,
		param: WANTED_PARAM,
		leaving: LEAVING_ATTRIBUTE,
		pages: Object.fromEntries(LOCALES.map((l) => [l, root + renderingPath(l)])),
		prefixes: Object.fromEntries(LOCALES.filter((l) => LOCALE_INFO[l].pathPrefix !== '').map((l) => [l, LOCALE_INFO[l].pathPrefix.toLowerCase()])),
	};
	const json = JSON.stringify(config).replace(/</g, '\\u003c');
	return `(function (c) {
	function localeOf(p) {
		if (p.indexOf(c.base) !== 0) return c.source;
		var rest = p.slice(c.base.length).toLowerCase() + '/';
		for (var l in c.prefixes) if (rest.indexOf(c.prefixes[l]) === 0) return l;
		return c.source;
	}
	var path = location.pathname;
	if (path === c.pages[c.here]) {
		var wanted = new URLSearchParams(location.search).get(c.param);
		if (!wanted) return;
		try {
			var url = new URL(wanted, location.href);
			if (url.origin === location.origin && url.pathname !== path && localeOf(url.pathname) === c.here) history.replaceState(null, '', url.href);
		} catch (e) {}
		return;
	}
	var to = localeOf(path);
	var page = c.pages[to];
	if (to === c.here || !page || path === page) return;
	document.documentElement.setAttribute(c.leaving, '');
	location.replace(page + '?' + c.param + '=' + encodeURIComponent(path + location.search + location.hash));
})(${json});`;
}
