import { z } from 'zod';
import { IdSchema, ItemRefSchema, NextStepSchema, PageMetaSchema, PlainTextSchema, SourceKeySchema, TextSchema } from './common.ts';

/** One thing the user fills in. */
export const TemplateFieldSchema = z
	.strictObject({
		/** Stable id, also the storage key of the value and the `{id}` placeholder in subjects and titles. */
		id: IdSchema,
		/** The control's label; leave it out when `from` names the source item whose wording is the label. */
		label: PlainTextSchema.optional(),
		/** The source item the field fills in, so that it reads exactly like the playbook (`skill/output_format/client-type`). */
		from: ItemRefSchema.optional(),
		/** The playbook's advice for this field, shown under the label. */
		guidance: TextSchema,
		/** `text`: one line; `textarea`: paragraphs, lines starting with "- " become a list; `date`; `select`. */
		control: z.enum(['text', 'textarea', 'date', 'select']).default('textarea'),
		/**
		 * The options of a `select`: the names of a model's entries (`lifecycle`) or a map's keys
		 * (`communication/cadence_examples`), or a list of choices written here (`[On track, At risk, Off track]`).
		 */
		options: z.union([ItemRefSchema, z.array(PlainTextSchema).min(2, 'give at least two choices')]).optional(),
		/** Ids of the quality-check items a filled-in value covers. */
		covers: z.array(IdSchema).default([]),
	})
	.refine((field) => field.label !== undefined || field.from !== undefined, {
		message: 'give the field a label, or a "from" reference to the source item it comes from',
		path: ['label'],
	})
	.refine((field) => (field.control === 'select') === (field.options !== undefined), {
		message: 'a select needs "options", and only a select has them',
		path: ['options'],
	});
export type TemplateField = z.output<typeof TemplateFieldSchema>;

/** A group of fields with an optional heading, which becomes a heading of the output. */
export const TemplateSectionSchema = z.strictObject({
	id: IdSchema,
	heading: PlainTextSchema.optional(),
	/** The source entry whose name is the heading, instead of `heading`. */
	from: ItemRefSchema.optional(),
	/**
	 * `false`: the fields only fill `{field-id}` placeholders (the subject, the title, an email's opening and ending)
	 * and are not blocks of the output themselves: a topic or a decision date.
	 */
	output: z.boolean().default(true),
	fields: z.array(TemplateFieldSchema).min(1, 'list at least one field'),
});
export type TemplateSection = z.output<typeof TemplateSectionSchema>;

/** A self-assessment that rates each item of a source list (the risk audit rates the failure patterns). */
export const AssessmentSchema = z.strictObject({
	/** The list whose items are rated; each item's note `links` are the responses to apply. */
	rates: ItemRefSchema,
	heading: PlainTextSchema,
	guidance: TextSchema,
	likelihood: PlainTextSchema,
	impact: PlainTextSchema,
	/** Names of the ratings 1, 2, 3 (low to high). */
	levels: z.array(PlainTextSchema).length(3, 'name exactly three levels, low to high'),
	not_rated: PlainTextSchema,
	/** One rated item in the output: `{pattern}`, `{likelihood}`, `{impact}` and `{score}` are filled in. */
	rating: PlainTextSchema.regex(/\{pattern\}/, 'must contain {pattern}').regex(/\{score\}/, 'must contain {score}'),
	top_risks: PlainTextSchema,
	/** How many items "top risks" shows. */
	top_count: z.number().int().min(1).max(20),
	responses_first: PlainTextSchema,
	/** A response to apply and the rated items it answers: `{response}` and `{patterns}` are filled in. */
	answers: PlainTextSchema.regex(/\{response\}/, 'must contain {response}').regex(/\{patterns\}/, 'must contain {patterns}'),
	all_ratings: PlainTextSchema,
	/** Shown while nothing is rated. */
	empty: PlainTextSchema,
	covers: z.array(IdSchema).default([]),
});
export type Assessment = z.output<typeof AssessmentSchema>;

const templateBase = {
	id: IdSchema,
	/** Page title (unless `from` gives it) and description. */
	page: PageMetaSchema.partial({ title: true }),
	/** The source output the template produces (`skill/outputs/risk-audit`, `skill/output_format`). */
	from: ItemRefSchema.optional(),
	/** When to use the template, shown first. */
	intro: TextSchema,
	/** Who reads the output: `internal` ones are marked "internal — do not send" on screen, in print and in every copy. */
	audience: z.enum(['internal', 'client']).default('client'),
	/**
	 * "Add to calendar": the rhythm preselected, and for each rhythm the source entry naming the kind of relationship
	 * it suits (`communication/cadence_examples/high_touch_service`), shown beside it. A template without it has none.
	 */
	calendar: z
		.strictObject({
			cadence: z.enum(['weekly', 'milestones', 'monthly', 'quarterly']).default('weekly'),
			sources: z.partialRecord(z.enum(['weekly', 'milestones', 'monthly', 'quarterly']), ItemRefSchema).default({}),
		})
		.optional(),
	/** The lifecycle stages (keys) the template serves: its page names them, their pages list it. */
	stages: z.array(SourceKeySchema).optional(),
	sections: z.array(TemplateSectionSchema).min(1, 'list at least one section'),
	next_step: NextStepSchema.optional(),
};

/** A document: a titled, sectioned deliverable. */
export const DocumentTemplateSchema = z.strictObject({
	...templateBase,
	kind: z.literal('document'),
	/** Heading of the output; `{field-id}` placeholders are filled in. */
	title: PlainTextSchema.optional(),
	assessment: AssessmentSchema.optional(),
});

/** An email: a subject line and a body between the greeting and the signature. */
export const EmailTemplateSchema = z.strictObject({
	...templateBase,
	kind: z.literal('email'),
	/** Subject line; `{field-id}` placeholders are filled in. */
	subject: PlainTextSchema,
	/** The sentence after the greeting, saying what the email is about; `{field-id}` placeholders are filled in. */
	opening: PlainTextSchema.optional(),
	/** The sentence before the sign-off, saying what happens next or what is asked; placeholders are filled in. */
	ending: PlainTextSchema.optional(),
});

export const TemplateSchema = z.discriminatedUnion('kind', [DocumentTemplateSchema, EmailTemplateSchema], {
	error: 'give the template a kind: document or email',
});
export type Template = z.output<typeof TemplateSchema>;

/** `<code>/templates.yaml`: the index page, the shared fields and every template. Left out, the output format is the one template. */
export const TemplatesSchema = z.strictObject({
	page: PageMetaSchema.partial().optional(),
	intro: TextSchema.optional(),
	/**
	 * Fields filled once and used by every template (client name, your name, company, date). `name_field` names who
	 * the drafts are about (the client, the vendor…): it names the workspace entry and the downloaded files; default
	 * the first field. `date_field` dates the files and the calendar; default the first field with `control: date`.
	 */
	shared: z
		.strictObject({ fields: z.array(TemplateFieldSchema).min(1), name_field: IdSchema.optional(), date_field: IdSchema.optional() })
		.superRefine((shared, ctx) => {
			const ids = shared.fields.map((f) => f.id);
			for (const key of ['name_field', 'date_field'] as const) {
				const id = shared[key];
				if (id !== undefined && !ids.includes(id))
					ctx.addIssue({ code: 'custom', path: [key], message: `"${id}" is not one of the shared fields; use one of: ${ids.join(', ')}` });
			}
		})
		.optional(),
	/**
	 * The parts every email shares. `{recipient}` is the recipient field. `signature`: the lines after the closing,
	 * with `{field-id}` placeholders; default every shared field but the name and date fields, one per line.
	 */
	email: z
		.strictObject({
			recipient: TemplateFieldSchema,
			greeting: PlainTextSchema,
			closing: PlainTextSchema,
			signature: z.array(PlainTextSchema).min(1).optional(),
		})
		.optional(),
	templates: z.array(TemplateSchema).min(1, 'list at least one template'),
	next_step: NextStepSchema.optional(),
});
export type Templates = z.output<typeof TemplatesSchema>;

/**
 * `<code>/templates.yaml` as an editor writes it: `templates` may be left out, and the playbook keeps the template
 * the generator makes from the output format (`src/lib/content/defaults.ts`), whose intro and next step are then
 * `output.intro` and `output.next_step`.
 * `output` belongs to that case only: with a list, each template has its own intro.
 */
export const TemplatesFileSchema = TemplatesSchema.extend({
	templates: TemplatesSchema.shape.templates.optional(),
	/** The generated template's own prose, when `templates` is left out: its intro and its closing next step. */
	output: z.strictObject({ intro: TextSchema.optional(), next_step: NextStepSchema.optional() }).optional(),
}).refine((file) => !(file.templates && file.output), {
	path: ['output'],
	message:
		'write the intro on each template instead: `output` is only for the template made from the output format, when `templates` is left out',
});
export type TemplatesFile = z.output<typeof TemplatesFileSchema>;
