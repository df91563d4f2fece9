import type { Shape } from '../schemas/playbook.ts';
import type { RawDict, RawNode } from './python-dict.ts';
import type { ProblemList } from './skill-text-error.ts';

class ShapeMismatch extends Error {
	readonly line: number;

	constructor(line: number, message: string) {
		super(message);
		this.line = line;
	}
}

const numberedKey = /^([A-Za-z]+)_(\d+)_([A-Za-z]\w*)$/;

/**
 * The word of a numbered dict (`stage` for `stage_1_pre_close`, `stage_2_onboarding` …): every key is
 * `<word>_<n>_<key>` with the same word, numbered 1, 2, 3 … in order, the `<key>`s all different.
 */
export function numberedWord(keys: readonly string[]): string | undefined {
	const matches = keys.map((key) => numberedKey.exec(key));
	const word = matches[0]?.[1];
	if (!word) return undefined;
	const ok = matches.every((match, index) => match?.[1] === word && Number(match[2]) === index + 1);
	const rest = new Set(matches.map((match) => match?.[3]));
	return ok && rest.size === keys.length ? word : undefined;
}

/** A numbered key without its `<word>_<n>_` (`stage_1_pre_close` -> `pre_close`). */
export function unnumbered(key: string): string {
	return numberedKey.exec(key)?.[3] ?? key;
}

const canonical = (shape: Shape): string =>
	typeof shape === 'string'
		? shape
		: 'fields' in shape
			? `{${Object.keys(shape.fields)
					.sort()
					.map((key) => `${key}:${canonical(shape.fields[key] as Shape)}`)
					.join(',')}}`
			: `map(${canonical(shape.map)}${shape.numbered ? `#${shape.numbered}` : ''})`;

/** Whether two shapes are the same (record fields in any order). */
export function sameShape(a: Shape, b: Shape): boolean {
	return canonical(a) === canonical(b);
}

function describe(node: RawNode): string {
	if (node.kind === 'text') return 'text';
	if (node.kind === 'list') return 'a list';
	return `a dict with the keys ${node.entries.map((entry) => entry.key.text).join(', ')}`;
}

const keySet = (dict: RawDict): string =>
	dict.entries
		.map((entry) => entry.key.text)
		.sort()
		.join(',');

const isDict = (node: RawNode): node is RawDict => node.kind === 'dict';

/** One shape for the values of a map's entries: records when they are dicts with the same keys. */
function unify(values: readonly RawNode[]): Shape {
	const dicts = values.filter(isDict);
	const first = dicts[0];
	if (values.length >= 2 && first && dicts.length === values.length && dicts.every((dict) => keySet(dict) === keySet(first))) {
		const fields: Record<string, Shape> = {};
		for (const { key } of first.entries) {
			fields[key.text] = unify(dicts.map((dict) => dict.entries.find((entry) => entry.key.text === key.text)?.value as RawNode));
		}
		return { fields };
	}
	const shapes = values.map(shapeOf);
	const differing = shapes.findIndex((shape) => !sameShape(shape, shapes[0] as Shape));
	if (differing > 0) {
		const [a, b] = [values[0] as RawNode, values[differing] as RawNode];
		throw new ShapeMismatch(
			b.line,
			`entries that should share one shape differ: line ${a.line} holds ${describe(a)}, this line holds ${describe(b)}`,
		);
	}
	return shapes[0] as Shape;
}

/**
 * The shape of a value, from the data alone: text, list, a numbered map, a map (a dict whose values share
 * one shape and whose keys are data: all text, or all records with the same fields, or all maps), or else a
 * record (a dict whose keys are fields: values of different shapes, or lists, which are named collections).
 */
function shapeOf(node: RawNode): Shape {
	if (node.kind === 'text') return 'text';
	if (node.kind === 'list') return 'list';
	const values = node.entries.map((entry) => entry.value);
	const numbered = numberedWord(node.entries.map((entry) => entry.key.text));
	if (numbered) return { map: unify(values), numbered };
	const dicts = values.filter(isDict);
	if (values.length >= 2 && dicts.length === values.length && new Set(dicts.map(keySet)).size === 1) return { map: unify(values) };
	if (values.every((value) => value.kind === 'text')) return { map: 'text' };
	const shapes = values.map(shapeOf);
	const [first] = shapes;
	if (shapes.length >= 2 && first && typeof first === 'object' && 'map' in first && shapes.every((shape) => sameShape(shape, first))) {
		return { map: first };
	}
	return { fields: Object.fromEntries(node.entries.map((entry, index) => [entry.key.text, shapes[index] as Shape])) };
}

/** Infers a model's shape from its dict; a dict whose entries should match but do not is a problem. */
export function inferShape(body: RawDict, problems: ProblemList): Shape | undefined {
	try {
		return shapeOf(body);
	} catch (error) {
		if (!(error instanceof ShapeMismatch)) throw error;
		problems.add(
			error.line,
			error.message,
			'give every entry of a numbered or keyed dict the same keys, each holding the same kind of value',
		);
		return undefined;
	}
}
