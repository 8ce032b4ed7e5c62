import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH, safeExcerpt, terminalSafe } from './terminal-text.ts';

describe('terminalSafe', () => {
	it('shows escape sequences, NUL, DEL and C1 controls as inert escapes', () => {
		expect(terminalSafe('a\u001b[2Jb\u0000c\u007fd\u009be')).toBe('a\\u001b[2Jb\\u0000c\\u007fd\\u009be');
	});
	it('shows bidi overrides and zero-width characters as escapes', () => {
		expect(terminalSafe('x\u202eabc\u200by')).toBe('x\\u202eabc\\u200by');
	});
	it('keeps tabs, newlines and Korean text', () => {
		expect(terminalSafe('탭\t줄\n바꿈')).toBe('탭\t줄\n바꿈');
	});
});

describe('safeExcerpt', () => {
	it('cuts long input and says how much was left out', () => {
		const out = safeExcerpt('x'.repeat(1_000_000));
		expect(out).toBe(`${'x'.repeat(EXCERPT_LENGTH)}… (${String(1_000_000 - EXCERPT_LENGTH)} more characters)`);
	});
	it('puts a multi-line dump on one line', () => {
		expect(safeExcerpt('HTTP/1.1 400\r\n\r\n{"error": 1}')).toBe('HTTP/1.1 400 {"error": 1}');
	});
	it('never cuts a Korean syllable or an emoji in half', () => {
		expect(safeExcerpt('가나다라', 2)).toBe('가나… (2 more characters)');
		expect(safeExcerpt('😀😀😀', 1)).toBe('😀… (2 more characters)');
	});
	it('escapes control characters inside the excerpt', () => {
		expect(safeExcerpt('@Foo\u001b[2J')).toBe('@Foo\\u001b[2J');
	});
});
