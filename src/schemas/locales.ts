import { z } from 'zod';

/** One locale of the site, from `locales.yaml`. */
export const LocaleSchema = z.strictObject({
	/** URL prefix (none for the default locale) and the name of the locale's folder and `<code>.json`: `zh-cn`. */
	code: z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'use a lower-case code such as "en", "zh-cn" or "pt-br"'),
	/** The language picker's label, in the locale's own language: `简体中文`. */
	label: z.string().trim().min(1, 'must not be empty'),
	/** BCP-47 tag for `<html lang>`, hreflang, search and fonts: `zh-CN`. */
	lang: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'use a BCP-47 tag such as "en", "zh-CN" or "pt-BR"'),
	/** `published`: every page translated, full parity with the default locale. `draft`: untranslated pages fall back. */
	status: z.enum(['published', 'draft']).default('published'),
});
export type Locale = z.output<typeof LocaleSchema>;

/** `locales.yaml`: the site's locales; the default one is served at `/` and is the reference for the others. */
export const LocalesSchema = z
	.strictObject({
		/** Code of the default locale. */
		default: z.string(),
		locales: z.array(LocaleSchema).min(1, 'list at least one locale'),
	})
	.superRefine((config, ctx) => {
		const codes = config.locales.map((l) => l.code);
		if (!codes.includes(config.default))
			ctx.addIssue({ code: 'custom', path: ['default'], message: `is "${config.default}", which is not one of the locales (${codes.join(', ')})` });
		codes.forEach((code, i) => {
			if (codes.indexOf(code) !== i) ctx.addIssue({ code: 'custom', path: ['locales', i, 'code'], message: `repeats the code "${code}"` });
		});
		const main = config.locales.find((l) => l.code === config.default);
		if (main?.status === 'draft')
			ctx.addIssue({ code: 'custom', path: ['locales', config.locales.indexOf(main), 'status'], message: 'the default locale cannot be a draft: the others fall back to it' });
	});
export type Locales = z.output<typeof LocalesSchema>;
