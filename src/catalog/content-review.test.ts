/**
 * Facts of the real catalog that an entry-by-entry review checked and that a
 * test can keep checked: no text names a `title` field of Course (the Course
 * resource calls it `name`); every Korean reference to a Google help or
 * developer page uses its Korean version (`hl=ko`); retry kinds agree with the
 * actions; actions lead with what to do; every end-user message says whom it
 * addresses; every relation says why.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalog, type Catalog, type ErrorEntry, type Locale } from './index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function load(): Catalog {
	const result = loadCatalog(join(ROOT, 'content'), { cwd: ROOT });
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.catalog;
}

const catalog = load();

/** Every text of an error in one locale, by field name. */
function textsOf(error: ErrorEntry, locale: Locale): Record<string, string> {
	const t = error.text[locale];
	return {
		title: t.title,
		summary: t.summary.markdown,
		cause: t.cause.markdown,
		...(t.action ? { action: t.action.markdown } : {}),
		...(t.notThis ? { notThis: t.notThis.markdown } : {}),
		userMessage: t.userMessage,
	};
}

/** Hosts of Google pages that have Korean versions, served with `hl=ko`. */
const LOCALISED_HOSTS = new Set(['support.google.com', 'developers.google.com']);

describe('the catalog, as reviewed', () => {
	it('names no `title` field: the Course resource holds the title in `name`', () => {
		const titleField = /`title`|\btitle field\b|title 필드|제목 필드/i;
		const found = catalog.errors.flatMap((e) =>
			(['en', 'ko'] as const).flatMap((locale) =>
				Object.entries(textsOf(e, locale))
					.filter(([, value]) => titleField.test(value))
					.map(([field]) => `${e.id}.${locale}.${field}`),
			),
		);
		expect(found).toEqual([]);
		expect(catalog.glossary.find((t) => t.en === 'title (of a course)')?.note).toContain('name field');
	});

	it('links the Korean version (hl=ko) of every Google help and developer page from Korean text, and the plain page from English text', () => {
		const wrong: string[] = [];
		for (const e of catalog.errors) {
			for (const locale of ['en', 'ko'] as const) {
				for (const ref of e.text[locale].references) {
					const url = new URL(ref.url);
					if (!LOCALISED_HOSTS.has(url.hostname)) continue;
					const hl = url.searchParams.get('hl');
					if (locale === 'ko' ? hl !== 'ko' : hl !== null) wrong.push(`${e.id}.${locale}: ${ref.url}`);
				}
			}
			// The same pages in the same order: the Korean link is the English one with hl=ko.
			const en = e.text.en.references.map((r) => new URL(r.url));
			const ko = e.text.ko.references.map((r) => new URL(r.url));
			en.forEach((u, i) => {
				const k = ko[i];
				if (!k || k.hostname !== u.hostname || k.pathname !== u.pathname || k.hash !== u.hash) wrong.push(`${e.id}: reference ${String(i)} is ${String(k)} in Korean, ${u.href} in English`);
			});
		}
		expect(wrong).toEqual([]);
	});

	it('agrees on retry: a change-request action never sends the same request again, an after-fix action never just resends', () => {
		const problems: string[] = [];
		for (const e of catalog.errors) {
			const action = e.text.en.action?.plain ?? '';
			const actionKo = e.text.ko.action?.plain ?? '';
			if (e.retry.kind === 'change-request') {
				// The same request fails the same way: the action must change what is sent, not wait for something outside it.
				if (/\bsame request\b|\bgoes through\b|\btry again\b/i.test(action) || /같은 요청|재시도하세요/.test(actionKo)) problems.push(`${e.id}: change-request, but the action resends the same request`);
				if (!/\bsend\b|\bsave again\b/i.test(action)) problems.push(`${e.id}: change-request, but the action never says to send a changed request`);
			}
			if (e.retry.kind === 'after-fix' && /\bchange the request\b|\bsend a changed request\b/i.test(action)) problems.push(`${e.id}: after-fix, but the action changes the request`);
			if (e.retry.kind === 'never' && /\bretry\b(?! from)|\btry again\b/i.test(action.replace(/retrying from your app won't help/i, ''))) problems.push(`${e.id}: never, but the action retries`);
			if (!e.text.en.action && e.retry.kind !== 'unspecified' && e.retry.kind !== 'backoff') problems.push(`${e.id}: no action in the sources, so no basis for retry kind ${e.retry.kind}`);
		}
		expect(problems).toEqual([]);
	});

	it('leads every action with what to do, not with "Tell the person using your app"', () => {
		const opening = catalog.errors.filter((e) => /^Tell the person using your app\b/.test(e.text.en.action?.plain ?? '') || /^.{0,40}앱 사용자에게 알리세요\./.test(e.text.ko.action?.plain ?? ''));
		expect(opening.map((e) => e.id)).toEqual([]);
	});

	it('says whom every end-user message addresses, and why every relation holds', () => {
		expect(catalog.errors.filter((e) => e.userMessageFor.length === 0).map((e) => e.id)).toEqual([]);
		expect(catalog.errors.flatMap((e) => e.related.filter((id) => e.relatedWhy[id] === undefined).map((id) => `${e.id} → ${id}`))).toEqual([]);
	});

	it('states each published limit with a Google help-center page, and the Korean user messages use the interface\'s word for removing a member', () => {
		for (const e of catalog.errors) for (const limit of e.limits) expect(new URL(limit.source.url).hostname).toBe('support.google.com');
		expect(catalog.errors.filter((e) => /내보내/.test(e.text.ko.userMessage)).map((e) => e.id)).toEqual([]);
		expect(catalog.errors.filter((e) => /한도에 차|비활성 상태/.test(Object.values(textsOf(e, 'ko')).join(' '))).map((e) => e.id)).toEqual([]);
	});
});
