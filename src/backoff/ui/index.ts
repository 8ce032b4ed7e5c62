/** The backoff simulator's UI strings by locale. */
import type { Locale } from '../../catalog/locales.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';
import type { BackoffUi } from './types.ts';

const STRINGS: Record<Locale, BackoffUi> = { en, ko };

/** The simulator's strings for `locale`. */
export function backoffUi(locale: Locale): BackoffUi {
	return STRINGS[locale];
}

/**
 * Strings only the page's own markup shows (the introduction, headings,
 * control labels and hints): the element never redraws them, so they are
 * not sent to the browser a second time in its data-ui attribute.
 */
const PAGE_ONLY = [
	'pageTitle',
	'pageDescription',
	'introHeading',
	'introWhat',
	'introJitter',
	'introJitterSource',
	'citationAuthor',
	'citationTitle',
	'citationVenue',
	'citationYear',
	'lead',
	'leadBelow',
	'introHowTo',
	'noscript',
	'settingsHeading',
	'scheduleHeading',
	'contentionHeading',
	'codeHeading',
	'fieldsetBackoff',
	'fieldsetContention',
	'presetCustom',
	'presetsAbout',
	'formulaLabel',
	'newSeed',
	'reset',
	'snippetLead',
	'snippetLanguage',
	'langTs',
	'langPython',
	'copy',
	'compactHeading',
	'compactLead',
	'openFull',
	'scheduleTableSummary',
] as const satisfies readonly (keyof BackoffUi)[];

/**
 * The strings the <cat-backoff> element needs, for its data-ui attribute:
 * `ui` with the page-only strings emptied and, of each control, only the
 * name its problem messages use.
 */
export function clientUi(ui: BackoffUi): BackoffUi {
	const fields = Object.fromEntries(Object.entries(ui.fields).map(([key, field]) => [key, { label: '', hint: '', name: field.name }]));
	const client: Record<string, unknown> = { ...ui, fields };
	for (const key of PAGE_ONLY) client[key] = '';
	return client as unknown as BackoffUi;
}

export type { BackoffUi, FieldStrings, PresetStrings, StrategyStrings } from './types.ts';
