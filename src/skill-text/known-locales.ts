import type { Locale } from '../schemas/locales.ts';
import type { Script } from './script.ts';

/** Labels (in their own language) and BCP-47 tags of the locales the importer knows by code. */
const known: Record<string, { label: string; lang: string }> = {
	en: { label: 'English', lang: 'en' },
	'zh-cn': { label: '简体中文', lang: 'zh-CN' },
	'zh-tw': { label: '繁體中文', lang: 'zh-TW' },
	ja: { label: '日本語', lang: 'ja' },
	ko: { label: '한국어', lang: 'ko' },
	fr: { label: 'Français', lang: 'fr' },
	de: { label: 'Deutsch', lang: 'de' },
	es: { label: 'Español', lang: 'es' },
	it: { label: 'Italiano', lang: 'it' },
	nl: { label: 'Nederlands', lang: 'nl' },
	pt: { label: 'Português', lang: 'pt' },
	'pt-br': { label: 'Português (Brasil)', lang: 'pt-BR' },
	ru: { label: 'Русский', lang: 'ru' },
	ar: { label: 'العربية', lang: 'ar' },
	he: { label: 'עברית', lang: 'he' },
	hi: { label: 'हिन्दी', lang: 'hi' },
	th: { label: 'ไทย', lang: 'th' },
};

/** The locale a half is taken to be in when `--locales` does not say: the most common language of its script. */
const byScript: Partial<Record<Script, string>> = {
	latin: 'en',
	han: 'zh-cn',
	kana: 'ja',
	hangul: 'ko',
	cyrillic: 'ru',
	arabic: 'ar',
	hebrew: 'he',
	thai: 'th',
	devanagari: 'hi',
};

/** The locale code for a script, or `undefined` when the importer cannot guess one. */
export function localeForScript(script: Script | undefined): string | undefined {
	return script && byScript[script];
}

/**
 * The `locales.yaml` entry of a locale code: label and tag from the table above, or for an unknown code the
 * code itself as label and the code with its region in upper case as tag (`xx-yy` -> `xx-YY`). Always published.
 */
export function localeEntry(code: string): Locale {
	const entry = known[code];
	const lang =
		entry?.lang ?? code.replace(/-([a-z0-9]+)$/, (_, region: string) => `-${region.length === 2 ? region.toUpperCase() : region}`);
	return { code, label: entry?.label ?? code, lang, status: 'published' };
}
