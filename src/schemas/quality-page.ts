import { z } from 'zod';
import { pageKinds } from '../playbook/page-kinds.ts';
import { ruleIds } from '../playbook/rule-ids.ts';
import { NextStepSchema, PageMetaSchema, PlainTextSchema, TextSchema } from './common.ts';

/** Every listed id has an entry and no other: the gate's rules and page kinds each need their words. */
const coversIds = (expected: readonly string[], what: string) => (items: readonly { id: string }[], ctx: z.RefinementCtx) => {
	const ids = new Set(items.map((item) => item.id));
	for (const id of expected)
		if (!ids.has(id))
			ctx.addIssue({
				code: 'custom',
				message: `has no entry for the ${what} "${id}"`,
				params: { fix: `add an entry with id: ${id} and its words` },
			});
};

/** A rule of the quality gate, in words for content editors. */
export const GateRuleSchema = z.strictObject({
	/** The rule's permanent id, as the gate reports it. */
	id: z.enum(ruleIds),
	/** A short name: the report's and the page's heading. */
	title: PlainTextSchema,
	/** Why the rule exists and what it checks. */
	explanation: TextSchema,
	/** What an editor does to fix a finding. */
	fix: TextSchema,
});
export type GateRule = z.output<typeof GateRuleSchema>;

/** `pages/quality.yaml`: `/quality/`, what the build checks on every page, for content editors. */
export const QualityPageSchema = z.strictObject({
	page: PageMetaSchema,
	intro: z.array(TextSchema).min(1),
	/** The playbook's quality check: its items come from skill.yaml, their headings from site.yaml. */
	checklist: z.strictObject({ heading: PlainTextSchema, lead: TextSchema }),
	coverage: z.strictObject({
		heading: PlainTextSchema,
		lead: TextSchema,
		/** Labels of each page type's requirements. */
		labels: z.strictObject({ items: PlainTextSchema, budget: PlainTextSchema }),
		/** Said of a page type that needs every item. */
		all_items: TextSchema,
		/** Said of a page type that needs none. */
		no_items: TextSchema,
		budget: z.strictObject({ js: PlainTextSchema, css: PlainTextSchema }),
		/** One entry per kind of page. */
		profiles: z
			.array(z.strictObject({ id: z.enum(pageKinds), name: PlainTextSchema, pages: TextSchema }))
			.superRefine(coversIds(pageKinds, 'page kind')),
		/** The pages left out, and why. */
		exceptions: TextSchema,
	}),
	rules: z.strictObject({
		heading: PlainTextSchema,
		lead: TextSchema,
		labels: z.strictObject({ fix: PlainTextSchema }),
		items: z.array(GateRuleSchema).superRefine(coversIds(ruleIds, 'rule')),
	}),
	/** Labels of the word lists of words.yaml. */
	words: z.strictObject({
		heading: PlainTextSchema,
		lead: TextSchema,
		placeholders: PlainTextSchema,
		vague: PlainTextSchema,
		names: PlainTextSchema,
		allowed: PlainTextSchema,
		glossary: PlainTextSchema,
	}),
	run: z.strictObject({ heading: PlainTextSchema, paragraphs: z.array(TextSchema).min(1) }),
	next_step: NextStepSchema,
});
export type QualityPage = z.output<typeof QualityPageSchema>;
