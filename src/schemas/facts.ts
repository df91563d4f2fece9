import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

/**
 * `<code>/facts.yaml`: the timings, cadences, owners and scales that several pages state, each defined once.
 * Text anywhere in the locale's prose writes `{fact:escalation-time}` and reads the fact's value; a phrase listed
 * under `contradicts` found in the prose fails the build, so two pages cannot state the same fact two ways.
 */
export const FactSchema = z.strictObject({
	/** Stable id, the same in every locale: `escalation-time`. */
	id: IdSchema,
	/** The fact as readers see it where it is referenced: "the same working day". */
	value: TextSchema,
	/** What the fact means, for editors (not shown on the site). */
	about: TextSchema.optional(),
	/** Phrases that would state the fact differently: each one found in the prose fails the build. */
	contradicts: z.array(z.string().trim().min(3, 'write the whole phrase')).default([]),
});
export type Fact = z.output<typeof FactSchema>;

export const FactsSchema = z.strictObject({ facts: z.array(FactSchema).min(1, 'define at least one fact') });
export type Facts = z.output<typeof FactsSchema>;

/** A reference to a fact in content text. */
export const factReference = /\{fact:([a-z0-9-]+)\}/g;
