/**
 * Short links in the dev server. A build writes them as files instead
 * (src/site/build-files-integration.ts), so this route has no pages there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ErrorEntry } from '../../catalog/index.ts';
import { shortLinkHtml } from '../../site/short-link.ts';
import { shortLinkRoutes } from '../../site/static-paths.ts';

export const getStaticPaths = (() => (import.meta.env.DEV ? shortLinkRoutes() : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
	new Response(shortLinkHtml((props as { entry: ErrorEntry }).entry, 'en', { site: site?.href, base: import.meta.env.BASE_URL }), {
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});
