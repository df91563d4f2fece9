import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingIds } from '../../src/markdown/heading-ids';

const render = async (markdown: string) =>
	fromHtml((await markdownToHtml(markdown, { hastPlugins: [headingIds] })).html, { fragment: true });

describe('heading ids', () => {
	it('gives a heading written `{#id}` that id, the same in every language, with its words’ slug as a second anchor', async () => {
		for (const [markdown, words] of [
			['## Risks and friction {#risks}', 'risks-and-friction'],
			['## 风险与摩擦 {#risks}', '风险与摩擦'],
		] as const) {
			const h2 = select('h2', await render(markdown))!;
			expect(h2.properties['id']).toBe('risks');
			expect(toString(h2)).toBe(markdown.slice(3, markdown.indexOf(' {#')));
			expect(select('span.pb-anchor', h2)?.properties['id']).toBe(words);
		}
	});

	it('leaves a quote’s markup out of the words’ slug, as a reader sees the heading', async () => {
		const h3 = select('h3', await render('### <span data-pb-source="">Buyer and user</span> want different things {#buyer-user}'))!;
		expect(h3.properties['id']).toBe('buyer-user');
		expect(select('span.pb-anchor', h3)?.properties['id']).toBe('buyer-and-user-want-different-things');
		expect(select('span[data-pb-source]', h3)).toBeDefined();
	});

	it('adds no second anchor when the words’ slug is the id, and leaves headings without a marker to Astro', async () => {
		const tree = await render('## Scope {#scope}\n\n## Plain heading\n');
		expect(select('h2#scope span.pb-anchor', tree)).toBeUndefined();
		const plain = select('h2:not(#scope)', tree)!;
		expect(toString(plain)).toBe('Plain heading');
		expect(plain.properties['id']).toBeUndefined();
	});

	it('reads the marker in MDX, where its braces are escaped', async () => {
		const { code } = await mdxToJs('## The stages \\{#stages\\}\n', { hastPlugins: [headingIds] });
		expect(code).toContain('id: "stages"');
		expect(code).not.toContain('{#stages}');
	});
});
