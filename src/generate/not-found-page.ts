import { blocks, frontmatter, href, link, md } from './markdown.ts';
import type { RenderContext } from './render-context.ts';

/**
 * `404.html`: a mistyped address carries no language, so the page at the root speaks every published
 * locale, each part marked with its `lang` and linking to that locale's home page. Each other locale gets
 * its own not-found page in its own language only.
 */
export function notFoundPage(contexts: readonly RenderContext[], only?: RenderContext): string {
	const parts = (only ? [only] : contexts.filter((c) => c.locale.status === 'published')).map(
		(context) =>
			`<div lang="${context.locale.lang}">\n\n${md(context.t('pb.notFound.text'), context)}\n\n${link(context.t('pb.notFound.home'), href('', context))}\n\n</div>`,
	);
	const titles = (only ? [only] : contexts.filter((c) => c.locale.status === 'published')).map((c) => c.t('pb.notFound.title'));
	return blocks(frontmatter({ title: titles.join(' · '), pagefind: false, template: 'splash' }), ...parts);
}
