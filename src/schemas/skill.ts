import { z } from 'zod';
import { IdSchema, ItemSchema, PlainTextSchema, TextSchema } from './common.ts';

const items = z.array(ItemSchema).min(1, 'list at least one item');
const paragraphs = z.array(TextSchema).min(1, 'write at least one paragraph');
/** A heading of the source, a lead-in ending in a colon and the list it introduces. */
const ledList = z.strictObject({ heading: PlainTextSchema, lead: TextSchema, items });

/** One of the source's default outputs: `- 1. Name` and its one-line description. */
export const OutputSchema = z.strictObject({
	id: IdSchema,
	number: z.number().int().positive(),
	name: PlainTextSchema,
	text: TextSchema,
});
export type Output = z.output<typeof OutputSchema>;

/**
 * `<code>/skill.yaml`: the skill text's standard sections in one locale, word for word, as `npm run import`
 * writes them. The site shows the items as written and publishes them back at `/skill.txt`.
 */
export const SkillSchema = z.strictObject({
	/** The skill's name, its first line ("Client"). */
	name: PlainTextSchema,
	/** The paragraphs before the first section. */
	intro: paragraphs,
	triggers: z.strictObject({
		heading: PlainTextSchema,
		/** "Use this skill when the user needs to:" */
		lead: TextSchema,
		items,
		/** "Also trigger when the user says things like:" */
		phrases_lead: TextSchema,
		phrases: items,
	}),
	core_principle: z.strictObject({ heading: PlainTextSchema, paragraphs }),
	does: ledList,
	outputs: z.strictObject({ heading: PlainTextSchema, lead: TextSchema, items: z.array(OutputSchema).min(1, 'list at least one output') }),
	rules: ledList,
	/** The models' headings, in source order; their data is in `models/<id>.yaml`. */
	models: z.array(z.strictObject({ id: IdSchema, heading: PlainTextSchema })).min(1, 'list at least one model'),
	output_format: z.strictObject({
		heading: PlainTextSchema,
		/** The output's title, e.g. "Client Summary". */
		title: PlainTextSchema,
		fields: items,
	}),
	boundaries: z.strictObject({ heading: PlainTextSchema, paragraphs }),
	quality_check: z.strictObject({ heading: PlainTextSchema, items }),
});
export type Skill = z.output<typeof SkillSchema>;
