import { z } from 'zod';
import { IdSchema, ItemSchema, PageMetaSchema, TextSchema } from './common';
import { QualitySectionsSchema } from './sections';

/** A titled list of items. */
const listOf = <T extends z.ZodType>(item: T) => z.object({ heading: TextSchema, items: z.array(item).min(1, 'list at least one item') });

/** A keyed entry of a source model, e.g. `success_measure: "How both sides know ..."`. */
export const NamedItemSchema = ItemSchema.extend({
	/** The source's key, e.g. `success_measure`. */
	key: z.string().regex(/^[a-z_]+$/, 'use the source key in snake_case'),
	/** Reader-facing name of the key. */
	name: TextSchema,
});
export type NamedItem = z.output<typeof NamedItemSchema>;

const frameworkPage = {
	page: PageMetaSchema,
	/** What the framework is for, shown first. */
	intro: TextSchema,
	sections: QualitySectionsSchema,
};

/** CLIENT_ARCHITECTURE. */
export const ArchitectureSchema = z.object({
	...frameworkPage,
	core_elements: listOf(NamedItemSchema),
	guiding_questions: listOf(ItemSchema),
});
export type Architecture = z.output<typeof ArchitectureSchema>;

/** One step of CLIENT_ONBOARDING. */
export const OnboardingStepSchema = NamedItemSchema.omit({ text: true }).extend({
	purpose: TextSchema,
	outputs: z.array(ItemSchema).min(1, 'list at least one output'),
});
export type OnboardingStep = z.output<typeof OnboardingStepSchema>;

/** CLIENT_ONBOARDING. */
export const OnboardingSchema = z.object({
	...frameworkPage,
	steps: listOf(OnboardingStepSchema),
});
export type Onboarding = z.output<typeof OnboardingSchema>;

/** A failure pattern and the responses that answer it. */
export const FailurePatternSchema = ItemSchema.extend({
	/** Ids of the responses that answer this pattern, most direct first. */
	responses: z.array(IdSchema).min(1, 'name at least one response id'),
});
export type FailurePattern = z.output<typeof FailurePatternSchema>;

/** CLIENT_FAILURE_PATTERNS. */
export const FailurePatternsSchema = z.object({
	...frameworkPage,
	patterns: listOf(FailurePatternSchema),
	responses: listOf(ItemSchema),
});
export type FailurePatterns = z.output<typeof FailurePatternsSchema>;

/** CLIENT_COMMUNICATION. */
export const CommunicationSchema = z.object({
	...frameworkPage,
	principles: listOf(ItemSchema),
	cadences: listOf(NamedItemSchema),
});
export type Communication = z.output<typeof CommunicationSchema>;
