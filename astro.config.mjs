// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { playbook } from './src/integrations/playbook.ts';
import { siteAddress, siteUrl } from './src/integrations/site-address.ts';
import { headingIds } from './src/markdown/heading-ids.ts';
import { taskLists } from './src/markdown/task-lists.ts';

const site = siteUrl();

export default defineConfig({
	// Canonical links, hreflang alternates, the sitemap and printed checklists use the public address: set SITE_URL
	// when deploying. Without it they are left out (checklists print the page path), and the build says so once.
	...(site ? { site } : {}),
	trailingSlash: 'always',
	// Sätteri, Astro's own Markdown processor (GFM built in), for Markdown and MDX pages: the playbook's heading ids
	// and working task lists are hast plugins; Starlight and the links validator add theirs.
	markdown: { processor: satteri({ hastPlugins: [headingIds, taskLists] }) },
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
