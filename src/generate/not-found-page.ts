import { blocks, frontmatter, href, link, md } from './markdown.ts';
import type { RenderContext } from './render-context.ts';

/**
 * `404.html`: a mistyped address carries no language, so the page at the root speaks every published
 * locale, each part marked with its `lang` and linking to that locale's home page. Each other locale gets
 * its own not-found page in its own language only (`/zh-cn/404/`).
 *
 * Hosts serve the root page for every missing address, `/zh-cn/…` included, so a reader of another
 * language would meet a page in the default language first. A small script in the root page's `<head>`
 * sends an address under another locale's prefix on to that locale's own not-found page, before anything
 * is drawn; without JavaScript the reader still finds their language on the root page.
 */
export function notFoundPage(contexts: readonly RenderContext[], only?: RenderContext): string {
	const shown = only ? [only] : contexts.filter((c) => c.locale.status === 'published');
	const parts = shown.map(
		(context) =>
			`<div lang="${context.locale.lang}">\n\n${md(context.t('pb.notFound.text'), context)}\n\n${link(context.t('pb.notFound.home'), href('', context))}\n\n</div>`,
	);
	const titles = shown.map((c) => c.t('pb.notFound.title'));
	const head = only ? undefined : localeRedirect(shown);
	return blocks(frontmatter({ title: titles.join(' · '), pagefind: false, template: 'splash', head }), ...parts);
}

/** The root page's script that sends `/<prefix>/…` on to `/<prefix>/404/`, or nothing when there is no other locale. */
function localeRedirect(contexts: readonly RenderContext[]): { tag: 'script'; content: string }[] | undefined {
	const prefixed = contexts.filter((c) => c.locale.prefix);
	if (prefixed.length === 0) return undefined;
	const base = contexts[0]!.base;
	const targets = prefixed.map((c) => `${base}${c.locale.prefix}/`);
	const content = `(function(){var p=location.pathname,t=${JSON.stringify(targets)};for(var i=0;i<t.length;i++)if(p.indexOf(t[i])===0&&p!==t[i]+'404/'){location.replace(t[i]+'404/');return}})();`;
	return [{ tag: 'script', content }];
}
