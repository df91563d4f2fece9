import { z } from 'zod';
import { pageProfiles } from '../gate/page-profiles.ts';
import { ruleIds } from '../gate/rules.ts';
import { NextStepSchema, PageMetaSchema, TextSchema } from './common.ts';

/** Every listed id, no other: the gate's rules and page profiles each need their words. */
const coversIds = (expected: readonly string[], what: string) => (items: readonly { id: string }[], ctx: z.core.$RefinementCtx) => {
	const ids = new Set(items.map((item) => item.id));
	for (const id of expected)
		if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `has no entry for the ${what} "${id}"; add one with its words` });
	for (const id of ids)
		if (!expected.includes(id))
			ctx.addIssue({
				code: 'custom',
				message: `names the ${what} "${id}", which the quality gate does not have; use one of: ${expected.join(', ')}`,
			});
};

/** A rule of the quality gate, in words for content editors. */
export const GateRuleSchema = z.object({
	/** The rule's permanent id, as the gate reports it (src/gate/rules.ts). */
	id: z.enum(ruleIds),
	/** A short name: the report's and the page's heading. */
	title: TextSchema,
	/** Why the rule exists and what it checks. */
	explanation: TextSchema,
	/** What an editor does to fix a finding. */
	fix: TextSchema,
});

/** `/quality/`: what the build checks on every page, for content editors. */
export const QualityGateSchema = z.object({
	page: PageMetaSchema,
	intro: z.array(TextSchema).min(1),
	/** The source's checklist: its items come from content/quality, their headings from content/site. */
	checklist: z.object({ heading: TextSchema, lead: TextSchema }),
	coverage: z.object({
		heading: TextSchema,
		lead: TextSchema,
		/** Labels of each page type's requirements. */
		labels: z.object({ items: TextSchema, budget: TextSchema }),
		/** Said of a page type that needs all seven items. */
		all_items: TextSchema,
		/** Said of a page type that needs none. */
		no_items: TextSchema,
		budget: z.object({ js: TextSchema, css: TextSchema }),
		/** One entry per page profile of src/gate/page-profiles.ts. */
		profiles: z.array(z.object({ id: z.enum(pageProfiles.map((p) => p.id)), name: TextSchema, pages: TextSchema })).superRefine(
			coversIds(
				pageProfiles.map((p) => p.id),
				'page type',
			),
		),
		/** The pages left out, and why. */
		exceptions: TextSchema,
	}),
	rules: z.object({
		heading: TextSchema,
		lead: TextSchema,
		labels: z.object({ fix: TextSchema }),
		items: z.array(GateRuleSchema).superRefine(coversIds(ruleIds, 'rule')),
	}),
	/** Labels for the word lists of content/quality-gate/lint.yaml. */
	words: z.object({
		heading: TextSchema,
		lead: TextSchema,
		placeholders: TextSchema,
		vague: TextSchema,
		names: TextSchema,
		allowed: TextSchema,
	}),
	run: z.object({ heading: TextSchema, paragraphs: z.array(TextSchema).min(1) }),
	next_step: NextStepSchema,
});
export type QualityGate = z.output<typeof QualityGateSchema>;
