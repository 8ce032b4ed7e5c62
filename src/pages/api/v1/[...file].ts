/**
 * Every file of the JSON API, from the same function the `export` command
 * uses, so the served API and an export are byte-identical. This route serves
 * them in the dev server; a build writes them as files instead
 * (src/site/build-files-integration.ts), so it has no pages there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_PREFIX, buildApiFiles } from '../../../api/build-files.ts';
import { getCatalog } from '../../../site/catalog.ts';

function files(): Map<string, string> {
	return buildApiFiles(getCatalog(), { site: import.meta.env.SITE ?? 'http://localhost/', base: import.meta.env.BASE_URL });
}

export const getStaticPaths = (() =>
	import.meta.env.DEV ? [...files()].map(([path, body]) => ({ params: { file: path.slice(API_PREFIX.length) }, props: { body } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
