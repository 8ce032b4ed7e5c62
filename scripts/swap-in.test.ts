import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { swapIn } from './swap-in.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, content: string): string {
	const path = join(dir, name);
	mkdirSync(path);
	writeFileSync(join(path, 'file.txt'), content);
	return path;
}

describe('swapIn', () => {
	it('replaces the target with the staging folder and removes the old one', () => {
		dir = mkdtempSync(join(tmpdir(), 'swap-'));
		const target = folder('target', 'old');
		const staging = folder('staging', 'new');
		swapIn(staging, target, join(dir, 'previous'));
		expect(readFileSync(join(target, 'file.txt'), 'utf8')).toBe('new');
		expect(existsSync(staging)).toBe(false);
		expect(existsSync(join(dir, 'previous'))).toBe(false);
	});

	it('creates the target when there was none', () => {
		dir = mkdtempSync(join(tmpdir(), 'swap-'));
		const staging = folder('staging', 'new');
		swapIn(staging, join(dir, 'target'), join(dir, 'previous'));
		expect(readFileSync(join(dir, 'target', 'file.txt'), 'utf8')).toBe('new');
	});

	it('puts the old target back when the new one cannot be moved in', () => {
		dir = mkdtempSync(join(tmpdir(), 'swap-'));
		const target = folder('target', 'old');
		expect(() => swapIn(join(dir, 'missing'), target, join(dir, 'previous'))).toThrow(/is as it was/);
		expect(readFileSync(join(target, 'file.txt'), 'utf8')).toBe('old');
	});
});
