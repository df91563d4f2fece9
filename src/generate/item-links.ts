import { isMapShape } from '../schemas/shape.ts';
import { stageSlug } from '../lib/page-registry.ts';
import { itemOf } from '../lib/content/refs.ts';
import { anchorOf, href, link, quoted } from './markdown.ts';
import type { RenderContext } from './render-context.ts';

/**
 * Where an item of the playbook is shown: its page and anchor. A stage is its own page; an item of a list
 * whose items carry notes has a heading of its own (its id is the anchor); any other item is found under
 * its list's heading.
 */
export function itemLocation(ref: string, context: RenderContext): { page: string; anchor?: string | undefined } {
	const { structure } = context.playbook;
	const [head = '', ...rest] = ref.split('/');
	if (head === 'skill') {
		const list = rest[0] ?? '';
		if (list === 'outputs') return { page: '', anchor: 'outputs' };
		if (list === 'triggers' || list === 'phrases' || list === 'does') return { page: '', anchor: list === 'does' ? 'does' : 'start' };
		return { page: 'principles', anchor: anchorOf(list) };
	}
	const model = structure.models.find((m) => m.id === head);
	if (model && model.id === structure.lifecycle && isMapShape(model.shape) && rest[0]) {
		const page = `${model.id}/${stageSlug(rest[0])}`;
		return rest.length > 1 ? { page, anchor: anchorOf(rest[1]!) } : { page };
	}
	if (rest.length === 0) return { page: head };
	const listPath = rest.slice(0, -1).join('.');
	const notes = context.playbook.byLocale[context.playbook.defaultLocale.code]!.pages.models[head]?.notes?.[listPath];
	const last = rest.at(-1)!;
	if (notes) return { page: head, anchor: anchorOf(last) };
	// A map entry or a list item without notes: its list's heading, or the entry itself at the top level.
	return { page: head, anchor: anchorOf(rest.length > 1 ? rest.at(-2)! : last) };
}

/** A Markdown link to an item, labelled with its wording in the context's locale: the source's words, quoted as such. */
export function itemLink(ref: string, context: RenderContext): string {
	const item = itemOf(context.content, context.playbook.structure, ref);
	const { page, anchor } = itemLocation(ref, context);
	return quoted(link(item?.label ?? ref, href(anchor ? `${page}#${anchor}` : page, context)));
}
