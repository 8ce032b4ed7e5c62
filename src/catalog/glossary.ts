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
	const { preferred, avoided, avoidedByFirstChar } = compiled(terms);
	// Removing preferred terms can only hide avoided words, never make one, so a
	// text without any avoided word (most of them) needs no stripping at all.
	if (!containsAny(text, avoidedByFirstChar)) return [];
	let stripped = text;
	// Longest first, one term after another: a longer preferred term wins over a shorter one inside it.
	for (const term of preferred) if (stripped.includes(term)) stripped = stripped.split(term).join('\u0000');
	const found: GlossaryViolation[] = [];
	for (const violation of avoided) if (stripped.includes(violation.avoid)) found.push(violation);
	return found;
}

/** What the rule needs of a glossary, prepared once per glossary rather than once per text. */
interface CompiledGlossary {
	/** The preferred terms, longest first. */
	readonly preferred: readonly string[];
	/** Every avoided word with its term, in glossary order. */
	readonly avoided: readonly GlossaryViolation[];
	/** The avoided words by their first UTF-16 code unit. */
	readonly avoidedByFirstChar: ReadonlyMap<number, readonly string[]>;
}

const compiledGlossaries = new WeakMap<readonly GlossaryRuleTerm[], CompiledGlossary>();

/**
 * The glossary prepared for the rule, cached by the terms array: a catalog
 * check applies the same glossary to every Korean field (about 50,000 at
 * 10,000 errors), and sorting it for each was a tenth of the check.
 */
function compiled(terms: readonly GlossaryRuleTerm[]): CompiledGlossary {
	let glossary = compiledGlossaries.get(terms);
	if (!glossary) {
		const avoidedByFirstChar = new Map<number, string[]>();
		for (const term of terms) {
			for (const avoid of term.avoid) {
				const first = avoid.charCodeAt(0);
				const list = avoidedByFirstChar.get(first);
				if (list) list.push(avoid);
				else avoidedByFirstChar.set(first, [avoid]);
			}
		}
		glossary = {
			preferred: terms.map((t) => t.ko).sort((a, b) => b.length - a.length),
			avoided: terms.flatMap((term) => term.avoid.map((avoid) => ({ avoid, term }))),
			avoidedByFirstChar,
		};
		compiledGlossaries.set(terms, glossary);
	}
	return glossary;
}

/** True when `text` contains any of the words, found in one pass by their first code unit. */
function containsAny(text: string, byFirstChar: ReadonlyMap<number, readonly string[]>): boolean {
	for (let i = 0; i < text.length; i++) {
		const words = byFirstChar.get(text.charCodeAt(i));
		if (words) for (const word of words) if (text.startsWith(word, i)) return true;
	}
	return false;
}
