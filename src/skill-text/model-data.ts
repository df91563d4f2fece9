import type { ModelData } from '../schemas/model-file.ts';
import type { Shape } from '../schemas/playbook.ts';
import type { SkillItem } from '../schemas/skill.ts';
import { itemIds } from './ids.ts';
import { unnumbered } from './infer-shape.ts';
import type { RawNode } from './python-dict.ts';

/** How text of one locale is turned into data. */
export interface DataContext {
	/** The skill's name in the default locale: item ids do not start with it. */
	skillName: string;
	/** Whether list items start with a capital (Latin and similar scripts). */
	capitals: boolean;
}

/** The text with its first letter in upper case: the source writes list items in lower case. */
export function capitalised(text: string): string {
	const [first = ''] = text;
	return first.toLocaleUpperCase() + text.slice(first.length);
}

/** A list's items with ids: the reference's ids by position (another locale), or slugged from the text. */
export function withIds(texts: readonly string[], reference: readonly SkillItem[] | undefined, context: DataContext): SkillItem[] {
	const ids = reference ? reference.map((item) => item.id) : itemIds(texts, context.skillName);
	return texts.map((text, index) => ({ id: ids[index] ?? `item-${index + 1}`, text: context.capitals ? capitalised(text) : text }));
}

/**
 * Turns a parsed (and repaired) dict into data of its shape: text as it is, list items with ids, records and
 * maps as mappings, numbered keys without `<word>_<n>_`. `reference` is the same model's data in the default
 * locale, whose ids are reused by position; the halves were matched before, so positions agree.
 */
export function modelData(node: RawNode, shape: Shape, reference: ModelData | undefined, context: DataContext): ModelData {
	if (node.kind === 'text') return node.text;
	if (node.kind === 'list') {
		return withIds(
			node.items.map((item) => item.text),
			Array.isArray(reference) ? reference : undefined,
			context,
		);
	}
	const data: Record<string, ModelData> = {};
	const referenceMap = reference && typeof reference === 'object' && !Array.isArray(reference) ? reference : undefined;
	for (const { key, value } of node.entries) {
		const isMap = typeof shape === 'object' && 'map' in shape;
		const dataKey = isMap && shape.numbered ? unnumbered(key.text) : key.text;
		const valueShape = typeof shape !== 'object' ? shape : 'map' in shape ? shape.map : (shape.fields[key.text] ?? 'text');
		data[dataKey] = modelData(value, valueShape, referenceMap?.[dataKey], context);
	}
	return data;
}

/** Word beginnings that English hyphenates (`pre_close` -> "Pre-close"). */
const hyphenated = new Set(['pre', 'post', 're', 'co', 'non', 'self', 'multi', 'sub', 'anti', 'cross', 'semi', 'mid']);

/** A reader name for a source key: `success_measure` -> "Success measure", `pre_close` -> "Pre-close". */
export function keyName(key: string): string {
	const words = key.toLowerCase().split('_').filter(Boolean);
	const name = words.reduce(
		(text, word, index) => (index === 0 ? word : `${text}${hyphenated.has(words[index - 1] ?? '') ? '-' : ' '}${word}`),
		'',
	);
	return capitalised(name);
}

/** Reader names of every key in the data (fields, map keys, numbered keys without their number), in order. */
export function keyNames(data: ModelData, shape: Shape): Record<string, string> {
	const names: Record<string, string> = {};
	const visit = (value: ModelData, valueShape: Shape): void => {
		if (typeof valueShape !== 'object' || typeof value !== 'object' || Array.isArray(value)) return;
		for (const [key, item] of Object.entries(value)) {
			names[key] ??= keyName(key);
			visit(item, 'map' in valueShape ? valueShape.map : (valueShape.fields[key] ?? 'text'));
		}
	};
	visit(data, shape);
	return names;
}
