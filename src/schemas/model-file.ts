import { z } from 'zod';
import { TextSchema } from './common.ts';
import { type Shape, SourceKeySchema } from './playbook.ts';
import { SkillItemsSchema, type SkillItem } from './skill.ts';

/**
 * The data of one model in the shape `playbook.yaml` declares: a string (`text`), a list of `{ id, text }`
 * (`list`), or a mapping (records and maps).
 */
export type ModelData = string | SkillItem[] | { [key: string]: ModelData };

/** `<code>/models/<model>.yaml`: reader names of the source's keys and the dict, word for word. */
export const ModelFileSchema = z.strictObject({
	/** Reader name of every key of the data, in this locale (`pre_close: Pre-close`). */
	names: z.record(SourceKeySchema, TextSchema),
	/** The dict in the model's shape; check it with {@link modelDataSchema}. */
	data: z.unknown(),
});
export type ModelFile = z.output<typeof ModelFileSchema>;

/**
 * Builds the schema of a model's `data` from its shape: strings must not be empty, list ids are unique,
 * records have exactly their fields, map and numbered-map keys are source keys (numbered ones without
 * `<word>_<n>_`). Where the data comes from: `<code>/models/<id>.yaml`; the shape from `playbook.yaml`.
 */
export function modelDataSchema(shape: Shape): z.ZodType<ModelData> {
	if (shape === 'text') return TextSchema;
	if (shape === 'list') return SkillItemsSchema;
	if ('fields' in shape) {
		const fields = Object.fromEntries(Object.entries(shape.fields).map(([key, field]) => [key, modelDataSchema(field)]));
		return z.strictObject(fields);
	}
	return z.record(SourceKeySchema, modelDataSchema(shape.map)).refine((value) => Object.keys(value).length > 0, 'list at least one entry');
}
