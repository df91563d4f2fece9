import { z } from 'zod';
import { IdSchema, ItemSchema, PageMetaSchema, TextSchema } from './common';

/** The short header every checklist opens with, like a method card. */
export const ChecklistHeaderSchema = z.object({
	/** When to use the checklist: the moment or meeting it belongs to. */
	when: TextSchema,
	/** The role that owns it and keeps the filled-in copy. */
	owner: TextSchema,
	/** Who takes part, as roles. */
	participants: TextSchema,
	/** How long it takes, e.g. "15 minutes". */
	duration: TextSchema,
});
export type ChecklistHeader = z.output<typeof ChecklistHeaderSchema>;

/**
 * One checklist. Its id is its page (`/checklists/<id>/`): `quality`, `risk-audit` or a stage id.
 * The onboarding stage shares its checklist with the onboarding framework (id `onboarding`).
 */
export const ChecklistSchema = z.object({
	id: IdSchema,
	/** The page title and the printed title. */
	title: TextSchema,
	/** Meta description and the line on the index page. */
	description: TextSchema,
	header: ChecklistHeaderSchema,
	/**
	 * Stage checklists: the stage's focus items as things to do, one per focus id of the stage in
	 * `content/lifecycle`, in the same order.
	 */
	actions: z.array(ItemSchema).optional(),
	/** The risk audit: one question per failure pattern id in `content/failure-patterns`, same order. */
	questions: z.array(ItemSchema).optional(),
});
export type Checklist = z.output<typeof ChecklistSchema>;

/** The printable checklists: wording around the generated items (`content/checklists`). */
export const ChecklistsSchema = z.object({
	/** The `/checklists/` index page. */
	page: PageMetaSchema,
	/** What the checklists are for, on the index page. */
	intro: TextSchema,
	/** The `/checklists/print-all/` page and the index's link to it. */
	print_all: PageMetaSchema.extend({
		/** The index page's link to it. */
		link_label: TextSchema,
		/** One line above the sheets, on screen only. */
		intro: TextSchema,
	}),
	/** Labels on every sheet. */
	labels: z.object({
		when: TextSchema,
		owner: TextSchema,
		participants: TextSchema,
		duration: TextSchema,
		/** The fill-in fields. */
		client: TextSchema,
		date: TextSchema,
		filled_by: TextSchema,
		notes: TextSchema,
		/** Headings of the item groups. */
		actions: TextSchema,
		signals: TextSchema,
		questions: TextSchema,
		/** Before the responses a risk-audit question points to. */
		response: TextSchema,
		/** Joins a name and its text: an onboarding step and its purpose, a focus item and its action. */
		named: TextSchema.regex(/\{name\}/, 'must contain {name}').regex(/\{text\}/, 'must contain {text}'),
	}),
	/** Every checklist, in the order of the index and the print-all booklet. */
	checklists: z.array(ChecklistSchema).min(1, 'list at least one checklist'),
});
export type Checklists = z.output<typeof ChecklistsSchema>;

/** The ids of the checklists a playbook must have, besides one per stage (`quality`, `risk-audit`). */
export const fixedChecklistIds = ['quality', 'risk-audit'] as const;
