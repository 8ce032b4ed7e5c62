/**
 * The package's public types. Self-contained on purpose: the published
 * declarations never reach into the project's own sources, so a consumer's
 * `tsc` sees exactly these shapes.
 */
import type { ErrorId, StatusId } from './generated/ids.ts';

export type { ErrorId, StatusId };

/** A language the catalog is written in. */
export type Lang = 'en' | 'ko';

/**
 * What a client should do next, as the catalog words it: `change-request`
 * (the same request fails again; send a changed one), `after-fix` (send the
 * same request once someone has fixed the cause outside it), `backoff`
 * (truncated exponential backoff with jitter), `after-wait` (a bounded wait
 * schedule), `never` (no request from this app can succeed), `unspecified`
 * (the sources give no guidance).
 */
export type RetryKind = 'change-request' | 'after-fix' | 'backoff' | 'after-wait' | 'never' | 'unspecified';

/** Retry guidance of an entry, with its sentence in the data's language. */
export interface RetryGuidance {
	readonly kind: RetryKind;
	/** The guidance as one or two sentences, as the site prints it. */
	readonly text: string;
	/** after-wait only: the wait before each retry, ISO 8601 (`PT20S`, `P1D`). */
	readonly wait?: string;
	/** after-wait only: the same wait in milliseconds. */
	readonly waitMs?: number;
	/** after-wait only: the most retries to make. */
	readonly attempts?: number;
	/** after-wait only: `source` when Google's documents give the wait, `catalog` when the figures are this catalog's suggestion. */
	readonly basis?: 'source' | 'catalog';
}

/** Who has to act to get out of an error (the catalog's judgement). */
export type WhoActs = 'end-user' | 'administrator' | 'developer';

/** An example of the `message` the API sends with an error. */
export interface MessageExample {
	readonly message: string;
	/** `source`: quoted from a Google document; `illustrative`: the words after the `@Id` are this catalog's (Google documents only the prefix). */
	readonly basis: 'source' | 'illustrative';
}

/** One status in a language's data. */
export interface StatusData {
	readonly id: StatusId;
	readonly http: number;
	readonly grpcCode: number;
	readonly title: string;
	readonly retry: RetryGuidance;
	/** Its page, relative to the site's root (`statuses/failed-precondition/`). */
	readonly path: string;
}

/** One error in a language's data. */
export interface ErrorData {
	readonly id: ErrorId;
	readonly status: StatusId;
	readonly title: string;
	/** Two or three plain sentences for the teacher or student. */
	readonly userMessage: string;
	readonly whoActs: readonly WhoActs[];
	readonly retry: RetryGuidance;
	/** The methods Google's documents say return it (`courses.students.create`). */
	readonly returnedBy: readonly string[];
	/** Its page, relative to the site's root (`errors/course-not-modifiable/`). */
	readonly path: string;
	/** Its short link, relative to the site's root (`e/CourseNotModifiable/`). */
	readonly shortPath: string;
}

/** A method of the Classroom API, from Google's discovery document. */
export interface MethodData {
	/** `courses.students.create`. */
	readonly id: string;
	readonly httpMethod: string;
	/** Path template under https://classroom.googleapis.com/ (`v1/courses/{courseId}/students`). */
	readonly path: string;
	/** The OAuth scopes the method accepts (any one of them). */
	readonly scopes: readonly string[];
	/** The statuses it is documented to return, each with its condition's key (in `LocaleDetails.conditions`) and the `@Id`s named under it. */
	readonly returns: readonly { readonly status: string; readonly condition: string; readonly errors?: readonly string[] }[];
	/** Its place on the site's method pages, relative to the site's root (`methods/courses-students/#create`). */
	readonly page: string;
}

/**
 * What of one language is shown but not needed to name the entry, apart
 * from the data so a browser bundle can leave it out: each error's summary,
 * cause and action, each status's meaning and advice, and the API's methods
 * with their conditions (with them, `explain` also names the method of the
 * failed call). Import it from `classroom-errors/details/en` or `/details/ko`.
 */
export interface LocaleDetails {
	readonly lang: Lang;
	readonly errors: Readonly<Record<string, { readonly summary: string; readonly cause: string; readonly action?: string }>>;
	readonly statuses: Readonly<Record<string, { readonly meaning: string; readonly advice: string }>>;
	/** The API's methods; empty when the catalog has none. */
	readonly methods: readonly MethodData[];
	/** The conditions the methods name, by key, in this language: each written once. */
	readonly conditions: Readonly<Record<string, string>>;
	/**
	 * The matcher's step that reads the failed call in a text, so that
	 * `explain` names its method: set by `classroom-errors/details/en` and
	 * `/details/ko`, and carried by them alone, so a bundle without the
	 * details has none of its code. Opaque.
	 */
	readonly readCall?: CallReader;
}

/** Opaque: the matcher's step that reads the failed call in a text (see `LocaleDetails.readCall`). */
export type CallReader = (result: never, text: string, view: never) => unknown;

/**
 * One language's data: what `explain` reads. Import it from
 * `classroom-errors/data/en` or `classroom-errors/data/ko`.
 */
export interface LocaleData {
	readonly lang: Lang;
	/** The catalog's content hash: changes exactly when its content changes. */
	readonly catalogVersion: string;
	/** The site's root URL the paths are relative to (`https://…/`). */
	readonly site: string;
	/** The matcher's view of the catalog in this language (opaque). */
	readonly view: unknown;
	readonly statuses: Readonly<Record<string, StatusData>>;
	readonly errors: Readonly<Record<string, ErrorData>>;
}

/** How the input was read. */
export interface MatchInfo {
	/** How the entry was identified: `message-prefix`, `id-in-text`, `id`, `id-loose`, `title` for an error; `status-name`, `http-code`, `grpc-code`, `reason`, `message`, `title` for a status. */
	readonly via: string;
	/** `response` (an error body), `value` (a lone id, code or message), `text` (a longer text that carries it). */
	readonly source: 'response' | 'value' | 'text';
	/** What in the input contradicts the entry (a status or code that differs); English. */
	readonly warnings: readonly { readonly code: string; readonly detail: string }[];
}

/**
 * A method the failed call fits, and what it documents for the matched
 * status: the conditions under which it returns it, whether it is documented
 * to return the status and the `@Id`, and, when the message says the token
 * lacks a scope, the scopes it accepts.
 */
export interface MethodInfo {
	/** `courses.students.create`. */
	readonly id: string;
	readonly httpMethod: string;
	/** Its path template (`v1/courses/{courseId}/students`). */
	readonly path: string;
	/** Its place on the site's method pages. */
	readonly url: string;
	/** The method's condition for the status, in the asked language: the first of `conditions`. */
	readonly condition?: string;
	/** Every condition it documents for the status, those naming the `@Id` first. */
	readonly conditions: readonly string[];
	/** The method is documented to return the status. */
	readonly statusDocumented: boolean;
	/** With an `@Id`: whether the method is documented to return it. */
	readonly idDocumented?: boolean;
	/** The OAuth scopes it accepts, when the message says the token lacks one. */
	readonly scopes?: readonly string[];
}

/** The failed call, as far as the input shows it. */
export interface CallInfo {
	/** How it was read: `apps-script` (Apps Script's `API call to classroom.… failed`), `url` (the request's address, with its verb when printed), `python-call` (a Python traceback's call), `method-id` (a method id in the text). */
	readonly via: 'apps-script' | 'url' | 'python-call' | 'method-id';
	/** The verb, when the input printed one. */
	readonly httpMethod?: string;
	/** The path as read, without host or query, when read from an address. */
	readonly path?: string;
	/** The message says the access token lacks a scope the call needs. */
	readonly scopeProblem: boolean;
	/** The methods it fits, best first: one when the verb or the method id settles it. */
	readonly methods: readonly MethodInfo[];
}

/** Fields every matched entry carries. */
interface MatchedBase {
	readonly lang: Lang;
	readonly status: StatusId;
	readonly http: number;
	readonly grpcCode: number;
	readonly retry: RetryGuidance;
	readonly match: MatchInfo;
	/** The method of the failed call, when the input settles it (the first of `call.methods` when it is the only one); needs the details. */
	readonly method?: MethodInfo;
	/** The failed call, when the input shows it (an address, an Apps Script call, a method id); needs the details. */
	readonly call?: CallInfo;
}

/** The input names one documented error. */
export interface ErrorExplanation extends MatchedBase {
	readonly kind: 'error';
	readonly id: ErrorId;
	readonly title: string;
	/** What happened, in one sentence (with the details: always from the main entry, from `/core` when given them). */
	readonly summary?: string;
	/** Why the API returns it (with the details). */
	readonly cause?: string;
	/** What to do next (with the details, where Google's documents give an action). */
	readonly action?: string;
	/** Two or three plain sentences for the teacher or student. */
	readonly userMessage: string;
	readonly whoActs: readonly WhoActs[];
	readonly urls: {
		/** The error's page. */
		readonly page: string;
		/** Its short link (`/e/<Id>/`), for support staff. */
		readonly shortLink: string;
		/** Its status's page. */
		readonly status: string;
	};
}

/** The input names a status only, or an `@Id` the catalog lacks (`unknownId`). */
export interface StatusExplanation extends MatchedBase {
	readonly kind: 'status';
	readonly title: string;
	/** What the status means (with the details). */
	readonly meaning?: string;
	/** What to do with any response of this status (with the details). */
	readonly advice?: string;
	/** An `@Id` in the input that the catalog does not have yet: the status is a fallback. */
	readonly unknownId?: string;
	readonly urls: { readonly page: string };
}

/** A ranked list: the input names several entries, or only words matched. */
export interface CandidatesExplanation {
	readonly kind: 'candidates';
	readonly lang: Lang;
	readonly reason: 'ambiguous' | 'words';
	/** Best first. */
	readonly candidates: readonly { readonly kind: 'error' | 'status'; readonly id: string; readonly status: StatusId; readonly title: string; readonly url: string }[];
	/** One English sentence. */
	readonly detail: string;
}

/** Nothing in the catalog fits. */
export interface NoMatchExplanation {
	readonly kind: 'no-match';
	readonly lang: Lang;
	readonly reason: 'empty' | 'malformed-json' | 'not-an-error-response' | 'unknown-id' | 'unknown-status' | 'unknown-code' | 'unknown-input';
	/** One English sentence or two. */
	readonly detail: string;
	readonly subject?: string;
}

/** The input names a method and no status (a method id alone, an address with nothing about its outcome); needs the details. */
export interface MethodExplanation {
	readonly kind: 'method';
	readonly lang: Lang;
	readonly via: CallInfo['via'];
	/** The methods it fits, best first. */
	readonly methods: readonly { readonly id: string; readonly httpMethod: string; readonly path: string; readonly scopes: readonly string[]; readonly url: string }[];
}

/** What `explain` returns. */
export type Explanation = ErrorExplanation | StatusExplanation | MethodExplanation | CandidatesExplanation | NoMatchExplanation;

/** Options of `explain`. */
export interface ExplainOptions {
	/** The language of the texts returned; `en` by default. */
	readonly lang?: Lang;
	/** Another root for the page URLs (where the site is served elsewhere), such as `https://errors.example.edu/classroom/`. */
	readonly siteUrl?: string;
}

/** Options of `explainWith` and `createExplainer`. */
export interface ExplainWithOptions {
	readonly siteUrl?: string;
	/** The same language's details (`classroom-errors/details/<lang>`): adds summary, cause, action, meaning and advice, and names the method of the failed call. */
	readonly details?: LocaleDetails;
}

/** A backoff strategy of the site's simulator. */
export type BackoffStrategy = 'none' | 'exponential' | 'full-jitter' | 'equal-jitter' | 'decorrelated-jitter' | 'google' | 'grpc';

/** Backoff parameters, as the simulator's. */
export interface BackoffParams {
	readonly initialDelayMs: number;
	readonly multiplier: number;
	readonly maxDelayMs: number;
	/** Total attempts including the first. */
	readonly maxAttempts: number;
	/** Measured from the first attempt: a retry that would start after it is not made. */
	readonly deadlineMs: number;
}

/** Options of `retryDecision`. */
export interface RetryOptions extends ExplainOptions {
	/** With `retryDecisionWith`: the details to add to the explanation. */
	readonly details?: LocaleDetails;
	/** The backoff strategy for `backoff` errors; Google Cloud's (`google`) by default. */
	readonly strategy?: BackoffStrategy;
	/** Parameters for it; the simulator's Google Cloud preset by default (1 s, ×2, 32 s cap, 10 attempts, 5 min). */
	readonly params?: Partial<BackoffParams>;
	/** Time since the first attempt started, for the deadline; 0 by default. */
	readonly elapsedMs?: number;
	/** The delay before the attempt that just failed (decorrelated jitter uses it). */
	readonly previousDelayMs?: number;
	/** A source of uniform numbers in [0, 1); `Math.random` by default. */
	readonly random?: () => number;
}

/** Whether and when to send the request again. */
export type RetryDecision =
	| {
			readonly retry: true;
			readonly kind: 'backoff' | 'after-wait';
			/** Wait this long, then send attempt `nextAttempt`. */
			readonly delayMs: number;
			readonly nextAttempt: number;
			/** Where the delay could have fallen (the strategy's range for this retry). */
			readonly range: { readonly min: number; readonly max: number };
			readonly explanation: Explanation;
	  }
	| {
			readonly retry: false;
			/** The entry's retry kind, or why a retryable error stops here. */
			readonly kind: RetryKind | 'attempts-exhausted' | 'deadline' | 'unknown';
			/** One sentence, in the asked language where the catalog gives it. */
			readonly reason: string;
			readonly explanation: Explanation;
	  };
