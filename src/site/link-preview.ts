/**
 * Link previews: what chat and mail clients show for a pasted link (Open
 * Graph and Twitter cards). Starlight already writes `og:title`,
 * `og:description`, `og:url`, `og:locale`, `og:site_name` and `twitter:card`
 * from a page's frontmatter; this module fills the gaps on every Starlight
 * page (through src/route-data.ts) and writes the whole set for the short
 * links, which are plain redirect pages.
 *
 * Values are plain text; Astro escapes them as attribute values.
 */
import { LOCALES, type Locale } from '../catalog/locales.ts';

/** Open Graph wants `language_TERRITORY`; Starlight writes the bare `lang`. */
export const OG_LOCALES: Readonly<Record<Locale, string>> = { en: 'en_US', ko: 'ko_KR' };

/**
 * The Twitter card type. `summary`, not Starlight's `summary_large_image`:
 * the site has no preview image, and a large-image card without one renders
 * as an empty box in some clients.
 */
export const TWITTER_CARD = 'summary';

/** A head element as Starlight's route data holds it. */
export interface HeadEntry {
	tag: 'title' | 'base' | 'link' | 'style' | 'meta' | 'script' | 'noscript' | 'template';
	attrs?: Record<string, string | boolean | undefined> | undefined;
	content?: string | undefined;
}

/** The attributes of one `<meta>` of a link preview. */
export type PreviewMeta = { readonly property: string; readonly content: string } | { readonly name: string; readonly content: string };

/** What a link preview says: for an error, its id and title; its summary as plain text. */
export interface Preview {
	readonly title: string;
	readonly description: string;
	/** The canonical URL (for a short link: the error page it leads to). */
	readonly url: string;
	readonly locale: Locale;
	readonly siteName: string;
}

/** The preview title of an error: its id, then its title in the page's language. */
export function errorPreviewTitle(id: string, title: string): string {
	return `${id}: ${title}`;
}

/** Every preview tag of a page, for pages that Starlight does not render (the short links). */
export function previewMetaTags(preview: Preview): PreviewMeta[] {
	return [
		{ name: 'description', content: preview.description },
		{ property: 'og:title', content: preview.title },
		{ property: 'og:type', content: 'article' },
		{ property: 'og:url', content: preview.url },
		{ property: 'og:locale', content: OG_LOCALES[preview.locale] },
		...LOCALES.filter((l) => l !== preview.locale).map((l) => ({ property: 'og:locale:alternate', content: OG_LOCALES[l] })),
		{ property: 'og:description', content: preview.description },
		{ property: 'og:site_name', content: preview.siteName },
		{ name: 'twitter:card', content: TWITTER_CARD },
		{ name: 'twitter:title', content: preview.title },
		{ name: 'twitter:description', content: preview.description },
	];
}

function metaContent(head: readonly HeadEntry[], key: 'name' | 'property', value: string): string | undefined {
	const found = head.find((entry) => entry.tag === 'meta' && entry.attrs?.[key] === value)?.attrs?.['content'];
	return typeof found === 'string' ? found : undefined;
}

const isMeta = (entry: HeadEntry, key: 'name' | 'property', value: string): boolean => entry.tag === 'meta' && entry.attrs?.[key] === value;

/**
 * A Starlight page's head with a complete link preview: `twitter:title` and
 * `twitter:description` from the Open Graph ones (a page's own values win),
 * the card type, and `og:locale` in Open Graph's form with the other
 * languages as alternates. Everything else is kept as it is, in order.
 */
export function completeLinkPreview(head: readonly HeadEntry[], locale: Locale): HeadEntry[] {
	const title = metaContent(head, 'property', 'og:title');
	const description = metaContent(head, 'property', 'og:description') ?? metaContent(head, 'name', 'description');
	const twitterTitle = metaContent(head, 'name', 'twitter:title') ?? title;
	const twitterDescription = metaContent(head, 'name', 'twitter:description') ?? description;
	const kept = head.filter(
		(entry) =>
			!isMeta(entry, 'property', 'og:locale') &&
			!isMeta(entry, 'property', 'og:locale:alternate') &&
			!isMeta(entry, 'name', 'twitter:card') &&
			!isMeta(entry, 'name', 'twitter:title') &&
			!isMeta(entry, 'name', 'twitter:description'),
	);
	const meta = (attrs: PreviewMeta): HeadEntry => ({ tag: 'meta', attrs: { ...attrs } });
	return [
		...kept,
		meta({ property: 'og:locale', content: OG_LOCALES[locale] }),
		...LOCALES.filter((l) => l !== locale).map((l) => meta({ property: 'og:locale:alternate', content: OG_LOCALES[l] })),
		meta({ name: 'twitter:card', content: TWITTER_CARD }),
		...(twitterTitle === undefined ? [] : [meta({ name: 'twitter:title', content: twitterTitle })]),
		...(twitterDescription === undefined ? [] : [meta({ name: 'twitter:description', content: twitterDescription })]),
	];
}

/** True when the head asks robots not to index the page. */
export function isNoindex(head: readonly HeadEntry[]): boolean {
	return head.some((entry) => {
		const content = entry.attrs?.['content'];
		return isMeta(entry, 'name', 'robots') && typeof content === 'string' && /\bnoindex\b/i.test(content);
	});
}

/**
 * A `noindex` page's head without what would send search engines elsewhere:
 * no canonical, no hreflang alternates, no `og:url`. A 404 page answers for
 * every missing address, so any URL it named would be wrong (Starlight's
 * default names `/404/` and `/ko/404/`, which do not exist).
 */
export function withoutIndexSignals(head: readonly HeadEntry[]): HeadEntry[] {
	return head.filter((entry) => {
		if (entry.tag === 'link' && (entry.attrs?.['rel'] === 'canonical' || (entry.attrs?.['rel'] === 'alternate' && entry.attrs['hreflang'] !== undefined))) return false;
		return !isMeta(entry, 'property', 'og:url');
	});
}
