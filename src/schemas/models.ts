import type { z } from 'zod';
import { LifecycleSchema } from './lifecycle';
import { ArchitectureSchema, CommunicationSchema, FailurePatternsSchema, OnboardingSchema } from './frameworks';
import { BoundariesSchema, HomeSchema, OutputsSchema, PrinciplesSchema, QualityCheckSchema } from './reference';
import { SiteSchema } from './site';
import { QualityGateSchema } from './quality-gate';
import { TemplatesSchema } from './templates';
import { ChecklistsSchema } from './checklists';

/**
 * Every content model: its folder under `content/` (one `<locale>.yaml` per locale) and its schema.
 * Adding a model means adding it here and a folder of YAML files.
 */
export const modelSchemas = {
	site: SiteSchema,
	home: HomeSchema,
	principles: PrinciplesSchema,
	boundaries: BoundariesSchema,
	outputs: OutputsSchema,
	quality: QualityCheckSchema,
	lifecycle: LifecycleSchema,
	architecture: ArchitectureSchema,
	onboarding: OnboardingSchema,
	'failure-patterns': FailurePatternsSchema,
	communication: CommunicationSchema,
	'quality-gate': QualityGateSchema,
	templates: TemplatesSchema,
	checklists: ChecklistsSchema,
} as const;

export type ModelName = keyof typeof modelSchemas;
export const modelNames = Object.keys(modelSchemas) as ModelName[];

/** All models of one locale, validated. */
export type PlaybookModels = { [K in ModelName]: z.output<(typeof modelSchemas)[K]> };
