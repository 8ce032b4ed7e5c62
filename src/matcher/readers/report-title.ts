/**
 * A short report that opens with the HTTP code, as people title an issue or a
 * forum post: `403 The caller does not have permission`, `403 Authentication
 * Error`. Only at the very start of a text of one line, and only a 4xx or 5xx
 * code followed by a capitalised word, so a number inside a log is never read
 * as a code.
 */
import type { Reader } from './reading.ts';

const TITLE = /^\s*([45]\d\d)[\s:-]+[A-Z][a-z]/;

export const reportTitle: Reader = {
	form: 'report-title',
	read: (text) => {
		if (text.length > 200 || /[\r\n]\s*\S/.test(text.trim())) return {};
		const code = TITLE.exec(text)?.[1];
		return code === undefined ? {} : { codes: [{ index: 0, value: Number(code) }] };
	},
};
