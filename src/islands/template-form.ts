import type { TemplateDef, Values } from '../lib/templates/definition';
import { assessmentBlocks, buildDoc, type Block } from '../lib/templates/document';
import { fileName, mailto } from '../lib/templates/mailto';
import { hasNextStep } from '../lib/templates/quality';
import { toHtml, toMarkdown, toText } from '../lib/templates/render';
import { CURRENT_KEY, INDEX_KEY, recordId, recordKey, SHARED } from '../lib/workspace/record';
import { createClient, onChange, readRecord, selected, writeRecord } from '../lib/workspace/store';
import { DRAFT_EVENT } from './draft-event';
import { composing, onCommittedInput } from './ime';
// The picker comes with this island so that the page loads one shared chunk, not one per island.
import './client-picker';
import './print-values';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Action = 'email' | 'text' | 'markdown' | 'download' | 'mail' | 'print' | 'clear' | 'subject' | 'example';

/**
 * `<pb-template-form>`: fills the preview as the user types, keeps the draft in the selected client's
 * workspace (src/lib/workspace), tells the parts that judge or export the draft (DRAFT_EVENT: the quality
 * meter, "Add to calendar") and runs the actions (copy, download, mail, print, clear). The server-rendered
 * form works and prints without it. User text only ever reaches the page as text or escaped HTML; text an
 * input method is still composing is neither saved nor shown.
 */
class TemplateForm extends HTMLElement {
	#def!: TemplateDef;
	#values: Values = {};
	#shared = new Set<string>();
	#own = new Set<string>();
	#pending: Action | undefined;
	#warnedStorage = false;
	#client = '';
	/** When each shown record was last edited, so that only a newer copy from another tab replaces it. */
	#seen: Record<string, number> = {};
	#writing = false;

	connectedCallback(): void {
		this.#def = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as TemplateDef;
		const def = this.#def;
		this.#shared = new Set(def.shared.map((f) => f.id));
		for (const control of this.#controls()) if (!this.#shared.has(control.name)) this.#own.add(control.name);
		this.#load();
		onCommittedInput(this, (event) => this.#onInput(event));
		onChange((key) => this.#onStore(key));
		this.addEventListener('click', (event) => {
			const target = (event.target as Element).closest<HTMLElement>('[data-action]');
			if (target) void this.#act(target.dataset['action'] as Action, event);
		});
		this.querySelectorAll('[data-pb-live], [data-pb-ranking], [data-pb-example]').forEach((el) => el.removeAttribute('hidden'));
		this.dataset['ready'] = '';
		this.#render();
		// Opened from the worked example (?example): load it once, so that a reload does not load it again.
		if (new URLSearchParams(location.search).has('example')) {
			history.replaceState(null, '', location.pathname + location.hash);
			this.#example();
		}
	}

	/** Loads the worked example (data in the page) into a new client named after it: the reader's drafts stay as they are. */
	#example(): void {
		const example = this.querySelector('[data-example]');
		if (!example) return;
		const { client, values } = JSON.parse(example.textContent) as { client: string; values: Values };
		if (!createClient(client)) return this.#say(this.#msg('StorageFailed'), true);
		this.#load();
		Object.assign(this.#values, values);
		this.#persist(Object.keys(values));
		this.#load();
		this.#say(this.#msg('ExampleLoaded'));
	}

	/** The records this page shows, with the fields each holds. */
	#records = (): [string, Set<string>][] => [
		[SHARED, this.#shared],
		[recordId(this.#def.locale, 'template', this.#def.id), this.#own],
	];
	#controls = () => [...this.querySelectorAll<Control>('.pb-tpl__form [name]')];
	#msg = (key: string) => this.dataset[`msg${key}`] ?? '';

	/** Shows the selected client's draft. */
	#load(): void {
		this.#client = selected();
		this.#values = {};
		for (const [record, ids] of this.#records()) this.#take(record, ids);
	}

	/** Puts a stored record into the values and the fields, except a field an input method is composing in. */
	#take(record: string, ids: Set<string>): void {
		const stored = readRecord(this.#client, record);
		this.#seen[record] = stored?.t ?? 0;
		for (const id of ids) this.#values[id] = stored?.values[id] ?? '';
		for (const control of this.#controls())
			if (ids.has(control.name) && control !== composing) control.value = this.#values[control.name] ?? '';
		this.#render();
	}

	/** Another client chosen, or a newer copy of a shown record saved in another tab. */
	#onStore(key: string | null): void {
		if (this.#writing) return;
		if (key === null || ((key === CURRENT_KEY || key === INDEX_KEY) && selected() !== this.#client)) return this.#load();
		for (const [record, ids] of this.#records())
			if (key === recordKey(this.#client, record) && (readRecord(this.#client, record)?.t ?? 0) > (this.#seen[record] ?? 0))
				this.#take(record, ids);
	}

	#onInput(event: Event): void {
		const control = event.target as Control;
		if (!control.name) return;
		this.#values[control.name] = control.value;
		this.#pending = undefined;
		this.#persist([control.name]);
		this.#render();
	}

	/** Saves the given fields into the stored copy of their records. */
	#persist(ids: string[]): void {
		for (const [record, own] of this.#records()) {
			const mine = ids.filter((id) => own.has(id));
			if (!mine.length) continue;
			this.#writing = true;
			const saved = writeRecord(this.#client, record, (r) => mine.forEach((id) => (r.values[id] = this.#values[id] ?? '')));
			this.#writing = false;
			// The first save in a browser creates the client.
			this.#client = selected();
			if (saved) this.#seen[record] = saved.t;
			else if (!this.#warnedStorage) {
				this.#warnedStorage = true;
				this.#say(this.#msg('StorageFailed'), true);
			}
		}
	}

	#render(): void {
		// Until something of this template is filled in, printing gives the blank form.
		this.toggleAttribute(
			'data-filled',
			[...this.#own].some((id) => this.#values[id]?.trim()),
		);
		const doc = buildDoc(this.#def, this.#values);
		const preview = this.querySelector<HTMLElement>('[data-pb-preview]');
		// Every user value in this HTML went through escapeHtml (render.ts): it shows as text, never as markup.
		if (preview) preview.innerHTML = toHtml(doc);
		const subject = this.querySelector('[data-pb-subject]');
		if (subject) subject.textContent = doc.subject ?? '';
		const link = this.querySelector<HTMLAnchorElement>('[data-action="mail"]');
		if (link) link.href = mailto(doc.subject ?? '', toText(doc)).href;

		this.dispatchEvent(new CustomEvent(DRAFT_EVENT, { detail: { def: this.#def, values: { ...this.#values } } }));

		const ranking = this.querySelector<HTMLElement>('[data-pb-ranking-body]');
		if (ranking && this.#def.assessment) {
			const blocks = assessmentBlocks(this.#def.assessment, this.#values, this.#def.lang).slice(0, 4);
			if (blocks.length) ranking.replaceChildren(...blocks.map(toElement));
			else ranking.textContent = this.#def.assessment.empty;
		}
	}

	#say(message: string, warning = false): void {
		const status = this.querySelector<HTMLElement>('[data-pb-status]');
		if (!status) return;
		status.dataset['tone'] = warning ? 'warning' : '';
		// Re-announce a repeated message: screen readers skip an unchanged live region.
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
	}

	async #act(action: Action, event: Event): Promise<void> {
		if (action === 'example') return this.#example();
		if (action === 'mail') event.preventDefault();
		if (action !== 'clear' && action !== 'subject' && !hasNextStep(this.#def, this.#values) && this.#pending !== action) {
			// Warn once; the same action again goes ahead.
			this.#pending = action;
			this.#say(this.#msg('NoNextStep'), true);
			return;
		}
		this.#pending = undefined;
		const doc = buildDoc(this.#def, this.#values);
		const text = toText(doc);
		const name = fileName(this.#def.id, this.#values[this.#def.nameField] ?? '', this.#values[this.#def.dateField] ?? '');
		switch (action) {
			case 'email':
				return this.#copy(
					() =>
						navigator.clipboard.write([
							new ClipboardItem({
								'text/html': new Blob([toHtml(doc)], { type: 'text/html' }),
								'text/plain': new Blob([text], { type: 'text/plain' }),
							}),
						]),
					'DoneEmail',
				);
			case 'text':
				return this.#copy(() => navigator.clipboard.writeText(text), 'DoneText');
			case 'markdown':
				return this.#copy(() => navigator.clipboard.writeText(toMarkdown(doc)), 'DoneMarkdown');
			case 'subject':
				return this.#copy(() => navigator.clipboard.writeText(doc.subject ?? ''), 'DoneSubject');
			case 'download': {
				const url = URL.createObjectURL(new Blob([toMarkdown(doc)], { type: 'text/markdown;charset=utf-8' }));
				const a = Object.assign(document.createElement('a'), { href: url, download: name });
				a.click();
				setTimeout(() => URL.revokeObjectURL(url), 1000);
				return this.#say(this.#msg('DoneDownload').replace('{file}', name));
			}
			case 'mail': {
				const link = mailto(doc.subject ?? '', text);
				if (link.tooLong) {
					const message = this.#msg('MailTooLong')
						.replace('{length}', String(link.length))
						.replace('{limit}', this.dataset['mailLimit'] ?? '');
					return this.#copy(() => navigator.clipboard.writeText(text), '', message);
				}
				this.#say(this.#msg('DoneMail'));
				window.location.href = link.href;
				return;
			}
			case 'print':
				this.#say(this.#msg('DonePrint'));
				return window.print();
			case 'clear':
				for (const control of this.#controls()) {
					if (this.#shared.has(control.name)) continue;
					control.value = '';
					this.#values[control.name] = '';
				}
				this.#persist([...this.#own]);
				this.#render();
				return this.#say(this.#msg('DoneClear'));
		}
	}

	async #copy(write: () => Promise<void>, done: string, message = this.#msg(done)): Promise<void> {
		try {
			await write();
			this.#say(message, done === '');
		} catch {
			this.#say(this.#msg('CopyFailed'), true);
		}
	}
}

/** A block of the ranking panel, built with textContent. */
function toElement(block: Block): HTMLElement {
	if (block.type === 'list') {
		const list = document.createElement(block.ordered ? 'ol' : 'ul');
		for (const item of block.items) list.append(Object.assign(document.createElement('li'), { textContent: item }));
		return list;
	}
	return Object.assign(document.createElement(block.type === 'heading' ? 'h3' : 'p'), { textContent: block.text });
}

customElements.define('pb-template-form', TemplateForm);
