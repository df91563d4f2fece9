import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { defineHastPlugin, markdownToHtml, mdxToJs, type HastPluginEntry } from 'satteri';
import { describe, expect, it } from 'vitest';
import { taskLists } from '../../src/markdown/task-lists';

const fixture = readFileSync(new URL('../fixtures/hand-written-checklist/pages/index.mdx', import.meta.url), 'utf8');

const toHtml = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [taskLists] })).html.trim();

/** A plain copy of the tree Sätteri hands a plugin (its children are read lazily). */
const copy = (node: unknown): Root =>
	JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === '_resolver' || key === '_id' ? undefined : value)));

/** The hast a page produces, captured after the plugin ran: MDX (a hand-written page) or Markdown (a generated one). */
async function treeOf(source: string, format: 'mdx' | 'md' = 'mdx'): Promise<Root> {
	let tree: Root | undefined;
	const capture: HastPluginEntry = defineHastPlugin({ name: 'capture', after: (root) => void (tree = copy(root)) });
	const hastPlugins = [taskLists, capture];
	await (format === 'mdx' ? mdxToJs(source, { hastPlugins }) : markdownToHtml(source, { hastPlugins }));
	return tree!;
}
const mdxTree = (source: string) => treeOf(source, 'mdx');

function findAll(node: Root | Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
	for (const child of node.children) {
		if (child.type === 'element') {
			if (test(child)) found.push(child);
			findAll(child, test, found);
		} else if ('children' in child) findAll(child as unknown as Element, test, found);
	}
	return found;
}

describe('task lists', () => {
	it('turns a Markdown task item into an enabled checkbox with its text as label', async () => {
		const html = await toHtml('- [ ] Send the agenda\n- [x] Book the room\n');
		expect(html).toContain(
			'<input type="checkbox" id="task-1" value="send-the-agenda"><label for="task-1" class="pb-task-label" data-pagefind-index-attrs="data-search-text" data-search-text="Send the agenda">Send the agenda</label>',
		);
		expect(html).toContain(
			'<input type="checkbox" checked id="task-2" value="book-the-room"><label for="task-2" class="pb-task-label" data-pagefind-index-attrs="data-search-text" data-search-text="Book the room">Book the room</label>',
		);
		expect(html).not.toContain('disabled');
	});

	it('labels the items of a loose list inside their paragraph', async () => {
		const html = await toHtml('- [ ] One\n\n- [ ] One\n');
		expect(html).toContain('<p><input type="checkbox" id="task-1" value="one"><label for="task-1" class="pb-task-label"');
		// Equal texts get distinct values, so their ticks are stored apart.
		expect(html).toContain('value="one-1"');
	});

	it('keeps a generated item’s tick under its id, with its wording’s slug for ticks saved before ids', async () => {
		const tree = await mdxTree('- [ ] <span data-task-id="key-contacts"></span>**Key contacts**: named on both sides\n');
		const [input] = findAll(tree, (e) => e.tagName === 'input');
		const [label] = findAll(tree, (e) => e.tagName === 'label');
		expect(input?.properties).toMatchObject({ value: 'key-contacts', dataWas: 'key-contacts-named-on-both-sides' });
		// The marker is gone: the label holds the item's words only.
		expect(findAll(label!, (e) => e.properties['dataTaskId'] !== undefined)).toEqual([]);
		expect(JSON.stringify(label)).not.toContain('data-task-id');
		// The item's words sit in the label once, nothing left behind beside it.
		const item = findAll(tree, (e) => e.tagName === 'li')[0]!;
		expect(item.children.filter((c) => c.type === 'element').map((c) => c.tagName)).toEqual(['input', 'label']);
		// Without a marker (a hand-written item) the wording is the value and there is nothing to migrate.
		const html = await toHtml('- [ ] Key contacts\n');
		expect(html).toContain('value="key-contacts"');
		expect(html).not.toContain('data-was');
	});

	it('gives search each item once: its text and notes, without the other language', async () => {
		const tree = await mdxTree(
			'- [ ] Name the **sponsor** <span lang="zh-CN">说出发起人</span> <span data-task-note>→ Response: [map](/x/)</span>\n',
		);
		const [label] = findAll(tree, (e) => e.tagName === 'label');
		// Pagefind skips <label> content; it indexes this attribute instead, once per item.
		expect(label?.properties).toMatchObject({
			dataPagefindIndexAttrs: 'data-search-text',
			dataSearchText: 'Name the sponsor → Response: map',
		});
	});

	it('reads inline HTML in a Markdown page as MDX does: the same value and search text', async () => {
		// A checklist's own page is Markdown: Sätteri hands the plugin inline HTML unparsed (raw nodes).
		const item = '- [ ] Name the **sponsor** <span lang="zh-CN">说出发起人</span> <span data-task-note>→ Response: [map](/x/)</span>\n';
		const tree = await treeOf(item, 'md');
		const [input] = findAll(tree, (e) => e.tagName === 'input');
		const [label] = findAll(tree, (e) => e.tagName === 'label');
		expect(input?.properties['value']).toBe('name-the-sponsor');
		expect(label?.properties).toMatchObject({ dataSearchText: 'Name the sponsor → Response: map' });
		// The other language is an element inside the label, as in MDX.
		expect(findAll(label!, (e) => e.properties['lang'] === 'zh-CN')).toHaveLength(1);
	});

	it('labels the items of nested lists too, numbered in document order, in Markdown and MDX', async () => {
		const source = '- [ ] Outer\n  - [ ] Inner <span lang="zh-CN">内</span>\n  - [x] Inner too\n    - [ ] Deepest\n- [ ] Second\n';
		const expected = [
			['task-1', 'outer'],
			['task-2', 'inner'],
			['task-3', 'inner-too'],
			['task-4', 'deepest'],
			['task-5', 'second'],
		];
		for (const format of ['md', 'mdx'] as const) {
			const tree = await treeOf(source, format);
			const inputs = findAll(tree, (e) => e.tagName === 'input');
			expect(
				inputs.map((i) => [i.properties['id'], i.properties['value']]),
				format,
			).toEqual(expected);
			expect(
				inputs.filter((i) => i.properties['disabled'] !== undefined),
				format,
			).toEqual([]);
			expect(
				findAll(tree, (e) => e.tagName === 'label').map((l) => l.properties['htmlFor']),
				format,
			).toEqual(expected.map(([id]) => id));
		}
	});

	it('leaves ordinary lists alone', async () => {
		expect(await toHtml('- plain item\n')).toBe('<ul>\n<li>plain item</li>\n</ul>');
	});

	it('makes a hand-written MDX checklist the same markup as a generated one', async () => {
		const tree = await mdxTree(fixture);
		const inputs = findAll(tree, (e) => e.tagName === 'input');
		const labels = findAll(tree, (e) => e.tagName === 'label');
		expect(inputs.map((input) => [input.properties['id'], input.properties['value'], input.properties['disabled']])).toEqual([
			['task-1', 'send-the-agenda', undefined],
			['task-2', 'book-the-room', undefined],
			['task-3', 'invite-the-client-sponsor-and-the-day-to-day-contact', undefined],
			['task-4', 'confirm-goals', undefined],
			['task-5', 'confirm-goals-1', undefined],
		]);
		expect(labels.map((label) => label.properties['htmlFor'])).toEqual(['task-1', 'task-2', 'task-3', 'task-4', 'task-5']);
		// The other-language text stays inside the label but is not part of the stored value.
		expect(JSON.stringify(labels[0]?.children)).toContain('发送议程');
	});
});
