import type { Loader } from 'astro/loaders';
import { getCollection } from 'astro:content';
import { ContentError } from './content-error.ts';
import { loadPlaybook } from './load-playbook.ts';
import { isDraftBuild, playbookDir } from './playbook-folder.ts';
import { sharedPlaybook } from './shared-playbook.ts';
import type { LocaleContent, Playbook, PlaybookLocale } from './playbook.ts';

/** What the `playbook` collection holds per locale: everything a component needs to render that locale's parts. */
export interface LocaleEntry {
	locale: PlaybookLocale;
	locales: PlaybookLocale[];
	structure: Playbook['structure'];
	quality: Playbook['quality'];
	content: Omit<LocaleContent, 'files'>;
}

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
				({ playbook } = sharedPlaybook(dir, draft) ?? loadPlaybook({ dir, draft }));
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

/**
 * Starlight's route data of the page being rendered, or undefined where a page's content is rendered outside a
 * Starlight page (llms.txt renders every default-locale page on its own): components then use the default locale.
 */
export function starlightRouteOf(locals: App.Locals): App.Locals['starlightRoute'] | undefined {
	try {
		// A fallback page (a draft locale's untranslated page) shows the default locale's content: its components render that.
		return locals.starlightRoute.isFallback ? { ...locals.starlightRoute, ...locals.starlightRoute.entryMeta } : locals.starlightRoute;
	} catch {
		return undefined;
	}
}

/**
 * The content of the page's locale, for components: Starlight's route names the locale (undefined for the
 * default one). Throws if the collection has no such locale, which would be a bug, not a content error.
 */
export async function localeEntry(route: { locale: string | undefined }): Promise<LocaleEntry> {
	const entry = await findLocaleEntry(route);
	if (!entry) throw new Error(`The playbook collection has no locale "${route.locale ?? '(default)'}".`);
	return entry;
}

/** Like {@link localeEntry}, for components that also work on a Starlight site without a playbook: undefined there. */
export async function findLocaleEntry(route: { locale: string | undefined }): Promise<LocaleEntry | undefined> {
	const entries = (await getCollection('playbook')).map((e) => e.data as unknown as LocaleEntry);
	return entries.find((e) => (route.locale ? e.locale.code === route.locale : e.locale.isDefault));
}
