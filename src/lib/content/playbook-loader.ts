import type { Loader } from 'astro/loaders';
import { ContentError } from './content-error.ts';
import type { LocaleEntry } from './content-layer.ts';
import type { Playbook } from './playbook.ts';
import { isDraftBuild, playbookDir } from './playbook-folder.ts';
import { sharedPlaybook } from './shared-playbook.ts';

/**
 * The playbook folder as an Astro content-layer collection, `playbook`: one entry per locale code, read by
 * the components. It takes the playbook the integration loaded (shared-playbook.ts), or reads the folder through
 * loadPlaybook, the one reader of content, if a file changed since; the integration has already reported any
 * problem before this runs.
 */
export function playbookLoader(): Loader {
	return {
		name: 'client-playbook:playbook',
		load: async (context) => {
			const { store } = context;
			store.clear();
			let playbook: Playbook;
			try {
				const dir = playbookDir();
				const draft = isDraftBuild();
				// The whole reader of content is loaded only when the integration's playbook is out of date.
				({ playbook } = sharedPlaybook(dir, draft) ?? (await import('./load-playbook.ts')).loadPlaybook({ dir, draft }));
			} catch (error) {
				// The integration has printed the problem and shows it on every page in `astro dev`; an empty
				// collection keeps the dev server running until the file is fixed.
				if (error instanceof ContentError) return;
				throw error;
			}
			for (const locale of playbook.locales) {
				const { files: _files, ...content } = playbook.byLocale[locale.code]!;
				const entry: LocaleEntry = { locale, locales: playbook.locales, structure: playbook.structure, quality: playbook.quality, content };
				const data = await context.parseData({ id: locale.code, data: entry as unknown as Record<string, unknown> });
				store.set({ id: locale.code, data, digest: context.generateDigest(data) });
			}
		},
	};
}
