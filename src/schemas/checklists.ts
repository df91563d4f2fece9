import { z } from 'zod';
import { IdSchema, ItemRefSchema, SourceKeySchema, PageMetaSchema, PlainTextSchema, TextSchema } from './common.ts';

/** The short header every checklist opens with, like a method card. */
export const ChecklistHeaderSchema = z.strictObject({
	/** When to use the checklist: the moment or meeting it belongs to. */
	when: PlainTextSchema,
	/** The role that owns it and keeps the filled-in copy. */
	owner: PlainTextSchema,
	/** Who takes part, as roles. */
	participants: PlainTextSchema,
	/** How long it takes, e.g. "15 minutes". */
	duration: PlainTextSchema,
});
export type ChecklistHeader = z.output<typeof ChecklistHeaderSchema>;

/** One box to tick. */
export const ChecklistItemSchema = z
	.strictObject({
		/** Stable within its checklist; ticks are kept under it. */
		id: IdSchema,
		/** What to check. With `ref`, shown after the referenced item's name. */
		text: TextSchema.optional(),
		/** A source item this box is about: shows its wording ("**Intake**: …"), or is the box when `text` is absent. */
		ref: ItemRefSchema.optional(),
		/** An item whose links (e.g. a failure pattern's responses) are shown after the box, as where to go next. */
		see: ItemRefSchema.optional(),
		/** On an agenda: the minutes the item takes. */
		minutes: z.number().int().positive().optional(),
		/** On an agenda: who leads the item. */
		owner: PlainTextSchema.optional(),
	})
	.refine((item) => item.text !== undefined || item.ref !== undefined, {
		message: 'give the item a text, or a ref to the source item it ticks off',
	});
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;

/**
 * A group of boxes under an optional heading. The boxes are `items`, every item of a source list (`from`), or
 * the warning signs of a stage's risks section (`signals_of`).
 */
export const ChecklistGroupSchema = z
	.strictObject({
		heading: TextSchema.optional(),
		/** An entry of a model whose name and first text make the heading ("Alignment: Confirm goals…"). */
		heading_ref: ItemRefSchema.optional(),
		/** Short items that print in columns. */
		compact: z.boolean().optional(),
		items: z.array(ChecklistItemSchema).min(1, 'list at least one item').optional(),
		/** Every item of a list of the source, e.g. `skill/quality_check` or `onboarding/alignment/outputs`. */
		from: ItemRefSchema.optional(),
		/** The key of a lifecycle stage whose warning signs (its risks section's `signals`) are the boxes. */
		signals_of: SourceKeySchema.optional(),
		/**
		 * What the boxes are: `prepare` (done by the team before, internal), `meeting` (done with the client), `signals`
		 * (warning signs seen: counted apart from done actions). Default: `signals` for `signals_of`, else `meeting`.
		 */
		kind: z.enum(['prepare', 'meeting', 'signals']).optional(),
	})
	.refine((g) => [g.items, g.from, g.signals_of].filter((x) => x !== undefined).length === 1, {
		message: 'give the group exactly one of: items, from, signals_of',
	});
export type ChecklistGroup = z.output<typeof ChecklistGroupSchema>;

/** One checklist: its page is `/checklists/<id>/`. */
export const ChecklistSchema = z.strictObject({
	id: IdSchema,
	title: PlainTextSchema,
	description: PlainTextSchema,
	header: ChecklistHeaderSchema.partial().optional(),
	/** The lifecycle stage (its key) this checklist belongs to: its page links it. */
	stage: SourceKeySchema.optional(),
	/** `agenda`: a meeting's timed items, each with an owner, listed apart on the index. Default `checklist`. */
	kind: z.enum(['checklist', 'agenda']).default('checklist'),
	/** Who sees it: `internal` sheets are marked "internal — do not send" on screen and in print. */
	audience: z.enum(['internal', 'client']).optional(),
	/** Rows of the follow-up table (action, owner, by when) printed after the boxes; none without it. */
	follow_ups: z.number().int().min(1, 'give at least one row').max(8, 'give at most eight rows: the sheet prints on one page').optional(),
	groups: z.array(ChecklistGroupSchema).min(1, 'list at least one group'),
});
export type Checklist = z.output<typeof ChecklistSchema>;

/** `<code>/checklists.yaml`: the printable checklists. Left out, the playbook gets the quality check and one per stage. */
export const ChecklistsSchema = z.strictObject({
	/** The `/checklists/` index page. */
	page: PageMetaSchema.partial().optional(),
	intro: TextSchema.optional(),
	/** The `/checklists/print-all/` page. */
	print_all: PageMetaSchema.extend({ link_label: PlainTextSchema, intro: TextSchema }).partial().optional(),
	checklists: z.array(ChecklistSchema).min(1, 'list at least one checklist'),
});
export type Checklists = z.output<typeof ChecklistsSchema>;

/**
 * `<code>/checklists.yaml` as an editor writes it: `checklists` may be left out, and the playbook keeps the
 * checklists the generator makes (the quality check and one per stage, `src/lib/content/defaults.ts`) with this
 * file's index page, intro and print-all page.
 */
export const ChecklistsFileSchema = ChecklistsSchema.extend({ checklists: ChecklistsSchema.shape.checklists.optional() });
