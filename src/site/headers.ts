/**
 * The `_headers` file of the built site, in the format Netlify and
 * Cloudflare Pages read (a path pattern, then indented `Name: value` lines):
 *
 * - `_astro/*`: fingerprinted assets (the name changes with the content),
 *   cached for a year and never revalidated;
 * - `api/v1/*`: the JSON API, readable from any origin (browser-based tools
 *   fetch catalog.json) and revalidated after a short lifetime;
 * - everything else (pages, the search index, the 404 data): the same short
 *   lifetime, so a new deployment reaches readers within minutes.
 *
 * Both hosts apply every rule whose pattern matches and merge duplicate
 * headers into one comma-separated value, so no catch-all `/*` rule may set
 * Cache-Control: each top-level entry of the site gets its own rule instead,
 * and no path matches two rules that set the same header.
 */

/** Cache-Control of fingerprinted assets: their URL changes whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of pages and JSON: five minutes, then asked again (cheap with ETag / Last-Modified). */
export const REVALIDATE = 'public, max-age=300, must-revalidate';

/** One top-level entry of the built site. */
export interface TopLevelEntry {
	readonly name: string;
	readonly directory: boolean;
}

/**
 * The `_headers` text for a site served under `base` (normalised, `/` or
 * `/sub/`) whose output folder holds `entries` at its top level.
 */
export function headersFile(base: string, entries: readonly TopLevelEntry[]): string {
	const rules: [pattern: string, headers: [string, string][]][] = [];
	const revalidate: [string, string][] = [['Cache-Control', REVALIDATE]];
	// The home page itself: an exact path, so it matches nothing else.
	rules.push([base, revalidate]);
	for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		if (entry.name.startsWith('.') || entry.name === '_headers' || entry.name === '_redirects') continue;
		if (entry.name === '_astro' && entry.directory) {
			rules.push([`${base}_astro/*`, [['Cache-Control', IMMUTABLE]]]);
		} else if (entry.name === 'api' && entry.directory) {
			// The API page is one exact path; the JSON files live under v1/.
			rules.push([`${base}api/`, revalidate]);
			rules.push([
				`${base}api/v1/*`,
				[
					['Cache-Control', REVALIDATE],
					['Access-Control-Allow-Origin', '*'],
				],
			]);
		} else {
			rules.push([entry.directory ? `${base}${entry.name}/*` : `${base}${entry.name}`, revalidate]);
		}
	}
	return rules.map(([pattern, headers]) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n') + '\n';
}
