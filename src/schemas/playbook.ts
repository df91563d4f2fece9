import { z } from 'zod';
import { IdSchema, SourceKeySchema } from './common.ts';

export { SourceKeySchema };

/** What a model's dict holds, declared in `playbook.yaml` (see "Content format" in the README). */
export type Shape = 'text' | 'list' | RecordShape | MapShape;

/** A dict whose keys are fixed by the playbook: every locale has exactly these fields, in this order. */
export interface RecordShape {
	/** Each field's source key and the shape of its value. */
	fields: { [key: string]: Shape };
}

/** A dict whose keys are data (`outcome`, `scope` …), each value of one shape; keys are the same in every locale. */
export interface MapShape {
	/** The shape of every value. */
	map: Shape;
	/**
	 * Set when the source numbers the keys, `<word>_<n>_<key>` (`stage_1_pre_close`): the word (`stage`).
	 * The data then keys entries by `<key>` alone, in order; the number is the position.
	 */
	numbered?: string | undefined;
}

/** Zod schema of {@link Shape}; recursive, so shapes nest (a map of records holding lists, and so on). */
export const ShapeSchema: z.ZodType<Shape> = z.lazy(() =>
	z.union([
		z.literal('text'),
		z.literal('list'),
		z.strictObject({ fields: z.record(SourceKeySchema, ShapeSchema) }),
		z.strictObject({
			map: ShapeSchema,
			numbered: z
				.string()
				.regex(/^[A-Za-z]+$/, 'the word before the number, e.g. "stage"')
				.optional(),
		}),
	]),
);

/** One model of the playbook: a dict of the skill text, its page and its shape. */
export const PlaybookModelSchema = z.strictObject({
	/** Page id and file name: `<code>/models/<id>.yaml`, page `/<id>/`. */
	id: IdSchema,
	/** The dict's name in the skill text, e.g. `CLIENT_LIFECYCLE`. */
	source: SourceKeySchema,
	/** What the dict holds. */
	shape: ShapeSchema,
});
export type PlaybookModel = z.output<typeof PlaybookModelSchema>;

/** `playbook.yaml`: the structure every locale shares. */
export const PlaybookStructureSchema = z
	.strictObject({
		/** The models in source order. */
		models: z.array(PlaybookModelSchema).min(1, 'a playbook has at least one model'),
		/** Id of the model whose entries are the stages (a numbered map); absent when the playbook has no stages. */
		lifecycle: IdSchema.optional(),
		/** Id of the quality-check item (in `<code>/skill.yaml`) that is each page's closing "Next step". */
		next_step: IdSchema,
	})
	.superRefine((value, context) => {
		const ids = value.models.map((model) => model.id);
		ids.forEach((id, index) => {
			if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: ['models', index, 'id'], message: `"${id}" is used twice` });
		});
		if (value.lifecycle === undefined) return;
		const lifecycle = value.models.find((model) => model.id === value.lifecycle);
		if (!lifecycle) {
			context.addIssue({ code: 'custom', path: ['lifecycle'], message: `no model has the id "${value.lifecycle}"` });
		} else if (typeof lifecycle.shape !== 'object' || !('map' in lifecycle.shape) || !lifecycle.shape.numbered) {
			context.addIssue({
				code: 'custom',
				path: ['lifecycle'],
				message: 'the lifecycle model must be a numbered map (its entries are the stages)',
			});
		}
	});
export type PlaybookStructure = z.output<typeof PlaybookStructureSchema>;
