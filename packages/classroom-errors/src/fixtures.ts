/**
 * Ready-made error bodies, for tests of code that calls the Classroom API.
 *
 * `errorBody(id)` is the body the API sends with an error: the shape
 * (`error.code`, `error.message` starting with `@Id`, `error.status`) is
 * Google's documented one; the words after the `@Id` are illustrative where
 * the fixture's `basis` says so (Google documents only the prefix).
 *
 * `problemDocument` and `googleErrorDetails` are examples for a service that
 * wraps Classroom errors: an RFC 9457 problem document, and Google's
 * `ErrorInfo` and `Help` details (AIP-193), each pointing at the error's short
 * link on this reference.
 */
import { FIXTURES, SITE } from './generated/fixtures.ts';
import type { ErrorId, StatusId } from './generated/ids.ts';

/** The body the Classroom API sends with an error. */
export interface ClassroomErrorBody {
	readonly error: {
		/** The HTTP status code. */
		readonly code: number;
		/** Starts with `@` and the error id. */
		readonly message: string;
		/** The google.rpc status name. */
		readonly status: StatusId;
	};
}

/** One error's fixture. */
export interface ErrorFixture {
	readonly id: ErrorId;
	readonly status: StatusId;
	/** The error's title in English, from the catalog. */
	readonly title: string;
	/** The HTTP status code the body comes with. */
	readonly http: number;
	readonly body: ClassroomErrorBody;
	/** `source`: the message is quoted from a Google document; `illustrative`: only the `@Id` prefix is documented, the words after it are this catalog's. */
	readonly basis: 'source' | 'illustrative';
	/** The same in a sentence, for whoever reads the fixture. */
	readonly note: string;
	/** The methods Google's documents say return it. */
	readonly returnedBy: readonly string[];
	/** The error's short link on this reference. */
	readonly shortLink: string;
}

export { FIXTURES };

const byId = new Map<string, ErrorFixture>(FIXTURES.map((f) => [f.id, f]));

/** The fixture of error `id`; throws for an id the catalog lacks (a typo in a test should fail loudly). */
export function errorFixture(id: ErrorId): ErrorFixture {
	const fixture = byId.get(id);
	if (!fixture) throw new Error(`classroom-errors has no error ${String(id)}; the ids are ERROR_IDS.`);
	return fixture;
}

/** A fresh copy of the body the API sends with error `id`, to return from a mock. */
export function errorBody(id: ErrorId): ClassroomErrorBody {
	const { error } = errorFixture(id).body;
	return { error: { ...error } };
}

/** An RFC 9457 problem document (`application/problem+json`). */
export interface ProblemDocument {
	/** A URI that identifies the problem type: here, the error's short link. */
	readonly type: string;
	readonly title: string;
	/** The HTTP status code. */
	readonly status: number;
	readonly detail: string;
	/** Extension members: the Classroom error id and status. */
	readonly classroomErrorId: ErrorId;
	readonly classroomStatus: StatusId;
	readonly instance?: string;
}

/** The media type of an RFC 9457 problem document. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * An example RFC 9457 problem document for a service that wraps Classroom
 * error `id`: `type` is the error's short link, `title` its English title,
 * `detail` the Classroom message, `instance` the caller's request where given.
 */
export function problemDocument(id: ErrorId, options: { readonly instance?: string } = {}): ProblemDocument {
	const f = errorFixture(id);
	return {
		type: f.shortLink,
		title: titleOf(f),
		status: f.http,
		detail: f.body.error.message,
		classroomErrorId: f.id,
		classroomStatus: f.status,
		...(options.instance !== undefined ? { instance: options.instance } : {}),
	};
}

/** Google's `google.rpc.ErrorInfo` detail, in its JSON form. */
export interface ErrorInfoDetail {
	readonly '@type': 'type.googleapis.com/google.rpc.ErrorInfo';
	/** UPPER_SNAKE_CASE, at most 63 characters. */
	readonly reason: string;
	/** The wrapping service's own domain. */
	readonly domain: string;
	readonly metadata: Readonly<Record<string, string>>;
}

/** Google's `google.rpc.Help` detail, in its JSON form. */
export interface HelpDetail {
	readonly '@type': 'type.googleapis.com/google.rpc.Help';
	readonly links: readonly { readonly description: string; readonly url: string }[];
}

/** The reason of ErrorInfo for a Classroom error id: `CourseNotModifiable` → `CLASSROOM_COURSE_NOT_MODIFIABLE`. */
export function errorInfoReason(id: ErrorId): string {
	const snake = String(id)
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
		.toUpperCase();
	return `CLASSROOM_${snake}`.slice(0, 63).replace(/_+$/, '');
}

/**
 * An example google.rpc.Status body for a service that wraps Classroom error
 * `id` (AIP-193): the same code, status and message, with an `ErrorInfo`
 * naming it (`domain` is the wrapping service's, `example.com` by default)
 * and a `Help` link to its short link.
 */
export function googleErrorDetails(id: ErrorId, options: { readonly domain?: string } = {}): { readonly error: ClassroomErrorBody['error'] & { readonly details: readonly [ErrorInfoDetail, HelpDetail] } } {
	const f = errorFixture(id);
	return {
		error: {
			...f.body.error,
			details: [
				{
					'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
					reason: errorInfoReason(f.id),
					domain: options.domain ?? 'example.com',
					metadata: { classroomErrorId: f.id, classroomStatus: f.status },
				},
				{
					'@type': 'type.googleapis.com/google.rpc.Help',
					links: [{ description: `${titleOf(f)} (Google Classroom API error reference)`, url: f.shortLink }],
				},
			],
		},
	};
}

function titleOf(f: ErrorFixture): string {
	return f.title;
}

/** The reference's root URL the short links point at. */
export const REFERENCE_SITE: string = SITE;
