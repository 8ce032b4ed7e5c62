/**
 * Generated files that would overwrite each other on a case-insensitive or
 * normalising file system (macOS, Windows, many CI caches, some static
 * hosts): `e/FooBar/` and `e/Foobar/`, or two spellings of one accented name
 * in NFC and NFD. Checked before anything is written, in one pass over the
 * paths (a map keyed by the folded path), so it stays linear in the catalog.
 */

/** A path as such a file system compares it: NFC-normalised, lower case. */
export function foldPath(path: string): string {
	return path.normalize('NFC').toLowerCase();
}

/** Groups of two or more distinct paths that fold to the same path, in input order. */
export function pathCollisions(paths: Iterable<string>): string[][] {
	const byFolded = new Map<string, string[]>();
	for (const path of paths) {
		const key = foldPath(path);
		const group = byFolded.get(key);
		if (!group) byFolded.set(key, [path]);
		else if (!group.includes(path)) group.push(path);
	}
	return [...byFolded.values()].filter((group) => group.length > 1);
}

/** Throws one sentence naming every collision, or returns quietly. */
export function assertNoPathCollisions(paths: Iterable<string>, what: string): void {
	const groups = pathCollisions(paths);
	if (groups.length === 0) return;
	const list = groups.slice(0, 5).map((g) => g.join(' and ')).join('; ');
	throw new Error(
		`${what} would write ${String(groups.length)} set${groups.length === 1 ? '' : 's'} of files whose names differ only in case or Unicode normalisation (${list}${groups.length > 5 ? '; …' : ''}); rename the ids so that each folds to a different name.`,
	);
}
