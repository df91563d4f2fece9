/**
 * The site's locales. Adding a locale: add an entry here, then a `<key>.yaml` file in every folder of
 * `content/` and `src/content/i18n/<lang>.json`. No other code changes.
 *
 * The key is the URL prefix and the content file name; `root` is served without a prefix and its
 * content files are named after its `lang` in lower case (`en.yaml`).
 */
export const locales = {
	root: { label: 'English', lang: 'en' },
	'zh-cn': { label: '简体中文', lang: 'zh-CN' },
} as const satisfies Record<string, { label: string; lang: string }>;

export type LocaleKey = keyof typeof locales;

/** A locale as the content layer sees it. */
export interface ContentLocale {
	/** Content file name without `.yaml`, e.g. `en`, `zh-cn`. */
	id: string;
	/** BCP-47 tag, e.g. `zh-CN`. */
	lang: string;
	/** URL prefix without slashes; empty for the root locale. */
	prefix: string;
}

export function contentLocales(config: Record<string, { lang: string }> = locales): ContentLocale[] {
	return Object.entries(config).map(([key, { lang }]) =>
		key === 'root' ? { id: lang.toLowerCase(), lang, prefix: '' } : { id: key, lang, prefix: key },
	);
}
