import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownToHtml } from 'satteri';
import { headingIds } from '../../src/markdown/heading-ids.ts';
import { taskLists } from '../../src/markdown/task-lists.ts';

/**
 * A generated Markdown page (frontmatter dropped) as the HTML tree Astro's Markdown processor (Sätteri) makes of
 * it: GFM, the site's heading ids and working task lists. The components a page names in its frontmatter are
 * left out: they go in at build time (src/components/overrides/MarkdownContent.astro).
 */
export function renderPage(markdown: string): Root {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
	const result = markdownToHtml(body, { hastPlugins: [headingIds, taskLists] });
	// Sätteri runs synchronously unless a plugin is asynchronous, and these two are not.
	if (result instanceof Promise) throw new Error('renderPage: a Markdown plugin ran asynchronously');
	return fromHtml(result.html, { fragment: true });
}

/** The frontmatter fields of a generated page. */
export function frontmatterOf(markdown: string): Record<string, unknown> {
	const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
	return Object.fromEntries(
		block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 1))]),
	);
}
