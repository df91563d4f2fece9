import type { Item } from '../../schemas/common.ts';
import type { PlaybookStructure } from '../../schemas/playbook.ts';
import type { Skill } from '../../schemas/skill.ts';
import type { LocaleContent } from './playbook.ts';

/** An entry of a map or numbered map: its key, the reader's name of the key and its value. */
export interface Entry {
	key: string;
	name: string;
	value: unknown;
}

/**
 * What an item reference (`failure-patterns/patterns/scope-misunderstood`, `skill/outputs/risk-audit`,
 * `lifecycle/pre_close`) points at in one locale: a single item with its wording, or a list or map of them.
 */
export type Resolved =
	| { kind: 'item'; id: string; label: string; text?: string | undefined }
	| { kind: 'list'; items: Item[] }
	| { kind: 'map'; entries: Entry[] };

/** The skill's own lists by the name a reference uses: `skill/outputs`, `skill/quality_check` … */
const skillLists = {
	triggers: (s: Skill) => s.triggers.items,
	phrases: (s: Skill) => s.triggers.phrases,
	does: (s: Skill) => s.does.items,
	rules: (s: Skill) => s.rules.items,
	output_format: (s: Skill) => s.output_format.fields,
	quality_check: (s: Skill) => s.quality_check.items,
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isItemList = (value: unknown): value is Item[] => Array.isArray(value) && value.every((v) => isRecord(v) && typeof v['id'] === 'string');

/** The first text of a value: a record's first text field (a stage's purpose), or the value itself. */
export const firstText = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : isRecord(value) ? Object.values(value).find((v): v is string => typeof v === 'string') : undefined;

/** The entries of a mapping of the source, named in this locale (the key itself where no name is given). */
export const entriesOf = (map: Record<string, unknown>, names: Record<string, string>): Entry[] =>
	Object.entries(map).map(([key, value]) => ({ key, name: names[key] ?? key, value }));

/**
 * Resolves an item reference in one locale's content; undefined when it points at nothing. The locale's
 * content has been validated, so lists hold items and maps hold entries.
 */
export function resolveRef(content: Pick<LocaleContent, 'skill' | 'models'>, structure: PlaybookStructure, ref: string): Resolved | undefined {
	const [head = '', ...rest] = ref.split('/');
	if (head === 'skill') return resolveSkill(content.skill, rest);
	if (!structure.models.some((m) => m.id === head)) return undefined;
	const model = content.models[head];
	if (!model) return undefined;
	let node: unknown = model.data;
	for (const [index, part] of rest.entries()) {
		if (isItemList(node)) {
			const item = node.find((i) => i.id === part);
			if (!item || index !== rest.length - 1) return undefined;
			return { kind: 'item', id: item.id, label: item.text };
		}
		if (!isRecord(node) || !(part in node)) return undefined;
		if (index === rest.length - 1) {
			const value = node[part];
			if (isItemList(value)) return { kind: 'list', items: value };
			if (isRecord(value) && isMapLike(value, structure, head, rest)) return { kind: 'map', entries: entriesOf(value, model.names) };
			return { kind: 'item', id: part, label: model.names[part] ?? part, text: firstText(value) };
		}
		node = node[part];
	}
	if (isItemList(node)) return { kind: 'list', items: node };
	return isRecord(node) ? { kind: 'map', entries: entriesOf(node, model.names) } : undefined;
}

/** A mapping is a map (not one entry's record) when the model's shape says its keys are data. */
function isMapLike(_value: Record<string, unknown>, structure: PlaybookStructure, model: string, path: readonly string[]): boolean {
	let shape = structure.models.find((m) => m.id === model)?.shape;
	for (const part of path) {
		if (shape === undefined || typeof shape === 'string') return false;
		shape = 'fields' in shape ? shape.fields[part] : shape.map;
	}
	return typeof shape === 'object' && 'map' in shape;
}

function resolveSkill(skill: Skill | undefined, path: readonly string[]): Resolved | undefined {
	if (!skill) return undefined;
	const [list, id, ...more] = path;
	if (more.length > 0) return undefined;
	if (list === 'outputs') {
		if (id === undefined) return { kind: 'list', items: skill.outputs.items.map((o) => ({ id: o.id, text: o.name })) };
		const output = skill.outputs.items.find((o) => o.id === id);
		return output && { kind: 'item', id: output.id, label: output.name, text: output.text };
	}
	if (list === 'output_format' && id === undefined) return { kind: 'item', id: 'output_format', label: skill.output_format.title };
	const items = list && list in skillLists ? skillLists[list as keyof typeof skillLists](skill) : undefined;
	if (!items) return undefined;
	if (id === undefined) return { kind: 'list', items };
	const item = items.find((i) => i.id === id);
	return item && { kind: 'item', id: item.id, label: item.text };
}

/** The resolved item's wording, or undefined when the reference does not point at a single item. */
export function itemOf(content: Pick<LocaleContent, 'skill' | 'models'>, structure: PlaybookStructure, ref: string): { id: string; label: string; text?: string | undefined } | undefined {
	const resolved = resolveRef(content, structure, ref);
	return resolved?.kind === 'item' ? resolved : undefined;
}
