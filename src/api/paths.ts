/**
 * Where the JSON API's files are, relative to the site root: the pages link
 * their own file (an error page its `errors/<Id>.json`, a status page its
 * `statuses/<STATUS>.json`) without importing the builder and its schemas.
 */

/** The API's folder inside the site, with its major version. */
export const API_PREFIX = 'api/v1/';

/** `api/v1/errors/<Id>.json`: one error's file. */
export function errorJsonPath(id: string): string {
	return `${API_PREFIX}errors/${id}.json`;
}

/** `api/v1/statuses/<STATUS>.json`: one status's file, named by the status as the API sends it. */
export function statusJsonPath(id: string): string {
	return `${API_PREFIX}statuses/${id}.json`;
}

/** `api/v1/catalog.schema.json`: the JSON Schema every file names in its `$schema`. */
export const SCHEMA_PATH = `${API_PREFIX}catalog.schema.json`;
