/** getStaticPaths for the catalog's dynamic routes, per locale. */

import { getCatalog } from './catalog.ts';
import { methodResources } from './method-pages.ts';

/** One page per error: `errors/<slug>/`. The locale is fixed by the route file. */
export function errorRoutes() {
	return getCatalog().errors.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

/** One page per status: `statuses/<slug>/`. */
export function statusRoutes() {
	return getCatalog().statuses.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

/** One short link per error: `e/<Id>/`. */
export function shortLinkRoutes() {
	return getCatalog().errors.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** One page per resource of methods: `methods/<resource-slug>/`. */
export function methodResourceRoutes() {
	return methodResources(getCatalog()).map((resource) => ({ params: { resource: resource.slug }, props: { resource } }));
}
