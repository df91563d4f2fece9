import { z } from 'zod';
import { IdSchema, NextStepSchema, PageMetaSchema, TextSchema } from './common';

/**
 * A model item a field, section or template takes its wording from, as `<source>:<id>`:
 * `client-summary:client-type` (the Client Summary fields in content/outputs), `output:onboarding-plan`
 * (a default output), `onboarding-step:alignment` and `onboarding-output:desired-outcome`
 * (content/onboarding), `architecture:success-measure` (a core element).
 */
export const SourceRefSchema = z
	.string()
	.regex(
		/^(client-summary|output|onboarding-step|onboarding-output|architecture):[a-z0-9-]+$/,
		'write a model reference such as "onboarding-output:desired-outcome"',
	);
export type SourceRef = z.output<typeof SourceRefSchema>;

/** Lists a select field can take its options from. */
export const OptionsSourceSchema = z.enum(['lifecycle-stages', 'communication-cadences']);

/** One thing the user fills in. */
export const TemplateFieldSchema = z
	.object({
		/** Stable id, also the storage key of the value and the `{id}` placeholder in subjects and titles. */
		id: IdSchema,
		/** The control's label; leave it out when `from` names the model item whose wording is the label. */
		label: TextSchema.optional(),
		/** Where the label comes from, so that the field reads exactly like the playbook. */
		from: SourceRefSchema.optional(),
		/** The playbook's advice for this field, shown under the label. */
		guidance: TextSchema,
		/** `text`: one line; `textarea`: paragraphs, lines starting with "- " become a list; `date`; `select`. */
		control: z.enum(['text', 'textarea', 'date', 'select']).default('textarea'),
		/** The options of a `select`, from a model. */
		options: OptionsSourceSchema.optional(),
		/** Ids of the quality-check items (content/quality) a filled-in value covers. */
		covers: z.array(IdSchema).default([]),
	})
	.refine((field) => field.label !== undefined || field.from !== undefined, {
		message: 'give the field a label, or a "from" reference to the model item it comes from',
		path: ['label'],
	})
	.refine((field) => (field.control === 'select') === (field.options !== undefined), {
		message: 'a select needs "options", and only a select has them',
		path: ['options'],
	});
export type TemplateField = z.output<typeof TemplateFieldSchema>;

/** A group of fields with an optional heading, which becomes a heading of the output. */
export const TemplateSectionSchema = z.object({
	id: IdSchema,
	heading: TextSchema.optional(),
	/** Where the heading comes from (an onboarding step), instead of `heading`. */
	from: SourceRefSchema.optional(),
	fields: z.array(TemplateFieldSchema).min(1, 'list at least one field'),
});
export type TemplateSection = z.output<typeof TemplateSectionSchema>;

/** The self-assessment of the failure patterns (content/failure-patterns), for the risk audit. */
export const AssessmentSchema = z.object({
	heading: TextSchema,
	guidance: TextSchema,
	likelihood: TextSchema,
	impact: TextSchema,
	/** Names of the ratings 1, 2, 3 (low to high). */
	levels: z.array(TextSchema).length(3, 'name exactly three levels, low to high'),
	not_rated: TextSchema,
	/** One rated pattern in the output: `{pattern}`, `{likelihood}`, `{impact}` and `{score}` are filled in. */
	rating: TextSchema.regex(/\{pattern\}/, 'must contain {pattern}').regex(/\{score\}/, 'must contain {score}'),
	top_risks: TextSchema,
	/** How many patterns "top risks" shows. */
	top_count: z.number().int().min(1).max(8),
	responses_first: TextSchema,
	/** A response to apply and the rated patterns it answers: `{response}` and `{patterns}` are filled in. */
	answers: TextSchema.regex(/\{response\}/, 'must contain {response}').regex(/\{patterns\}/, 'must contain {patterns}'),
	all_ratings: TextSchema,
	/** Shown while nothing is rated. */
	empty: TextSchema,
	covers: z.array(IdSchema).default([]),
});
export type Assessment = z.output<typeof AssessmentSchema>;

const templateBase = {
	id: IdSchema,
	/** Page title, sidebar label and the output's heading unless `title` says otherwise. */
	page: PageMetaSchema.partial({ title: true }),
	/** The default output (or the Client Summary) the template produces; gives the title when `page.title` is absent. */
	from: SourceRefSchema.optional(),
	/** When to use the template, shown first. */
	intro: TextSchema,
	sections: z.array(TemplateSectionSchema).min(1),
	next_step: NextStepSchema,
};

/** A document: a titled, sectioned deliverable. */
export const DocumentTemplateSchema = z.object({
	...templateBase,
	kind: z.literal('document'),
	/** Heading of the output; `{field-id}` placeholders are filled in. */
	title: TextSchema.optional(),
	assessment: AssessmentSchema.optional(),
});

/** An email: a subject line and a body between the greeting and the signature. */
export const EmailTemplateSchema = z.object({
	...templateBase,
	kind: z.literal('email'),
	/** Subject line; `{field-id}` placeholders are filled in. */
	subject: TextSchema,
});

export const TemplateSchema = z.discriminatedUnion('kind', [DocumentTemplateSchema, EmailTemplateSchema]);
export type Template = z.output<typeof TemplateSchema>;

/** content/templates: the index page, the shared fields and every template. */
export const TemplatesSchema = z.object({
	page: PageMetaSchema,
	intro: TextSchema,
	/** Headings of the index groups. */
	groups: z.object({ documents: TextSchema, emails: TextSchema }),
	/** One entry of the index: `{template}` (the link) and `{description}` are filled in. */
	index_item: TextSchema.regex(/\{template\}/, 'must contain {template}').regex(/\{description\}/, 'must contain {description}'),
	/** Fields filled once and used by every template: client name, your name, company, date. */
	shared: z.object({
		heading: TextSchema,
		note: TextSchema,
		fields: z.array(TemplateFieldSchema).min(1),
	}),
	/** The parts every email shares. `{recipient}` is the recipient field. */
	email: z.object({
		recipient: TemplateFieldSchema,
		greeting: TextSchema,
		closing: TextSchema,
	}),
	/** How an empty field shows where a subject or title names it: `{label}` is its label. */
	blank: TextSchema.regex(/\{label\}/, 'must contain {label}'),
	/** "Prepared by {your-name}, {company}, {date}" under a document's title. */
	byline: TextSchema,
	templates: z.array(TemplateSchema).min(1),
	next_step: NextStepSchema,
});
export type Templates = z.output<typeof TemplatesSchema>;
