#!/usr/bin/env node
/**
 * `npx classroom-errors explain [--json] [--lang ko] <input | ->`: the entry
 * for an error body, message or exception text, printed as text or JSON.
 * Exit codes: 0 an entry (error or status) or a method, 1 candidates or no
 * match, 2 a usage error.
 */
import { explain } from './index.ts';
import type { Explanation, Lang } from './types.ts';

const USAGE = `Usage: classroom-errors explain [--json] [--lang en|ko] [--site URL] <text | ->
  Finds the Google Classroom API error entry for an error body, a message, an exception's text,
  an id, an HTTP code or a status name ("-" reads standard input) and prints it.
  --json  print the whole result as JSON
  --lang  the language of the texts (en by default)
  --site  the root of the page URLs`;

/** Characters a terminal would act on (escape sequences, other controls but tab and newline), shown as U+FFFD. */
function safe(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

function textOf(r: Explanation): string {
	if (r.kind === 'no-match') return `No match: ${r.detail}`;
	if (r.kind === 'candidates') return [r.detail, ...r.candidates.map((c, i) => `${String(i + 1).padStart(3)}. ${c.id} — ${c.title}\n     ${c.url}`)].join('\n');
	if (r.kind === 'method') return r.methods.map((m) => `${m.id}: ${m.httpMethod} ${m.path}\n  ${m.url}`).join('\n');
	const lines: string[] = [];
	for (const w of r.match.warnings) lines.push(`warning: ${w.detail}`);
	if (r.kind === 'error') {
		lines.push(`${r.id} — ${r.title}`, `${r.http} ${r.status}`, '');
		for (const text of [r.summary, r.cause]) if (text) lines.push(text, '');
		if (r.action) lines.push(r.action, '');
		lines.push(r.retry.text, '', r.userMessage, '', r.urls.page);
	} else {
		if (r.unknownId) lines.push(`note: @${r.unknownId} is not in the catalog; showing its status.`, '');
		lines.push(`${r.http} ${r.status} — ${r.title}`, '');
		for (const text of [r.meaning, r.advice]) if (text) lines.push(text, '');
		lines.push(r.retry.text, '', r.urls.page);
	}
	for (const m of r.call?.methods ?? []) {
		lines.push('', `${m.id} (${m.httpMethod} ${m.path})`);
		for (const condition of m.conditions) lines.push(`  - ${condition}`);
		if (m.scopes) lines.push(...m.scopes.map((scope) => `  ${scope}`));
		lines.push(`  ${m.url}`);
	}
	return lines.join('\n');
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of process.stdin) {
		const buffer = chunk as Buffer;
		// An error dump is kilobytes; the rest of a huge paste is drained, not kept.
		if (size < 1024 * 1024) chunks.push(buffer);
		size += buffer.length;
	}
	return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: readonly string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === '--help' || command === '-h' || command === 'help') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (command !== 'explain') {
		process.stderr.write(`${command === undefined ? 'No command given.' : `Unknown command: ${safe(command).slice(0, 40)}.`}\n\n${USAGE}\n`);
		return 2;
	}
	let json = false;
	let lang: Lang = 'en';
	let siteUrl: string | undefined;
	const words: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] as string;
		if (arg === '--json') json = true;
		else if (arg === '--lang' || arg === '--site') {
			const value = rest[++i];
			if (value === undefined) {
				process.stderr.write(`${arg} needs a value.\n\n${USAGE}\n`);
				return 2;
			}
			if (arg === '--site') siteUrl = value;
			else if (value === 'en' || value === 'ko') lang = value;
			else {
				process.stderr.write(`--lang takes en or ko, not ${safe(value).slice(0, 20)}.\n`);
				return 2;
			}
		} else if (arg.startsWith('--') && arg !== '--') {
			process.stderr.write(`Unknown option: ${safe(arg).slice(0, 40)}.\n\n${USAGE}\n`);
			return 2;
		} else words.push(arg);
	}
	const input = words.length === 1 && words[0] === '-' ? await readStdin() : words.join(' ');
	if (input.trim() === '') {
		process.stderr.write(`explain needs an input.\n\n${USAGE}\n`);
		return 2;
	}
	const result = explain(input, { lang, ...(siteUrl !== undefined ? { siteUrl } : {}) });
	const ok = result.kind === 'error' || result.kind === 'status' || result.kind === 'method';
	// JSON always goes to standard output, for programs; text of a miss goes to standard error.
	if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
	else (ok ? process.stdout : process.stderr).write(`${safe(textOf(result))}\n`);
	return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
