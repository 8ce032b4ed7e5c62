/**
 * Reads a Google API discovery document (the Classroom API's, `classroom:v1`)
 * into the facts the catalog keeps about each method: its id, HTTP verb, path
 * template, OAuth scopes, and the statuses its description says it returns,
 * each with its condition and the `@Id`s of the request errors it names.
 *
 * Pure: text in, facts and problems out. Nothing here reads files or knows
 * the catalog; `refresh.ts` does that. A description the reader cannot
 * account for word by word is a problem, never silently skipped, so a new
 * wording in a newer document is seen at review time.
 */

/** One status a method's description says it returns, with its condition. */
export interface UpstreamStatus {
	/** The google.rpc status name, as the description writes it between backticks. */
	readonly status: string;
	/**
	 * The condition as the description words it, whitespace collapsed and the
	 * closing period dropped: "if no course exists with the requested ID".
	 * Google's sentence, kept for review and mapping only; never shown.
	 */
	readonly condition: string;
	/** The request errors (`@Id`s) listed under this status, in the document's order, each once. */
	readonly errorIds: readonly string[];
}

/** One REST method of the discovery document. */
export interface UpstreamMethod {
	/** The method's id without the API prefix: `courses.students.create` (the document's `classroom.courses.students.create`). */
	readonly id: string;
	/** HTTP verb: GET, POST, PATCH, PUT, DELETE. */
	readonly httpMethod: string;
	/** Path template relative to the API root, as `flatPath` gives it (`v1/courses/{courseId}/students`). */
	readonly path: string;
	/** OAuth scopes the method accepts, sorted. */
	readonly scopes: readonly string[];
	/** The first sentence of the description: what the method does, in Google's words (for review). */
	readonly summary: string;
	/** What the description says the method returns, in the document's order. Empty when it lists none. */
	readonly statuses: readonly UpstreamStatus[];
}

/** Something in the document the reader could not account for. */
export interface DiscoveryProblem {
	/** The method's id (without prefix), or empty for the document as a whole. */
	readonly method: string;
	/** What was wrong, in one sentence. */
	readonly message: string;
}

/** The facts of a whole document. */
export interface UpstreamDocument {
	/** The document's `id`, such as `classroom:v1`. */
	readonly api: string;
	/** The document's `revision`, a date written YYYYMMDD. */
	readonly revision: string;
	/** Every method, sorted by id. */
	readonly methods: readonly UpstreamMethod[];
	readonly problems: readonly DiscoveryProblem[];
}

/** The sentence that opens the list of error codes in a method's description. */
const LIST_MARKER = /This method returns the following error codes:/;
/** A bullet that names a status: "* `NOT_FOUND`". */
const STATUS_BULLET = /\*\s+`([A-Z][A-Z_]*)`/g;
/** A sub-bullet that is a request error id alone: "CourseNotModifiable" or "`RubricCriteriaInvalidFormat`". */
const ID_ITEM = /^`?([A-Z][A-Za-z0-9]*)`?\.?$/;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Splits the text of one status bullet (what follows "* `STATUS`") into its
 * condition and the ids listed after a colon. Returns a problem message for
 * text it cannot account for.
 */
export function readStatusItem(text: string): { condition: string; errorIds: string[] } | { problem: string } {
	const body = collapse(text);
	// A colon followed by bullets opens a sub-list: request error ids, or (in a few descriptions) clauses of the condition.
	const colon = body.search(/:\s*\*\s/);
	const head = (colon < 0 ? body : body.slice(0, colon)).trim();
	const clauses: string[] = [];
	const errorIds: string[] = [];
	if (colon >= 0) {
		const pieces = body
			.slice(colon + 1)
			.split(/(?:^|\s)\*\s+/)
			.map((piece) => piece.trim())
			.filter((piece) => piece !== '');
		for (const piece of pieces) {
			const id = ID_ITEM.exec(piece);
			if (id) {
				if (!errorIds.includes(id[1] as string)) errorIds.push(id[1] as string);
			} else if (/^[a-z]/.test(piece)) {
				if (errorIds.length > 0) return { problem: `a clause follows the list of request errors: ${JSON.stringify(piece.slice(0, 60))}` };
				clauses.push(piece);
			} else {
				return { problem: `a bullet is neither an error id nor a clause: ${JSON.stringify(piece.slice(0, 60))}` };
			}
		}
		if (errorIds.length === 0 && clauses.length === 0) return { problem: 'a colon announces a list but nothing follows' };
	}
	const condition = (clauses.length === 0 ? head : head === '' ? clauses.join(' ') : `${head}: ${clauses.join(' ')}`).replace(/[.:]$/, '').trim();
	if (condition === '') return { problem: 'a status bullet has no condition' };
	if (/\*\s+[`A-Z]/.test(condition)) return { problem: `a condition holds a bullet the reader cannot place: ${JSON.stringify(condition.slice(0, 60))}` };
	return { condition, errorIds };
}

/**
 * Reads the list of error codes in one method's description. Returns the
 * statuses, or a problem when part of the list cannot be read.
 */
export function readErrorList(description: string): { statuses: UpstreamStatus[] } | { problem: string } {
	const marker = LIST_MARKER.exec(description);
	// Some descriptions drop the opening sentence and start the bullets straight away.
	STATUS_BULLET.lastIndex = 0;
	const firstBullet = STATUS_BULLET.exec(description);
	STATUS_BULLET.lastIndex = 0;
	if (!marker && !firstBullet) return { statuses: [] };
	const start = marker ? marker.index + marker[0].length : (firstBullet as RegExpExecArray).index;
	const list = description.slice(start);
	const bullets = [...list.matchAll(STATUS_BULLET)];
	if (bullets.length === 0) return { problem: 'the description announces error codes but lists none' };
	const before = collapse(list.slice(0, bullets[0]!.index));
	if (before !== '') return { problem: `text between the announcement and the first status: ${JSON.stringify(before.slice(0, 60))}` };
	const statuses: UpstreamStatus[] = [];
	for (let i = 0; i < bullets.length; i++) {
		const bullet = bullets[i]!;
		const end = i + 1 < bullets.length ? bullets[i + 1]!.index : list.length;
		const item = readStatusItem(list.slice(bullet.index + bullet[0].length, end));
		if ('problem' in item) return { problem: `${bullet[1]}: ${item.problem}` };
		statuses.push({ status: bullet[1] as string, condition: item.condition, errorIds: item.errorIds });
	}
	return { statuses };
}

/** The first sentence of a description, whitespace collapsed. */
function firstSentence(description: string): string {
	const text = collapse(description);
	const m = /^(.+?[.!?])(\s|$)/.exec(text);
	return m ? (m[1] as string) : text;
}

/**
 * Reads a parsed discovery document. `value` is the JSON as parsed; anything
 * that is not the shape of a discovery document is a problem, not a throw.
 */
export function readDiscovery(value: unknown): UpstreamDocument {
	const problems: DiscoveryProblem[] = [];
	const methods: UpstreamMethod[] = [];
	if (!isObject(value)) return { api: '', revision: '', methods, problems: [{ method: '', message: 'The document is not a JSON object.' }] };
	const api = typeof value['id'] === 'string' ? value['id'] : '';
	const revision = typeof value['revision'] === 'string' ? value['revision'] : '';
	const name = typeof value['name'] === 'string' ? value['name'] : '';
	if (api === '' || name === '') problems.push({ method: '', message: 'The document has no "id" or "name": it is not a discovery document.' });
	if (!/^\d{8}$/.test(revision)) problems.push({ method: '', message: `The document's "revision" is ${JSON.stringify(revision)}, not a date written YYYYMMDD.` });
	if (!isObject(value['resources'])) problems.push({ method: '', message: 'The document has no "resources".' });

	const walk = (resources: unknown, trail: string) => {
		if (!isObject(resources)) return;
		for (const [resourceName, resource] of Object.entries(resources)) {
			if (!isObject(resource)) continue;
			const here = trail === '' ? resourceName : `${trail}.${resourceName}`;
			const ms = resource['methods'];
			if (isObject(ms)) for (const [methodName, method] of Object.entries(ms)) readMethod(method, `${here}.${methodName}`);
			walk(resource['resources'], here);
		}
	};
	const readMethod = (method: unknown, expected: string) => {
		if (!isObject(method)) {
			problems.push({ method: expected, message: 'The method is not a JSON object.' });
			return;
		}
		const fullId = typeof method['id'] === 'string' ? method['id'] : '';
		const id = fullId.startsWith(`${name}.`) ? fullId.slice(name.length + 1) : fullId;
		const at = id || expected;
		const httpMethod = method['httpMethod'];
		const path = typeof method['flatPath'] === 'string' ? method['flatPath'] : method['path'];
		const scopes = method['scopes'] ?? [];
		const description = method['description'];
		const bad: string[] = [];
		if (id !== expected) bad.push(`its id ${JSON.stringify(fullId)} is not ${name}.${expected}, where it sits`);
		if (typeof httpMethod !== 'string' || !/^[A-Z]+$/.test(httpMethod)) bad.push('it has no httpMethod');
		if (typeof path !== 'string' || path === '') bad.push('it has no path');
		if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) bad.push('its scopes are not a list of strings');
		if (typeof description !== 'string') bad.push('it has no description');
		if (bad.length > 0) {
			problems.push({ method: at, message: `The method cannot be read: ${bad.join('; ')}.` });
			return;
		}
		const list = readErrorList(description as string);
		if ('problem' in list) {
			problems.push({ method: at, message: `Its list of error codes cannot be read: ${list.problem}.` });
			return;
		}
		methods.push({
			id,
			httpMethod: httpMethod as string,
			path: path as string,
			scopes: [...new Set(scopes as string[])].sort(),
			summary: firstSentence(description as string),
			statuses: list.statuses,
		});
	};
	walk(value['resources'], '');
	methods.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (let i = 1; i < methods.length; i++) {
		if (methods[i]!.id === methods[i - 1]!.id) problems.push({ method: methods[i]!.id, message: 'Two methods have this id.' });
	}
	return { api, revision, methods, problems };
}
