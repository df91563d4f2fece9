import { z } from 'zod';
import { IdSchema, ItemSchema, NextStepSchema, PageMetaSchema, TextSchema } from './common';
import { QualitySectionsSchema } from './sections';

/** One stage of CLIENT_LIFECYCLE, with the page that helps a team through it. */
export const StageSchema = z.object({
	/** Stable id and URL segment, e.g. `pre-close`. */
	id: IdSchema,
	/** The source's key, e.g. `pre_close`. */
	key: z.string().regex(/^[a-z_]+$/, 'use the source key in snake_case, e.g. "pre_close"'),
	/** Reader-facing stage name. */
	name: TextSchema,
	/** Meta description of the stage page. */
	description: TextSchema,
	/** The stage's purpose, as in the source. */
	purpose: TextSchema,
	/** The stage's focus items, as in the source. */
	focus: z.array(ItemSchema).min(1, 'list at least one focus item'),
	/** The quality-check sections of the stage page. */
	sections: QualitySectionsSchema,
});
export type Stage = z.output<typeof StageSchema>;

/** CLIENT_LIFECYCLE: the overview page and its stages, in order. */
export const LifecycleSchema = z.object({
	page: PageMetaSchema,
	/** Why the lifecycle matters, shown above the diagram. */
	intro: TextSchema,
	stages: z.array(StageSchema).min(1, 'list at least one stage'),
	next_step: NextStepSchema,
});
export type Lifecycle = z.output<typeof LifecycleSchema>;
