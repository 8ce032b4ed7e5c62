/**
 * The Markdown twins of the site's pages and its `llms.txt`: every error,
 * status and method page also as Markdown at its address plus `index.md`
 * (`errors/<slug>/index.md`, `ko/errors/<slug>/index.md`…), and one
 * `llms.txt` per language listing them, so assistants and scripts read the
 * catalog without HTML.
 *
 * Each document is an mdast tree built from the validated model and
 * serialised by mdast-util-to-markdown: catalog text goes into text, code
 * and link nodes, which the serialiser escapes, so nothing a catalog text
 * holds (an asterisk, a bracket, a line starting with `#`) can change the
 * document's structure. No Markdown is written by joining strings.
 *
 * Output is deterministic (catalog order, no dates but the reviewed ones) and
 * one file at a time, so the build writes thousands of them in one pass
 * without holding them all (src/site/build-files-integration.ts).
 */
import type { Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
// Narrow imports, not the catalog module's index: the build loads this in a worker, where the loader's modules would only cost start-up time.
import { LOCALES, type Locale } from '../catalog/locales.ts';
import type { MethodEntry } from '../catalog/methods.ts';
import { errorById, statusOf, type Catalog, type ErrorEntry, type StatusEntry } from '../catalog/model.ts';
import { methodReferenceUrl, type Inline, type RichText } from '../catalog/rich-text.ts';
import { ui, type UiStrings } from '../i18n/index.ts';
import { retrySentence } from '../site/format.ts';
import { hasMethodPage, methodResourcePath, methodResources, resourceOf, resourceSlug, type MethodResource } from '../site/method-pages.ts';
import { absoluteUrl, errorPath, homePath, shortLinkPath, statusPath, type SitePath } from '../site/routes.ts';

/** Where the site is served, for the twins' absolute links. */
export interface TwinLocation {
	/** Origin, such as `https://example.org`. */
	readonly site: string;
	/** Base path, such as `/` or `/docs/`. */
	readonly base: string;
}

/** The name of a page's Markdown twin inside its folder. */
export const TWIN_FILE = 'index.md';

/** The twin of the page at `path` (a folder path such as `errors/x/`). */
export const twinPath = (path: SitePath): SitePath => `${path}${TWIN_FILE}`;

/** `llms.txt` of a locale: `llms.txt`, `ko/llms.txt`. */
export const llmsTxtPath = (locale: Locale): SitePath => `${homePath(locale)}llms.txt`;

// --- mdast builders: every string from the catalog enters as a node's value, never as Markdown.

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const link = (url: string, children: PhrasingContent[]): Link => ({ type: 'link', url, children });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
const list = (items: readonly PhrasingContent[][]): List => ({
	type: 'list',
	ordered: false,
	spread: false,
	children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })),
});
/** `**label:** value…`, a fact on one line. */
const fact = (label: string, ...value: PhrasingContent[]): PhrasingContent[] => [{ type: 'strong', children: [text(`${label}:`)] }, text(' '), ...value];

/** How twins serialise: `-` bullets, `*` emphasis, links always `[text](url)`. */
function serialise(children: RootContent[]): string {
	const root: Root = { type: 'root', children };
	return toMarkdown(root, { bullet: '-', emphasis: '*', strong: '*', resourceLink: true, fences: true });
}

/** What a twin needs besides the entry: the catalog, its locale and where the site is. */
interface Context {
	readonly catalog: Catalog;
	readonly locale: Locale;
	readonly t: UiStrings;
	readonly url: (path: SitePath) => string;
}

function contextOf(catalog: Catalog, locale: Locale, at: TwinLocation): Context {
	return { catalog, locale, t: ui(locale), url: (path) => absoluteUrl(at.site, at.base, path) };
}

/** The twin of a method's resource page (no anchors in Markdown twins: the resource's twin holds the method). */
function methodTwinUrl(context: Context, methodId: string): string {
	return context.url(twinPath(methodResourcePath(context.locale, resourceSlug(resourceOf(methodId)))));
}

/** A method named in text or a list: its resource's twin when the site has its page, Google's reference otherwise. */
function methodLink(context: Context, methodId: string, asCode: boolean): Link {
	const url = hasMethodPage(context.catalog, methodId) ? methodTwinUrl(context, methodId) : methodReferenceUrl(methodId);
	return link(url, [asCode ? code(methodId) : text(methodId)]);
}

/** Catalog rich text as mdast inlines: mentions of errors link to their twins, of methods to theirs. */
function inlines(context: Context, nodes: readonly Inline[]): PhrasingContent[] {
	return nodes.map((node): PhrasingContent => {
		switch (node.type) {
			case 'text':
				return text(node.value);
			case 'code':
				return code(node.value);
			case 'emphasis':
				return { type: 'emphasis', children: inlines(context, node.children) };
			case 'strong':
				return { type: 'strong', children: inlines(context, node.children) };
			case 'link':
				return link(node.href, inlines(context, node.children));
			case 'errorRef': {
				const other = errorById(context.catalog, node.id);
				const label = node.code ? code(node.id) : text(node.id);
				return other ? link(context.url(twinPath(errorPath(context.locale, other.slug))), [label]) : label;
			}
			case 'methodRef':
				return methodLink(context, node.method, node.code);
		}
	});
}

/** The paragraphs of a rich text. */
function paragraphs(context: Context, rich: RichText): Paragraph[] {
	return rich.paragraphs.map((p) => paragraph(...inlines(context, p)));
}

/** The references of an entry, as a list of links. */
function referenceList(context: Context, references: StatusEntry['text'][Locale]['references']): RootContent[] {
	if (references.length === 0) return [];
	return [
		heading(2, text(context.t.referencesHeading)),
		list(references.map((r) => [link(r.url, [text(r.article)]), ...(r.section ? [text(` (${context.t.referenceSection(r.section)})`)] : [])])),
	];
}

/** The sources an entry cites and when it was reviewed. */
function provenance(context: Context, entry: { readonly provenance: ErrorEntry['provenance'] }): RootContent[] {
	const titles = new Map(context.catalog.sources.map((s) => [s.id, s]));
	return [
		heading(2, text(context.t.provenanceHeading)),
		list(
			entry.provenance.sources.map((id) => {
				const source = titles.get(id);
				return source ? [link(source.url, [text(source.title)])] : [code(id)];
			}),
		),
		paragraph(...fact(context.t.twin.reviewed, text(entry.provenance.reviewed))),
	];
}

/** The Markdown twin of an error's page in `locale`. */
export function errorTwin(catalog: Catalog, error: ErrorEntry, locale: Locale, at: TwinLocation): string {
	const context = contextOf(catalog, locale, at);
	const { t } = context;
	const status = statusOf(catalog, error);
	const entry = error.text[locale];
	const methodGroups = [
		{ label: t.methodsReturnedBy, list: error.methods.returnedBy },
		{ label: t.methodsFixWith, list: error.methods.fixWith },
		{ label: t.methodsAsWorded, list: error.methods.asWorded ?? [] },
	].filter((group) => group.list.length > 0);
	const who = [...error.whoActs.map((w) => t.whoActs[w])].join(', ');
	const body: RootContent[] = [
		heading(1, code(error.id), text(`: ${entry.title}`)),
		...(error.evidence === 'observed' ? [paragraph(text(t.undocumentedNotice))] : []),
		...paragraphs(context, entry.summary),
		list([
			fact(t.twin.id, code(error.id)),
			fact(t.twin.messagePrefix, code(`@${error.id}`)),
			fact(t.twin.status, link(context.url(twinPath(statusPath(locale, status.slug))), [code(status.id)]), text(` (HTTP ${String(status.http)}, ${t.grpcLabel} ${String(status.grpcCode)})`)),
			fact(t.twin.page, link(context.url(errorPath(locale, error.slug)), [text(context.url(errorPath(locale, error.slug)))])),
			fact(t.twin.shortLink, link(context.url(shortLinkPath(locale, error.id)), [text(context.url(shortLinkPath(locale, error.id)))])),
			fact(t.twin.evidence, text(t.twin[error.evidence])),
		]),
		heading(2, text(t.causeHeading)),
		...paragraphs(context, entry.cause),
		heading(2, text(t.actionHeading)),
		...(entry.action ? paragraphs(context, entry.action) : [paragraph(text(t.noAction))]),
		...(entry.notThis ? paragraphs(context, entry.notThis) : []),
		heading(2, text(t.userMessageHeading)),
		paragraph(...fact(t.whoActsLabel, text(who)), ...(error.userMessageFor.length > 0 ? [text(' · '), ...fact(t.userMessageForLabel, text(error.userMessageFor.map((w) => t.userMessageFor[w]).join(', ')))] : []), text(` (${t.judgement})`)),
		{ type: 'blockquote', children: [paragraph(text(entry.userMessage))] },
		...(error.limits.length > 0
			? [
					heading(2, text(t.limitsHeading)),
					list(error.limits.map((l) => [text(`${t.limitKind[l.kind]} (${t.limitAccounts[l.accounts]}): `), { type: 'strong', children: [text(l.value.toLocaleString(locale))] }, text('. '), link(l.source.url, [text(l.source.article)])])),
				]
			: []),
		heading(2, text(t.retryHeading)),
		paragraph(text(`${retrySentence(error.retry, t)} (${t.judgement})`)),
		...(methodGroups.length > 0 ? [heading(2, text(t.methodsHeading)), list(methodGroups.map((g) => [text(`${g.label}: `), ...g.list.flatMap((m, i) => [...(i > 0 ? [text(', ')] : []), methodLink(context, m, true)])]))] : []),
		...(error.related.length > 0
			? [
					heading(2, text(t.relatedHeading)),
					list(
						error.related.flatMap((id) => {
							const other = errorById(catalog, id);
							if (!other) return [];
							const reason = error.relatedWhy[id];
							return [[link(context.url(twinPath(errorPath(locale, other.slug))), [code(other.id)]), text(`${reason ? ` (${t.relatedReason[reason]})` : ''}: ${other.text[locale].title}`)]];
						}),
					),
				]
			: []),
		...referenceList(context, entry.references),
		...provenance(context, error),
	];
	return serialise(body);
}

/** The Markdown twin of a status's page in `locale`: its meaning, advice, errors (all of them, one line each) and methods. */
export function statusTwin(catalog: Catalog, status: StatusEntry, locale: Locale, at: TwinLocation): string {
	const context = contextOf(catalog, locale, at);
	const { t } = context;
	const entry = status.text[locale];
	const methods = catalog.methods.filter((m) => m.returns.some((r) => r.status === status.id)).map((m) => m.id);
	const body: RootContent[] = [
		heading(1, text(`${String(status.http)} `), code(status.id), text(`: ${entry.title}`)),
		list([
			fact(t.twin.status, code(status.id)),
			fact(t.httpLabel, text(String(status.http))),
			fact(t.grpcLabel, text(String(status.grpcCode))),
			fact(t.twin.page, link(context.url(statusPath(locale, status.slug)), [text(context.url(statusPath(locale, status.slug)))])),
		]),
		heading(2, text(t.meaningHeading)),
		...paragraphs(context, entry.meaning),
		heading(2, text(t.adviceHeading)),
		...paragraphs(context, entry.advice),
		paragraph(text(retrySentence(status.retry, t))),
		...referenceList(context, entry.references),
		heading(2, text(t.statusErrorsHeading)),
		status.errorIds.length === 0
			? paragraph(text(t.statusNoErrors(status.id)))
			: list(
					status.errorIds.flatMap((id) => {
						const error = errorById(catalog, id);
						return error ? [[link(context.url(twinPath(errorPath(locale, error.slug))), [code(error.id)]), text(`: ${error.text[locale].title}`)]] : [];
					}),
				),
		...(methods.length > 0 ? [heading(2, text(t.statusMethodsHeading)), list(methods.map((m) => [methodLink(context, m, true)]))] : []),
		...provenance(context, status),
	];
	return serialise(body);
}

/** One method's section in its resource's twin: request, statuses with conditions and request errors, scopes. */
function methodSection(context: Context, method: MethodEntry, conditions: ReadonlyMap<string, string>, statuses: ReadonlyMap<string, StatusEntry>): RootContent[] {
	const { t, locale, catalog } = context;
	return [
		heading(2, code(method.id)),
		...(method.summary[context.locale] ? [paragraph(text(method.summary[context.locale]))] : []),
		paragraph(...fact(t.twin.request, code(`${method.httpMethod} https://classroom.googleapis.com/${method.path}`))),
		heading(3, text(t.methodReturnsHeading)),
		method.returns.length === 0
			? paragraph(text(t.methodNoStatuses))
			: list(
					method.returns.map((ret) => {
						const status = statuses.get(ret.status);
						const name = status ? link(context.url(twinPath(statusPath(locale, status.slug))), [code(ret.status)]) : code(ret.status);
						const errors = ret.errorIds.flatMap((id, i): PhrasingContent[] => {
							const error = errorById(catalog, id);
							return [...(i > 0 ? [text(', ')] : []), error ? link(context.url(twinPath(errorPath(locale, error.slug))), [code(`@${id}`)]) : code(`@${id}`)];
						});
						return [name, text(`: ${conditions.get(ret.condition) ?? ''}`), ...(errors.length > 0 ? [text(` ${t.methodRequestErrors}: `), ...errors] : [])];
					}),
				),
		...(method.scopes.length > 0 ? [paragraph(text(`${t.methodScopesLabel}:`)), list(method.scopes.map((scope) => [code(scope)]))] : []),
		paragraph(link(methodReferenceUrl(method.id), [text(t.methodReferenceLink)])),
	];
}

/** The Markdown twin of a resource's method page in `locale`. */
export function methodResourceTwin(catalog: Catalog, resource: MethodResource, locale: Locale, at: TwinLocation): string {
	const context = contextOf(catalog, locale, at);
	const { t } = context;
	const conditions = new Map(catalog.conditions.map((c) => [c.key, c.text[locale]]));
	const statuses = new Map(catalog.statuses.map((s) => [s.id as string, s]));
	const discovery = catalog.discovery;
	const body: RootContent[] = [
		heading(1, text(t.methodResourceTitle(resource.resource))),
		paragraph(text(t.methodsPageLead(discovery?.api ?? '', discovery?.revision ?? ''))),
		list([fact(t.twin.page, link(context.url(methodResourcePath(locale, resource.slug)), [text(context.url(methodResourcePath(locale, resource.slug)))]))]),
		...resource.methods.flatMap((method) => methodSection(context, method, conditions, statuses)),
		...(discovery ? [heading(2, text(t.provenanceHeading)), paragraph(text(t.methodsProvenance(discovery.api, discovery.revision)))] : []),
	];
	return serialise(body);
}

/**
 * `llms.txt` of `locale`, in the llms.txt proposal's shape: the site's name
 * as H1, its summary as a blockquote, a paragraph, then H2 sections listing
 * the Markdown twins (errors, statuses, methods) and an "Optional" section
 * with the JSON API and the finder's address.
 */
export function llmsTxt(catalog: Catalog, locale: Locale, at: TwinLocation): string {
	const context = contextOf(catalog, locale, at);
	const { t } = context;
	const twinLink = (path: SitePath, label: PhrasingContent[], title: string): PhrasingContent[] => [link(context.url(twinPath(path)), label), text(`: ${title}`)];
	const resources = methodResources(catalog);
	const body: RootContent[] = [
		heading(1, text(t.siteTitle)),
		{ type: 'blockquote', children: [paragraph(text(t.siteTagline))] },
		paragraph(text(t.twin.llmsLead)),
		heading(2, text(t.twin.errors)),
		list(catalog.errors.map((e) => twinLink(errorPath(locale, e.slug), [text(e.id)], e.text[locale].title))),
		heading(2, text(t.twin.statuses)),
		list(catalog.statuses.map((s) => twinLink(statusPath(locale, s.slug), [text(`${String(s.http)} ${s.id}`)], s.text[locale].title))),
		...(resources.length > 0 ? [heading(2, text(t.twin.methods)), list(resources.map((r) => twinLink(methodResourcePath(locale, r.slug), [text(r.resource)], t.methodResourceTitle(r.resource))))] : []),
		// The proposal's own name for the section readers may skip, in every language.
		heading(2, text('Optional')),
		list([
			[link(context.url('api/v1/catalog.json'), [text('catalog.json')]), text(`: ${t.twin.jsonApi}`)],
			[link(context.url(`${homePath(locale)}find/?q=`), [text(t.findPageTitle)]), text(`: ${t.twin.finder}`)],
		]),
	];
	return serialise(body);
}

/**
 * Every twin and `llms.txt` of the site, path and text, one at a time: per
 * locale, the errors, the statuses, the method pages, then `llms.txt`.
 * Linear in the catalog.
 */
export function* twinFiles(catalog: Catalog, at: TwinLocation): Generator<readonly [SitePath, string]> {
	const resources = methodResources(catalog);
	for (const locale of LOCALES) {
		for (const error of catalog.errors) yield [twinPath(errorPath(locale, error.slug)), errorTwin(catalog, error, locale, at)];
		for (const status of catalog.statuses) yield [twinPath(statusPath(locale, status.slug)), statusTwin(catalog, status, locale, at)];
		for (const resource of resources) yield [twinPath(methodResourcePath(locale, resource.slug)), methodResourceTwin(catalog, resource, locale, at)];
		yield [llmsTxtPath(locale), llmsTxt(catalog, locale, at)];
	}
}
