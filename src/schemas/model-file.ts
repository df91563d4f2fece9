import { z } from 'zod';
import { KeySchema, PlainTextSchema } from './common.ts';

/**
 * `<code>/models/<model>.yaml`: one model of the source in one locale. `data` is checked against the shape
 * that `playbook.yaml` declares (see shape.ts); `names` gives readers a name for each key of the source.
 */
export const ModelFileSchema = z.strictObject({
	/** Reader names of the source's keys in this locale: `pre_close: Pre-close`, `purpose: Purpose`. */
	names: z.record(KeySchema, PlainTextSchema).default({}),
	/** The dict, word for word. */
	data: z.unknown(),
});
export type ModelFile = z.output<typeof ModelFileSchema>;
