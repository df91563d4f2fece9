import { z } from 'zod';
import { IdSchema, ItemSchema, NextStepSchema, PageMetaSchema, PageRefSchema, TextSchema } from './common';

const listOf = <T extends z.ZodType>(item: T) =>
	z.object({
		heading: TextSchema,
		/** The sentence that leads into the list, e.g. "This playbook helps:". */
		lead: TextSchema,
		items: z.array(item).min(1, 'list at least one item'),
	});

/** An entry that sends the reader to the page that helps. */
export const StartItemSchema = ItemSchema.extend({ page: PageRefSchema });

/** The home page: what the playbook is for and where to start. */
export const HomeSchema = z.object({
	page: PageMetaSchema,
	/** The banner at the top: one line on what the playbook is for and where to go first. */
	hero: z.object({
		tagline: TextSchema,
		actions: z
			.array(z.object({ text: TextSchema, link: PageRefSchema }))
			.min(1)
			.max(3),
	}),
	/** What a client is and why relationships fail: the source's opening. */
	about: z.object({ heading: TextSchema, paragraphs: z.array(TextSchema).min(1) }),
	does: listOf(ItemSchema),
	outputs_heading: TextSchema,
	start: z.object({
		heading: TextSchema,
		conditions: listOf(StartItemSchema),
		phrases: listOf(StartItemSchema),
	}),
	next_step: NextStepSchema,
});
export type Home = z.output<typeof HomeSchema>;

/** The core principle and the response rules. */
export const PrinciplesSchema = z.object({
	page: PageMetaSchema,
	core_principle: z.object({
		heading: TextSchema,
		/** The principle in one sentence. */
		statement: TextSchema,
		paragraphs: z.array(TextSchema).min(1),
	}),
	response_rules: listOf(ItemSchema),
	output_format_heading: TextSchema,
	next_step: NextStepSchema,
});
export type Principles = z.output<typeof PrinciplesSchema>;

/** What the playbook does not replace. */
export const BoundariesSchema = z.object({
	page: PageMetaSchema,
	paragraphs: z.array(TextSchema).min(1),
	next_step: NextStepSchema,
});
export type Boundaries = z.output<typeof BoundariesSchema>;

/** One of the default outputs the playbook produces. */
export const DefaultOutputSchema = ItemSchema.extend({
	/** Number in the source's list. */
	number: z.number().int().positive(),
	name: TextSchema,
});

/** The default outputs and the Client Output Format. */
export const OutputsSchema = z.object({
	/** "Depending on the request, produce one or more of the following:" */
	lead: TextSchema,
	defaults: z.array(DefaultOutputSchema).min(1),
	client_summary: z.object({
		title: TextSchema,
		fields: z.array(ItemSchema).min(1),
	}),
});
export type Outputs = z.output<typeof OutputsSchema>;

/** The source's "Quality Check Before Delivering". */
export const QualityCheckSchema = z.object({
	title: TextSchema,
	items: z.array(ItemSchema.extend({ id: IdSchema })).min(1),
});
export type QualityCheck = z.output<typeof QualityCheckSchema>;
