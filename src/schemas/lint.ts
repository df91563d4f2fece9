import { z } from 'zod';
import { TextSchema } from './common.ts';

/** Words per locale id (the content file name: `en`, `zh-cn`). */
const WordsByLocale = z.record(z.string(), z.array(TextSchema));

/** A deliberate use of a word the lint would reject. */
export const AllowanceSchema = z.strictObject({
	/** URL path of the page, e.g. `/communication/`. */
	page: z.string().regex(/^\//, 'write the page address starting with "/", e.g. "/communication/"'),
	/** The exact phrase, as the reader sees it. */
	phrase: TextSchema,
	/** Why the use is deliberate; shown in the gate's report. */
	reason: TextSchema,
});
export type Allowance = z.output<typeof AllowanceSchema>;

/**
 * content/quality-gate/lint.yaml: the word lists the quality gate checks built pages against and the
 * templates' quality meter checks drafts against, and the gate's deliberate exceptions. Strict, so a
 * misspelt key (`vauge:`) fails loudly instead of silently turning a check off.
 */
export const LintSchema = z
	.strictObject({
		/** Text left in while writing (TODO, 待定). */
		placeholders: WordsByLocale,
		/** Promises without a date, an owner or a limit (ASAP, 尽快). */
		vague: WordsByLocale,
		/** What the quality meter suggests instead of each vague word: locale, then the word as listed in `vague`. */
		suggestions: z.record(z.string(), z.record(z.string(), TextSchema)),
		/** Roles that name who does a template's next step, besides names and I / we (the quality meter). */
		owners: WordsByLocale,
		/** Latin words a Chinese page may use: names of products and things that have no Chinese name. */
		proper_names: z.array(TextSchema),
		allow: z.array(AllowanceSchema),
	})
	.superRefine((lint, ctx) => {
		for (const [locale, words] of Object.entries(lint.vague)) {
			const suggestions = lint.suggestions[locale] ?? {};
			for (const word of words)
				if (!suggestions[word])
					ctx.addIssue({
						code: 'custom',
						path: ['suggestions', locale],
						message: `has no suggestion for the vague word "${word}"; add one: the quality meter shows it to people writing a draft`,
					});
			for (const word of Object.keys(suggestions))
				if (!words.includes(word))
					ctx.addIssue({
						code: 'custom',
						path: ['suggestions', locale, word],
						message: `suggests a replacement for "${word}", which is not in vague.${locale}; add the word there or remove the suggestion`,
					});
		}
	});
export type Lint = z.output<typeof LintSchema>;
