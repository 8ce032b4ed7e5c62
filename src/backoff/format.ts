/**
 * Locale-aware text for the simulator: template filling, numbers and
 * durations. Pure (Intl only), so the build and the browser produce the
 * same text from the same figures.
 */
import type { BackoffUi } from './ui/types.ts';

/** Values for a template's `{name}` placeholders. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Replaces every `{name}` in `template` with `values[name]`, in one pass:
 * a value that itself contains `{…}` (text from a URL, say) is inserted
 * literally and never expanded. Unknown placeholders are left as they are.
 */
export function fill(template: string, values: TemplateValues): string {
	return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : whole,
	);
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, maximumFractionDigits: number, minimumFractionDigits = 0): Intl.NumberFormat {
	const key = `${locale}|${String(maximumFractionDigits)}|${String(minimumFractionDigits)}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits, minimumFractionDigits });
		formatters.set(key, format);
	}
	return format;
}

/** A number with the locale's grouping, at most `fractionDigits` decimals (default 0). */
export function formatNumber(value: number, ui: Pick<BackoffUi, 'intlLocale' | 'noValue'>, fractionDigits = 0): string {
	if (!Number.isFinite(value)) return ui.noValue;
	// `+ 0` so that -0 (a rounded tiny negative) prints as "0".
	return numberFormat(ui.intlLocale, fractionDigits).format(value + 0);
}

type DurationUi = Pick<BackoffUi, 'intlLocale' | 'noValue' | 'unitMs' | 'unitS' | 'unitMinS' | 'numberRange' | 'durationRange'>;

/** A duration as a number in one unit: milliseconds below a second, seconds below a minute, else null. */
function inOneUnit(ms: number, ui: DurationUi): { readonly unit: 'ms' | 's'; readonly n: string } | null {
	const abs = Math.abs(ms);
	// Sub-10 ms delays keep one decimal so 0.4 ms does not read as 0.
	const msDigits = abs < 10 ? 1 : 0;
	const roundedMs = round(abs, msDigits);
	if (roundedMs < 1000) return { unit: 'ms', n: formatNumber(roundedMs, ui, msDigits) };
	const seconds = round(abs / 1000, 2);
	if (seconds < 60) return { unit: 's', n: formatNumber(seconds, ui, 2) };
	return null;
}

/**
 * A duration for people: "850 ms" below a second, "4.31 s" below a minute,
 * "1 min 16.3 s" above (units from the locale). null, NaN and infinities
 * give the locale's "no value" mark.
 */
export function formatMs(ms: number | null, ui: DurationUi): string {
	if (ms === null || !Number.isFinite(ms)) return ui.noValue;
	const sign = ms < 0 ? '-' : '';
	const one = inOneUnit(ms, ui);
	if (one) return sign + fill(one.unit === 'ms' ? ui.unitMs : ui.unitS, { n: one.n });
	const abs = Math.abs(ms);
	let minutes = Math.floor(abs / 60_000);
	let rest = round((abs - minutes * 60_000) / 1000, 1);
	if (rest >= 60) {
		minutes += 1;
		rest -= 60;
	}
	return sign + fill(ui.unitMinS, { m: formatNumber(minutes, ui), s: formatNumber(rest, ui, 1) });
}

/**
 * A range of durations. Both ends in the same unit share it ("0–100 ms",
 * "0~100밀리초", "0–5 s"), so a narrow table column stays narrow; ends in different
 * units are written in full ("800 ms – 1.6 s"); "a" alone when both ends are
 * the same once formatted.
 */
export function formatRange(min: number, max: number, ui: DurationUi): string {
	const lo = formatMs(min, ui);
	const hi = formatMs(max, ui);
	if (lo === hi) return lo;
	const b = Number.isFinite(max) && max >= 0 ? inOneUnit(max, ui) : null;
	// Zero is zero in any unit: "0–5 s", not "0 ms – 5 s".
	const a = min === 0 && b ? { unit: b.unit, n: formatNumber(0, ui) } : Number.isFinite(min) && min >= 0 ? inOneUnit(min, ui) : null;
	if (a && b && a.unit === b.unit) return fill(a.unit === 'ms' ? ui.unitMs : ui.unitS, { n: fill(ui.numberRange, { lo: a.n, hi: b.n }) });
	return fill(ui.durationRange, { lo, hi });
}

/** The unit of a time axis: one for all its labels, chosen from the axis maximum. */
export interface AxisUnit {
	readonly unit: 'ms' | 's' | 'min';
	/** Milliseconds per unit. */
	readonly divisor: number;
	readonly fractionDigits: number;
}

/**
 * The unit of a time axis whose labels are plain numbers, the unit named once
 * in the axis title ("Delay (s)"): ms below 2 s, seconds below 3 min, else
 * minutes, so "500, 1,000, 1,500" never mixes units.
 */
export function axisUnit(axisMaxMs: number): AxisUnit {
	if (!(axisMaxMs >= 2000)) return { unit: 'ms', divisor: 1, fractionDigits: 1 };
	if (axisMaxMs < 180_000) return { unit: 's', divisor: 1000, fractionDigits: 2 };
	return { unit: 'min', divisor: 60_000, fractionDigits: 1 };
}

/** A tick label of a time axis in the axis's unit, without the unit. */
export function formatAxisTick(valueMs: number, unit: AxisUnit, ui: Pick<BackoffUi, 'intlLocale' | 'noValue'>): string {
	return formatNumber(valueMs / unit.divisor, ui, unit.fractionDigits);
}

/** The name of an axis unit in the reader's language, for axis titles. */
export function axisUnitName(unit: AxisUnit, ui: Pick<BackoffUi, 'unitNameMs' | 'unitNameS' | 'unitNameMin'>): string {
	return unit.unit === 'ms' ? ui.unitNameMs : unit.unit === 's' ? ui.unitNameS : ui.unitNameMin;
}

/**
 * The unit of a table column of durations: one unit for every cell, named
 * once in the column's header ("Sampled delay (s)"), and a fixed number of
 * decimals so the figures line up.
 */
export interface ColumnUnit {
	readonly unit: 'ms' | 's';
	/** Milliseconds per unit. */
	readonly divisor: number;
	/** Decimals of every cell (fixed, so "1.50" and "12.00" line up). */
	readonly fractionDigits: number;
}

/**
 * The unit of a column whose largest value is `maxMs`: milliseconds below
 * 2 s (with one decimal below 100 ms, so 0.4 ms does not read as 0), else
 * seconds with two decimals (even for an hour: "3,600.00" reads in one unit,
 * where minutes would need a second one).
 */
export function columnUnit(maxMs: number): ColumnUnit {
	if (!(maxMs >= 2000)) return { unit: 'ms', divisor: 1, fractionDigits: maxMs < 100 || !Number.isFinite(maxMs) ? 1 : 0 };
	return { unit: 's', divisor: 1000, fractionDigits: 2 };
}

/** A duration in a column's unit, without the unit, with the column's fixed decimals; null gives the "no value" mark. */
export function formatInUnit(ms: number | null, unit: ColumnUnit, ui: Pick<BackoffUi, 'intlLocale' | 'noValue'>): string {
	if (ms === null || !Number.isFinite(ms)) return ui.noValue;
	const digits = unit.fractionDigits;
	return numberFormat(ui.intlLocale, digits, digits).format(round(ms / unit.divisor, digits) + 0);
}

/** The name of a column unit in the reader's language, for column headers. */
export function columnUnitName(unit: ColumnUnit, ui: Pick<BackoffUi, 'unitNameMs' | 'unitNameS'>): string {
	return unit.unit === 'ms' ? ui.unitNameMs : ui.unitNameS;
}

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/** A piece of a template: literal text, or a `{name}` placeholder to fill with markup (a link, say). */
export type TemplatePart = { readonly text: string } | { readonly name: string };

/**
 * Splits a template at its `{name}` placeholders, for pages that put
 * elements (links, citations) where the placeholders are, in the order the
 * translation puts them.
 */
export function splitTemplate(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	const pattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
	let last = 0;
	for (const match of template.matchAll(pattern)) {
		const index = match.index;
		if (index > last) parts.push({ text: template.slice(last, index) });
		parts.push({ name: match[1] as string });
		last = index + match[0].length;
	}
	if (last < template.length) parts.push({ text: template.slice(last) });
	return parts;
}
