/**
 * The statuses as a whole: every canonical google.rpc status has its entry,
 * in the order pages list them, and what the text says about its sources
 * agrees with its provenance.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { ko } from '../i18n/ko.ts';
import { GOOGLE_RPC_CODES } from './google-rpc.ts';
import { loadCatalog } from './load.ts';
import { STATUS_IDS } from './schema.ts';

const result = loadCatalog('content');
if (!result.ok) throw new Error('The catalog in content/ must load for these tests.');
const { catalog } = result;

/** Source documents that are Classroom's own (not code.proto, not a public report). */
const CLASSROOM_DOCUMENTS = new Set(catalog.sources.filter((d) => d.kind !== 'report' && d.id !== 'rpc-code-proto').map((d) => d.id));

describe('the statuses', () => {
	it('are every canonical google.rpc status but OK', () => {
		expect(new Set(catalog.statuses.map((s) => s.id))).toEqual(new Set(Object.keys(GOOGLE_RPC_CODES).filter((id) => id !== 'OK')));
		expect(new Set(STATUS_IDS)).toEqual(new Set(catalog.statuses.map((s) => s.id)));
	});

	it('are listed by HTTP code, then by name, since several share a code', () => {
		const keys = catalog.statuses.map((s) => [s.http, s.id] as const);
		const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
		expect(keys).toEqual(sorted);
		expect(catalog.statuses.filter((s) => s.http === 400).map((s) => s.id)).toEqual(['FAILED_PRECONDITION', 'INVALID_ARGUMENT', 'OUT_OF_RANGE']);
	});

	it('say so in both languages when no Classroom document names them, and cite code.proto alone then', () => {
		for (const status of catalog.statuses) {
			const classroom = status.provenance.sources.some((id) => CLASSROOM_DOCUMENTS.has(id));
			expect(status.provenance.sources, status.id).toContain('rpc-code-proto');
			const saysNone = [/No Classroom document or method description names this status/.test(status.text.en.meaning.plain), /클래스룸 문서나 메서드 설명에 나오지 않으며/.test(status.text.ko.meaning.plain)];
			expect(saysNone, status.id).toEqual([!classroom, !classroom]);
		}
	});

	it('that the finder cannot map an HTTP code to are named by the message that says which codes exist', () => {
		const codes = [...new Set(catalog.statuses.map((s) => s.http))].sort((a, b) => a - b).map(String);
		for (const text of [en.noMatch['unknown-code'], ko.noMatch['unknown-code']]) expect(text.match(/\d{3}/g)).toEqual(codes);
	});
});
