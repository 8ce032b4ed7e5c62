/**
 * How the code samples (the JSON API page's) are highlighted: Expressive Code
 * with Shiki, as Starlight sets it up, with one change.
 *
 * Shiki gives up highlighting the rest of a line, and leaves the lines after
 * it in the wrong state, once the line has taken 500 ms. The first line of a
 * block pays for compiling the language's grammar; on a busy 2-core machine
 * that crossed the limit, and a build then wrote an API page whose first
 * `import` line was grey: the visual review failed on a fresh clone, with
 * nothing changed. Without the limit, the same source always gives the same
 * page; the samples are short, so no line can take long for another reason.
 */
/** The part of a Shiki transformer used here (Shiki is Expressive Code's dependency, not ours). */
interface TokenizeOptionsTransformer {
	readonly name: string;
	preprocess(code: string, options: { tokenizeTimeLimit?: number }): void;
}

/** A Shiki transformer that turns off the time limit per line. */
export const noTokenizeTimeLimit: TokenizeOptionsTransformer = {
	name: 'catalog:no-tokenize-time-limit',
	preprocess(_code, options) {
		// 0 turns the time limit off (vscode-textmate checks the clock only when it is not 0).
		options.tokenizeTimeLimit = 0;
	},
};
