import type { TemplateDef, Values } from '../lib/templates/definition';

/**
 * Fired by `<pb-template-form>` after every change to the draft (typing, restoring, clearing), so that
 * the parts of the form that judge or export the draft (the quality meter, "Add to calendar") need no
 * code in the form itself. `detail` is the template and a snapshot of the values by field id.
 */
export const DRAFT_EVENT = 'pb-draft';
export type DraftEvent = CustomEvent<{ def: TemplateDef; values: Values }>;

/** The template and values of a form that changed before the listener was there, read from its DOM. */
export function readDraft(form: Element): { def: TemplateDef; values: Values } | undefined {
	if (!form.hasAttribute('data-ready')) return undefined;
	const def = JSON.parse(form.querySelector('script[type="application/json"]')?.textContent ?? '{}') as TemplateDef;
	const values: Values = {};
	for (const control of form.querySelectorAll<HTMLInputElement>('.pb-tpl__form [name]')) values[control.name] = control.value;
	return { def, values };
}

/** Calls `listener` with the form's draft now (when already filled in) and after every later change. */
export function onDraft(form: Element, listener: (def: TemplateDef, values: Values) => void): void {
	form.addEventListener(DRAFT_EVENT, (event) => listener((event as DraftEvent).detail.def, (event as DraftEvent).detail.values));
	const draft = readDraft(form);
	if (draft) listener(draft.def, draft.values);
}
