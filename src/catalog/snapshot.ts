/**
 * The validated model as one JSON file, so a build loads and validates the
 * YAML once: the build script writes the snapshot, and Astro's config and
 * page renderer (other module instances, in the same run) read it back
 * instead of parsing and checking the catalog again, which at 10,000 errors
 * is most of the cost. Only the build writes it; nothing edits it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Catalog } from './model.ts';

/** Bumped whenever the model's shape changes, so a stale snapshot is refused, never misread. */
export const SNAPSHOT_FORMAT = 2;

interface Snapshot {
	readonly format: number;
	readonly catalog: Catalog;
}

/** Writes `catalog` to `file`. */
export function writeSnapshot(file: string, catalog: Catalog): void {
	const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, catalog };
	writeFileSync(file, JSON.stringify(snapshot));
}

/** Reads a snapshot written by {@link writeSnapshot} in this build. */
export function readSnapshot(file: string): Catalog {
	let parsed: Snapshot;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
	} catch (cause) {
		throw new Error(`The catalog snapshot ${file} cannot be read; run the build through npm run build.`, { cause });
	}
	if (parsed.format !== SNAPSHOT_FORMAT || typeof parsed.catalog?.version !== 'string') {
		throw new Error(`The catalog snapshot ${file} has format ${String(parsed.format)}, not ${String(SNAPSHOT_FORMAT)}; run the build again.`);
	}
	return parsed.catalog;
}
