import { z } from 'zod';
import { PlainTextSchema, TextSchema } from './common.ts';

const term = z.string().trim().min(1, 'must not be empty');

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
