/**
 * Which method a failed call was, and what that method documents for the
 * outcome: the matcher's second question after "which entry".
 *
 * The readings come from `readers/calls.ts`; this module resolves them
 * against the methods of the catalog view (from Google's discovery
 * document): a method id exactly or by its unique tail (`students.create`),
 * an address by its path template (a trie of segments, so a lookup costs the
 * path's length, never a pass over every method), narrowed by the verb when
 * the text printed one. With no verb, every method sharing the path is kept,
 * and the ones documented to return the matched `@Id` or status come first:
 * the text does not say which it was, so the answer does not pretend to know.
 */
import { mentionsScopeProblem, readCalls, type CallReading } from './readers/calls.ts';
import type { CallMatch, CallVia, MatchableCatalog, MatchableMethod, MethodFinding } from './types.ts';

/** The precomputed lookups over one view's methods. */
export interface MethodIndex {
	readonly byId: ReadonlyMap<string, MatchableMethod>;
	/** Every tail of two or more segments (`students.create`) → the methods ending with it. */
	readonly byTail: ReadonlyMap<string, readonly MatchableMethod[]>;
	readonly paths: PathNode;
}

/** One node of the path-template trie: literal segments, one variable child, and the methods whose template ends here. */
interface PathNode {
	readonly literal: Map<string, PathNode>;
	/** `{name}` followed by a custom verb (`{id}:modifyAssignees`), by the verb. */
	readonly customVerb: Map<string, PathNode>;
	variable?: PathNode;
	readonly methods: MatchableMethod[];
}

const newNode = (): PathNode => ({ literal: new Map(), customVerb: new Map(), methods: [] });

const INDEXES = new WeakMap<readonly MatchableMethod[], MethodIndex>();

/** The index of `methods`, built once per array. */
export function methodIndexOf(methods: readonly MatchableMethod[]): MethodIndex {
	let index = INDEXES.get(methods);
	if (!index) {
		index = buildMethodIndex(methods);
		INDEXES.set(methods, index);
	}
	return index;
}

function buildMethodIndex(methods: readonly MatchableMethod[]): MethodIndex {
	const byTail = new Map<string, MatchableMethod[]>();
	const paths = newNode();
	for (const method of methods) {
		const parts = method.id.split('.');
		for (let start = 1; start <= parts.length - 2; start++) {
			const tail = parts.slice(start).join('.');
			const list = byTail.get(tail);
			if (list) list.push(method);
			else byTail.set(tail, [method]);
		}
		let node = paths;
		for (const segment of method.path.split('/')) {
			const custom = /^\{[^}]+\}:(\w+)$/.exec(segment);
			if (custom) {
				const verb = custom[1] ?? '';
				let next = node.customVerb.get(verb);
				if (!next) node.customVerb.set(verb, (next = newNode()));
				node = next;
			} else if (/^\{[^}]+\}$/.test(segment)) {
				node = node.variable ??= newNode();
			} else {
				let next = node.literal.get(segment);
				if (!next) node.literal.set(segment, (next = newNode()));
				node = next;
			}
		}
		node.methods.push(method);
	}
	return { byId: new Map(methods.map((m) => [m.id, m])), byTail, paths };
}

/**
 * The methods whose path template fits `path`, most specific first: a
 * literal segment beats a variable, and a custom verb (`…/456:turnIn`) beats
 * reading `456:turnIn` as an id. The trie is walked depth-first, keeping the
 * templates reached at the path's end.
 */
export function methodsAtPath(index: MethodIndex, path: string): MatchableMethod[] {
	const segments = path.split('/');
	const found: { methods: readonly MatchableMethod[]; literals: number }[] = [];
	const walk = (node: PathNode, at: number, literals: number): void => {
		if (at === segments.length) {
			if (node.methods.length > 0) found.push({ methods: node.methods, literals });
			return;
		}
		const segment = segments[at] ?? '';
		if (segment === '') return;
		const lit = node.literal.get(segment);
		if (lit) walk(lit, at + 1, literals + 2);
		const colon = segment.lastIndexOf(':');
		if (colon > 0) {
			const custom = node.customVerb.get(segment.slice(colon + 1));
			if (custom) walk(custom, at + 1, literals + 1);
		}
		if (node.variable) walk(node.variable, at + 1, literals);
	};
	walk(index.paths, 0, 0);
	found.sort((a, b) => b.literals - a.literals);
	const best = found[0];
	return best ? [...best.methods] : [];
}

/** The methods a method id names: exactly, or by a tail only one method has (or, for a tail typed alone, every method that has it). */
export function methodsNamed(index: MethodIndex, id: string, options: { allowShared?: boolean } = {}): MatchableMethod[] {
	const exact = index.byId.get(id);
	if (exact) return [exact];
	const byTail = index.byTail.get(id) ?? [];
	return byTail.length === 1 || options.allowShared ? [...byTail] : [];
}

/** The call read and resolved: what it fits, before the outcome is weighed. */
export interface ResolvedCall {
	readonly via: CallVia;
	readonly methods: readonly MatchableMethod[];
	readonly httpMethod?: string;
	readonly path?: string;
}

/**
 * The failed call in `text`, resolved against `index`, or `undefined` when
 * the text shows none the methods fit. An address settles the candidates
 * (narrowed by its verb); a method id elsewhere in the text that is among
 * them settles the method. Without an address, the first method id that
 * names exactly one method does.
 */
export function resolveCall(text: string, index: MethodIndex): ResolvedCall | undefined {
	const readings = readCalls(text);
	if (readings.length === 0) return undefined;
	const named = (r: CallReading) => (r.methodId === undefined ? [] : methodsNamed(index, r.methodId));
	const urls = readings.filter((r) => r.via === 'url' && r.path !== undefined);
	for (const url of urls) {
		const atPath = methodsAtPath(index, url.path ?? '');
		if (atPath.length === 0) continue;
		// A verb printed anywhere for the same path (gaxios prints the address twice, once with its verb) settles it.
		const verb = url.httpMethod ?? urls.find((u) => u.path === url.path && u.httpMethod !== undefined)?.httpMethod;
		const byVerb = verb === undefined ? atPath : atPath.filter((m) => m.httpMethod === verb);
		const fits = byVerb.length > 0 ? byVerb : atPath;
		const ids = new Set(fits.map((m) => m.id));
		const settled = readings.flatMap(named).find((m) => ids.has(m.id));
		const at = { ...(verb !== undefined ? { httpMethod: verb } : {}), ...(url.path !== undefined ? { path: url.path } : {}) };
		if (settled) return { via: 'url', methods: [settled], ...at };
		return { via: 'url', methods: fits, ...at };
	}
	for (const reading of readings) {
		const methods = named(reading);
		if (methods.length === 1) return { via: reading.via, methods };
	}
	return undefined;
}

/**
 * What each method of `call` documents for `status` and, when the result has
 * one, `errorId`: its conditions for that status (those naming the `@Id`
 * first), whether the status and the `@Id` are documented for it, and its
 * scopes. Methods documented to return the `@Id`, then the status, come first.
 */
export function findingsFor(call: ResolvedCall, status: string | undefined, errorId: string | undefined): MethodFinding[] {
	const findings = call.methods.map((method): MethodFinding & { rank: number } => {
		const returns = status === undefined ? [] : method.returns.filter((r) => r.status === status);
		const naming = errorId === undefined ? [] : returns.filter((r) => r.errors?.includes(errorId) === true);
		const idDocumented = errorId === undefined ? undefined : method.returns.some((r) => r.errors?.includes(errorId) === true);
		const conditions = [...new Set([...naming, ...returns].map((r) => r.condition))];
		return {
			method: method.id,
			conditions,
			statusDocumented: returns.length > 0,
			...(idDocumented === undefined ? {} : { idDocumented }),
			scopes: method.scopes,
			rank: (idDocumented ? 2 : 0) + (returns.length > 0 ? 1 : 0),
		};
	});
	// A stable sort: methods with the same rank keep the path's order.
	return findings.sort((a, b) => b.rank - a.rank).map(({ rank: _rank, ...finding }) => finding);
}

/** The call match of `text` for a result of `status` (and `errorId`), or `undefined` when the text shows no call the methods fit. */
export function callMatchOf(text: string, catalog: MatchableCatalog, status: string | undefined, errorId: string | undefined): CallMatch | undefined {
	if (!catalog.methods || catalog.methods.length === 0) return undefined;
	const call = resolveCall(text, methodIndexOf(catalog.methods));
	return call ? callMatchFor(text, call, status, errorId) : undefined;
}

/** The call match of a call already resolved from `text` (so a caller that weighs several statuses reads the text once). */
export function callMatchFor(text: string, call: ResolvedCall, status: string | undefined, errorId: string | undefined): CallMatch {
	return {
		via: call.via,
		...(call.httpMethod !== undefined ? { httpMethod: call.httpMethod } : {}),
		...(call.path !== undefined ? { path: call.path } : {}),
		methods: findingsFor(call, status, errorId),
		scopeProblem: mentionsScopeProblem(text),
	};
}
