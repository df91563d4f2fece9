// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { playbook } from './src/integrations/playbook.ts';
import { siteAddress, siteUrl } from './src/integrations/site-address.ts';
import { remarkHeadingIds } from './src/markdown/remark-heading-ids.ts';
import { rehypeTaskLists } from './src/markdown/rehype-task-lists.ts';

const site = siteUrl();

export default defineConfig({
	// Canonical links, hreflang alternates, the sitemap and printed checklists use the public address: set SITE_URL
	// when deploying. Without it they are left out (checklists print the page path), and the build says so once.
	...(site ? { site } : {}),
	trailingSlash: 'always',
	// The unified (remark) processor, so that remark-gfm and remark-based plugins such as the links
	// validator see every page; GFM comes from remark-gfm itself, not twice.
	markdown: {
		processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkHeadingIds], rehypePlugins: [rehypeTaskLists] }),
	},
	vite: {
		build: {
			rollupOptions: {
				// Astro's MDX pipeline marks every MDX module with a "use astro:head-inject" directive that the
				// bundler warns about once per page; the directive is Astro's own and harmless here.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
				// The checklist island and the workspace code every template and checklist page needs, in one
				// file: a checklist page then loads one script of its own (its budget, 3 KB gzip, counts each
				// file's gzip), and template pages carry the checklist island's 1 KB unused.
				output: {
					codeSplitting: {
						groups: [
							{
								name: 'workspace-islands',
								test: /src[\\/](lib[\\/]workspace[\\/](record|store|migrate)|islands[\\/](ime|client-picker|checklist))\.ts$/,
							},
						],
					},
				},
			},
		},
	},
	// The playbook folder (PLAYBOOK_DIR, default content/) becomes a Starlight site; see src/integrations/playbook.ts.
	integrations: [siteAddress(), playbook()],
});
