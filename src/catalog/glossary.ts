/**
 * The glossary rule, in one place: Korean prose uses one term per concept.
 * The catalog's loader applies it to the Korean catalog text, and the UI
 * strings' tests apply the same function to the Korean UI.
 */

/** What the rule needs of a glossary term. */
export interface GlossaryRuleTerm {
	readonly en: string;
	readonly ko: string;
	readonly avoid: readonly string[];
}

/** One word the glossary says to avoid, found in a text. */
export interface GlossaryViolation {
	/** The word found. */
	readonly avoid: string;
	/** The term it should have been. */
	readonly term: GlossaryRuleTerm;
}

/**
 * The avoided words in `text`. Every preferred term is removed first, so an
 * avoided word may be part of another concept's preferred term (클래스 inside
 * a preferred 클래스룸, say) without being flagged.
 */
export function glossaryViolations(text: string, terms: readonly GlossaryRuleTerm[]): GlossaryViolation[] {
	let stripped = text;
	for (const preferred of terms.map((t) => t.ko).sort((a, b) => b.length - a.length)) stripped = stripped.split(preferred).join('\u0000');
	return terms.flatMap((term) => term.avoid.filter((avoid) => stripped.includes(avoid)).map((avoid) => ({ avoid, term })));
}
