/**
 * The method pages' structure, pure: methods grouped by resource (one page
 * per resource, an anchor per method), their paths, and the words search
 * indexes for a method id. A method page's size follows its resource, never
 * the whole API.
 */
import { LOCALE_INFO, type Locale } from '../catalog/locales.ts';
import type { Catalog, MethodEntry } from '../catalog/index.ts';
import { slugOf } from '../catalog/model.ts';
import type { SitePath } from './routes.ts';

/** The methods of one resource (`courses.students`), on one page. */
export interface MethodResource {
	/** The resource as the method ids write it: `courses.students`. */
	readonly resource: string;
	/** URL segment: `courses-students`. */
	readonly slug: string;
	/** Its methods, sorted by id. */
	readonly methods: readonly MethodEntry[];
}

/** The resource of a method id: everything before its last part. */
export function resourceOf(methodId: string): string {
	return methodId.slice(0, methodId.lastIndexOf('.'));
}

/** A method's anchor on its resource page: its last part (`create`). */
export function methodAnchor(methodId: string): string {
	return methodId.slice(methodId.lastIndexOf('.') + 1);
}

/** URL segment of a resource: its parts in kebab-case, joined by hyphens. */
export function resourceSlug(resource: string): string {
	return resource.split('.').map(slugOf).join('-');
}

/** The page listing every method. */
export const methodsIndexPath = (locale: Locale): SitePath => `${LOCALE_INFO[locale].pathPrefix}methods/`;
/** The page of one resource's methods. */
export const methodResourcePath = (locale: Locale, slug: string): SitePath => `${LOCALE_INFO[locale].pathPrefix}methods/${slug}/`;
/** Where one method is described: its resource page, at its anchor. */
export const methodPath = (locale: Locale, methodId: string): SitePath => `${methodResourcePath(locale, resourceSlug(resourceOf(methodId)))}#${methodAnchor(methodId)}`;

const cache = new WeakMap<Catalog, readonly MethodResource[]>();

/** The catalog's methods grouped by resource, resources sorted; computed once per catalog. */
export function methodResources(catalog: Catalog): readonly MethodResource[] {
	let resources = cache.get(catalog);
	if (!resources) {
		const byResource = new Map<string, MethodEntry[]>();
		for (const method of catalog.methods) {
			const resource = resourceOf(method.id);
			const list = byResource.get(resource);
			if (list) list.push(method);
			else byResource.set(resource, [method]);
		}
		resources = [...byResource]
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([resource, methods]) => ({ resource, slug: resourceSlug(resource), methods: [...methods].sort((a, b) => (a.id < b.id ? -1 : 1)) }));
		cache.set(catalog, resources);
	}
	return resources;
}

const ids = new WeakMap<Catalog, ReadonlySet<string>>();

/** Whether the catalog has a page for `methodId`. */
export function hasMethodPage(catalog: Catalog, methodId: string): boolean {
	let set = ids.get(catalog);
	if (!set) {
		set = new Set(catalog.methods.map((m) => m.id));
		ids.set(catalog, set);
	}
	return set.has(methodId);
}

/**
 * The words search indexes for method ids, so a reader finds a method by
 * `courses.students.create`, `students.create` or `students create`: every
 * id as one word without its dots (`coursesstudentscreate`), every tail of it
 * (`studentscreate`), and each part (`students`, `create`), lowercased.
 */
export function methodSearchTerms(methodIds: readonly string[]): string {
	const terms = new Set<string>();
	for (const id of methodIds) {
		const parts = id.toLowerCase().split('.');
		for (let i = 0; i < parts.length - 1; i++) terms.add(parts.slice(i).join(''));
		for (const part of parts) terms.add(part);
	}
	return [...terms].join(' ');
}
