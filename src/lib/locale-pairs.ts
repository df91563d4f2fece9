import type { Playbook, PlaybookLocale } from './content/playbook.ts';

/**
 * The language a page's checklists print beside its own for bilingual teams: the default locale for every
 * other locale, and for the default locale the first other published locale. Undefined for a one-locale site.
 */
export function pairedLocale(playbook: Playbook, locale: PlaybookLocale): PlaybookLocale | undefined {
	if (!locale.isDefault) return playbook.defaultLocale;
	return playbook.locales.find((l) => !l.isDefault && l.status === 'published');
}
