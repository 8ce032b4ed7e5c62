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
	/** The end-user register, where it differs from developer text. */
	readonly endUser?: { readonly ko: string; readonly avoid: readonly string[] } | undefined;
}

/**
 * Who reads a text: `developer` for everything a developer reads (titles,
 * cause, action, the UI), `end-user` for the message a teacher or student
 * reads, which uses the words of Classroom's Korean interface (삭제 for taking
 * a member out of a class, 다시 시도해 주세요) where developer text keeps a
 * term of its own (내보내다, 재시도).
 */
export type Register = 'developer' | 'end-user';

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
export function glossaryViolations(text: string, terms: readonly GlossaryRuleTerm[], register: Register = 'developer'): GlossaryViolation[] {
	const { preferred, avoided, avoidedByFirstChar } = compiled(terms, register);
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

const compiledGlossaries: Record<Register, WeakMap<readonly GlossaryRuleTerm[], CompiledGlossary>> = { developer: new WeakMap(), 'end-user': new WeakMap() };

/**
 * The glossary prepared for the rule, cached by the terms array: a catalog
 * check applies the same glossary to every Korean field (about 50,000 at
 * 10,000 errors), and sorting it for each was a tenth of the check.
 */
function compiled(terms: readonly GlossaryRuleTerm[], register: Register): CompiledGlossary {
	let glossary = compiledGlossaries[register].get(terms);
	if (!glossary) {
		// A term's word and avoid list in this register: the end-user register where the term has one, the term's own otherwise.
		const inRegister = (term: GlossaryRuleTerm) => (register === 'end-user' && term.endUser ? term.endUser : term);
		const avoidedByFirstChar = new Map<number, string[]>();
		for (const term of terms) {
			for (const avoid of inRegister(term).avoid) {
				const first = avoid.charCodeAt(0);
				const list = avoidedByFirstChar.get(first);
				if (list) list.push(avoid);
				else avoidedByFirstChar.set(first, [avoid]);
			}
		}
		glossary = {
			preferred: terms.map((t) => inRegister(t).ko).sort((a, b) => b.length - a.length),
			avoided: terms.flatMap((term) => inRegister(term).avoid.map((avoid) => ({ avoid, term }))),
			avoidedByFirstChar,
		};
		compiledGlossaries[register].set(terms, glossary);
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
