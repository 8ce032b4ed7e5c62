/**
 * An id or a status name typed alone, looked up without the readers: exact
 * first, then loosely (case and separators ignored). The matcher's dispatcher
 * uses it for a one-token input, and the 404 page uses it directly, so that
 * page never loads the readers of pasted texts it has no use for.
 */
import { indexOf } from './catalog-index.ts';
import type { MatchableCatalog } from './types.ts';
import { exactKey } from './words.ts';

/** What an id lookup found: an error (exactly, or loosely) or a status by its name. */
export type IdHit = { readonly kind: 'error'; readonly id: string; readonly loose: boolean } | { readonly kind: 'status'; readonly id: string };

/** The entry `token` names as an id or a status name, or undefined (also when a loose key fits several). */
export function entryById(token: string, catalog: MatchableCatalog): IdHit | undefined {
	const index = indexOf(catalog);
	if (index.errors.has(token)) return { kind: 'error', id: token, loose: false };
	const status = index.statusNames.get(token.trim().toUpperCase());
	if (status) return { kind: 'status', id: status.id };
	const found = index.looseIds.get(exactKey(token)) ?? [];
	const entry = found.length === 1 && found[0] !== undefined ? index.entries[found[0]] : undefined;
	if (!entry) return undefined;
	return entry.kind === 'status' ? { kind: 'status', id: entry.id } : { kind: 'error', id: entry.id, loose: true };
}
