/** UI strings by locale: one file per locale, picked here. */
import type { Locale } from '../catalog/locales.ts';
import { en, type UiStrings } from './en.ts';
import { ko } from './ko.ts';

const STRINGS: Record<Locale, UiStrings> = { en, ko };

/** The UI strings of `locale`. */
export function ui(locale: Locale): UiStrings {
	return STRINGS[locale];
}

export type { UiStrings };
