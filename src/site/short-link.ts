/**
 * A short link, `/e/<Id>/`: the id exactly as the API sends it, for support
 * staff to type. A static redirect document (meta refresh, canonical, a
 * visible link), kept out of the search index. Pasted into chat or mail, it
 * previews as the error it leads to: id and title, summary, in its language.
 *
 * Written as text, not rendered by Astro: one per error and locale, it is
 * the same few lines each time, and a page render each cost the build more
 * than all the files' writing (src/site/build-files-integration.ts writes
 * them; the dev server serves them from src/pages/e/). Every value is
 * escaped, catalog text included.
 */
import { LOCALE_INFO, type ErrorEntry, type Locale } from '../catalog/index.ts';
import { ui } from '../i18n/index.ts';
import { errorPreviewTitle, previewMetaTags } from './link-preview.ts';
import { errorPath, withBase } from './routes.ts';

/** Text safe in HTML content and in a double-quoted attribute value. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/** Where the site is served: the configured origin (absent: canonical URLs stay root-relative) and base path. */
export interface ShortLinkSite {
	readonly site: string | undefined;
	readonly base: string;
}

/** The short link document of `entry` in `locale`. */
export function shortLinkHtml(entry: ErrorEntry, locale: Locale, at: ShortLinkSite): string {
	const target = withBase(at.base, errorPath(locale, entry.slug));
	const canonical = at.site ? new URL(target, at.site).href : target;
	const t = ui(locale);
	const text = entry.text[locale];
	const title = errorPreviewTitle(entry.id, text.title);
	const meta = previewMetaTags({ title, description: text.summary.plain, url: canonical, locale, siteName: t.siteTitle }).map((attrs) => {
		const [key, value] = 'property' in attrs ? ['property', attrs.property] : ['name', attrs.name];
		return `<meta ${key}="${escapeHtml(value)}" content="${escapeHtml(attrs.content)}">`;
	});
	return [
		'<!DOCTYPE html>',
		`<html lang="${escapeHtml(LOCALE_INFO[locale].lang)}"><head>`,
		'<meta charset="utf-8">',
		`<title>${escapeHtml(title)}</title>`,
		'<meta name="robots" content="noindex">',
		`<meta http-equiv="refresh" content="${escapeHtml(`0; url=${target}`)}">`,
		`<link rel="canonical" href="${escapeHtml(canonical)}">`,
		...meta,
		`<link rel="icon" href="${escapeHtml(withBase(at.base, 'favicon.svg'))}" type="image/svg+xml">`,
		'</head><body>',
		`<p>${escapeHtml(t.shortLinkRedirecting)} <a href="${escapeHtml(target)}">${escapeHtml(entry.id)}</a></p>`,
		'</body></html>',
		'',
	].join('');
}
