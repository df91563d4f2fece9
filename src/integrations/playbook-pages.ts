import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content/content-error';
import { loadPlaybook, type Playbook } from '../lib/content/load-playbook';
import { writePages } from '../generate/write-pages';

/**
 * Generates the playbook's docs pages from `content/` before Astro loads its collections, and again
 * whenever content changes during `astro dev`.
 */
export function playbookPages(playbook: Playbook): AstroIntegration {
	return {
		name: 'client-playbook:pages',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const docsDir = fileURLToPath(new URL('./src/content/docs/', config.root));
				const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				const written = writePages(playbook, docsDir, base);
				logger.info(`Generated ${written.length} pages from content/.`);
			},
			'astro:server:setup': ({ server, logger }) => {
				const root = fileURLToPath(new URL('../../', import.meta.url));
				const contentDir = `${root}content/`;
				server.watcher.add(contentDir);
				server.watcher.on('change', (file) => {
					if (!file.startsWith(contentDir)) return;
					try {
						const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
						writePages(loadPlaybook({ root }), `${root}src/content/docs/`, base);
						logger.info('Regenerated pages from content/.');
					} catch (error) {
						logger.error(error instanceof ContentError ? error.message : String(error));
					}
				});
			},
		},
	};
}
