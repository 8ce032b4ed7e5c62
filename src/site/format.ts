/** Small formatting helpers shared by pages, pure and locale-aware. */
import type { Retry } from '../catalog/index.ts';
import type { UiStrings } from '../i18n/index.ts';

/**
 * An ISO 8601 duration (as the catalog's `retry.wait` allows: days, hours,
 * minutes, seconds) in words: `P1D` → "1 day" / "1일".
 */
export function formatDuration(duration: string, t: UiStrings): string {
	const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
	if (!match) return duration;
	const parts: string[] = [];
	const [, d, h, m, s] = match;
	if (d) parts.push(t.durationDay(Number(d)));
	if (h) parts.push(t.durationHour(Number(h)));
	if (m) parts.push(t.durationMinute(Number(m)));
	if (s) parts.push(t.durationSecond(Number(s)));
	return parts.join(' ');
}

/** The retry guidance sentence for a retry kind, with the wait spelled out. */
export function retrySentence(retry: Retry, t: UiStrings): string {
	if (retry.kind === 'after-wait' && retry.wait && retry.attempts && retry.basis) return t.retrySchedule(formatDuration(retry.wait, t), retry.attempts, retry.basis);
	return t.retry[retry.kind];
}

/** The example error body the API returns for an error id under a status. */
export function wireExample(id: string | undefined, status: { id: string; http: number }, placeholder: string): string {
	const message = id ? `@${id} ${placeholder}` : placeholder;
	return JSON.stringify({ error: { code: status.http, message, status: status.id } }, null, 2);
}
