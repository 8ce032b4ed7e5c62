/**
 * The links at the end of an error, status or method page to the catalog's
 * repository: "edit this entry" (the YAML line that writes it) and "was this
 * helpful?" (a new issue, prefilled with the page). Both need the repository's
 * address, set with REPOSITORY_URL (such as `https://github.com/owner/repo`;
 * REPOSITORY_BRANCH, default `main`, and REPOSITORY_CONTENT_DIR, default
 * `content`, say where the catalog is in it). Without it, no link: no server,
 * nothing to send anywhere.
 */
import type { Catalog, Locale } from '../catalog/index.ts';

/** Where the catalog's source is published. */
export interface Repository {
	/** The repository's https address, without a trailing slash or `.git`. */
	readonly url: string;
	/** The branch the links point into. */
	readonly branch: string;
	/** The catalog's folder inside the repository. */
	readonly contentDir: string;
}

/** The environment variables that configure the links. */
export const REPOSITORY_ENV = { url: 'REPOSITORY_URL', branch: 'REPOSITORY_BRANCH', contentDir: 'REPOSITORY_CONTENT_DIR' } as const;

/**
 * The repository from the environment, or undefined when REPOSITORY_URL is
 * unset or empty. A value that is not an https address stops the build with
 * the variable named: a link the site would publish must not be guessed.
 */
export function repositoryFrom(env: Readonly<Record<string, string | undefined>>): Repository | undefined {
	const raw = env[REPOSITORY_ENV.url]?.trim();
	if (!raw) return undefined;
	let parsed: URL;
	try {
		parsed = new URL(raw);
	} catch {
		throw new Error(`${REPOSITORY_ENV.url} is not an address (${JSON.stringify(raw.slice(0, 80))}); set it to the repository's https address, such as https://github.com/owner/repo, or leave it unset for no edit and feedback links.`);
	}
	if (parsed.protocol !== 'https:' || parsed.search !== '' || parsed.hash !== '') {
		throw new Error(`${REPOSITORY_ENV.url} must be an https address without a query or fragment, such as https://github.com/owner/repo; it is ${JSON.stringify(raw.slice(0, 80))}.`);
	}
	const url = parsed.href.replace(/\/+$/, '').replace(/\.git$/, '');
	const branch = env[REPOSITORY_ENV.branch]?.trim() || 'main';
	const contentDir = (env[REPOSITORY_ENV.contentDir]?.trim() || 'content').replace(/^\/+|\/+$/g, '');
	return { url, branch, contentDir };
}

/** A path's segments, each encoded: `feature/x` stays a path. */
const encodePath = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

/** The address of `line` of the catalog file `file` in the repository (GitHub's and GitLab's `blob/<branch>/<path>#L<line>`). */
export function editUrl(repository: Repository, file: string, line: number): string {
	return `${repository.url}/blob/${encodePath(repository.branch)}/${encodePath(`${repository.contentDir}/${file}`)}#L${String(line)}`;
}

/** The address that opens a new issue with `title` and `body` filled in. */
export function feedbackUrl(repository: Repository, title: string, body: string): string {
	return `${repository.url}/issues/new?${new URLSearchParams({ title, body }).toString()}`;
}

/** Which page the links are for: an error or status by id, or a method page by its first method. */
export type EntryRef = { readonly kind: 'error' | 'status'; readonly id: string } | { readonly kind: 'methods'; readonly id: string };

/** Where an entry is written: its file and line, from the loader's positions; undefined when the model has none. */
export function entrySource(catalog: Catalog, entry: EntryRef, locale: Locale): { readonly file: string; readonly line: number } | undefined {
	const lines = catalog.sourceLines;
	if (!lines) return undefined;
	if (entry.kind === 'methods') {
		const line = lines.methods[entry.id];
		return line === undefined ? undefined : { file: 'methods.yaml', line };
	}
	const line = (entry.kind === 'error' ? lines.errors : lines.statuses)[entry.id]?.[locale];
	return line === undefined ? undefined : { file: `${locale}.yaml`, line };
}

/** The two links of a page, each present only when it can be made. */
export interface EntryLinks {
	readonly edit?: string;
	readonly feedback?: string;
}

/** The links for a page about `entry`, at `pageUrl`, titled `pageTitle`; none without a repository. */
export function entryLinks(
	repository: Repository | undefined,
	source: { readonly file: string; readonly line: number } | undefined,
	page: { readonly title: string; readonly url: string; readonly issueTitle: (page: string) => string; readonly issueBody: (url: string) => string },
): EntryLinks {
	if (!repository) return {};
	return {
		...(source ? { edit: editUrl(repository, source.file, source.line) } : {}),
		feedback: feedbackUrl(repository, page.issueTitle(page.title), page.issueBody(page.url)),
	};
}
