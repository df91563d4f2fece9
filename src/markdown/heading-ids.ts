import { slug } from 'github-slugger';
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** `## Heading text {#id}` at the end of a heading. */
const marker = /\s*\{#([\p{L}\p{N}_-]+)\}\s*$/u;

/**
 * Stable anchors shared by every locale, as a Sätteri hast plugin (Astro's Markdown processor): a heading written
 * `## Text {#id}` (in MDX `\{#id\}`) gets the id `id` (Astro keeps an id a heading already has), so switching
 * language keeps the reader on the same section and a link shared from either language lands on it. Links made
 * with the heading's text slug (the anchor it had before) keep working: an empty `<span class="pb-anchor">` with
 * that id starts the heading. A heading without the marker is left to Astro's own ids.
 */
export const headingIds: HastPluginDefinition = defineHastPlugin({
	name: 'pb-heading-ids',
	element: {
		filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
		visit(heading) {
			const last = heading.children.at(-1);
			if (last?.type !== 'text') return;
			const match = marker.exec(last.value);
			if (!match) return;
			const id = match[1]!;
			const before = last.value.slice(0, match.index);
			const children = [
				...heading.children.slice(0, -1),
				...(before ? [{ type: 'text' as const, value: before }] : []),
			] as ElementContent[];
			// The heading's words only: a quote's `<span data-pb-source>` is markup, not text.
			const textSlug = slug(wordsOf(children));
			const anchor: Element = { type: 'element', tagName: 'span', properties: { id: textSlug, className: ['pb-anchor'] }, children: [] };
			return {
				type: 'element',
				tagName: heading.tagName,
				properties: { ...heading.properties, id },
				children: textSlug && textSlug !== id ? [anchor, ...children] : children,
			};
		},
	},
});

/** The text of nodes, inline HTML left out (Sätteri keeps a Markdown page's inline HTML as `raw` nodes). */
function wordsOf(nodes: readonly { type: string; value?: unknown; children?: unknown }[]): string {
	return nodes
		.map((node) =>
			node.type === 'text' ? String(node.value) : Array.isArray(node.children) ? wordsOf(node.children as { type: string }[]) : '',
		)
		.join('');
}
