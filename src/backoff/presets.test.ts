import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, findMatchingPreset, getPreset, isPresetId } from './presets.ts';
import { isStrategyId } from './strategies.ts';
import { STATE_BOUNDS } from './url-state.ts';

describe('presets', () => {
	it('lists every id once, each with a valid strategy, a source and an https source URL', () => {
		expect(PRESETS.map((p) => p.id)).toEqual([...PRESET_IDS]);
		for (const preset of PRESETS) {
			expect(isStrategyId(preset.strategy)).toBe(true);
			expect(preset.source.length).toBeGreaterThan(20);
			expect(new URL(preset.sourceUrl).protocol).toBe('https:');
			expect(preset.key).toBe(`backoff.preset.${preset.id}`);
		}
	});

	it('keeps every parameter inside the URL bounds, so a preset survives a shared link unchanged', () => {
		for (const { params } of PRESETS) {
			for (const field of ['initialDelayMs', 'multiplier', 'maxDelayMs', 'maxAttempts', 'deadlineMs'] as const) {
				const bound = STATE_BOUNDS[field];
				expect(params[field]).toBeGreaterThanOrEqual(bound.min);
				expect(params[field]).toBeLessThanOrEqual(bound.max);
				if (bound.integer) expect(Number.isInteger(params[field])).toBe(true);
			}
		}
	});

	it('pins the published numbers (changing one needs a new source check)', () => {
		expect(getPreset('google-cloud')).toMatchObject({
			strategy: 'google',
			params: { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 32_000 },
		});
		expect(getPreset('google-api-core')).toMatchObject({
			strategy: 'full-jitter',
			params: { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 60_000, deadlineMs: 120_000 },
		});
		expect(getPreset('grpc-connection')).toMatchObject({
			strategy: 'grpc',
			params: { initialDelayMs: 1000, multiplier: 1.6, maxDelayMs: 120_000 },
		});
		expect(getPreset('aws-standard')).toMatchObject({
			strategy: 'full-jitter',
			params: { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 20_000, maxAttempts: 3 },
		});
	});

	it('recognizes a preset only from exactly its settings', () => {
		for (const preset of PRESETS) expect(findMatchingPreset(preset.strategy, preset.params)).toBe(preset.id);
		const aws = getPreset('aws-standard');
		expect(findMatchingPreset(aws.strategy, { ...aws.params, maxAttempts: 4 })).toBeNull();
		expect(findMatchingPreset('equal-jitter', aws.params)).toBeNull();
	});

	it('rejects unknown ids', () => {
		expect(isPresetId('aws-standard')).toBe(true);
		for (const bad of ['aws', 'constructor', '<img>', '', undefined]) expect(isPresetId(bad)).toBe(false);
	});
});
