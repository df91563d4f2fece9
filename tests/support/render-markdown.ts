import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids.ts';

/**
 * A generated Markdown page (frontmatter dropped) as the HTML tree Astro's Markdown pipeline makes of it:
 * GFM and the site's heading ids. For pages without components; MDX pages go through the real build.
 */
export function renderPage(markdown: string): Root {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
	const html = String(
		unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkHeadingIds)
			.use(remarkRehype, { allowDangerousHtml: true })
			.use(rehypeStringify, { allowDangerousHtml: true })
			.processSync(body),
	);
	return fromHtml(html, { fragment: true });
}

/** The frontmatter fields of a generated page. */
export function frontmatterOf(markdown: string): Record<string, unknown> {
	const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
	return Object.fromEntries(
		block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 1))]),
	);
}
