import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogOrThrow } from '../catalog/index.ts';
import { applyVariants, koreanIndexTerms, koreanStem, koreanTerms, lexiconFromGlossary, respace } from './korean.ts';

const lexicon = lexiconFromGlossary(loadCatalogOrThrow(resolve('content')).glossary);
const terms = (text: string) => koreanTerms(text, lexicon);

describe('koreanStem', () => {
	it.each([
		['교사를', '교사'],
		['교사가', '교사'],
		['교사에게는', '교사'],
		['수업에서', '수업'],
		['소유자의', '소유자'],
		['권한이', '권한'],
		['정원이', '정원'],
		['토큰이', '토큰'],
		['한도에', '한도'],
		['재시도하세요', '재시도'],
		['추가할', '추가'],
		['추가하려면', '추가'],
		['추가됨', '추가'],
		['추가했습니다', '추가'],
		['변경됐어요', '변경'],
		['만료되었습니다', '만료'],
		['바꿔요', '바꾸'],
		['바꿨어요', '바꾸'],
		['바꿉니다', '바꾸'],
		['바꾸려면', '바꾸'],
		['없어요', '없'],
		['없습니다', '없'],
		['없음', '없'],
		['없어서', '없'],
	])('%s → %s', (word, stem) => {
		expect(koreanStem(word, lexicon)).toBe(stem);
	});

	it('keeps nouns whose last syllable looks like a particle or an ending', () => {
		for (const noun of ['추가', '한도', '재시도', '참고', '화면', '문서', '처음', '다음', '파일', '권한', '제한', '결과']) expect(koreanStem(noun, lexicon)).toBe(noun);
	});

	it('reads a final ㄹ as an ending only before a bound noun', () => {
		expect(koreanStem('바꿀', lexicon, true)).toBe('바꾸');
		expect(koreanStem('파일', lexicon, false)).toBe('파일');
	});
});

describe('koreanTerms', () => {
	it('reduces the same request, however it is inflected or spaced, to the same stems', () => {
		const forms = ['공동 교사를 추가할 수 없어요', '공동 교사를 추가할 수 없습니다', '공동교사를 추가할수없어요', '공동 교사 추가 할 수 없음'];
		for (const form of forms) expect(terms(form)).toEqual(['공동', '교사', '추가', '없']);
		expect(terms('소유자를 바꿀 수 없습니다')).toEqual(terms('소유자를바꿀수없어요'));
	});

	it('reads the glossary\'s avoided words as its preferred terms', () => {
		expect(terms('에러')).toEqual(['오류']);
		expect(terms('Classroom에서 에러가 나요')).toEqual(['클래스룸', '오류']);
		// A preferred term that contains another term's avoided word (클래스 in 클래스룸) stays whole.
		expect(terms('클래스룸에서 에러가 나요')).toEqual(['클래스룸', '오류']);
		expect(terms('드라이브 폴더, 성적 기간, 제거할 수 없음')).toEqual(['drive', '폴더', '평가', '기간', '내보내', '없']);
		expect(terms('선생님을 추가')).toEqual(['교사', '추가']);
		expect(terms('다시 시도해 주세요')).toEqual(['재시도']);
	});

	it('drops a particle written after a Latin word or a number, and bound nouns', () => {
		expect(terms('API를 사용할 수 없음')).toEqual(['api', '사용', '없']);
		expect(terms('429가 떠요')[0]).toBe('429');
	});

	it('is the same function on both sides: a page\'s index terms contain the stems of a query about it', () => {
		const page = '수업 교사 한도 도달. 요청대로 처리하면 수업에 허용되는 최대 교사 수를 넘게 됩니다.';
		const indexed = new Set(koreanIndexTerms(page, lexicon));
		for (const query of ['교사 한도에 도달했어요', '수업교사 한도', '허용되는 교사 수를 넘었어요']) {
			const found = terms(query).filter((t) => indexed.has(t));
			expect(found.length, query).toBeGreaterThanOrEqual(2);
		}
		expect(indexed.has('수업교사')).toBe(true);
	});
});

describe('helpers', () => {
	it('respace splits run-together particles and -ㄹ 수 없다', () => {
		expect(respace('소유자를바꿀수없어요')).toBe('소유자를 바꿀 수 없어요');
		expect(respace('참여할수있나요')).toBe('참여할 수 있나요');
		expect(respace('수업')).toBe('수업');
	});

	it('applyVariants keeps a particle attached to the preferred term', () => {
		expect(applyVariants('에러가 나요', lexicon)).toBe('오류가 나요');
	});

	it('lexiconFromGlossary builds one lexicon per glossary, so the normaliser prepares it once', () => {
		const glossary = [{ ko: '공동 교사', avoid: ['보조 교사'] }];
		const first = lexiconFromGlossary(glossary);
		expect(first).toEqual({ keep: ['공동', '교사'], variants: [['보조 교사', '공동 교사']] });
		expect(lexiconFromGlossary(glossary)).toBe(first);
		expect(lexiconFromGlossary([...glossary])).not.toBe(first);
	});
});
