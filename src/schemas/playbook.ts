import { z } from 'zod';
import { IdSchema } from './common.ts';
import { ShapeSchema } from './shape.ts';

/** One framework model of the source: a `~~~python` dict, its page and its data files. */
export const ModelDeclSchema = z.strictObject({
	/** Page id and file name (`<code>/models/<id>.yaml`), e.g. `failure-patterns`. */
	id: IdSchema,
	/** The dict's name in the skill text, e.g. `CLIENT_FAILURE_PATTERNS`. */
	source: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'use the dict name as written in the skill text, e.g. "CLIENT_LIFECYCLE"'),
	shape: ShapeSchema,
});
export type ModelDecl = z.output<typeof ModelDeclSchema>;

/**
 * `playbook.yaml`: the structure every locale shares. Written by `npm run import`; editors rarely change it.
 */
export const PlaybookStructureSchema = z
	.strictObject({
		/** The models, in source order; the framework pages follow this order. */
		models: z.array(ModelDeclSchema).min(1, 'list at least one model'),
		/** Id of the model whose numbered entries are the lifecycle's stages: one page per stage, the diagram, a checklist each. */
		lifecycle: IdSchema.optional(),
		/** Id of the quality-check item that is every page's closing "Next step". */
		next_step: IdSchema,
	})
	.superRefine((structure, ctx) => {
		const ids = structure.models.map((m) => m.id);
		ids.forEach((id, i) => {
			if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['models', i, 'id'], message: `repeats the model id "${id}"` });
		});
		if (structure.lifecycle === undefined) return;
		const model = structure.models.find((m) => m.id === structure.lifecycle);
		if (!model)
			ctx.addIssue({ code: 'custom', path: ['lifecycle'], message: `is "${structure.lifecycle}", which is not a model (${ids.join(', ')})` });
		else if (typeof model.shape !== 'object' || !('map' in model.shape))
			ctx.addIssue({ code: 'custom', path: ['lifecycle'], message: `names "${model.id}", whose shape is not a numbered map of stages` });
	});
export type PlaybookStructure = z.output<typeof PlaybookStructureSchema>;
