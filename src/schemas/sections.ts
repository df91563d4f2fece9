import { z } from 'zod';
import { IdSchema, NextStepSchema, TextSchema } from './common.ts';

/**
 * The source's "Quality Check Before Delivering", made into page sections. Every stage page and every
 * framework page answers each item in its own section; `next_step` always comes last.
 */
export const QualitySectionsSchema = z.object({
	/** The client type and relationship context. */
	context: TextSchema,
	/** Success defined from the client's perspective. */
	success: TextSchema,
	/** Scope, timing and communication made explicit. */
	scope: TextSchema,
	/** Roles and ownership. */
	roles: TextSchema,
	/** Risks or friction points, with the failure patterns that apply. */
	risks: z.object({
		/** What tends to go wrong here. */
		text: TextSchema,
		/** Warning signs to watch for, each one observable. */
		signals: z.array(TextSchema).min(1, 'list at least one risk signal'),
		/** Ids of the failure patterns that apply (see content/failure-patterns). */
		patterns: z.array(IdSchema).min(1, 'name at least one failure pattern id'),
	}),
	/** Recommendations that improve clarity, trust or retention. */
	recommendations: z.array(TextSchema).min(1, 'give at least one recommendation'),
	/** The concrete next step the page ends with. */
	next_step: NextStepSchema,
});
export type QualitySections = z.output<typeof QualitySectionsSchema>;

/** The keys of {@link QualitySectionsSchema}, in the order pages show them. */
export const qualitySectionKeys = ['context', 'success', 'scope', 'roles', 'risks', 'recommendations', 'next_step'] as const;
export type QualitySectionKey = (typeof qualitySectionKeys)[number];
