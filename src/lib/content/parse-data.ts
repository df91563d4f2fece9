import type { z } from 'zod';
import { closest, type ContentIssue, formatPath } from './content-error.ts';
import { locate, type SourceFile } from './yaml-file.ts';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; issues: ContentIssue[] };

/**
 * Validates a file's data (or a part of it, at `base`) against a schema and turns every problem into a
 * located {@link ContentIssue}: the line of the value, the item's name in the path, what was expected and
 * what was found, and for an unknown key the closest valid one.
 */
export function parseData<S extends z.ZodType>(schema: S, source: SourceFile, data: unknown = source.data, base: readonly PropertyKey[] = []): ParseResult<z.output<S>> {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { ok: true, data: result.data };

	const raw = result.error.issues;
	// A misspelled required key is one problem, not two: keep "unknown field, did you mean", drop "is missing".
	const renamed = new Set<string>();
	const issues: ContentIssue[] = [];
	for (const issue of raw) {
		if (issue.code !== 'unrecognized_keys') continue;
		const known = keysAt(schema, issue.path);
		for (const key of issue.keys) {
			const path = [...base, ...issue.path, key];
			const guess = closest(key, known.filter((k) => !(k in (issue.input as object))));
			if (guess) renamed.add(JSON.stringify([...issue.path, guess]));
			issues.push(
				at(source, path, true, guess ? `unknown field — did you mean “${guess}”?` : 'unknown field', guess ? `rename “${key}” to “${guess}”` : `remove it; the fields here are: ${known.join(', ')}`),
			);
		}
	}
	for (const issue of raw) {
		if (issue.code === 'unrecognized_keys') continue;
		if (issue.code === 'invalid_type' && issue.input === undefined && renamed.has(JSON.stringify(issue.path))) continue;
		const [message, fix] = describe(issue);
		issues.push(at(source, [...base, ...issue.path], false, message, fix));
	}
	return { ok: false, issues };
}

function at(source: SourceFile, path: readonly PropertyKey[], keyOnly: boolean, message: string, fix: string): ContentIssue {
	const position = locate(source, path, keyOnly);
	return { file: source.file, locale: source.locale, line: position?.line, column: position?.column, path: formatPath(path, source.data), message, fix };
}

/** What is wrong and what to do, in an editor's words. */
function describe(issue: z.core.$ZodIssue): [string, string] {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return ['is missing', `add it (${expected(issue.expected)}); the same file in another locale shows an example`];
			return [`expected ${expected(issue.expected)}, found ${found(issue.input)}`, `write ${expected(issue.expected)} here`];
		case 'invalid_value':
			return [`is ${found(issue.input)}`, `use one of: ${issue.values.map(String).join(', ')}`];
		case 'too_small':
			return [issue.message.startsWith('Too small') ? 'is too short or has too few items' : issue.message, 'fill it in; an empty field would leave a hole in the page'];
		case 'too_big':
			return [issue.message.startsWith('Too big') ? 'has too many items' : issue.message, 'shorten the list'];
		case 'invalid_format':
			return [issue.message.startsWith('Invalid') ? `has the wrong format: ${found(issue.input)}` : `is ${found(issue.input)}: ${issue.message}`, 'change the value to the format described'];
		case 'invalid_union':
			return [issue.message.startsWith('Invalid input') ? `is not one of the accepted forms (found ${found(issue.input)})` : issue.message, 'compare it with the same field in another locale'];
		case 'custom':
			return [issue.message, typeof issue.params?.['fix'] === 'string' ? issue.params['fix'] : 'change the value as the message says'];
		default:
			return [issue.message, 'change the value as the message says'];
	}
}

const expected = (type: string): string =>
	({ string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping (indented "key: value" lines)', record: 'a mapping (indented "key: value" lines)' })[type] ?? type;

/** A value as an editor would name it: `the number 42`, `a list`, `the text "x"`. */
export function found(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return `the value ${value}`;
	if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `the text “${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
	if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
	return 'a mapping';
}

/** The keys an object schema accepts at `path`, unwrapping optional, default, pipe, lazy, array and record layers. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let node: unknown = schema;
	const steps = [...path];
	for (let guard = 0; guard < 100 && node; guard++) {
		const def = (node as { _zod: { def: Record<string, unknown> } })._zod.def;
		switch (def['type']) {
			case 'optional':
			case 'default':
			case 'nullable':
			case 'readonly':
				node = def['innerType'];
				continue;
			case 'pipe':
				node = def['out'];
				continue;
			case 'lazy':
				node = (def['getter'] as () => unknown)();
				continue;
			case 'object': {
				const shape = def['shape'] as Record<string, unknown>;
				if (steps.length === 0) return Object.keys(shape);
				node = shape[String(steps.shift())];
				continue;
			}
			case 'array':
				steps.shift();
				node = def['element'];
				continue;
			case 'record':
				steps.shift();
				node = def['valueType'];
				continue;
			case 'union': {
				const options = def['options'] as unknown[];
				const keys = options.flatMap((option) => keysAt(option as z.ZodType, steps));
				return [...new Set(keys)];
			}
			default:
				return [];
		}
	}
	return [];
}
