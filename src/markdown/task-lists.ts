import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { type ChildNode, isComment, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { searchableLabel } from '../lib/search-index';

/** The class the label of every task-list item gets; styles and the checklist island use it. */
export const taskLabelClass = 'pb-task-label';

/**
 * Makes every Markdown task list (`- [ ] item`, GFM) a working checklist without JavaScript, as a Sätteri hast
 * plugin (Astro's Markdown processor, for Markdown and MDX pages): the checkbox is enabled, gets an id and a
 * `value`, under which its tick is stored, and the item's text becomes its `<label>`. The value is the item's id
 * when the item starts with a marker `<span data-task-id="…"></span>` (generated checklists: the same id in every
 * locale, so rewording an item keeps its ticks; the old wording-based value stays in `data-was` for ticks saved
 * before ids), or else a slug of the item's own text. Generated checklists are task lists too, so hand-written and
 * generated checklists share one markup.
 *
 * Text in another language (any child with a `lang` attribute, used by bilingual printing) and notes
 * (a child with `data-task-note`, such as "→ Response: …") stay inside the label but do not count for
 * the slug, so ticks survive switching the other language on and off. Search indexes the label's text
 * with its notes and without the other language (see `src/lib/search-index.ts`).
 *
 * A factory: each page gets its own box numbers (`task-1` …) and slugs.
 */
export const taskLists: HastPluginEntry = () => {
	const slugger = new GithubSlugger();
	let count = 0;
	return defineHastPlugin({
		name: 'pb-task-lists',
		element: {
			filter: ['li'],
			visit(node, ctx) {
				if (!hasClass(node, 'task-list-item')) return;
				// A nested item is labelled with the item it is in: Sätteri applies each replacement to the tree as it
				// was, so one queued for a node inside a replaced item would be dropped.
				let up: ReturnType<typeof ctx.parent> = ctx.parent(node);
				while (up && up.type !== 'root') {
					if (up.type === 'element' && hasClass(up, 'task-list-item')) return;
					up = ctx.parent(up);
				}
				// In a Markdown (not MDX) page, inline HTML in an item (the other language, a note, a quote) is
				// unparsed (`raw` nodes, each tag apart): it is parsed first, as in MDX, so that the item's text
				// leaves out the other language and notes. Parsing makes a new tree; any other item is copied.
				const li = hasRaw(node) ? parsed(node) : (plain(node) as Element);
				// Boxes are numbered in document order: the item, then the items of its nested lists.
				const label = (item: Element): Element => {
					count += 1;
					labelItem(item, `task-${count}`, slugger);
					for (const nested of nestedItems(item)) label(nested);
					return item;
				};
				return label(li);
			},
		},
	});
};

/** Enables a task-list item's box, in place, and makes the item's text its label; `id` is the box's id. */
function labelItem(li: Element, id: string, slugger: GithubSlugger): void {
	// A loose list wraps the item's text in a paragraph.
	const holder = li.children.find(isElement)?.tagName === 'p' ? (li.children.find(isElement) as Element) : li;
	const inputIndex = holder.children.findIndex((child) => isElement(child) && child.tagName === 'input');
	const input = holder.children[inputIndex];
	if (!input || !isElement(input)) return;

	// Everything after the box up to a nested list is the item's text.
	const end = holder.children.findIndex(
		(child, index) => index > inputIndex && isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol'),
	);
	const stop = end === -1 ? holder.children.length : end;
	const all = holder.children.slice(inputIndex + 1, stop);
	// A generated item starts with an empty `<span data-task-id>`: its id, which replaces the marker.
	const key = all.map(taskIdOf).find(Boolean);
	const content = all.filter((node) => !taskIdOf(node));
	const text = textOf(content, { notes: false }).trim();
	const wording = slugger.slug(text || id);

	delete input.properties['disabled'];
	input.properties['id'] = id;
	input.properties['value'] = key ?? wording;
	// Ticks saved before items had ids were kept under the wording: the checklist island still reads them.
	if (key) input.properties['dataWas'] = wording;
	// Built from a plain object: MDX's type augmentation of hast types `htmlFor` as a list.
	const properties: Record<string, string | string[]> = {
		htmlFor: id,
		className: [taskLabelClass],
		...hastProperties(searchableLabel(textOf(content, { notes: true }))),
	};
	const label: Element = { type: 'element', tagName: 'label', properties, children: trimStart(content) };
	holder.children.splice(inputIndex + 1, all.length, label);
}

type Node = Root | RootContent;

/** The task items of an item's nested lists, outermost first (their own nested items are reached through them). */
function nestedItems(li: Element): Element[] {
	const found: Element[] = [];
	const walk = (node: Node): void => {
		for (const child of 'children' in node ? (node.children as Node[]) : [])
			if (isElement(child) && child.tagName === 'li' && hasClass(child, 'task-list-item')) found.push(child);
			else walk(child);
	};
	walk(li);
	return found;
}

/** Whether a node holds unparsed inline HTML. */
const hasRaw = (node: Node): boolean => (node.type as string) === 'raw' || ('children' in node && (node.children as Node[]).some(hasRaw));

/**
 * The item with its inline HTML parsed: serialised as it stands (inline HTML as written) and parsed again, with
 * htmlparser2 (three times faster than parse5 on an item, a fifth of a big playbook's content sync went into
 * this), its nodes made hast by hastscript, which maps attributes to hast properties as parse5's reading does.
 * Unlike the HTML standard, htmlparser2 does not repair misnested tags (`<b>…<i>…</b>…</i>`), add a table's
 * `<tbody>` or keep an SVG element's capitals (`linearGradient`); the browser repairs the last two when it reads
 * the page. The generator writes none of them; a checklist item written by hand could.
 */
function parsed(li: Element): Element {
	return parseDocument(toHtml(li, { allowDangerousHtml: true }))
		.children.map(toHast)
		.find(isElement)!;
}

/** An htmlparser2 node as hast; undefined for what an item cannot hold (a doctype or processing instruction). */
function toHast(node: ChildNode): ElementContent | undefined {
	if (isText(node)) return { type: 'text', value: node.data };
	if (isComment(node)) return { type: 'comment', value: node.data };
	if (isTag(node))
		return h(
			node.name,
			node.attribs,
			node.children.map(toHast).filter((child) => child !== undefined),
		);
	return undefined;
}

/** A plain, writable hast copy of a node Sätteri hands out (its children are read lazily and are read-only). */
function plain(node: Node): Node {
	const copy: Record<string, unknown> = {};
	// `position` for the links validator's messages, `data` for MDX (an explicit JSX element stays one).
	for (const key of ['type', 'tagName', 'value', 'name', 'attributes', 'position', 'data'] as const)
		if (key in node) copy[key] = (node as unknown as Record<string, unknown>)[key];
	if ('properties' in node) copy['properties'] = { ...node.properties };
	if ('children' in node) copy['children'] = (node.children as Node[]).map(plain);
	return copy as unknown as Node;
}

const isElement = (node: unknown): node is Element => typeof node === 'object' && node !== null && (node as Element).type === 'element';

function hasClass(element: Element, name: string): boolean {
	const value: unknown = element.properties['className'];
	return Array.isArray(value) ? value.includes(name) : typeof value === 'string' && value.split(/\s+/).includes(name);
}

/** Text of the nodes, leaving out other-language parts and, unless asked for, notes (elements or MDX JSX). */
function textOf(nodes: readonly Node[], options: { notes: boolean }): string {
	const skipped = options.notes ? ['lang'] : ['lang', 'data-task-note'];
	return nodes
		.map((node): string => {
			if (node.type === 'text') return node.value;
			if (isElement(node) && skipped.some((name) => node.properties[camelCase(name)] !== undefined)) return '';
			if (isMdxJsx(node) && node.attributes.some((attribute) => 'name' in attribute && skipped.includes(attribute.name ?? ''))) return '';
			return 'children' in node ? textOf(node.children as Node[], options) : '';
		})
		.join('');
}

/** The id an item's marker (`<span data-task-id="…">`, element or MDX JSX) carries; undefined for other nodes. */
function taskIdOf(node: Node): string | undefined {
	if (isElement(node)) return typeof node.properties['dataTaskId'] === 'string' ? node.properties['dataTaskId'] : undefined;
	if (!isMdxJsx(node)) return undefined;
	const value = node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'data-task-id')?.value;
	return typeof value === 'string' ? value : undefined;
}

/** HTML attributes as hast properties. */
const hastProperties = (attributes: Record<string, string>): Record<string, string> =>
	Object.fromEntries(Object.entries(attributes).map(([name, value]) => [camelCase(name), value]));

/** hast's property name of an HTML attribute: `data-task-note` -> `dataTaskNote`. */
const camelCase = (attribute: string): string => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

interface MdxJsxNode {
	type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
	attributes: { name?: string; value?: unknown }[];
}

const isMdxJsx = (node: unknown): node is MdxJsxNode =>
	typeof node === 'object' && node !== null && ['mdxJsxTextElement', 'mdxJsxFlowElement'].includes((node as MdxJsxNode).type);

/** Drops the space GFM leaves between the box and the text. */
function trimStart(nodes: ElementContent[]): ElementContent[] {
	const [first, ...rest] = nodes;
	if (first?.type === 'text') return first.value.trimStart() ? [{ ...first, value: first.value.trimStart() }, ...rest] : rest;
	return nodes;
}
