import { z } from 'zod';
import { ItemRefSchema, NextStepSchema, TextSchema } from './common.ts';

/**
 * One quality-check section of a stage or model page. Written as plain text, as a list (recommendations), or
 * as a mapping with any of: `text`, `items` (a list of points), `signals` (observable warning signs) and
 * `related` (items of the playbook that apply, e.g. failure patterns).
 */
export const SectionSchema = z.preprocess(
	(value) => (typeof value === 'string' ? { text: value } : Array.isArray(value) ? { items: value } : value),
	z
		.strictObject({
			text: TextSchema.optional(),
			items: z.array(TextSchema).min(1, 'list at least one point').optional(),
			signals: z.array(TextSchema).min(1, 'list at least one signal').optional(),
			related: z.array(ItemRefSchema).min(1, 'name at least one item').optional(),
		})
		.refine((s) => s.text !== undefined || s.items !== undefined, {
			message: 'write the section: text, a list, or both (text: and items:)',
		}),
);
export type Section = z.output<typeof SectionSchema>;

/** The quality check as the schemas see it: the item ids in order, and the one that is the closing next step. */
export interface QualityIds {
	ids: readonly string[];
	nextStep: string;
}

/**
 * The sections of a page, one per quality-check item of the playbook (`skill.yaml` `quality_check`), keyed
 * by the item's id; the next-step item takes a {@link NextStepSchema}. Every key is optional here: what is
 * missing is reported as "to be written" (or shown as a note in a draft build).
 */
export function sectionsSchema({ ids, nextStep }: QualityIds) {
	return z.strictObject(Object.fromEntries(ids.map((id) => [id, (id === nextStep ? NextStepSchema : SectionSchema).optional()])));
}
export type Sections = Record<string, Section | z.output<typeof NextStepSchema> | undefined>;
