/**
 * The nodes of the finder's answers (a call's, see `CallAnswer` in answer.ts;
 * a list's items), shared by the home finder and the find page: every string
 * goes in as text.
 */
import type { CallAnswer, ListItem } from './answer.ts';

/** A link to an entry or method, built as nodes: its code, then its title (with `titleClass`, where the page styles it). */
export function linkOf(item: ListItem, titleClass?: string): HTMLAnchorElement {
	const link = document.createElement('a');
	const code = document.createElement('code');
	const title = document.createElement('span');
	link.href = item.href;
	code.textContent = item.code;
	if (titleClass) title.className = titleClass;
	title.textContent = item.title;
	link.append(code, ' ', title);
	return link;
}

/** The classes of an entry's nodes, where they differ between the finder and the search dialog. */
export interface EntryClasses {
	readonly holder?: string;
	readonly title?: string;
	readonly badge: string;
}

/** An entry as a `tag` element: its link, then its status badge (an error's) when it has one. */
export function entryNode<K extends 'li' | 'p'>(item: ListItem, tag: K, classes: EntryClasses): HTMLElementTagNameMap[K] {
	const holder = document.createElement(tag);
	if (classes.holder) holder.className = classes.holder;
	holder.append(linkOf(item, classes.title));
	if (item.badge) {
		const badge = document.createElement('span');
		badge.className = classes.badge;
		badge.textContent = item.badge;
		holder.append(' ', badge);
	}
	return holder;
}

/** A candidate of a list as a list item: its link, then its status badge (an error's) when it has one. */
export function candidateItem(item: ListItem): HTMLLIElement {
	return entryNode(item, 'li', { badge: 'cat-find-status' });
}

/** The box a call answer goes in, right after the message; made on first use so the page's markup need not carry it. */
export function callBox(after: HTMLElement): HTMLElement {
	const box = document.createElement('div');
	box.dataset['testid'] = 'find-call';
	box.className = 'cat-find-call';
	after.after(box);
	return box;
}

/** A paragraph of text. */
export function para(text: string, testid?: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.textContent = text;
	if (testid) p.dataset['testid'] = testid;
	return p;
}

/** A call answer as nodes: notes, the scopes' lead, each method with its conditions (and scopes), then the entry. Text only. */
export function callNodes(shown: CallAnswer): Node[] {
	const nodes: Node[] = shown.notes.map((note) => para(note, 'find-call-note'));
	if (shown.scopesLead) nodes.push(para(shown.scopesLead, 'find-call-scopes-lead'));
	const methods = document.createElement('ul');
	methods.dataset['testid'] = 'find-call-methods';
	for (const m of shown.methods) {
		const li = document.createElement('li');
		li.append(linkOf(m.item));
		if (m.note) li.append(para(m.note));
		if (m.conditions.length > 0) {
			const conditions = document.createElement('ul');
			conditions.dataset['testid'] = 'find-call-conditions';
			for (const c of m.conditions) {
				const item = document.createElement('li');
				item.textContent = c;
				conditions.append(item);
			}
			li.append(conditions);
		}
		if (m.scopes && m.scopes.length > 0) {
			const scopes = document.createElement('ul');
			scopes.dataset['testid'] = 'find-call-scopes';
			for (const scope of m.scopes) {
				const item = document.createElement('li');
				const code = document.createElement('code');
				code.textContent = scope;
				item.append(code);
				scopes.append(item);
			}
			li.append(scopes);
		}
		methods.append(li);
	}
	const entry = para(shown.entryLead, 'find-call-entry');
	entry.append(' ', linkOf(shown.entry));
	if (shown.entryFirst) nodes.push(entry, methods);
	else nodes.push(methods, entry);
	return nodes;
}

