/**
 * The end-user message rule: what a support person pastes to a teacher or
 * student must be plain sentences, with nothing only a developer can read.
 * The loader applies it to `userMessage` in every locale and locates each
 * problem at the field.
 *
 * Linear in the text: every check is a scan of the message with set lookups,
 * never a pattern built from the catalog's ids or methods.
 */
import { GOOGLE_RPC_CODES } from './google-rpc.ts';
import { parseRichText, type Inline, type TextProblem } from './rich-text.ts';

/** What the rule needs to know of the catalog. */
export interface UserMessageContext {
	/** Every error id of the catalog. */
	readonly errorIds: ReadonlySet<string>;
	/** Every REST method the catalog names. */
	readonly methods: ReadonlySet<string>;
}

const PLAIN_FIX = 'Write the message as plain sentences for a teacher or student: no Markdown, no code, no links.';
const API_FIX = 'Say what happened and what to do in plain words (the class, your account, your school\'s administrator); the error page shows the API details to those who need them.';

/**
 * A dotted name such as `courses.students.create` or `teachers.delete()`: two
 * or more words joined by dots, each starting with a lower-case letter, as
 * METHOD_PATTERN spells a method. Each word has at least two letters, so that
 * "e.g." and "i.e." stay ordinary English.
 */
const DOTTED_NAME = /(?<![\w.@/])[a-z][A-Za-z]+(?:\.[a-z][A-Za-z]+)+(?:\(\))?/g;

/** Last words of a web address (`classroom.google.com`), which no method ends with: an address is plain words to a user. */
const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'edu', 'gov', 'io', 'kr', 'co', 'uk']);

/** A word as the API spells identifiers: letters, digits, `_`, `-`; `@` kept to catch `@Id`. */
const WORD = /@?[A-Za-z0-9_]+/g;

/** google.rpc status names; `OK` is left out, since it is an ordinary word in a sentence. */
const RPC_NAMES = new Set(Object.keys(GOOGLE_RPC_CODES).filter((name) => name !== 'OK'));

/**
 * A three-digit number from 100 to 599, not part of a longer number (no
 * digit, separator or decimal point around it).
 */
const THREE_DIGITS = /(?<![\d.,])[1-5]\d\d(?![\d,]|\.\d)/g;

/**
 * Words that make a number next to them read as an HTTP code: "HTTP 429",
 * "error 500", "code 403", "status 404", "오류 500", and after it "403 error",
 * "429 Too Many Requests", "500 오류". Matched case-insensitively.
 */
const CODE_WORDS_BEFORE = /(?:\bhttp(?:\/[\d.]+)?|\berror|\bcode|\bstatus|\bresponse|오류|에러|코드|상태|응답)\s*(?:code\s*)?[:#=]?\s*$/i;
const CODE_WORDS_AFTER = /^\s*(?:error\b|errors\b|response\b|status\b|code\b|forbidden\b|bad request\b|too many requests\b|internal server error\b|not found\b|unauthori[sz]ed\b|오류|에러|응답|코드)/i;

/**
 * Where a three-digit number reads as an HTTP status code rather than a count.
 *
 * The rule: a number from 100 to 599 is a code when a code word stands right
 * before it ("HTTP 429", "error 500", "오류 403") or right after it ("403
 * error", "429 Too Many Requests", "500 오류"), or when it stands on its own,
 * quoted or in brackets ("(403)", "“500”"). A number that counts something
 * ("100 students", "학생 120명", "20 classes") has no code word next to it, so
 * it passes: the message may need to say how many of something there are.
 */
export function httpCodeMentions(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(THREE_DIGITS)) {
		const start = match.index;
		const end = start + match[0].length;
		const before = text.slice(Math.max(0, start - 24), start);
		const after = text.slice(end, end + 32);
		const enclosed = /[("'“‘[]\s*$/.test(before) && /^\s*[)"'”’\]]/.test(after);
		if (CODE_WORDS_BEFORE.test(before) || CODE_WORDS_AFTER.test(after) || enclosed) found.push(match[0]);
	}
	return found;
}

/** Problems of the API words in one plain-text run. */
function apiWordProblems(value: string, context: UserMessageContext, problems: TextProblem[]): void {
	for (const match of value.matchAll(DOTTED_NAME)) {
		const name = match[0].replace(/\(\)$/, '');
		if (!match[0].endsWith('()') && DOMAIN_ENDINGS.has(name.slice(name.lastIndexOf('.') + 1))) continue;
		problems.push({
			message: `The end-user message names ${context.methods.has(name) ? 'the API method' : 'what looks like an API method or field'} "${match[0]}".`,
			fix: API_FIX,
		});
	}
	for (const match of value.matchAll(WORD)) {
		const word = match[0];
		const bare = word.startsWith('@') ? word.slice(1) : word;
		if (context.errorIds.has(bare) || (word.startsWith('@') && /^[A-Z][A-Za-z0-9]+$/.test(bare))) {
			problems.push({ message: `The end-user message names the error id "${bare}".`, fix: API_FIX });
		} else if (RPC_NAMES.has(word)) {
			problems.push({ message: `The end-user message names the google.rpc status "${word}".`, fix: API_FIX });
		} else if (context.methods.has(word)) {
			problems.push({ message: `The end-user message names the API method "${word}".`, fix: API_FIX });
		}
	}
	for (const code of httpCodeMentions(value)) {
		problems.push({ message: `The end-user message names the HTTP status code ${code}.`, fix: API_FIX });
	}
}

/** The kind of markup an inline node is, in words, or undefined for plain text. */
function markupOf(node: Inline): string | undefined {
	switch (node.type) {
		case 'text':
			return undefined;
		case 'code':
			return `inline code \`${node.value}\``;
		case 'emphasis':
		case 'strong':
			return `Markdown ${node.type}`;
		case 'link':
			return `a Markdown link to ${node.href}`;
		case 'errorRef':
			return undefined; // reported as an error id
		case 'methodRef':
			return `inline code \`${node.method}\``;
	}
}

/**
 * Every problem of an end-user message: markup of any kind (inline code,
 * emphasis, links, HTML, more than one paragraph, escapes), and every API
 * word: a method name (a dotted name as methods are spelt, or a method of the
 * catalog), an error id, a google.rpc status name, an HTTP status code.
 */
export function userMessageProblems(message: string, context: UserMessageContext): TextProblem[] {
	const problems: TextProblem[] = [];
	// The Markdown parser finds the markup; its own auto-linking finds ids written as words.
	const parsed = parseRichText(message, { errorIds: context.errorIds, methods: context.methods });
	for (const p of parsed.problems) problems.push({ message: `The end-user message must be plain text. ${p.message}`, fix: PLAIN_FIX });
	const paragraphs = parsed.text?.paragraphs ?? [];
	if (paragraphs.length > 1) problems.push({ message: `The end-user message has ${String(paragraphs.length)} paragraphs; it is pasted as one.`, fix: 'Join the sentences into one paragraph (no blank line).' });
	const markup = new Set<string>();
	const visit = (nodes: readonly Inline[]) => {
		for (const node of nodes) {
			const kind = markupOf(node);
			if (kind) markup.add(kind);
			if ('children' in node) visit(node.children);
		}
	};
	for (const paragraph of paragraphs) visit(paragraph);
	for (const kind of markup) problems.push({ message: `The end-user message must be plain text, but it has ${kind}.`, fix: PLAIN_FIX });
	// The plain rendering must be the text as written: a backslash escape or an entity (`\*`, `&amp;`) would show differently on the page and in the clipboard.
	if (parsed.text && markup.size === 0 && parsed.problems.length === 0 && parsed.text.plain.replace(/\s+/g, ' ').trim() !== message.replace(/\s+/g, ' ').trim()) {
		problems.push({ message: 'The end-user message has a Markdown escape or an HTML entity, which would show differently than written.', fix: PLAIN_FIX });
	}
	// API words are looked for in the text as written, so that markup around them hides nothing.
	apiWordProblems(message, context, problems);
	return problems;
}
