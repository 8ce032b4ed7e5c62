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

export type { BackoffUi, FieldStrings, PresetStrings, StrategyStrings } from './types.ts';
