import type { ModelData, ModelFile } from '../schemas/model-file.ts';
import type { PlaybookModel, Shape } from '../schemas/playbook.ts';
import type { Skill, SkillItem } from '../schemas/skill.ts';
import { itemIds } from './ids.ts';
import { capitalised, keyNames, modelData, withIds, type DataContext } from './model-data.ts';
import type { ParsedHalf } from './match-halves.ts';
import type { Located } from './source-lines.ts';

/** One model in one locale: its entry in `playbook.yaml` (id, source name, shape) and its `models/<id>.yaml`. */
export interface SkillModel extends PlaybookModel, Omit<ModelFile, 'data'> {
	/** The dict in the shape `shape` declares. */
	data: ModelData;
}

/**
 * One locale of a skill text, in memory: what `<code>/skill.yaml` holds (the standard sections, the models'
 * headings) and every model's source name, shape and data. The parser makes one per half; the writer turns one
 * back into a half of a skill text.
 */
export interface SkillDocument {
	/** Locale code (`en`, `zh-cn`). */
	locale: string;
	skill: Skill;
	/** The models in source order, the same order as `skill.models`. */
	models: SkillModel[];
}

/** What every locale shares, decided from the default half: model ids and shapes. */
export interface SharedStructure {
	ids: readonly string[];
	shapes: readonly Shape[];
}

const unquoted = (text: string): string => /^["“「『](.*)["”」』]$/.exec(text)?.[1]?.trim() ?? text;
const withoutColon = (text: string): string => text.replace(/\s*[:：]$/, '');
const texts = (items: readonly Located[]): string[] => items.map((item) => item.text);

/**
 * Builds the document of one half. `reference` is the default locale's document: its ids are reused by
 * position (the halves were matched, so positions agree); without it, ids are slugged from this half's text.
 * Text is kept word for word except: list items start with a capital in scripts that have capitals, trigger
 * phrases lose their quotes, output-format fields lose their trailing ":".
 */
export function buildDocument(half: ParsedHalf, structure: SharedStructure, capitals: boolean, reference?: SkillDocument): SkillDocument {
	const raw = half.skill;
	const context: DataContext = { skillName: reference?.skill.name ?? raw.name.text, capitals };
	const list = (items: readonly string[], referenceItems: readonly SkillItem[] | undefined): SkillItem[] =>
		withIds(items, referenceItems, context);
	const ref = reference?.skill;
	const outputIds = ref
		? ref.outputs.items.map((item) => item.id)
		: itemIds(texts(raw.outputs.items.map((item) => item.name)), context.skillName);
	const skill: Skill = {
		name: raw.name.text,
		intro: texts(raw.intro),
		triggers: {
			heading: raw.triggers.heading.text,
			lead: raw.triggers.lead.text,
			items: list(texts(raw.triggers.items), ref?.triggers.items),
			phrases_lead: raw.triggers.phrasesLead.text,
			phrases: list(texts(raw.triggers.phrases).map(unquoted), ref?.triggers.phrases),
		},
		core_principle: { heading: raw.corePrinciple.heading.text, paragraphs: texts(raw.corePrinciple.paragraphs) },
		does: { heading: raw.does.heading.text, lead: raw.does.lead.text, items: list(texts(raw.does.items), ref?.does.items) },
		outputs: {
			heading: raw.outputs.heading.text,
			lead: raw.outputs.lead.text,
			items: raw.outputs.items.map((item, index) => ({
				id: outputIds[index] ?? `item-${index + 1}`,
				number: item.number,
				name: capitals ? capitalised(item.name.text) : item.name.text,
				text: item.text.text,
			})),
		},
		rules: { heading: raw.rules.heading.text, lead: raw.rules.lead.text, items: list(texts(raw.rules.items), ref?.rules.items) },
		models: raw.models.map((model, index) => ({ id: structure.ids[index] ?? '', heading: model.heading.text })),
		output_format: {
			heading: raw.outputFormat.heading.text,
			title: raw.outputFormat.title.text,
			fields: list(texts(raw.outputFormat.fields).map(withoutColon), ref?.output_format.fields),
		},
		boundaries: { heading: raw.boundaries.heading.text, paragraphs: texts(raw.boundaries.paragraphs) },
		quality_check: { heading: raw.qualityCheck.heading.text, items: list(texts(raw.qualityCheck.items), ref?.quality_check.items) },
	};
	const models = half.models.map((model, index): SkillModel => {
		const shape = structure.shapes[index] as Shape;
		const referenceModel = reference?.models[index];
		const data = modelData(model.body, shape, referenceModel?.data, context);
		// The source names keys in the default language only; other locales start from those names, to be translated.
		const names = referenceModel ? { ...referenceModel.names } : keyNames(data, shape);
		return { id: structure.ids[index] ?? '', source: model.name.text, shape, names, data };
	});
	return { locale: half.locale, skill, models };
}

/**
 * Puts a locale's document together from the files of a playbook folder, already validated: `structure` from
 * `playbook.yaml`, `skill` from `<code>/skill.yaml`, `files` the `<code>/models/<id>.yaml` by model id. This is
 * what an export to `/skill.txt` hands to writeSkillText.
 *
 * @throws {Error} when a model of `playbook.yaml` has no file.
 */
export function assembleDocument(
	locale: string,
	structure: { models: readonly PlaybookModel[] },
	skill: Skill,
	files: Readonly<Record<string, { names: Record<string, string>; data: ModelData }>>,
): SkillDocument {
	const models = structure.models.map((model): SkillModel => {
		const file = files[model.id];
		if (!file) throw new Error(`${locale}/models/${model.id}.yaml is missing`);
		return { id: model.id, source: model.source, shape: model.shape, names: file.names, data: file.data };
	});
	return { locale, skill, models };
}
