// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { locales } from './src/locales';
import { loadPlaybook } from './src/lib/content/load-playbook';
import { siteTitle, sidebar } from './src/lib/site-config';
import { playbookPages } from './src/integrations/playbook-pages';
import { qualityGate } from './src/gate/index';
import { siteAddress, siteUrl } from './src/integrations/site-address';
import { rehypeTaskLists } from './src/markdown/rehype-task-lists';

const site = siteUrl();
const playbook = loadPlaybook({ root: fileURLToPath(new URL('.', import.meta.url)) });

export default defineConfig({
	// Canonical links, hreflang alternates, the sitemap and printed checklists use the public address: set SITE_URL
	// when deploying. Without it they are left out (checklists print the page path), and the build says so once.
	...(site ? { site } : {}),
	trailingSlash: 'always',
	// The unified (remark) processor, so that remark-gfm and remark-based plugins such as the links
	// validator see every page; GFM comes from remark-gfm itself, not twice.
	markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTaskLists] }) },
	vite: {
		build: {
			rollupOptions: {
				// Astro's MDX pipeline marks every MDX module with a "use astro:head-inject" directive that the
				// bundler warns about once per page; the directive is Astro's own and harmless here.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
	integrations: [
		siteAddress(),
		playbookPages(playbook),
		starlight({
			title: siteTitle(playbook),
			defaultLocale: 'root',
			locales,
			sidebar: sidebar(playbook),
			customCss: ['./src/styles/custom.css', './src/styles/task-lists.css', './src/styles/search.css', './src/styles/print-values.css'],
			// Starlight's own components, changed where readers met a problem; each file says why.
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				Hero: './src/components/overrides/Hero.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			lastUpdated: false,
			pagination: true,
			// Fails the build on a broken internal link or anchor in any page's Markdown.
			plugins: [starlightLinksValidator()],
		}),
		// Last, so that it reads the finished site: checks every page against the playbook's quality check.
		qualityGate(),
	],
});
