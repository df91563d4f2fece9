import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import {
	REGISTRATION_ATTRIBUTE,
	registrationScript,
	retiringWorker,
	SERVICE_WORKER_FILE,
	unregistrationScript,
} from '../lib/offline/registration.ts';
import { writeServiceWorker } from '../lib/offline/service-worker.ts';

/**
 * Offline reading, as a Starlight plugin: a build gets a service worker that precaches the whole site
 * (src/lib/offline/service-worker.ts) and every page a tiny inline script that registers it; `astro dev`
 * gets neither: its pages remove a service worker a preview may have left on the same address, and its
 * `sw.js` is a worker that retires itself, for a built page the left-over worker still serves.
 */
export function offline(): StarlightPlugin {
	return {
		name: 'client-playbook:offline',
		hooks: {
			'config:setup'({ command, config, astroConfig, updateConfig, addIntegration }) {
				const build = command === 'build';
				const content = build ? registrationScript(astroConfig.base) : unregistrationScript;
				updateConfig({ head: [...(config.head ?? []), { tag: 'script', attrs: { [REGISTRATION_ATTRIBUTE]: '' }, content }] });
				if (!build) {
					addIntegration(retireInDev(`${astroConfig.base.replace(/\/$/, '')}/${SERVICE_WORKER_FILE}`));
					return;
				}
				addIntegration({
					name: 'client-playbook:service-worker',
					hooks: {
						'astro:build:done': async ({ dir, logger }) => {
							const started = performance.now();
							const report = await writeServiceWorker(fileURLToPath(dir), astroConfig.base);
							for (const warning of report.warnings) logger.warn(warning);
							const mb = (report.size / 1024 / 1024).toFixed(1);
							logger.info(`Service worker: ${report.count} files (${mb} MB) precached in ${Math.round(performance.now() - started)} ms.`);
						},
					},
				});
			},
		},
	};
}

/** In `astro dev`, answers `sw.js` with a worker that removes itself (registration.ts `retiringWorker`). */
function retireInDev(path: string): AstroIntegration {
	return {
		name: 'client-playbook:retire-service-worker',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					if (request.url?.split('?')[0] !== path) return next();
					response.setHeader('content-type', 'text/javascript; charset=utf-8');
					response.setHeader('cache-control', 'no-store');
					response.end(retiringWorker);
				});
			},
		},
	};
}
