import type { Checklists } from '../../schemas/checklists.ts';
import type { PlaybookStructure } from '../../schemas/playbook.ts';
import { isMapShape, isRecordShape } from '../../schemas/shape.ts';
import type { Templates } from '../../schemas/templates.ts';
import { stageSlug } from '../page-registry.ts';
import type { LocaleContent } from './playbook.ts';
import { firstText } from './refs.ts';

/**
 * The checklists of a playbook that has no checklists.yaml: the quality check, and one per lifecycle stage
 * holding the stage's lists (a stage's focus items …) and its warning signs. Headers are left to be written.
 */
export function defaultChecklists(content: LocaleContent, structure: PlaybookStructure): Checklists | undefined {
	const skill = content.skill;
	if (!skill) return undefined;
	const checklists: Checklists['checklists'] = [
		{ id: 'quality', kind: 'checklist', title: skill.quality_check.heading, description: skill.quality_check.items[0]?.text ?? skill.quality_check.heading, groups: [{ from: 'skill/quality_check' }] },
	];
	const model = structure.models.find((m) => m.id === structure.lifecycle);
	const lifecycle = model && content.models[model.id];
	if (model && lifecycle && isMapShape(model.shape)) {
		const inner = model.shape.map;
		const lists = isRecordShape(inner) ? Object.entries(inner.fields).filter(([, shape]) => shape === 'list').map(([field]) => field) : [];
		for (const [key, value] of Object.entries(lifecycle.data as Record<string, unknown>)) {
			const name = lifecycle.names[key] ?? key;
			checklists.push({
				id: stageSlug(key),
				kind: 'checklist',
				title: name,
				description: firstText(value) ?? name,
				stage: key,
				groups: [
					...lists.map((field) => ({ heading: lifecycle.names[field] ?? field, from: `${model.id}/${key}/${field}` })),
					...(content.pages.lifecycle?.stages?.[key]?.sections ? [{ signals_of: key }] : []),
				],
			});
		}
	}
	return { checklists };
}

/** The templates of a playbook that has no templates.yaml: its output format as one fillable document, under `id`. */
export function defaultTemplates(content: LocaleContent, nextStep: string, id: string): Templates | undefined {
	const skill = content.skill;
	if (!skill) return undefined;
	const fields = skill.output_format.fields;
	return {
		templates: [
			{
				id,
				kind: 'document',
				audience: 'client',
				from: 'skill/output_format',
				page: { description: skill.output_format.title },
				intro: '',
				sections: [
					{
						id: 'fields',
						output: true,
						fields: fields.map((field, index) => ({
							id: field.id,
							from: `skill/output_format/${field.id}`,
							guidance: '',
							control: 'textarea' as const,
							covers: index === fields.length - 1 ? [nextStep] : [],
						})),
					},
				],
			},
		],
	};
}
