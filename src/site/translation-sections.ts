/**
 * Which sections of a page a changed text field lives in, so that a stale
 * translation's notice links the English page at each of them. The anchors
 * are the pages' own heading ids (ErrorPage.astro, StatusPage.astro), the
 * same in every locale.
 */
import type { UiStrings } from '../i18n/index.ts';

/** A section of a page: its heading id (empty for the top of the page) and its label. */
export interface PageSection {
	readonly anchor: string;
	readonly label: string;
}

/** The section of each translated text field (hashing.ts TRANSLATED_FIELDS). */
const SECTION_OF: Readonly<Record<string, { anchor: string; heading: keyof UiStrings }>> = {
	title: { anchor: '', heading: 'summaryHeading' },
	summary: { anchor: '', heading: 'summaryHeading' },
	cause: { anchor: 'cause', heading: 'causeHeading' },
	action: { anchor: 'action', heading: 'actionHeading' },
	notThis: { anchor: 'action', heading: 'actionHeading' },
	userMessage: { anchor: 'user-message', heading: 'userMessageHeading' },
	references: { anchor: 'references', heading: 'referencesHeading' },
	meaning: { anchor: 'meaning', heading: 'meaningHeading' },
	advice: { anchor: 'advice', heading: 'adviceHeading' },
};

/** The sections of `fields`, each once, in the order the fields are given. */
export function changedSections(fields: readonly string[], t: UiStrings): PageSection[] {
	const out: PageSection[] = [];
	const seen = new Set<string>();
	for (const field of fields) {
		const section = SECTION_OF[field];
		if (!section || seen.has(section.anchor)) continue;
		seen.add(section.anchor);
		out.push({ anchor: section.anchor, label: String(t[section.heading]) });
	}
	return out;
}
