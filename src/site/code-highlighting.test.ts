import { describe, expect, it } from 'vitest';
import { noTokenizeTimeLimit } from './code-highlighting.ts';

describe('noTokenizeTimeLimit', () => {
	it('turns off the time Shiki allows a line before it gives up highlighting it', () => {
		const options: { tokenizeTimeLimit?: number; lang: string } = { lang: 'ts' };
		noTokenizeTimeLimit.preprocess('const a = 1;', options);
		expect(options).toEqual({ lang: 'ts', tokenizeTimeLimit: 0 });
	});
});
