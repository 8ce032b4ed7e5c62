/**
 * The shape of the backoff simulator's UI strings. Every locale file is typed
 * with it, so a locale cannot miss a key. Strings are plain data (no
 * functions) because the page hands them to the browser as JSON: templates
 * use `{name}` placeholders, filled by `fill()` in ../format.ts.
 */
import type { PresetId } from '../presets.ts';
import type { SnippetComments } from '../snippet.ts';
import type { StrategyId } from '../strategies.ts';
import type { ProblemCode, UrlKey } from '../url-state.ts';

/** Label and help text of one control. */
export interface FieldStrings {
	/** The label, with its unit. */
	readonly label: string;
	/** The name without a unit, for messages ("Maximum delay"). */
	readonly name: string;
	/** One short sentence under the control. */
	readonly hint: string;
}

/** A strategy's name and what it does. */
export interface StrategyStrings {
	readonly label: string;
	readonly description: string;
}

/** A preset's name and where its numbers come from (translated from presets.ts). */
export interface PresetStrings {
	readonly label: string;
	readonly source: string;
}

export interface BackoffUi {
	/** BCP 47 tag for Intl number formatting. */
	readonly intlLocale: string;

	// The page.
	readonly pageTitle: string;
	readonly pageDescription: string;
	readonly introHeading: string;
	/** What truncated exponential backoff with jitter is. */
	readonly introWhat: string;
	/** Why jitter matters; ends where the citation begins. */
	readonly introJitter: string;
	/** `{citation}` is replaced by the citation below. */
	readonly introJitterSource: string;
	readonly citationAuthor: string;
	readonly citationTitle: string;
	readonly citationVenue: string;
	readonly citationYear: string;
	/**
	 * The short lead above the simulator (the explanation follows it, so the
	 * controls start within a phone's first screen): `{resourceExhausted}` and
	 * `{internal}` become links to the status pages and their retry advice,
	 * `{below}` a link to the explanation (its text is `leadBelow`).
	 */
	readonly lead: string;
	readonly leadBelow: string;
	readonly introHowTo: string;
	readonly noscript: string;

	// Section headings.
	readonly settingsHeading: string;
	readonly scheduleHeading: string;
	readonly contentionHeading: string;
	readonly codeHeading: string;

	// Controls, by URL key, so a problem's `param` finds its label.
	readonly fields: { readonly [K in UrlKey]: FieldStrings };
	readonly fieldsetBackoff: string;
	readonly fieldsetContention: string;
	readonly presetCustom: string;
	/** Before a preset's source text. */
	readonly presetSourceLabel: string;
	readonly presetSourceLink: string;
	readonly presetsAbout: string;
	readonly formulaLabel: string;
	readonly newSeed: string;
	readonly reset: string;
	readonly strategies: { readonly [S in StrategyId]: StrategyStrings };
	readonly presets: { readonly [P in PresetId]: PresetStrings };

	// Units: `{n}` is a formatted number.
	readonly unitMs: string;
	readonly unitS: string;
	/** `{m}` minutes and `{s}` seconds. */
	readonly unitMinS: string;
	/** `{lo}` and `{hi}`: two numbers sharing one unit ("0–100" ms). */
	readonly numberRange: string;
	/** `{lo}` and `{hi}`: two durations in different units. */
	readonly durationRange: string;
	/** Unit names for axis titles: "Delay ({unit})". */
	readonly unitNameMs: string;
	readonly unitNameS: string;
	readonly unitNameMin: string;
	/** Shown where there is no value (no client succeeded). */
	readonly noValue: string;

	// Schedule table and delays chart.
	readonly scheduleCaption: string;
	readonly colAttempt: string;
	/** Duration column headers: `{unit}` is the column's unit name ("Delay range (s)"). */
	readonly colRange: string;
	readonly colSampled: string;
	readonly colCumulative: string;
	readonly firstAttempt: string;
	readonly stoppedByAttempts: string;
	readonly stoppedByDeadline: string;
	readonly delaysChartTitle: string;
	readonly delaysChartDesc: string;
	/** The delays chart's x axis. */
	readonly axisAttempt: string;
	/** The delays chart's y axis; `{unit}` is a unit name. */
	readonly axisDelay: string;
	readonly legendRange: string;
	readonly legendSampled: string;
	readonly legendDropped: string;

	// Contention.
	readonly contentionLead: string;
	readonly comparisonCaption: string;
	readonly colStrategy: string;
	readonly colCalls: string;
	readonly colRejected: string;
	/** Completion-time headers: `{unit}` is the unit name shared by the three columns. */
	readonly colMedian: string;
	readonly colP99: string;
	readonly colLast: string;
	readonly colGaveUp: string;
	readonly selectedMark: string;
	readonly loadChartsLead: string;
	readonly loadChartTitle: string;
	readonly loadChartDesc: string;
	readonly legendAccepted: string;
	readonly legendRejected: string;
	readonly legendCapacity: string;
	/** The load charts' x axis; `{unit}` is a unit name. */
	readonly axisTime: string;
	/** The load charts' y axis: calls per bar (the bar's width is said once, in loadScale). */
	readonly axisCalls: string;
	/**
	 * Above the load charts, once for all of them: `{bucket}` is the time one
	 * bar covers ("2 s"), `{end}` the end of the shared time axis, `{calls}`
	 * the top of the shared y scale.
	 */
	readonly loadScale: string;
	/** Added to loadScale when a bar is taller than the shared scale. */
	readonly loadClipped: string;
	readonly dataTable: string;
	/** `{unit}`: the unit of the time column. */
	readonly colTime: string;
	readonly colBucketCalls: string;
	readonly colAccepted: string;
	readonly colBucketRejected: string;

	// The live summary.
	readonly summary: string;
	readonly summaryCompact: string;

	// Problems with values from the link or the form.
	readonly problemsHeading: string;
	readonly problems: { readonly [C in ProblemCode]: string };

	// Code snippet.
	readonly snippetLead: string;
	readonly snippetLanguage: string;
	readonly langTs: string;
	readonly langPython: string;
	readonly copy: string;
	readonly copied: string;
	readonly copyFailed: string;
	readonly snippetComments: SnippetComments;

	// The compact form on status and error pages.
	readonly compactHeading: string;
	readonly compactLead: string;
	readonly openFull: string;
	/** The summary of the compact form's schedule table, folded under the chart. */
	readonly scheduleTableSummary: string;
}
