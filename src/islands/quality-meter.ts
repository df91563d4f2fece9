import { coverage, type Reason, vagueWords, type VagueInField } from '../lib/templates/quality';
import type { TemplateDef, Values } from '../lib/templates/definition';
import { type MeterWords, parseMeterWords } from '../lib/quality-meter/words';
import { onDraft } from './draft-event';

const reasonKeys: Record<Reason['code'], string> = {
	empty: 'Empty',
	'one-word': 'OneWord',
	'no-owner': 'NoOwner',
	'no-date': 'NoDate',
	'no-owner-no-date': 'NoOwnerNoDate',
	'not-rated': 'NotRated',
};
const stateKeys = { covered: 'Covered', missing: 'Missing', na: 'NotApplicable' } as const;

/**
 * `<pb-quality-meter>`: judges the draft of the template form around it as the person types: which
 * quality-check items it covers and, for each one not covered, why (src/lib/templates/quality.ts), and
 * the vague words it uses, each with the playbook's suggestion, listed here and noted under its field.
 * Word lists come from `data-words`, messages from `data-msg-*`; both are rendered on the server.
 */
class QualityMeter extends HTMLElement {
	#words: MeterWords = parseMeterWords(undefined);

	connectedCallback(): void {
		this.#words = parseMeterWords(this.dataset['words']);
		const form = this.closest('pb-template-form');
		if (form) onDraft(form, (def, values) => this.#render(form, def, values));
	}

	#msg = (key: string, fill: Record<string, string> = {}) =>
		(this.dataset[`msg${key}`] ?? '').replace(/\{(\w+)\}/g, (all, name: string) => fill[name] ?? all);

	#render(form: Element, def: TemplateDef, values: Values): void {
		for (const item of coverage(def, values, this.#words)) {
			const li = this.querySelector<HTMLElement>(`[data-quality="${item.id}"]`);
			if (!li) continue;
			li.dataset['state'] = item.state;
			setText(li.querySelector('[data-state-text]'), this.#msg(stateKeys[item.state]));
			const reason = item.reason;
			setText(
				li.querySelector('[data-why]'),
				reason ? this.#msg(reasonKeys[reason.code], 'field' in reason ? { field: reason.field } : {}) : '',
			);
		}

		const vague = vagueWords(def, values, this.#words);
		const panel = this.querySelector<HTMLElement>('[data-vague]');
		if (panel) panel.hidden = vague.length === 0;
		const lines = vague.map((v) => this.#msg('Vague', { word: v.text, field: v.label, suggestion: v.word.suggestion }));
		const list = this.querySelector('[data-vague-list]');
		// Rebuilt only when the words change, so the live region announces news, not every keystroke.
		if (list && lines.join('\n') !== [...list.children].map((li) => li.textContent).join('\n'))
			list.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
		this.#flagFields(form, vague);
	}

	/** A note under each field that holds a vague word, read out with the field (aria-describedby). */
	#flagFields(form: Element, vague: VagueInField[]): void {
		const byField = Map.groupBy(vague, (v) => v.field);
		for (const control of form.querySelectorAll<HTMLElement>('.pb-tpl__form [name]')) {
			const name = control.getAttribute('name') ?? '';
			const id = `pb-flag-${name}`;
			const found = byField.get(name) ?? [];
			let note = document.getElementById(id);
			const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((d) => d && d !== id);
			if (found.length === 0) {
				note?.remove();
				control.setAttribute('aria-describedby', described.join(' '));
				continue;
			}
			if (!note) {
				note = Object.assign(document.createElement('p'), { id, className: 'pb-meter__flag' });
				control.after(note);
			}
			setText(note, found.map((v) => this.#msg('Flag', { word: v.text, suggestion: v.word.suggestion })).join(' '));
			control.setAttribute('aria-describedby', [...described, id].join(' '));
		}
	}
}

/** Changes text only when it differs: an unchanged live region stays quiet. */
function setText(element: Element | null, text: string): void {
	if (element && element.textContent !== text) element.textContent = text;
}

customElements.define('pb-quality-meter', QualityMeter);
