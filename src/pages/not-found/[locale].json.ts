/**
 * The 404 page's lookup, one file per locale: `not-found/en.json`,
 * `not-found/ko.json` (see src/not-found/lookup.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../catalog/index.ts';
import { buildNotFoundLookup, lookupJson } from '../../not-found/lookup.ts';
import { getCatalog } from '../../site/catalog.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(lookupJson(buildNotFoundLookup(getCatalog(), (props as { locale: Locale }).locale)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
