/**
 * Where a long identifier may wrap: error ids (`CannotRemoveCourseFolderOwner`),
 * statuses (`FAILED_PRECONDITION`) and method names (`courses.students.create`)
 * are single words to the browser, so a narrow column either overflows or, with
 * `overflow-wrap: anywhere`, cuts them mid-word (`…FolderOwne|r`). Split at
 * their own word boundaries, they wrap where a reader splits them.
 *
 * Pure: the pieces joined give back the id exactly, so a page that puts a
 * `<wbr>` between them (src/components/Id.astro) keeps its text, its search
 * index and what a reader copies unchanged.
 */

/**
 * Pieces of `id` with a break opportunity between each two:
 * - between a lower-case letter or digit and an upper-case one (`Course|Folder`);
 * - inside a run of capitals, before the last one when a lower-case letter
 *   follows (`API|Disabled`, `AddOn|Token`);
 * - after `_`, `.`, `/` and `-` (`FAILED_|PRECONDITION`, `courses.|students`).
 *
 * Pieces shorter than `minPiece` characters are joined to the one before, so
 * a break never leaves one or two letters alone on a line (`Add|On` stays whole
 * by default, since an id that short never needs to wrap there).
 */
export function idPieces(id: string, minPiece = 3): string[] {
	const pieces: string[] = [];
	let start = 0;
	for (let i = 1; i < id.length; i++) {
		if (isBreakBefore(id, i)) {
			pieces.push(id.slice(start, i));
			start = i;
		}
	}
	if (id.length > 0) pieces.push(id.slice(start));
	return mergeShort(pieces, minPiece);
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const AFTER = new Set(['_', '.', '/', '-']);

function isBreakBefore(id: string, i: number): boolean {
	const prev = id[i - 1] as string;
	const here = id[i] as string;
	const next = id[i + 1];
	if (AFTER.has(prev)) return !AFTER.has(here);
	if (!UPPER.test(here)) return false;
	if (LOWER.test(prev) || DIGIT.test(prev)) return true;
	// The last capital of an acronym starts the next word: API|Disabled.
	return UPPER.test(prev) && next !== undefined && LOWER.test(next);
}

/** Joins each piece shorter than `min` to the piece before it (the first one to the next). */
function mergeShort(pieces: readonly string[], min: number): string[] {
	const out: string[] = [];
	for (const piece of pieces) {
		const last = out[out.length - 1];
		if (last !== undefined && (piece.length < min || last.length < min)) out[out.length - 1] = last + piece;
		else out.push(piece);
	}
	return out;
}
