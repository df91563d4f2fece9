import type { ModelContent } from '../lib/content/playbook.ts';
import type { Item } from '../schemas/common.ts';
import type { Action, ItemNote, ListNotes } from '../schemas/pages.ts';
import type { PlaybookModel } from '../schemas/playbook.ts';
import { isRecordShape, type Shape } from '../schemas/shape.ts';
import { itemLink, itemLocation } from './item-links.ts';
import { anchorOf, blocks, bullets, heading, href, labelled, link, md, quote, quoted } from './markdown.ts';
import type { RenderContext } from './render-context.ts';

/** What rendering a model's data needs besides the data itself. */
interface ModelRender {
	model: PlaybookModel;
	content: ModelContent;
	/** Notes on the model's lists, by list path (`patterns`), from the model page's prose. */
	notes: Record<string, ListNotes>;
	context: RenderContext;
}

/**
 * A model's data as Markdown, by its declared shape: fields and entries become headings (with the source's
 * keys as anchors, the same in every locale), lists become bullets, maps of text become "name: text" lists,
 * maps of records whose fields are all text become tables. A list or map with notes gets a heading per item,
 * followed by its notes. Every value of the source is shown as written.
 */
export function renderModelData(render: ModelRender, level = 2): string {
	return node(render, render.model.shape, render.content.data, [], level);
}

const nameOf = (render: ModelRender, key: string) => render.content.names[key] ?? key;
const text = (value: unknown, render: ModelRender) => quote(String(value), render.context);

function node(render: ModelRender, shape: Shape, value: unknown, path: string[], level: number): string {
	if (shape === 'text') return text(value, render);
	if (shape === 'list') return list(render, value as Item[], path, level);
	if (isRecordShape(shape)) {
		const record = value as Record<string, unknown>;
		return blocks(
			...Object.entries(shape.fields).map(([key, inner]) =>
				blocks(
					title(level, md(nameOf(render, key), render.context), anchorOf([...path, key].join('-'))),
					node(render, inner, record[key], [...path, key], level + 1),
				).trimEnd(),
			),
		).trimEnd();
	}
	return map(render, shape as { map: Shape; numbered?: string }, value as Record<string, unknown>, path, level);
}

/** A heading up to level 4; deeper, a bold label (headings that deep help nobody find their way). */
const title = (level: number, label: string, id: string) => (level <= 4 ? heading(level, label, id) : `**${label}**`);

function list(render: ModelRender, items: readonly Item[], path: string[], level: number): string {
	const notes = render.notes[path.join('.')];
	if (!notes) return bullets(items.map((item) => text(item.text, render)));
	// An index first: on a phone the reader jumps to one item instead of scrolling past all of them.
	const index = labelled(
		md(render.context.t('pb.page.inThisList'), render.context),
		items.map((item) => quoted(link(item.text, `#${anchorOf(item.id)}`))).join(' · '),
		render.context,
	);
	return blocks(
		index,
		...items.map((item) =>
			blocks(
				title(level, text(item.text, render), anchorOf(item.id)),
				noteBody(render, notes, notes.items[item.id], [...path, item.id]),
			).trimEnd(),
		),
	).trimEnd();
}

function map(
	render: ModelRender,
	shape: { map: Shape; numbered?: string },
	entries: Record<string, unknown>,
	path: string[],
	level: number,
): string {
	const inner = shape.map;
	const notes = render.notes[path.join('.')];
	const keys = Object.keys(entries);
	const { context } = render;
	if (inner === 'text' && !notes)
		return bullets(keys.map((key) => `**${md(nameOf(render, key), context)}**${context.t('pb.colon')}${text(entries[key], render)}`));
	if (isRecordShape(inner) && !notes && Object.values(inner.fields).every((f) => f === 'text') && Object.keys(inner.fields).length > 1)
		return table(render, inner.fields, entries);
	return blocks(
		...keys.map((key, index) => {
			const label = `${shape.numbered ? `${index + 1}. ` : ''}${md(nameOf(render, key), context)}`;
			const body = isRecordShape(inner)
				? compactRecord(render, inner.fields, entries[key] as Record<string, unknown>, [...path, key], level + 1)
				: node(render, inner, entries[key], [...path, key], level + 1);
			return blocks(title(level, label, anchorOf(key)), body, notes && noteBody(render, notes, notes.items[key], [...path, key])).trimEnd();
		}),
	).trimEnd();
}

/** An entry's record shown under its heading: text fields as "**Name:** text", lists as labelled bullets. */
function compactRecord(
	render: ModelRender,
	fields: Record<string, Shape>,
	record: Record<string, unknown>,
	path: string[],
	level: number,
): string {
	const { context } = render;
	const label = (key: string) => `**${md(nameOf(render, key), context)}${context.t('pb.colon').trim()}**`;
	return blocks(
		...Object.entries(fields).map(([key, inner]) => {
			if (inner === 'text') return labelled(md(nameOf(render, key), context), text(record[key], render), context);
			if (inner === 'list') return blocks(label(key), list(render, record[key] as Item[], [...path, key], level)).trimEnd();
			return blocks(
				title(level, md(nameOf(render, key), context), anchorOf([...path, key].join('-'))),
				node(render, inner, record[key], [...path, key], level + 1),
			).trimEnd();
		}),
	).trimEnd();
}

/** A map of records whose fields are all text, as a table: one row per entry, one column per field. */
function table(render: ModelRender, fields: Record<string, Shape>, entries: Record<string, unknown>): string {
	const cell = (value: string) => value.replace(/\|/g, '\\|');
	const columns = Object.keys(fields);
	const { context } = render;
	const head = `| | ${columns.map((c) => cell(md(nameOf(render, c), context))).join(' | ')} |`;
	const rule = `| --- | ${columns.map(() => '---').join(' | ')} |`;
	const rows = Object.entries(entries).map(
		([key, record]) =>
			`| <span id="${anchorOf(key)}"></span>**${cell(md(nameOf(render, key), context))}** | ${columns.map((c) => cell(text((record as Record<string, unknown>)[c], render))).join(' | ')} |`,
	);
	return [head, rule, ...rows].join('\n');
}

/** An action as one line: what to do, then who and when, set off as the locale writes an aside (`pb.page.actionMeta`). */
export function actionLine(action: Action, context: RenderContext): string {
	const colon = context.t('pb.colon');
	const meta = [
		`${context.t('pb.page.owner')}${colon}${md(action.owner, context)}`,
		action.when && `${context.t('pb.page.when')}${colon}${md(action.when, context)}`,
	].filter(Boolean);
	return `${md(action.action, context)} ${context.t('pb.page.actionMeta').replace('{meta}', meta.join(' · '))}`;
}

/** An item's note: its text, warning signs, the items it links to with their actions, its own actions, tools and backlinks. */
function noteBody(render: ModelRender, notes: ListNotes, note: ItemNote | undefined, path: string[]): string {
	const { context } = render;
	const self = `${render.model.id}/${path.join('/')}`;
	const linksLabel = notes.links_label ?? context.t('pb.page.links');
	const linked = (note?.links ?? []).map((ref) => {
		const target = noteOf(render, ref);
		const actions = target?.actions?.map((a) => `  - ${actionLine(a, context)}`) ?? [];
		return [`- ${itemLink(ref, context)}`, ...actions].join('\n');
	});
	const backlinks = Object.entries(render.notes).flatMap(([listPath, list]) =>
		Object.entries(list.items)
			.filter(([, n]) => n.links?.includes(self))
			.map(([id]) => ({ ref: `${render.model.id}/${listPath.replaceAll('.', '/')}/${id}`, label: list.backlinks_label })),
	);
	return blocks(
		note?.text && md(note.text, context),
		note?.signals && `**${context.t('pb.page.signals')}**`,
		note?.signals && bullets(note.signals.map((s) => md(s, context))),
		linked.length > 0 && `**${md(linksLabel, context)}${context.t('pb.colon').trim()}**`,
		linked.length > 0 && linked.join('\n'),
		note?.actions && `**${context.t('pb.page.actions')}**`,
		note?.actions && bullets(note.actions.map((a) => actionLine(a, context))),
		// The tools on one line: a reader on a phone reaches the next item sooner.
		note?.tools &&
			labelled(context.t('pb.page.tools'), note.tools.map((page) => link(context.titleOf(page), href(page, context))).join(' · '), context),
		backlinks.length > 0 && `**${md(backlinks[0]!.label ?? context.t('pb.page.backlinks'), context)}${context.t('pb.colon').trim()}**`,
		backlinks.length > 0 && bullets(backlinks.map((b) => itemLink(b.ref, context))),
	).trimEnd();
}

/** The note of an item elsewhere in this model's page (a pattern's response). */
function noteOf(render: ModelRender, ref: string): ItemNote | undefined {
	const { page, anchor } = itemLocation(ref, render.context);
	if (page !== render.model.id || !anchor) return undefined;
	const parts = ref.split('/').slice(1);
	const list = render.notes[parts.slice(0, -1).join('.')];
	return list?.items[parts.at(-1)!];
}
