import { getCollection } from 'astro:content';
import type { LocaleContent, Playbook, PlaybookLocale } from './playbook.ts';

/**
 * What the `playbook` collection holds per locale (filled by playbook-loader.ts): everything a component needs to
 * render that locale's parts. This module is what components read it with.
 */
export interface LocaleEntry {
	locale: PlaybookLocale;
	locales: PlaybookLocale[];
	structure: Playbook['structure'];
	quality: Playbook['quality'];
	content: Omit<LocaleContent, 'files'>;
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
