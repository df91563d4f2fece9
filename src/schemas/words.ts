import { z } from 'zod';
import { PlainTextSchema, TextSchema } from './common.ts';
import { meterFlags } from '../lib/quality-meter/flags.ts';

const term = z.string().trim().min(1, 'must not be empty');

/**
 * One way the templates' quality meter recognises something in a next step (a date, or who does it): a
 * JavaScript regular expression, matched ignoring case unless `case` is true, and examples it must match. Loading
 * fails when the pattern does not compile or misses one of its examples, so an editor sees a broken rule at build
 * time instead of a meter that silently stops counting.
 */
export const MeterPatternSchema = z
	.strictObject({
		pattern: term,
		case: z.boolean().default(false),
		examples: z.array(term).min(1, 'give at least one example the pattern must match'),
	})
	.superRefine((rule, ctx) => {
		let regex: RegExp;
		try {
			regex = new RegExp(rule.pattern, meterFlags(rule));
		} catch (error) {
			ctx.addIssue({
				code: 'custom',
				path: ['pattern'],
				message: `is not a valid regular expression (${(error as Error).message}); write it in JavaScript syntax and test it against its examples`,
			});
			return;
		}
		rule.examples.forEach((example, index) => {
			if (!regex.test(example))
				ctx.addIssue({
					code: 'custom',
					path: ['examples', index],
					message: `"${example}" is not matched by the pattern; correct the pattern or the example`,
				});
		});
	});
export type MeterPattern = z.output<typeof MeterPatternSchema>;

/**
 * `<code>/words.yaml`: the word lists the quality gate (and the templates' quality meter) use for one locale.
 * The generator ships lists for the languages it knows (src/wording/<code>/words.yaml); a playbook's own file
 * adds to them. Matching ignores case; a Latin term matches whole words only.
 */
export const WordsSchema = z.strictObject({
	/** Text left in while writing: TODO, TBD, 待定 … */
	placeholders: z.array(term).default([]),
	/** Promises without a date, an owner or a limit, each with what to write instead. */
	vague: z.array(z.strictObject({ word: term, suggest: TextSchema })).default([]),
	/**
	 * Roles that name who does a next step, for the templates' quality meter: a next step counts only when it names
	 * someone. Names, I / we / you and "Owner:" count without being listed.
	 */
	owners: z.array(term).default([]),
	/** How a next step says when: a date, a weekday or a limit someone can be held to ("by Friday", 周五前). */
	when: z.array(MeterPatternSchema).default([]),
	/** How a next step names who does it, beyond the listed `owners`: pronouns, "Owner: …", a name before a verb. */
	who: z.array(MeterPatternSchema).default([]),
	/**
	 * Capitalised words that do not name a person (weekdays, months, small words): the meter reads any other
	 * capitalised word inside a sentence as a name ("Send the plan to Dana").
	 */
	not_names: z.array(term).default([]),
	/** Words of another script a page may use: names of products and things that have no name in this language. */
	proper_names: z.array(term).default([]),
	/** Deliberate uses of a rejected word: the page (its address), the exact phrase as readers see it, and why. */
	allow: z
		.array(
			z.strictObject({
				page: z.string().regex(/^\/(?:[^\s]*\/)?$/, 'write the page address, e.g. "/communication/"'),
				phrase: term,
				reason: TextSchema,
			}),
		)
		.default([]),
	/** The preferred term for each concept and the variants to avoid, enforced on every page. */
	glossary: z
		.array(
			z.strictObject({
				term,
				avoid: z.array(term).min(1, 'list at least one variant to avoid'),
				/** The concept in the default locale's words, for editors. */
				source: PlainTextSchema.optional(),
			}),
		)
		.default([]),
});
export type Words = z.output<typeof WordsSchema>;
