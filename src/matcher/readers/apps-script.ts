/**
 * Apps Script's advanced services: `GoogleJsonResponseException: API call to
 * classroom.courses.students.create failed with error: <message>` (and the
 * same sentence in the script owner's language, which only the message survives).
 */
import { hitsOf, type Reader } from './reading.ts';

export const appsScript: Reader = {
	form: 'apps-script',
	read: (text) => ({
		messages: hitsOf(text, /\bAPI call to [\w.]+ failed with error:\s*([^\n]{1,400})/g, (m) => m),
	}),
};
