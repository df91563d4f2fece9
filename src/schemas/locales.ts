import { z } from 'zod';

/** A locale code as the playbook folder uses it: lower case, e.g. `en`, `zh-cn`, `pt-br`. */
export const LocaleCodeSchema = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'use a lower-case locale code such as "en", "zh-cn" or "pt-br"');

/** One locale of the site, as listed in `locales.yaml`. */
export const LocaleSchema = z.strictObject({
	/** URL prefix (none for the default locale) and the name of the locale's folder and `<code>.json`. */
	code: LocaleCodeSchema,
	/** Shown in the language picker, written in the locale's own language (`简体中文`). */
	label: z.string().trim().min(1, 'must not be empty'),
	/** BCP-47 tag for `<html lang>`, hreflang, search and fonts (`zh-CN`). */
	lang: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'use a BCP-47 tag such as "en" or "zh-CN"'),
	/** `published`: full parity with the default locale is required. `draft`: pages not yet translated fall back. */
	status: z.enum(['published', 'draft']).default('published'),
});
export type Locale = z.output<typeof LocaleSchema>;

/** `locales.yaml` at the root of a playbook folder: which locales the site has. */
export const LocalesSchema = z
	.strictObject({
		/** Code of the locale served at `/`, the reference the other locales are compared with. */
		default: LocaleCodeSchema,
		/** Every locale of the site, the default included, in language-picker order. */
		locales: z.array(LocaleSchema).min(1, 'list at least the default locale'),
	})
	.superRefine((value, context) => {
		const codes = value.locales.map((locale) => locale.code);
		codes.forEach((code, index) => {
			if (codes.indexOf(code) !== index) {
				context.addIssue({ code: 'custom', path: ['locales', index, 'code'], message: `"${code}" is listed twice` });
			}
		});
		const main = value.locales.find((locale) => locale.code === value.default);
		if (!main) {
			context.addIssue({ code: 'custom', path: ['default'], message: `"${value.default}" is not one of the listed locales` });
		} else if (main.status !== 'published') {
			context.addIssue({ code: 'custom', path: ['default'], message: 'the default locale must be published' });
		}
	});
export type Locales = z.output<typeof LocalesSchema>;
