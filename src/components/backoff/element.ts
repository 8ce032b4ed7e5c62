/**
 * <cat-backoff>: wires the simulator's form to the pure module in
 * src/backoff and redraws the figures. No maths here: the form becomes a
 * query string, parseState validates and clamps it (the same path as a
 * shared link), runSimulation computes, view.ts describes the figures, and
 * toDom draws them.
 *
 * The page renders the default figures at build time, so without
 * JavaScript they are already there. The element hydrates them: when the
 * state it starts with is the one the page was rendered for (data-state),
 * it only wires the form and leaves the figures as they are, and computes
 * and draws from the first change on (or at once for a shared link).
 *
 * Attributes (set by BackoffWidget.astro):
 *   data-mode       "full" (the simulator page) or "compact" (status pages)
 *   data-ui         the locale's strings as JSON (src/backoff/ui)
 *   data-full-href  the full simulator's path, for the compact form's link
 *   data-id-prefix  prefix of the ids inside the charts
 *   data-state      the state the build-time figures show, as a query string
 */
import { findMatchingPreset, getPreset, isPresetId } from '../../backoff/presets.ts';
import { runSimulation } from '../../backoff/simulation.ts';
import { codeSnippet, type SnippetLang } from '../../backoff/snippet.ts';
import { strategyMeta } from '../../backoff/strategies.ts';
import type { BackoffUi } from '../../backoff/ui/types.ts';
import { DEFAULT_STATE, URL_KEYS, parseState, serializeState, type BackoffState, type ParsedState, type StateProblem } from '../../backoff/url-state.ts';
import { problemList, renderParts } from '../../backoff/view.ts';
import type { VNode } from '../../backoff/vnode.ts';
import { toDom } from './dom.ts';

/** The form's numeric controls, named by their URL keys. */
const NUMERIC_KEYS = [
	URL_KEYS.initialDelayMs,
	URL_KEYS.multiplier,
	URL_KEYS.maxDelayMs,
	URL_KEYS.maxAttempts,
	URL_KEYS.deadlineMs,
	URL_KEYS.clients,
	URL_KEYS.requests,
	URL_KEYS.windowMs,
	URL_KEYS.seed,
] as const;

/** How long typing in a number field waits before recalculating. */
const TYPING_DELAY_MS = 250;

/** The strings from data-ui, or null if they are missing or not what the element needs. */
function readUi(json: string | undefined): BackoffUi | null {
	if (!json) return null;
	try {
		const value: unknown = JSON.parse(json);
		if (typeof value !== 'object' || value === null) return null;
		const ui = value as Partial<BackoffUi>;
		return ui.strategies && ui.fields && ui.problems && ui.presets ? (value as BackoffUi) : null;
	} catch {
		return null;
	}
}

/** The numbers of a state by URL key, as the form shows them. */
function formValues(state: BackoffState): Record<(typeof NUMERIC_KEYS)[number], number> {
	return {
		initial: state.params.initialDelayMs,
		multiplier: state.params.multiplier,
		max: state.params.maxDelayMs,
		attempts: state.params.maxAttempts,
		deadline: state.params.deadlineMs,
		clients: state.clients,
		capacity: state.capacity.requests,
		window: state.capacity.windowMs,
		seed: state.seed,
	};
}

class CatBackoff extends HTMLElement {
	#ui: BackoffUi | null = null;
	#full = true;
	#idPrefix = 'cat-bo';
	#form: HTMLFormElement | null = null;
	/** Corrections made to the link the page was opened with; dropped at the first edit. */
	#linkProblems: readonly StateProblem[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#state: BackoffState = DEFAULT_STATE;

	connectedCallback(): void {
		if (this.#ui) return;
		const ui = readUi(this.dataset['ui']);
		const form = this.querySelector('form');
		// Without its strings or its form the element leaves the build-time figures alone.
		if (!ui || !form) return;
		this.#ui = ui;
		this.#form = form;
		this.#full = this.dataset['mode'] !== 'compact';
		this.#idPrefix = this.dataset['idPrefix'] || 'cat-bo';

		let initial = DEFAULT_STATE;
		if (this.#full) {
			const parsed = parseState(window.location.search);
			initial = parsed.state;
			this.#linkProblems = parsed.problems;
		}
		this.#writeForm(initial);

		form.addEventListener('submit', (event) => event.preventDefault());
		// On the element, not the form: the contention scenario's fields belong to the form
		// (their form attribute) but sit further down, beside the comparison they drive.
		this.addEventListener('input', (event) => this.#onInput(event));
		this.addEventListener('change', (event) => this.#onChange(event));
		this.#on('[data-action="reset"]', 'click', () => {
			this.#writeForm(DEFAULT_STATE);
			this.#update(true);
		});
		this.#on('[data-action="new-seed"]', 'click', () => {
			const seed = this.#control(URL_KEYS.seed);
			if (seed) seed.value = String(Math.floor(Math.random() * 4_294_967_296));
			this.#update(true);
		});
		this.#on('[data-action="copy"]', 'click', () => void this.#copy());
		this.#on('[data-control="lang"]', 'change', () => this.#showSnippet());

		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-js-enable]')) fieldset.disabled = false;
		for (const el of this.querySelectorAll<HTMLElement>('[data-js-show]')) el.hidden = false;
		this.#showSnippet();
		this.#update(false, true);
		this.dataset['ready'] = 'true';
	}

	#on(selector: string, type: string, listener: () => void): void {
		this.querySelector(selector)?.addEventListener(type, listener);
	}

	#control(name: string): HTMLInputElement | HTMLSelectElement | null {
		const el = this.#form?.elements.namedItem(name);
		return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el : null;
	}

	/** The form as a query string, validated by the same parser as a link. */
	#readForm(): ParsedState {
		const query = new URLSearchParams();
		for (const key of [URL_KEYS.strategy, ...NUMERIC_KEYS]) {
			const control = this.#control(key);
			if (control) query.set(key, control.value);
		}
		const parsed = parseState(query);
		// The preset is whichever one the values match, so editing a value turns it into "Custom".
		const preset = findMatchingPreset(parsed.state.strategy, parsed.state.params);
		return { state: { ...parsed.state, preset }, problems: parsed.problems };
	}

	#writeForm(state: BackoffState, only?: string): void {
		const values = formValues(state);
		for (const key of NUMERIC_KEYS) {
			if (only !== undefined && key !== only) continue;
			const control = this.#control(key);
			if (control) control.value = String(values[key]);
		}
		if (only !== undefined) return;
		const strategy = this.#control(URL_KEYS.strategy);
		if (strategy) strategy.value = state.strategy;
		const preset = this.#control(URL_KEYS.preset);
		if (preset) preset.value = findMatchingPreset(state.strategy, state.params) ?? '';
	}

	/** Whether `target` is one of the form's controls (the code language select is not). */
	#isControl(target: EventTarget | null): target is HTMLInputElement | HTMLSelectElement {
		return (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) && target.form === this.#form;
	}

	#onInput(event: Event): void {
		const target = event.target;
		// Number fields recalculate once typing pauses; selects wait for "change".
		if (!(target instanceof HTMLInputElement) || !this.#isControl(target)) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#update(true), TYPING_DELAY_MS);
	}

	#onChange(event: Event): void {
		const target = event.target;
		if (!this.#isControl(target)) return;
		clearTimeout(this.#timer);
		if (target.name === URL_KEYS.preset) {
			if (isPresetId(target.value)) {
				const preset = getPreset(target.value);
				this.#writeForm({ ...this.#readForm().state, strategy: preset.strategy, params: preset.params });
			}
		}
		this.#update(true);
		// Show the value actually used (clamped, rounded, or the default for an empty field).
		if (target instanceof HTMLInputElement) this.#writeForm(this.#state, target.name);
	}

	/**
	 * Recalculates and redraws; `edited` is true for changes made on the page
	 * (they update the URL). `hydrating` (the first call): the simulation and
	 * the figures are skipped when the page already shows this state.
	 */
	#update(edited: boolean, hydrating = false): void {
		const ui = this.#ui;
		if (!ui) return;
		const { state, problems } = this.#readForm();
		this.#state = state;
		if (edited) this.#linkProblems = [];
		if (!(hydrating && this.#showsAlready(state))) {
			const sim = runSimulation(state, { contention: this.#full });
			const parts = renderParts(sim, ui, this.#idPrefix);
			for (const [name, node] of Object.entries(parts)) this.#replacePart(name, node);
		}

		const preset = this.#control(URL_KEYS.preset);
		if (preset) preset.value = state.preset ?? '';
		this.#setText('strategy-desc', ui.strategies[state.strategy].description);
		this.#setText('formula', strategyMeta(state.strategy).formula);
		this.#showPresetSource(state);
		this.#showProblems([...this.#linkProblems, ...problems]);
		for (const lang of ['ts', 'python'] as const) this.#setText(`snippet-${lang}`, codeSnippet(lang, state.strategy, state.params, ui.snippetComments));

		const query = serializeState(state);
		const link = this.querySelector<HTMLAnchorElement>('[data-part="full-link"]');
		if (link && this.dataset['fullHref']) link.href = `${this.dataset['fullHref']}?${query.toString()}`;
		if (this.#full && edited) this.#writeUrl(query);
	}

	/** Whether the build-time figures are those of `state` (the preset names values, it changes no figure). */
	#showsAlready(state: BackoffState): boolean {
		const rendered = this.dataset['state'];
		return rendered !== undefined && serializeState({ ...state, preset: null }).toString() === rendered;
	}

	#replacePart(name: string, node: VNode): void {
		const target = this.querySelector<HTMLElement>(`[data-part="${name}"]`);
		if (!target) return;
		if (typeof node === 'string') {
			// Only on change, so the live region does not repeat itself.
			if (target.textContent !== node) target.textContent = node;
			return;
		}
		// Keep open data tables open across redraws.
		const open = new Set([...target.querySelectorAll('[data-strategy]')].filter((el) => el.querySelector('details[open]')).map((el) => el.getAttribute('data-strategy')));
		target.replaceChildren(toDom(node));
		for (const figure of target.querySelectorAll('[data-strategy]')) {
			if (open.has(figure.getAttribute('data-strategy'))) figure.querySelector('details')?.setAttribute('open', '');
		}
	}

	#setText(part: string, text: string): void {
		const el = this.querySelector<HTMLElement>(`[data-part="${part}"]`);
		if (el && el.textContent !== text) el.textContent = text;
	}

	#showPresetSource(state: BackoffState): void {
		const ui = this.#ui;
		const box = this.querySelector<HTMLElement>('[data-part="preset-source"]');
		if (!ui || !box) return;
		if (state.preset === null) {
			box.hidden = true;
			box.replaceChildren();
			return;
		}
		const preset = getPreset(state.preset);
		const link = document.createElement('a');
		link.href = preset.sourceUrl;
		link.rel = 'noopener';
		link.textContent = ui.presetSourceLink;
		box.replaceChildren(`${ui.presetSourceLabel} ${ui.presets[preset.id].source} `, link);
		box.hidden = false;
	}

	#showProblems(problems: readonly StateProblem[]): void {
		const ui = this.#ui;
		const box = this.querySelector<HTMLElement>('[data-part="problems"]');
		const list = this.querySelector<HTMLElement>('[data-part="problem-list"]');
		if (!ui || !box || !list) return;
		list.replaceChildren(...problemList(problems, ui).children.map((child) => toDom(child)));
		box.hidden = problems.length === 0;
	}

	/** Puts the state in the address bar, keeping any other query parameters and the fragment. */
	#writeUrl(query: URLSearchParams): void {
		const url = new URL(window.location.href);
		for (const key of Object.values(URL_KEYS)) url.searchParams.delete(key);
		for (const [key, value] of query) url.searchParams.append(key, value);
		if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
	}

	#lang(): SnippetLang {
		const select = this.querySelector<HTMLSelectElement>('[data-control="lang"]');
		return select?.value === 'python' ? 'python' : 'ts';
	}

	#showSnippet(): void {
		const lang = this.#lang();
		for (const block of this.querySelectorAll<HTMLElement>('[data-snippet]')) block.hidden = block.dataset['snippet'] !== lang;
		this.#setText('copy-status', '');
	}

	async #copy(): Promise<void> {
		const ui = this.#ui;
		if (!ui) return;
		const text = this.querySelector(`[data-part="snippet-${this.#lang()}"]`)?.textContent ?? '';
		let message = ui.copied;
		try {
			await navigator.clipboard.writeText(text);
		} catch {
			message = ui.copyFailed;
		}
		this.#setText('copy-status', message);
	}
}

if (!customElements.get('cat-backoff')) customElements.define('cat-backoff', CatBackoff);
