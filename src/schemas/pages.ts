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

/** `pages/boundaries.yaml`: what the playbook does not replace, and when to bring in the people it does not replace. */
export const BoundariesPageSchema = z.strictObject({
	page: meta.optional(),
	/** The reader's heading over the source's own paragraphs (the source's heading is the page title). */
	heading: PlainTextSchema.optional(),
	/** A sentence before the source's own paragraphs. */
	context: TextSchema.optional(),
	/** When to involve legal, commercial, finance or HR people: each with the moments that call for them. */
	involve: z
		.strictObject({
			heading: PlainTextSchema,
			context: TextSchema,
			items: z.array(z.strictObject({ id: IdSchema, who: PlainTextSchema, when: z.array(TextSchema).min(1) })).min(1),
		})
		.optional(),
	next_step: nextStep,
});

/** `pages/responsibilities.yaml` (optional): who owns what, one matrix for the whole playbook. */
export const ResponsibilitiesPageSchema = z.strictObject({
	page: PageMetaSchema,
	intro: TextSchema,
	/** The columns: roles, by id, with their names. */
	roles: z.array(z.strictObject({ id: IdSchema, name: PlainTextSchema })).min(2, 'list at least two roles'),
	/** The rows: an activity and, for each role it involves, R (does it), A (answers for it), C (is consulted) or I (is informed). */
	rows: z
		.array(
			z.strictObject({
				id: IdSchema,
				activity: TextSchema,
				/** The page where the activity is described, if any. */
				link: PageRefSchema.optional(),
				raci: z.record(IdSchema, z.enum(['R', 'A', 'C', 'I', 'A/R'])),
			}),
		)
		.min(1),
	next_step: NextStepSchema,
});
export type ResponsibilitiesPage = z.output<typeof ResponsibilitiesPageSchema>;

/** `pages/example.yaml` (optional): one fictional client carried through the stages, with filled-in templates. */
export const ExamplePageSchema = z.strictObject({
	page: PageMetaSchema,
	intro: TextSchema,
	/** The fictional client. */
	client: z.strictObject({ name: PlainTextSchema, context: TextSchema }),
	/** What happened at each stage (by stage key), and the templates used there. */
	stages: z
		.array(
			z.strictObject({
				stage: SourceKeySchema,
				story: z.array(TextSchema).min(1),
				templates: z.array(IdSchema).default([]),
			}),
		)
		.min(1),
	/** The filled-in templates a reader can load: values by template id, then field id. */
	values: z.record(IdSchema, z.record(z.string(), z.string())).default({}),
	next_step: NextStepSchema,
});
export type ExamplePage = z.output<typeof ExamplePageSchema>;
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

/**
 * The play header of a stage page, like a method card: how long the stage lasts, who takes part, the time it
 * takes, what marks entry ("your client is here if …") and exit ("you are done when …").
 */
export const PlayHeaderSchema = z.strictObject({
	/** How long the stage typically lasts: "two to six weeks, until signature". */
	length: TextSchema,
	/** Who takes part, as roles. */
	participants: TextSchema,
	/** The time it takes the team: "about three hours a week of the account lead". */
	time: TextSchema,
	/** Observable signs that a client is in this stage; also the readable form of the stage self-check. */
	entry: z.array(TextSchema).min(1, 'list at least one sign'),
	/** What has to be true to leave the stage. */
	exit: z.array(TextSchema).min(1, 'list at least one criterion'),
});
export type PlayHeader = z.output<typeof PlayHeaderSchema>;

/** A short script for a hard conversation: what to say, in a few lines. */
export const ScriptSchema = z.strictObject({
	id: IdSchema,
	/** What the conversation is: "Saying no to free extras". */
	title: PlainTextSchema,
	/** When it comes up. */
	when: TextSchema,
	/** The words, one line each. */
	lines: z.array(TextSchema).min(1, 'write at least one line'),
});
export type Script = z.output<typeof ScriptSchema>;

/** One stage of the lifecycle: its page's prose. */
export function stageSchema(quality: QualityIds) {
	return z.strictObject({
		/** Meta description of the stage page. */
		description: PlainTextSchema.optional(),
		header: PlayHeaderSchema.optional(),
		/** Sample wording for the hard conversations of this stage. */
		scripts: z.array(ScriptSchema).min(1).optional(),
		sections: sectionsSchema(quality).optional(),
	});
}

/** One question of the stage self-check: an answer either names a stage (by its key) or goes on to the next question. */
export const SelfCheckQuestionSchema = z
	.strictObject({
		id: IdSchema,
		text: PlainTextSchema,
		/** The stage a "yes" means; absent: the next question. */
		yes: SourceKeySchema.optional(),
		/** The stage a "no" means; absent: the next question. */
		no: SourceKeySchema.optional(),
	})
	.refine((q) => q.yes !== undefined || q.no !== undefined, { message: 'name the stage a "yes" or a "no" answer means' });

/** "Which stage is my client in?": a few yes/no questions, asked in order, that name a stage. */
export const SelfCheckSchema = z
	.strictObject({
		heading: PlainTextSchema,
		/** One sentence on how to use it. */
		intro: TextSchema,
		questions: z.array(SelfCheckQuestionSchema).min(3, 'ask at least three questions').max(6, 'ask at most six questions'),
	})
	.refine((check) => check.questions.at(-1)?.yes !== undefined && check.questions.at(-1)?.no !== undefined, {
		message: 'the last question names a stage for both answers, so that every path ends in a stage',
		path: ['questions'],
	});
export type SelfCheck = z.output<typeof SelfCheckSchema>;
export type StagePage = z.output<ReturnType<typeof stageSchema>>;

/** `pages/<lifecycle model>.yaml`: the overview page and one entry per stage, by the stage's key. */
export function lifecyclePageSchema(quality: QualityIds) {
	return z.strictObject({
		page: meta.optional(),
		intro: TextSchema.optional(),
		self_check: SelfCheckSchema.optional(),
		stages: z.record(SourceKeySchema, stageSchema(quality)).optional(),
		next_step: nextStep,
	});
}
export type LifecyclePage = z.output<ReturnType<typeof lifecyclePageSchema>>;
