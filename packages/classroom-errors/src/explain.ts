/**
 * `explain` over one language's data.
 *
 * The matching is the site's and the command line's own matcher
 * (`src/matcher/`), bundled into the package at build time, not a copy.
 */
import { matchWithoutCall } from '../../../src/matcher/match-core.ts';
import type { CallMatch, MatchableCatalog, MatchResult } from '../../../src/matcher/types.ts';
import type { withCall } from '../../../src/matcher/with-call.ts';
import type { ErrorId, StatusId } from './generated/ids.ts';
import type { CallInfo, Explanation, ExplainWithOptions, LocaleData, LocaleDetails, MatchInfo, MethodData, MethodInfo } from './types.ts';

/** Joins the site's root and a path. */
function urlOf(root: string, path: string): string {
	return (root.endsWith('/') ? root : `${root}/`) + path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a property without letting a throwing getter or a proxy escape. */
function get(value: unknown, key: string): unknown {
	try {
		return isRecord(value) || value instanceof Error ? (value as Record<string, unknown>)[key] : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The things a client library's error object carries, richest first: the
 * response body (gaxios and `googleapis`: `response.data`; fetch-style
 * wrappers: `body`, `data`), the inner `error` object, then the object itself
 * (its `message`, `code`, `status`). An object that is already a response
 * body is tried as is first.
 */
function readingsOf(input: unknown): unknown[] {
	if (!isRecord(input) && !(input instanceof Error)) return [input];
	const response = get(input, 'response');
	const readings: unknown[] = [];
	if (get(input, 'error') !== undefined && !(input instanceof Error)) readings.push(input);
	for (const body of [get(response, 'data'), get(response, 'body'), get(input, 'body'), get(input, 'data')]) {
		if (body !== undefined && body !== null && body !== '') readings.push(body);
	}
	if (input instanceof Error) {
		// An Error's message is own but its other fields are not always plain data.
		const fields: Record<string, unknown> = { message: input.message };
		const code = get(input, 'code');
		const status = get(input, 'status') ?? get(response, 'status');
		if (typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code))) fields['code'] = code;
		else if (typeof status === 'number') fields['code'] = status;
		if (typeof status === 'string') fields['status'] = status;
		readings.push(fields);
		readings.push(String(input.stack ?? input.message));
	} else if (!readings.includes(input)) {
		readings.push(input);
	}
	return readings;
}

/**
 * The matcher's result for `input`: the first reading that names an entry,
 * else the first reading's answer. A text is also read for its failed call
 * when the details bring the methods and the step that reads it
 * (details/*.ts): the site's `matchError`, in two parts.
 */
function matchInput(input: unknown, view: MatchableCatalog, readCall: typeof withCall | undefined): MatchResult {
	const match = (reading: unknown) => {
		const result = matchWithoutCall(reading, view);
		return readCall && typeof reading === 'string' ? readCall(result, reading, view) : result;
	};
	let first: MatchResult | undefined;
	for (const reading of readingsOf(input)) {
		const result = match(reading);
		if (result.kind === 'error' || result.kind === 'status') return result;
		first ??= result;
	}
	return first ?? match(undefined);
}

/** The matcher's view: the data's, with the details' methods and conditions when given (one object per pair, as the matcher indexes each view once). */
const views = new WeakMap<LocaleData, WeakMap<LocaleDetails, MatchableCatalog>>();
function viewOf(data: LocaleData, details: LocaleDetails | undefined): MatchableCatalog {
	const base = data.view as MatchableCatalog;
	if (!details || details.methods.length === 0) return base;
	let byDetails = views.get(data);
	if (!byDetails) {
		byDetails = new WeakMap();
		views.set(data, byDetails);
	}
	let view = byDetails.get(details);
	if (!view) {
		view = { ...base, methods: details.methods, conditions: details.conditions };
		byDetails.set(details, view);
	}
	return view;
}

const methodMaps = new WeakMap<LocaleDetails, ReadonlyMap<string, MethodData>>();
function methodById(details: LocaleDetails, id: string): MethodData | undefined {
	let map = methodMaps.get(details);
	if (!map) {
		map = new Map(details.methods.map((m) => [m.id, m]));
		methodMaps.set(details, map);
	}
	return map.get(id);
}

/** The call the matcher read, with each method's facts and its conditions in the details' language. */
function callOf(call: CallMatch, details: LocaleDetails, root: string): CallInfo {
	const methods = call.methods.flatMap((finding): MethodInfo[] => {
		const method = methodById(details, finding.method);
		if (!method) return [];
		const conditions = finding.conditions.flatMap((key) => details.conditions[key] ?? []);
		return [
			{
				id: method.id,
				httpMethod: method.httpMethod,
				path: method.path,
				url: urlOf(root, method.page),
				...(conditions[0] !== undefined ? { condition: conditions[0] } : {}),
				conditions,
				statusDocumented: finding.statusDocumented,
				...(finding.idDocumented !== undefined ? { idDocumented: finding.idDocumented } : {}),
				...(call.scopeProblem ? { scopes: finding.scopes } : {}),
			},
		];
	});
	return {
		via: call.via,
		...(call.httpMethod !== undefined ? { httpMethod: call.httpMethod } : {}),
		...(call.path !== undefined ? { path: call.path } : {}),
		scopeProblem: call.scopeProblem,
		methods,
	};
}

/**
 * Finds the entry for `input` in one language's `data` and returns what a
 * program needs: the error or status, the message for the teacher or
 * student, the retry guidance and the page URLs; with `options.details`, also
 * its summary, cause and fix, and, where the input shows the call, the
 * method with its condition for the status (and its scopes when the token
 * lacks one).
 *
 * `input` is whatever a program holds after a failed call: an error body
 * (JSON text or parsed), its inner `error` object, the message, a client
 * library's exception object or its text, a log line, an id, an HTTP code, a
 * status name or a few words. Never throws.
 */
export function explainWith(data: LocaleData, input: unknown, options: ExplainWithOptions = {}): Explanation {
	const root = options.siteUrl ?? data.site;
	const lang = data.lang;
	const details = options.details;
	const match = matchInput(input, viewOf(data, details), details?.readCall as typeof withCall | undefined);
	if (match.kind === 'no-match') {
		return { kind: 'no-match', lang, reason: match.reason, detail: match.detail, ...(match.subject !== undefined ? { subject: match.subject } : {}) };
	}
	if (match.kind === 'method') {
		return {
			kind: 'method',
			lang,
			via: match.via,
			methods: match.methods.flatMap((id) => {
				const method = details ? methodById(details, id) : undefined;
				return method ? [{ id, httpMethod: method.httpMethod, path: method.path, scopes: method.scopes, url: urlOf(root, method.page) }] : [];
			}),
		};
	}
	if (match.kind === 'candidates') {
		return {
			kind: 'candidates',
			lang,
			reason: match.reason,
			detail: match.detail,
			candidates: match.candidates.flatMap((c) => {
				const entry = c.kind === 'error' ? data.errors[c.id] : data.statuses[c.id];
				return entry ? [{ kind: c.kind, id: c.id, status: c.status as StatusId, title: entry.title, url: urlOf(root, entry.path) }] : [];
			}),
		};
	}
	const info: MatchInfo = { via: match.via, source: match.source, warnings: match.warnings.map((w) => ({ code: w.code, detail: w.detail })) };
	const call = match.call && details ? callOf(match.call, details, root) : undefined;
	const only = call?.methods.length === 1 ? call.methods[0] : undefined;
	const withMethod = call ? { call, ...(only ? { method: only } : {}) } : {};
	if (match.kind === 'error') {
		const error = data.errors[match.id];
		const status = error ? data.statuses[error.status] : undefined;
		if (error && status) {
			return {
				kind: 'error',
				lang,
				id: error.id as ErrorId,
				status: status.id,
				http: status.http,
				grpcCode: status.grpcCode,
				title: error.title,
				...details?.errors[error.id],
				userMessage: error.userMessage,
				whoActs: error.whoActs,
				retry: error.retry,
				urls: { page: urlOf(root, error.path), shortLink: urlOf(root, error.shortPath), status: urlOf(root, status.path) },
				match: info,
				...withMethod,
			};
		}
	}
	const status = data.statuses[match.status];
	if (!status) return { kind: 'no-match', lang, reason: 'unknown-status', detail: `The data has no status ${match.status}.`, subject: match.status };
	return {
		kind: 'status',
		lang,
		status: status.id,
		http: status.http,
		grpcCode: status.grpcCode,
		title: status.title,
		...details?.statuses[status.id],
		retry: status.retry,
		...(match.kind === 'status' && match.unknownId !== undefined ? { unknownId: match.unknownId } : {}),
		urls: { page: urlOf(root, status.path) },
		match: info,
		...withMethod,
	};
}

/** `explainWith` bound to one language's data (and its details): `const explain = createExplainer(ko, koDetails)`. */
export function createExplainer(data: LocaleData, details?: LocaleDetails): (input: unknown, options?: { readonly siteUrl?: string }) => Explanation {
	return (input, options) => explainWith(data, input, { ...options, ...(details ? { details } : {}) });
}
