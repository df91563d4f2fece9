import { slug } from 'github-slugger';
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** `## Heading text {#id}` at the end of a heading. */
const marker = /\s*\{#([\p{L}\p{N}_-]+)\}\s*$/u;

/**
 * Stable anchors shared by every locale: a heading written `## Text {#id}` gets the id `id` (Astro keeps an
 * id a heading already has), so switching language keeps the reader on the same section and a link shared
 * from either language lands on it. Links made with the heading's text slug (the anchor it had before) keep
 * working: an empty element with that id starts the heading.
 */
export function remarkHeadingIds() {
	return (tree: Root) => {
		visit(tree, (heading) => {
			const last = heading.children.at(-1);
			if (last?.type !== 'text') return;
			const match = marker.exec(last.value);
			if (!match) return;
			last.value = last.value.slice(0, match.index);
			if (last.value === '') heading.children.pop();
			const id = match[1]!;
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
			// The heading's words only: a quote's `<span data-pb-source>` is markup, not text.
			const textSlug = slug(toString(heading, { includeHtml: false }));
			if (textSlug && textSlug !== id) heading.children.unshift(anchor(textSlug));
		});
	};
}

/** An empty `<span id>` in a heading: a second way in, invisible and silent. */
const anchor = (id: string): PhrasingContent => ({
	type: 'emphasis',
	children: [],
	data: { hName: 'span', hProperties: { id, className: ['pb-anchor'] } },
});

function visit(node: Root | RootContent, found: (heading: Heading) => void): void {
	if (node.type === 'heading') found(node);
	if ('children' in node) for (const child of node.children) visit(child, found);
}
