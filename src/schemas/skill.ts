import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

/** Flags ids used twice in one list: ids are how other locales and pages point at an item. */
function uniqueIds(items: readonly { id: string }[], context: z.RefinementCtx): void {
	const ids = items.map((item) => item.id);
	ids.forEach((id, index) => {
		if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${id}" is used twice in this list` });
	});
}

/** A list item of the skill text: a stable id shared by every locale and the item's text, word for word. */
export const SkillItemSchema = z.strictObject({
	/** Stable id, the same in every locale (slugged from the default locale's text on import). */
	id: IdSchema,
	/** The item as the source says it. */
	text: TextSchema,
});
export type SkillItem = z.output<typeof SkillItemSchema>;

/** A list whose ids are unique. */
export const SkillItemsSchema = z.array(SkillItemSchema).min(1, 'list at least one item').superRefine(uniqueIds);

/** A section made of a heading and paragraphs (Core Principle, Boundaries). */
export const ParagraphSectionSchema = z.strictObject({
	/** The section's heading in the source. */
	heading: TextSchema,
	/** The paragraphs, wrapped lines joined. */
	paragraphs: z.array(TextSchema).min(1, 'write at least one paragraph'),
});
export type ParagraphSection = z.output<typeof ParagraphSectionSchema>;

/** A section made of a heading, a lead line ending in ":" and a list (What This Skill Does, Response Rules). */
export const ListSectionSchema = z.strictObject({
	/** The section's heading in the source. */
	heading: TextSchema,
	/** The line introducing the list, colon included ("When responding:"). */
	lead: TextSchema,
	/** The list. */
	items: SkillItemsSchema,
});
export type ListSection = z.output<typeof ListSectionSchema>;

/** One of the numbered default outputs: `- 1. Name` and its description line. */
export const SkillOutputSchema = z.strictObject({
	/** Stable id, slugged from the default locale's name. */
	id: IdSchema,
	/** Its number in the source, 1 for the first. */
	number: z.int().positive(),
	/** The output's name ("Client Onboarding Plan"). */
	name: TextSchema,
	/** The description line under it. */
	text: TextSchema,
});
export type SkillOutput = z.output<typeof SkillOutputSchema>;

/** `<code>/skill.yaml`: the skill text's standard sections, word for word; list items carry ids. */
export const SkillSchema = z.strictObject({
	/** The skill's first line ("Client"). */
	name: TextSchema,
	/** Paragraphs before the first section. */
	intro: z.array(TextSchema).min(1, 'write at least one paragraph'),
	/** When to use the playbook: a list of needs, then phrases users say. */
	triggers: z.strictObject({
		/** "Trigger Conditions". */
		heading: TextSchema,
		/** The line before the needs ("Use this skill when the user needs to:"). */
		lead: TextSchema,
		/** What the user needs. */
		items: SkillItemsSchema,
		/** The line before the phrases ("Also trigger when the user says things like:"). */
		phrases_lead: TextSchema,
		/** Phrases users say, without the source's quotes. */
		phrases: SkillItemsSchema,
	}),
	/** "Core Principle". */
	core_principle: ParagraphSectionSchema,
	/** "What This Skill Does". */
	does: ListSectionSchema,
	/** "Default Outputs": the numbered outputs. */
	outputs: z.strictObject({
		/** "Default Outputs". */
		heading: TextSchema,
		/** "Depending on the request, produce one or more of the following:". */
		lead: TextSchema,
		/** The outputs, numbered 1, 2, 3 … in order. */
		items: z
			.array(SkillOutputSchema)
			.min(1, 'list at least one output')
			.superRefine(uniqueIds)
			.superRefine((items, context) => {
				items.forEach((item, index) => {
					if (item.number !== index + 1) {
						context.addIssue({ code: 'custom', path: [index, 'number'], message: `should be ${index + 1}: outputs are numbered in order` });
					}
				});
			}),
	}),
	/** "Response Rules". */
	rules: ListSectionSchema,
	/** The models' headings in source order; their data is in `models/<id>.yaml`. */
	models: z
		.array(
			z.strictObject({
				/** The model's id in `playbook.yaml`. */
				id: IdSchema,
				/** The heading above the model's dict ("Client Lifecycle"). */
				heading: TextSchema,
			}),
		)
		.min(1, 'a playbook has at least one model')
		.superRefine(uniqueIds),
	/** The output format: a title and the fields of the summary to fill in. */
	output_format: z.strictObject({
		/** "Client Output Format". */
		heading: TextSchema,
		/** The summary's title ("Client Summary"). */
		title: TextSchema,
		/** Its fields, without the source's trailing ":". */
		fields: SkillItemsSchema,
	}),
	/** "Boundaries". */
	boundaries: ParagraphSectionSchema,
	/** "Quality Check Before Delivering": the items every answer is checked against. */
	quality_check: z.strictObject({
		/** The section's heading. */
		heading: TextSchema,
		/** The check items, without the source's `[ ]`. */
		items: SkillItemsSchema,
	}),
});
export type Skill = z.output<typeof SkillSchema>;
