/**
 * A Google API error body, `{"error": {"code": 403, "message": "…", "status":
 * "PERMISSION_DENIED"}}`, whole or cut short. A body that parses is handed on
 * as a value; one that does not (cut by a log's line limit, a terminal, an
 * issue's title, or printed as a Python dict with single quotes) is still
 * read for its `code`, `status` and `message`, so a broken body gets the
 * same answer as the whole one whenever what it carries suffices.
 */

/** What an error object carries that identifies an entry. */
export interface ErrorFields {
	readonly message?: string;
	readonly status?: string;
	readonly code?: number;
	/** The message ran into the end of the text: its last word may be cut (an id there does not count). */
	readonly messageCut?: boolean;
}

/** The outcome of reading a JSON-looking text. */
export type JsonReading =
	| { readonly kind: 'parsed'; readonly value: unknown }
	| { readonly kind: 'broken'; readonly why: string; readonly fields?: ErrorFields };

const CODE = /["']code["']\s*:\s*["']?(\d{3})\b/;
const STATUS = /["']status["']\s*:\s*["']([A-Z][A-Z_]+)["']/;
const MESSAGE = /["']message["']\s*:\s*(["'])((?:\\.|(?!\1)[^\\])*)(\1)?/;

/** Undoes JSON string escapes where it can; the raw text otherwise. */
function unescape(raw: string): string {
	try {
		return JSON.parse(`"${raw}"`) as string;
	} catch {
		return raw;
	}
}

/** The fields a broken body still shows, or undefined when it shows none. */
export function salvageErrorFields(text: string): ErrorFields | undefined {
	const code = CODE.exec(text)?.[1];
	const status = STATUS.exec(text)?.[1];
	const message = MESSAGE.exec(text);
	const fields: { code?: number; status?: string; message?: string; messageCut?: boolean } = {};
	if (code !== undefined) fields.code = Number(code);
	if (status !== undefined) fields.status = status;
	if (message) {
		fields.message = unescape(message[2] ?? '');
		if (message[3] === undefined) fields.messageCut = true;
	}
	return Object.keys(fields).length === 0 ? undefined : fields;
}

/** Parses `text` as JSON, or reads what a broken body still carries. */
export function readJsonBody(text: string): JsonReading {
	try {
		return { kind: 'parsed', value: JSON.parse(text) };
	} catch (error) {
		const why = error instanceof Error ? error.message : 'it does not parse';
		const fields = salvageErrorFields(text);
		return fields === undefined ? { kind: 'broken', why } : { kind: 'broken', why, fields };
	}
}
