import type { TemplateDef, Values } from '../lib/templates/definition';
import { assessmentBlocks, buildDoc, type Block } from '../lib/templates/document';
import { fileName, mailto } from '../lib/templates/mailto';
import { hasNextStep } from '../lib/templates/quality';
import { toHtml, toMarkdown, toText } from '../lib/templates/render';
import { browserStorage, load, save, SHARED_KEY, templateKey } from '../lib/templates/storage';
import { DRAFT_EVENT } from './draft-event';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Action = 'email' | 'text' | 'markdown' | 'download' | 'mail' | 'print' | 'clear' | 'subject';

/**
 * `<pb-template-form>`: fills the preview as the user types, keeps the draft in localStorage, tells the
 * parts that judge or export the draft (DRAFT_EVENT: the quality meter, "Add to calendar") and runs the
 * actions (copy, download, mail, print, clear). The server-rendered form works and prints without it. User text only ever reaches the page as text or escaped HTML.
 */
class TemplateForm extends HTMLElement {
	#def!: TemplateDef;
	#values: Values = {};
	#storage = browserStorage();
	#shared = new Set<string>();
	#own = new Set<string>();
	#pending: Action | undefined;
	#warnedStorage = false;

	connectedCallback(): void {
		this.#def = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as TemplateDef;
		const def = this.#def;
		this.#shared = new Set(def.shared.map((f) => f.id));
		for (const control of this.#controls()) if (!this.#shared.has(control.name)) this.#own.add(control.name);
		this.#values = { ...load(this.#storage, SHARED_KEY, this.#shared), ...load(this.#storage, this.#key(), this.#own) };
		for (const control of this.#controls()) control.value = this.#values[control.name] ?? '';

		this.addEventListener('input', (event) => this.#onInput(event));
		this.addEventListener('click', (event) => {
			const target = (event.target as Element).closest<HTMLElement>('[data-action]');
			if (target) void this.#act(target.dataset['action'] as Action, event);
		});
		this.querySelectorAll('[data-pb-live], [data-pb-ranking]').forEach((el) => el.removeAttribute('hidden'));
		this.dataset['ready'] = '';
		this.#render();
	}

	#key = () => templateKey(this.#def.locale, this.#def.id);
	#controls = () => [...this.querySelectorAll<Control>('.pb-tpl__form [name]')];
	#msg = (key: string) => this.dataset[`msg${key}`] ?? '';

	#onInput(event: Event): void {
		const control = event.target as Control;
		if (!control.name) return;
		this.#values[control.name] = control.value;
		this.#pending = undefined;
		this.#persist(this.#shared.has(control.name));
		this.#render();
	}

	#persist(shared: boolean): void {
		const ids = shared ? this.#shared : this.#own;
		const values = Object.fromEntries([...ids].map((id) => [id, this.#values[id] ?? '']));
		if (!save(this.#storage, shared ? SHARED_KEY : this.#key(), values) && !this.#warnedStorage) {
			this.#warnedStorage = true;
			this.#say(this.#msg('StorageFailed'), true);
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
		const name = fileName(this.#def.id, this.#values['client-name'] ?? '', this.#values['date'] ?? '');
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
				this.#persist(false);
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
