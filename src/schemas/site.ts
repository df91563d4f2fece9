import { z } from 'zod';
import { PageMetaSchema, TextSchema } from './common.ts';
import { qualitySectionKeys } from './sections.ts';

const headings = Object.fromEntries(qualitySectionKeys.map((key) => [key, TextSchema])) as Record<
	(typeof qualitySectionKeys)[number],
	typeof TextSchema
>;

/** Site-wide wording for one locale: the title, sidebar groups and the labels generated pages use. */
export const SiteSchema = z.object({
	/** Site name in the header, browser tab and printouts. */
	title: TextSchema,
	/** One-line description used where a page has none. */
	description: TextSchema,
	/** The not-found page, shown in every language at once since the address may be in any. */
	not_found: z.object({ title: TextSchema, text: TextSchema, home: TextSchema }),
	/** `/workspace/`: the clients kept in this browser (the page's own controls use UI strings, `pb.workspace.*`). */
	workspace: z.object({ page: PageMetaSchema, intro: TextSchema }),
	/** Labels of the sidebar groups, by group id. */
	sidebar: z.object({
		playbook: TextSchema,
		lifecycle: TextSchema,
		frameworks: TextSchema,
		reference: TextSchema,
		templates: TextSchema,
		checklists: TextSchema,
	}),
	/**
	 * Headings of the quality-check sections, in this locale's wording. The quality gate recognises
	 * sections by these headings, on generated and hand-written pages alike.
	 */
	sections: z.object(headings),
	/** Small labels that generated pages put around the content. `{n}` and `{total}` are filled in. */
	labels: z.object({
		/** What separates a label from its value: ": " in English, "：" in Chinese. */
		colon: z.string().min(1),
		purpose: TextSchema,
		focus: TextSchema,
		stage_of: TextSchema.regex(/\{n\}/, 'must contain {n}').regex(/\{total\}/, 'must contain {total}'),
		stages: TextSchema,
		owner: TextSchema,
		risk_signals: TextSchema,
		patterns_apply: TextSchema,
		answered_by: TextSchema,
		answers: TextSchema,
		diagram: TextSchema,
	}),
});
export type Site = z.output<typeof SiteSchema>;
