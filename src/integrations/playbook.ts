import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import { buildSite } from '../generate/build-site.ts';
import { qualityGate } from '../gate/index.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { loadPlaybook } from '../lib/content/load-playbook.ts';
import type { Playbook } from '../lib/content/playbook.ts';
import { filesUnder, isDraftBuild, playbookDir } from '../lib/content/playbook-folder.ts';
import { sharePlaybook } from '../lib/content/shared-playbook.ts';
import { sidebar, siteTitle, starlightLocales } from '../lib/site-config.ts';
import { setDevContentError } from './dev-error-state.ts';
import { offline } from './offline.ts';

/**
 * The playbook site generator as one integration: reads the playbook folder (`PLAYBOOK_DIR`, default
 * `content/`), writes its pages into Starlight's docs folder, configures Starlight from it, and adds the
 * quality gate that checks the built site. Every content file is watched: `astro dev` restarts when one
 * changes. A content error is printed on its own and ends the build; in `astro dev` it is shown in the
 * browser's error overlay until fixed.
 */
export function playbook(): AstroIntegration {
	return {
		name: 'client-playbook',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, addWatchFile, addMiddleware }) => {
				const dir = playbookDir();
				const docsDir = fileURLToPath(new URL('./src/content/docs/', config.root));
				const i18nDir = fileURLToPath(new URL('./src/content/i18n/', config.root));
				const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				for (const file of filesUnder(dir)) addWatchFile(file);
				try {
					// The content layer (src/lib/content/playbook-loader.ts) reads the same playbook: it gets this one.
					const draft = isDraftBuild();
					const loaded = sharePlaybook(dir, draft, () => loadPlaybook({ dir, draft }));
					// `astro preview` serves the built site: it reads the content for its configuration only.
					if (command !== 'preview') buildSite(loaded, { base, docsDir, i18nDir });
					setDevContentError(undefined);
					const { playbook } = loaded;
					const gate = qualityGate(playbook);
					updateConfig({
						integrations: [
							// Before Starlight: starts checking the built pages while Starlight's steps (Pagefind …) run (src/gate/index.ts).
							gate.start,
							starlight({
								title: siteTitle(playbook),
								defaultLocale: 'root',
								locales: starlightLocales(playbook),
								sidebar: sidebar(playbook),
								customCss: [
									'./src/styles/custom.css',
									'./src/styles/task-lists.css',
									'./src/styles/search.css',
									'./src/styles/print-values.css',
								],
								// Starlight's own components, changed where readers met a problem; each file says why.
								components: {
									PageTitle: './src/components/overrides/PageTitle.astro',
									Hero: './src/components/overrides/Hero.astro',
									ThemeProvider: './src/components/overrides/ThemeProvider.astro',
									ThemeSelect: './src/components/overrides/ThemeSelect.astro',
									// Puts the components a generated page names in its frontmatter into its Markdown (src/schemas/page-shells.ts).
									MarkdownContent: './src/components/overrides/MarkdownContent.astro',
								},
								lastUpdated: false,
								pagination: true,
								plugins: [
									// Fails the build on a broken internal link or anchor in any page's Markdown; a draft locale's
									// links to its untranslated pages are checked against the default locale's page they fall back to.
									starlightLinksValidator({ errorOnFallbackPages: !playbook.locales.some((l) => l.status === 'draft') }),
									// Precaches the built site in a service worker and registers it on every page (offline reading).
									offline(),
									// llms.txt for AI assistants, pointing at the playbook in its own format (src/pages/[...locale]/skill.txt.ts);
									// checklists and templates are tools to fill in, not text to read. Its links are absolute, so it is
									// written only when the build knows the site's address (SITE_URL).
									...(config.site
										? [
												starlightLlmsTxt({
													optionalLinks: skillLinks(playbook, config.site),
													exclude: ['checklists', 'checklists/**', '**/checklists/**', 'templates', 'templates/**', '**/templates/**'],
												}),
											]
										: []),
								],
							}),
							// Last: the quality gate's verdict on every page, after every other integration's work.
							gate.verdict,
						],
					});
				} catch (error) {
					if (!(error instanceof ContentError)) throw error;
					// The message says what and where; Astro's own wrapping would bury it under a stack trace.
					console.error(`\n${error.message}`);
					if (command !== 'dev') process.exit(1);
					setDevContentError(error);
					addMiddleware({ entrypoint: fileURLToPath(new URL('./dev-content-error.ts', import.meta.url)), order: 'pre' });
					updateConfig({ integrations: [starlight({ title: 'Playbook', pagination: false })] });
				}
			},
			// Astro restarts on a change to a watched file only if its file watcher sees it: a playbook folder
			// outside the project (PLAYBOOK_DIR) is added to it.
			'astro:server:setup': ({ server }) => {
				server.watcher.add(playbookDir());
			},
		},
	};
}

/** The playbook in its own skill format, per locale, for llms.txt. */
function skillLinks(playbook: Playbook, site: string) {
	return playbook.locales.map((locale) => ({
		label: `${playbook.byLocale[locale.code]?.skill?.name ?? 'Skill'} (${locale.label}, skill text)`,
		url: new URL(`${locale.prefix ? `${locale.prefix}/` : ''}skill.txt`, site.endsWith('/') ? site : `${site}/`).href,
		description: `The playbook in the skill format it was written in (${locale.lang}).`,
	}));
}
