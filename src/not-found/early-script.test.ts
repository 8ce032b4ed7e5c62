/**
 * The 404 page's inline head script, run as the browser runs it, against a
 * fake location: a Korean address on a host with one root 404 page goes to
 * the Korean rendering, which puts the address back; nothing loops.
 */
import { describe, expect, it } from 'vitest';
import { earlyScript, LEAVING_ATTRIBUTE } from './early-script.ts';

interface Outcome {
	replacedWith?: string;
	restored?: string;
	leaving: boolean;
}

function run(script: string, href: string): Outcome {
	const url = new URL(href);
	const outcome: Outcome = { leaving: false };
	const location = {
		href: url.href,
		origin: url.origin,
		pathname: url.pathname,
		search: url.search,
		hash: url.hash,
		replace: (to: string) => (outcome.replacedWith = to),
	};
	const history = { replaceState: (_state: unknown, _title: string, to: string) => (outcome.restored = to) };
	const document = { documentElement: { setAttribute: (name: string) => (outcome.leaving = name === LEAVING_ATTRIBUTE) } };
	new Function('location', 'history', 'document', script)(location, history, document);
	return outcome;
}

const site = 'https://site.example';

describe('the English rendering (the root 404.html every host serves)', () => {
	const script = earlyScript('/', 'en');

	it('hands a Korean address to the Korean rendering, carrying the whole address', () => {
		const outcome = run(script, `${site}/ko/errors/typo/?q=1#cause`);
		expect(outcome.leaving).toBe(true);
		expect(outcome.replacedWith).toBe(`/ko/404/?path=${encodeURIComponent('/ko/errors/typo/?q=1#cause')}`);
	});

	it('keeps an English address', () => {
		expect(run(script, `${site}/errors/typo/`)).toEqual({ leaving: false });
		expect(run(script, `${site}/kor/x/`)).toEqual({ leaving: false });
	});

	it('never loops when the Korean rendering itself is missing', () => {
		expect(run(script, `${site}/ko/404/?path=%2Fko%2Fx`)).toEqual({ leaving: false });
	});

	it('does nothing at its own address', () => {
		expect(run(script, `${site}/404.html`)).toEqual({ leaving: false });
	});

	it('reads the language under a base path', () => {
		expect(run(earlyScript('/docs/', 'en'), `${site}/docs/ko/x`).replacedWith).toBe(`/docs/ko/404/?path=${encodeURIComponent('/docs/ko/x')}`);
		expect(run(earlyScript('/docs/', 'en'), `${site}/ko/x`)).toEqual({ leaving: false });
	});
});

describe('the Korean rendering', () => {
	const script = earlyScript('/', 'ko');

	it('puts the asked-for address back in the address bar', () => {
		const wanted = '/ko/errors/typo/?q=1#cause';
		expect(run(script, `${site}/ko/404/?path=${encodeURIComponent(wanted)}`).restored).toBe(`${site}${wanted}`);
	});

	it.each([
		['another site', 'https://evil.example/ko/x'],
		['a protocol-relative address', '//evil.example/ko/x'],
		['an English address', '/errors/x/'],
		['a script URL', 'javascript:alert(1)'],
		['its own address', '/ko/404/'],
	])('refuses %s', (_what, wanted) => {
		expect(run(script, `${site}/ko/404/?path=${encodeURIComponent(wanted)}`)).toEqual({ leaving: false });
	});

	it('does nothing when served for a Korean address directly (a host with nearest-404 pages)', () => {
		expect(run(script, `${site}/ko/errors/typo/`)).toEqual({ leaving: false });
	});

	it('cannot be closed by its configuration', () => {
		expect(earlyScript('/</script><script>alert(1)//', 'ko')).not.toContain('</script>');
	});
});
