import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { glossaryViolations, loadCatalogOrThrow } from '../../catalog/index.ts';
import { PRESETS } from '../presets.ts';
import { STRATEGY_IDS } from '../strategies.ts';
import { runSimulation } from '../simulation.ts';
import { DEFAULT_STATE, URL_KEYS, parseState } from '../url-state.ts';
import { problemList, renderParts } from '../view.ts';
import { renderHtml } from '../vnode.ts';
import { backoffUi, clientUi } from './index.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** Every string of a strings object by its dotted path. */
function leaves(value: unknown, path = ''): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof value === 'string') out.set(path, value);
	else if (typeof value === 'object' && value !== null) {
		for (const [key, child] of Object.entries(value)) for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v);
	}
	return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1] as string).sort();

describe('backoff UI strings', () => {
	const enLeaves = leaves(en);
	const koLeaves = leaves(ko);

	it('has exactly the same keys in Korean as in English, none empty', () => {
		expect([...koLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
		for (const [path, text] of [...enLeaves, ...koLeaves]) expect(text.trim(), path).not.toBe('');
	});

	it('uses the same placeholders in both languages', () => {
		for (const [path, text] of enLeaves) expect(placeholders(koLeaves.get(path) ?? ''), path).toEqual(placeholders(text));
	});

	it('is plain data, so it survives the trip to the browser as JSON', () => {
		expect(JSON.parse(JSON.stringify(ko))).toEqual(ko);
		expect(JSON.parse(JSON.stringify(en))).toEqual(en);
	});

	it('labels every strategy, preset and control', () => {
		for (const ui of [en, ko]) {
			expect(Object.keys(ui.strategies).sort()).toEqual([...STRATEGY_IDS].sort());
			expect(Object.keys(ui.presets).sort()).toEqual(PRESETS.map((p) => p.id).sort());
			expect(Object.keys(ui.fields).sort()).toEqual(Object.values(URL_KEYS).sort());
		}
	});

	it('takes the English preset sources from presets.ts, so they cannot drift', () => {
		for (const preset of PRESETS) expect(en.presets[preset.id].source).toBe(preset.source);
	});

	it('writes the Korean labels, names, problems and headings in Korean', () => {
		const mustBeKorean = [...koLeaves].filter(([path]) => /^(fields|strategies|presets\.[^.]+\.source|problems)\.|Heading$|^col|^legend|^axis|ChartTitle$/.test(path));
		expect(mustBeKorean.length).toBeGreaterThan(40);
		for (const [path, text] of mustBeKorean) expect(text, path).toMatch(HANGUL);
	});

	it('uses the glossary’s Korean terms, never the words it says to avoid', () => {
		const glossary = loadCatalogOrThrow(fileURLToPath(new URL('../../../content', import.meta.url))).glossary;
		const text = [...koLeaves.values()].join('\n');
		expect(glossaryViolations(text, glossary).map(({ avoid, term }) => `${term.en}: avoid “${avoid}”`)).toEqual([]);
		for (const term of ['백오프', '지터', '잘린 지수 백오프', '재시도', '할당량', 'Classroom']) expect(text).toContain(term);
	});

	it('sends the browser every string the element draws with, and not the page’s own text', () => {
		const sims = [runSimulation(DEFAULT_STATE), runSimulation(parseState('strategy=exponential&deadline=1000').state)];
		const { problems } = parseState('clients=-5&strategy=x&multiplier=abc');
		for (const ui of [en, ko]) {
			const client = clientUi(ui);
			for (const sim of sims) expect(Object.values(renderParts(sim, client, 'p')).map(renderHtml)).toEqual(Object.values(renderParts(sim, ui, 'p')).map(renderHtml));
			expect(renderHtml(problemList(problems, client))).toBe(renderHtml(problemList(problems, ui)));
			expect(client.introWhat).toBe('');
			expect(JSON.stringify(client).length).toBeLessThan(JSON.stringify(ui).length * 0.8);
		}
	});

	it('is picked by locale', () => {
		expect(backoffUi('en')).toBe(en);
		expect(backoffUi('ko')).toBe(ko);
	});
});
