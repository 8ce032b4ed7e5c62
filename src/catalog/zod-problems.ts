/**
 * Turns zod issues into problems a content writer can act on: where (file,
 * line, key path), what is wrong in plain words, and how to fix it.
 */
import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { problemAt, type YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

/** Reads the value at `path` in a plain parsed value, or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let node: unknown = root;
	for (const segment of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[segment];
	}
	return node;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
	return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	array: 'a list',
	object: 'a mapping',
	boolean: 'true or false',
};

/** Fixes for missing fields whose right value needs more than a type to explain. */
const MISSING_FIX: Readonly<Record<string, string>> = {
	url: 'Add "url:" with the page\'s https address, confirmed on Google\'s own site; if none can be confirmed, use the help center\'s search for the title (https://support.google.com/…/search?q=…) and write "verified: false".',
	verified: 'Add "verified: true" if you confirmed the URL is this page, or "verified: false" if it is a search for the title.',
	provenance: 'Add "provenance:" with "sources:" (ids from the top-level sources list) and "reviewed:" (the day you checked the entry against them, YYYY-MM-DD).',
	sources: 'Add the top-level "sources:" list: each document the facts come from, with id, title, language and url.',
};

/** One problem per zod issue, each located in the YAML source. */
export function problemsFromZod(source: YamlSource, issues: readonly Issue[]): Problem[] {
	const problems: Problem[] = [];
	for (const issue of issues) {
		const path = issue.path;
		const given = valueAt(source.value, path);
		const last = path[path.length - 1];
		// An item of a list is named by its list: "whoActs[0]", not "0".
		const field = typeof last === 'number' && path.length > 1 ? `${String(path[path.length - 2])}[${String(last)}]` : String(last ?? 'document');
		switch (issue.code) {
			case 'unrecognized_keys':
				for (const key of issue.keys) {
					problems.push(
						problemAt(source, [...path, key], `Unknown key "${key}".`, `Remove "${key}" or correct its spelling; see the README for the keys this entry takes.`, 'key'),
					);
				}
				break;
			case 'invalid_type': {
				const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
				if (given === undefined) {
					problems.push(problemAt(source, path, `Required field "${field}" is missing.`, MISSING_FIX[field] ?? `Add "${field}:" with ${expected}.`));
				} else {
					problems.push(problemAt(source, path, `"${field}" must be ${expected}, not ${describeValue(given)}.`, `Write ${expected} for "${field}".`));
				}
				break;
			}
			case 'invalid_value':
				problems.push(
					problemAt(
						source,
						path,
						`"${field}" has ${describeValue(given)}, which is not allowed.`,
						`Use one of: ${issue.values.map((v) => String(v)).join(', ')}.`,
					),
				);
				break;
			case 'too_small':
				problems.push(
					problemAt(
						source,
						path,
						issue.origin === 'string' ? `"${field}" is empty.` : `"${field}" is too small (minimum ${String(issue.minimum)}).`,
						issue.origin === 'string' ? `Write the text of "${field}", or remove the key if it is optional.` : `Give "${field}" at least ${String(issue.minimum)}.`,
					),
				);
				break;
			case 'too_big':
				if (issue.origin === 'string' && typeof given === 'string') {
					problems.push(
						problemAt(
							source,
							path,
							`"${field}" is ${given.length.toLocaleString('en')} characters long; the limit is ${String(issue.maximum)}.`,
							field === 'userMessage'
								? `Shorten "${field}" to two or three plain sentences, at most ${String(issue.maximum)} characters; the details belong in the cause and the action.`
								: `Shorten "${field}" to at most ${String(issue.maximum)} characters (put detail in the cause or the action, not in a title or a summary).`,
						),
					);
				} else if (issue.origin === 'array' && Array.isArray(given)) {
					problems.push(problemAt(source, path, `"${field}" has ${String(given.length)} items; the limit is ${String(issue.maximum)}.`, `Keep the ${String(issue.maximum)} that matter most in "${field}".`));
				} else {
					problems.push(problemAt(source, path, `"${field}" is too large (maximum ${String(issue.maximum)}).`, `Give "${field}" at most ${String(issue.maximum)}.`));
				}
				break;
			case 'invalid_format':
				problems.push(problemAt(source, path, `"${field}" has ${describeValue(given)}, which ${issue.message}.`, `Correct the value of "${field}".`));
				break;
			default:
				problems.push(problemAt(source, path, `"${field}": ${issue.message}.`, `Correct the value of "${field}".`));
		}
	}
	return problems;
}
