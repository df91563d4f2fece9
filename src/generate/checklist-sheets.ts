import type { ChecklistHeader, Checklist } from '../schemas/checklists.ts';
import type { ItemNote } from '../schemas/pages.ts';
import { resolveRef, itemOf } from '../lib/content/refs.ts';
import { itemLocation } from './item-links.ts';
import type { RenderContext } from './render-context.ts';

/** A page a checklist item points to, with its label. */
export interface SheetLink {
	text: string;
	/** Page id with an anchor, in the page's locale. */
	page: string;
}

/** One box to tick: inline Markdown (content text, not yet protected). */
export interface SheetItem {
	/** The item's id, the same in every locale: its box keeps its tick under it. Warning signs have none (their wording is the key). */
	id?: string | undefined;
	text: string;
	/** The part of `text` that is the source's own words (a source item, or the label of one), marked on the page as a quote. */
	quote?: string | undefined;
	/** Where to go next (the risk audit's responses). */
	links?: SheetLink[] | undefined;
}

/** A titled group of boxes; `compact` groups hold short items that print in columns. */
export interface SheetGroup {
	heading?: string | undefined;
	/** The heading is the source's own item (`heading_ref`), marked on the page as a quote. */
	quoted?: boolean | undefined;
	compact?: boolean | undefined;
	/** `prepare` (the team, before), `meeting` (with the client) or `signals` (warning signs, counted apart). */
	kind: 'prepare' | 'meeting' | 'signals';
	items: SheetItem[];
}

/** Everything one printed checklist shows, in one locale. */
export interface Sheet {
	id: string;
	title: string;
	description: string;
	header?: { [K in keyof ChecklistHeader]?: string | undefined } | undefined;
	/** `agenda`: a meeting's timed items, listed apart on the index. */
	kind: 'checklist' | 'agenda';
	groups: SheetGroup[];
}

/**
 * A checklist of `checklists.yaml` with every reference resolved in the context's locale: source lists
 * expanded into boxes, named source items ("**Intake**: …"), a stage's warning signs, and the responses a
 * risk-audit question leads to. References were checked when the content loaded.
 */
export function buildSheet(checklist: Checklist, context: RenderContext): Sheet {
	const { content, playbook } = context;
	const structure = playbook.structure;
	const named = (name: string, text: string) => context.t('pb.named', { name, text });
	const groups = checklist.groups.map((group): SheetGroup => {
		const entry = group.heading_ref ? itemOf(content, structure, group.heading_ref) : undefined;
		const heading = group.heading ?? (entry ? (entry.text ? named(entry.label, entry.text) : entry.label) : undefined);
		let items: SheetItem[] = [];
		if (group.from) {
			const list = resolveRef(content, structure, group.from);
			if (list?.kind === 'list') items = list.items.map((item) => ({ id: item.id, text: item.text, quote: item.text }));
			if (list?.kind === 'map')
				items = list.entries.map((e) =>
					typeof e.value === 'string' ? { id: e.key, text: named(`**${e.name}**`, e.value), quote: e.value } : { id: e.key, text: e.name },
				);
		} else if (group.signals_of) {
			const sections = content.pages.lifecycle?.stages?.[group.signals_of]?.sections ?? {};
			items = Object.values(sections)
				.flatMap((s) => (s && 'signals' in s && s.signals ? s.signals : []))
				.map((text) => ({ text }));
		} else {
			items = (group.items ?? []).map((item) => {
				const source = item.ref ? itemOf(content, structure, item.ref) : undefined;
				const plain = source && item.text ? named(`**${source.label}**`, item.text) : (item.text ?? source?.label ?? item.id);
				// An agenda item: its minutes first, its owner last.
				const minutes = item.minutes ? `**${context.t('pb.checklist.minutes', { n: item.minutes })}** · ` : '';
				const text = `${minutes}${plain}${item.owner ? ` · *${item.owner}*` : ''}`;
				return { id: item.id, text, quote: source?.label, links: item.see ? linksOf(item.see, context) : undefined };
			});
		}
		return {
			heading,
			quoted: !group.heading && entry !== undefined,
			compact: group.compact,
			kind: group.kind ?? (group.signals_of ? 'signals' : 'meeting'),
			items,
		};
	});
	return {
		id: checklist.id,
		title: checklist.title,
		description: checklist.description,
		header: checklist.header,
		kind: checklist.kind,
		groups,
	};
}

/** The items an item's note links to (a failure pattern's responses), as labelled page links. */
function linksOf(ref: string, context: RenderContext): SheetLink[] {
	const [model = '', ...path] = ref.split('/');
	const notes = context.content.pages.models[model]?.notes?.[path.slice(0, -1).join('.')];
	const note: ItemNote | undefined = notes?.items[path.at(-1) ?? ''];
	return (note?.links ?? []).flatMap((target) => {
		const item = itemOf(context.content, context.playbook.structure, target);
		const { page, anchor } = itemLocation(target, context);
		return item ? [{ text: item.label, page: anchor ? `${page}#${anchor}` : page }] : [];
	});
}
