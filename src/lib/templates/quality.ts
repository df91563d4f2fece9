import { allFields, type TemplateDef, type Values } from './definition.ts';
import { rate } from './risk.ts';

export type Coverage = 'covered' | 'missing' | 'na';

/**
 * Which quality-check items the draft covers: an item is covered when a field mapped to it (in
 * content/templates, `covers`) is filled in, missing when such a field is empty, and `na` when the
 * template has no field for it.
 */
export function coverage(def: TemplateDef, values: Values): { id: string; text: string; state: Coverage }[] {
	const sources = allFields(def).map((f) => ({ covers: f.covers, filled: Boolean(values[f.id]?.trim()) }));
	if (def.assessment) sources.push({ covers: def.assessment.covers, filled: rate(def.assessment, values).length > 0 });
	return def.quality.map(({ id, text }) => {
		const mapped = sources.filter((s) => s.covers.includes(id));
		const state: Coverage = mapped.length === 0 ? 'na' : mapped.some((s) => s.filled) ? 'covered' : 'missing';
		return { id, text, state };
	});
}

/** Whether the draft ends with a concrete next step: its next-step field holds words, not just punctuation. */
export const hasNextStep = (def: TemplateDef, values: Values): boolean => /[\p{L}\p{N}]/u.test(values[def.nextStep] ?? '');
