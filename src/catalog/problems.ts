/**
 * Problems found in a catalog: every check appends to one list so that a
 * writer sees all of them at once instead of fixing one error per run.
 */

/** One problem, located as precisely as the YAML allows. */
export interface Problem {
	/** File path relative to the working directory (or as given). */
	readonly file: string;
	/** 1-based line, or 0 when the problem concerns the file as a whole (missing file). */
	readonly line: number;
	/** 1-based column. */
	readonly column: number;
	/** Key path inside the file, such as `errors[3].status`; empty for the whole document. */
	readonly path: string;
	/** What is wrong, in one sentence. */
	readonly message: string;
	/** How to fix it, in one sentence. */
	readonly fix: string;
}

/** Formats a key path the way a writer reads YAML: `errors[3].retry.kind`. */
export function formatPath(path: readonly (string | number)[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += out === '' ? segment : `.${segment}`;
	}
	return out;
}

/**
 * A value quoted for a problem message: JSON-quoted (so controls show as
 * escapes) and cut to `max` characters, so a 5 MB value never becomes a 5 MB
 * message.
 */
export function quote(value: unknown, max = 60): string {
	const text = typeof value === 'string' ? value : String(value);
	const chars = Array.from(text);
	return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join('')}…` : text);
}

/** One line per problem, `file:line:column path: message Fix: …`, as editors and CI logs link them. */
export function formatProblem(problem: Problem): string {
	const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
	const path = problem.path === '' ? '' : ` ${problem.path}:`;
	return `${where}${path} ${problem.message}\n    fix: ${problem.fix}`;
}

/** Problems sorted by file, then line, then column, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path),
	);
}

/** Thrown by callers that need an exception (the Astro build); carries every problem. */
export class CatalogError extends Error {
	/** Every problem found, sorted. */
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		const sorted = sortProblems(problems);
		super(
			`The catalog has ${sorted.length} problem${sorted.length === 1 ? '' : 's'}:\n` +
				sorted.map(formatProblem).join('\n'),
		);
		this.name = 'CatalogError';
		this.problems = sorted;
	}
}
