/**
 * The home page finder's data, one file per locale: `finder/en.json`,
 * `finder/ko.json`, the matcher's view of the catalog (the same view
 * `catalog explain` matches against). The home page fetches it when the
 * reader reaches for the finder, so the page itself stays the same size
 * whatever the catalog's size.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../catalog/index.ts';
import { matcherView } from '../../matcher/view.ts';
import { getCatalog } from '../../site/catalog.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(matcherView(getCatalog(), (props as { locale: Locale }).locale)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
