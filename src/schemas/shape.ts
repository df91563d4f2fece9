import { z } from 'zod';
import { ItemSchema, KeySchema, TextSchema } from './common.ts';

/**
 * What a model of the source holds, declared in `playbook.yaml` and written there by the importer:
 * - `text`: one value;
 * - `list`: items, each `{ id, text }`;
 * - `{ fields: { key: shape } }`: a record whose keys the playbook fixes;
 * - `{ map: shape }`: entries whose keys are data (`outcome`, `scope` …), each holding `shape`;
 * - `{ map: shape, numbered: word }`: the same, numbered in the source (`stage_1_pre_close`).
 */
export type Shape = 'text' | 'list' | { fields: Record<string, Shape> } | { map: Shape; numbered?: string | undefined };

export const ShapeSchema: z.ZodType<Shape> = z.lazy(() =>
	z.union(
		[
			z.literal('text'),
			z.literal('list'),
			z.strictObject({ fields: z.record(KeySchema, ShapeSchema) }),
			z.strictObject({ map: ShapeSchema, numbered: z.string().regex(/^[a-z]+$/, 'use the word before the number, e.g. "stage"').optional() }),
		],
		{ error: 'write a shape: text, list, { fields: { … } } or { map: …, numbered: … }' },
	),
);

export const isRecordShape = (shape: Shape): shape is { fields: Record<string, Shape> } => typeof shape === 'object' && 'fields' in shape;
export const isMapShape = (shape: Shape): shape is { map: Shape; numbered?: string } => typeof shape === 'object' && 'map' in shape;

/**
 * The zod schema of a model's data in one locale, built from its declared shape. Records reject unknown keys;
 * map keys are data and are compared across locales by the parity check instead.
 */
export function dataSchemaOf(shape: Shape): z.ZodType {
	if (shape === 'text') return TextSchema;
	if (shape === 'list') return z.array(ItemSchema).min(1, 'list at least one item');
	if (isRecordShape(shape)) return z.strictObject(Object.fromEntries(Object.entries(shape.fields).map(([key, inner]) => [key, dataSchemaOf(inner)])));
	return z
		.record(KeySchema, dataSchemaOf(shape.map))
		.refine((entries) => Object.keys(entries).length > 0, 'list at least one entry');
}

/** The expected kind of value for a shape, in editors' words ("a list of items"). */
export function describeShape(shape: Shape): string {
	if (shape === 'text') return 'text';
	if (shape === 'list') return 'a list of items (each with id and text)';
	if (isRecordShape(shape)) return `a mapping with the fields ${Object.keys(shape.fields).join(', ')}`;
	return shape.numbered ? `numbered entries (${shape.numbered}s), each a mapping under its key` : 'a mapping of keys to values';
}
