import { z } from 'zod';
import {
	IdSchema,
	ItemRefSchema,
	SourceKeySchema,
	ListIntroSchema,
	NextStepSchema,
	PageMetaSchema,
	PageRefSchema,
	PlainTextSchema,
	TextSchema,
} from './common.ts';
import { type QualityIds, sectionsSchema } from './sections.ts';

/**
 * The prose the source does not have, one file per page in `<code>/pages/`. Every field may be left out
 * while a playbook is a draft: the build then lists it as "to be written" (and, with `PLAYBOOK_DRAFT=1`,
 * shows a visible note in its place).
 */

const meta = PageMetaSchema.partial();
const nextStep = NextStepSchema.optional();

/** A list of the trigger items or phrases of the source, each sent to the page (and section) that helps. */
const StartListSchema = ListIntroSchema.partial().extend({
	/** Where each item leads, by the item's id in `skill.yaml`: a page id with an optional `#anchor`. */
	links: z.record(IdSchema, PageRefSchema).optional(),
});

/** `pages/home.yaml`. */
export const HomePageSchema = z.strictObject({
	page: meta.optional(),
	hero: z
		.strictObject({
			tagline: TextSchema,
			actions: z
				.array(z.strictObject({ text: PlainTextSchema, link: PageRefSchema }))
				.min(1, 'give at least one action')
				.max(3, 'give at most three actions'),
		})
		.optional(),
	/** "Where do I start?": the source's trigger conditions and phrases, each linked to its advice. */
	start: z
		.strictObject({ heading: PlainTextSchema.optional(), conditions: StartListSchema.optional(), phrases: StartListSchema.optional() })
		.optional(),
	/** Heading of the source's opening paragraphs. */
	about: ListIntroSchema.partial().optional(),
	core_principle: ListIntroSchema.partial().optional(),
	does: ListIntroSchema.partial().optional(),
	outputs: ListIntroSchema.partial().optional(),
	next_step: nextStep,
});
export type HomePage = z.output<typeof HomePageSchema>;

/** `pages/principles.yaml`: the core principle, the response rules, the output format and the quality check. */
export const PrinciplesPageSchema = z.strictObject({
	page: meta.optional(),
	core_principle: ListIntroSchema.partial().optional(),
	rules: ListIntroSchema.partial().optional(),
	output_format: ListIntroSchema.partial().optional(),
	quality_check: ListIntroSchema.partial().optional(),
	next_step: nextStep,
});
export type PrinciplesPage = z.output<typeof PrinciplesPageSchema>;

/** `pages/boundaries.yaml`: what the playbook does not replace. */
export const BoundariesPageSchema = z.strictObject({
	page: meta.optional(),
	/** A sentence before the source's own paragraphs. */
	context: TextSchema.optional(),
	next_step: nextStep,
});
export type BoundariesPage = z.output<typeof BoundariesPageSchema>;

/** A concrete action: what to do, who owns it, by when. */
export const ActionSchema = z.strictObject({
	action: TextSchema,
	owner: PlainTextSchema,
	/** When it happens: "this week", "before the next status update". */
	when: TextSchema.optional(),
});
export type Action = z.output<typeof ActionSchema>;

/** Prose attached to one item of a model (a failure pattern, a response, a core element). */
export const ItemNoteSchema = z.strictObject({
	/** A few sentences under the item. */
	text: TextSchema.optional(),
	/** Early warning signs, each observable. */
	signals: z.array(TextSchema).min(1).optional(),
	/** What to do, with owner and timing. */
	actions: z.array(ActionSchema).min(1).optional(),
	/** Items this one leads to (a pattern's responses): their actions are shown here too. */
	links: z.array(ItemRefSchema).min(1).optional(),
	/** Checklists and templates that carry the item out, by page id. */
	tools: z.array(PageRefSchema).min(1).optional(),
});
export type ItemNote = z.output<typeof ItemNoteSchema>;

/** Notes on the items of one list or map of a model, and what its links are called. */
export const ListNotesSchema = z.strictObject({
	/** What an item's `links` are called on this page: "Answered by". */
	links_label: PlainTextSchema.optional(),
	/** What the linked items call the items that link to them: "Answers". */
	backlinks_label: PlainTextSchema.optional(),
	/** Notes by item id or key. */
	items: z.record(z.string(), ItemNoteSchema),
});
export type ListNotes = z.output<typeof ListNotesSchema>;

/** `pages/<model>.yaml` for a framework model: intro, quality-check sections and notes on the model's items. */
export function modelPageSchema(quality: QualityIds) {
	return z.strictObject({
		page: meta.optional(),
		/** What the framework is for, shown first. */
		intro: TextSchema.optional(),
		sections: sectionsSchema(quality).optional(),
		/** Notes by the path of a list or map inside the model's data: `patterns`, `core_elements`. */
		notes: z.record(z.string(), ListNotesSchema).optional(),
	});
}
export type ModelPage = z.output<ReturnType<typeof modelPageSchema>>;

/** One stage of the lifecycle: its page's prose. */
export function stageSchema(quality: QualityIds) {
	return z.strictObject({
		/** Meta description of the stage page. */
		description: PlainTextSchema.optional(),
		sections: sectionsSchema(quality).optional(),
	});
}
export type StagePage = z.output<ReturnType<typeof stageSchema>>;

/** `pages/<lifecycle model>.yaml`: the overview page and one entry per stage, by the stage's key. */
export function lifecyclePageSchema(quality: QualityIds) {
	return z.strictObject({
		page: meta.optional(),
		intro: TextSchema.optional(),
		stages: z.record(SourceKeySchema, stageSchema(quality)).optional(),
		next_step: nextStep,
	});
}
export type LifecyclePage = z.output<ReturnType<typeof lifecyclePageSchema>>;
