import type { ModelData } from '../schemas/model-file.ts';
import type { Shape } from '../schemas/playbook.ts';
import type { SkillDocument, SkillModel } from './skill-document.ts';

/** Options of {@link writeSkillText}. */
export interface WriteOptions {
	/**
	 * Quote dict keys and values and trigger phrases, as the source's English half does; the other halves write
	 * them bare. Default: quoted for English (`en`, `en-*`), bare otherwise.
	 */
	quoted?: boolean | undefined;
}

const list = (items: readonly { text: string }[], suffix = ''): string[] =>
	items.map((item, index) => `${index === 0 ? '- - ' : '- '}${item.text}${suffix}`);

/**
 * Writes one locale's document as a half of a skill text, in the source's layout: name, introduction, the
 * standard sections with their headings and lead lines, `- - ` lists, numbered outputs with their description
 * lines, each model under its heading as a `~~~python` dict, the output format's fields with their ":", and the
 * quality check's `- - [ ] ` items. Paragraphs are written one per line. Returns text ending in a newline.
 * Reading it back with parseSkillText gives the same document.
 */
export function writeSkillText(document: SkillDocument, options: WriteOptions = {}): string {
	const quoted = options.quoted ?? /^en(?:-|$)/.test(document.locale);
	const quote = (text: string): string => (quoted ? JSON.stringify(text) : text);
	const { skill } = document;
	const lines = [
		skill.name,
		...skill.intro,
		skill.triggers.heading,
		skill.triggers.lead,
		...list(skill.triggers.items),
		skill.triggers.phrases_lead,
		...list(skill.triggers.phrases.map((item) => ({ text: quote(item.text) }))),
		skill.core_principle.heading,
		...skill.core_principle.paragraphs,
		skill.does.heading,
		skill.does.lead,
		...list(skill.does.items),
		skill.outputs.heading,
		skill.outputs.lead,
		...skill.outputs.items.flatMap((item) => [`- ${item.number}. ${item.name}`, item.text]),
		skill.rules.heading,
		skill.rules.lead,
		...list(skill.rules.items),
		...document.models.flatMap((model, index) => [
			skill.models[index]?.heading ?? model.id,
			'~~~python',
			...dictLines(model, quote),
			'~~~',
		]),
		skill.output_format.heading,
		skill.output_format.title,
		...list(skill.output_format.fields, ':'),
		skill.boundaries.heading,
		...skill.boundaries.paragraphs,
		skill.quality_check.heading,
		...skill.quality_check.items.map((item, index) => `${index === 0 ? '- - ' : '- '}[ ] ${item.text}`),
	];
	return `${lines.join('\n')}\n`;
}

/** Writes every locale's half, the default locale's first: a whole skill text. */
export function writeSkillTexts(documents: readonly SkillDocument[], options: WriteOptions = {}): string {
	return documents.map((document) => writeSkillText(document, options)).join('');
}

/** A model's dict, one entry or list item per line, numbered keys given back their `<word>_<n>_`. */
function dictLines(model: SkillModel, quote: (text: string) => string): string[] {
	const value = (key: string, data: ModelData, shape: Shape, last: boolean): string[] => {
		const comma = last ? '' : ',';
		if (typeof data === 'string') return [`${quote(key)}: ${quote(data)}${comma}`];
		if (Array.isArray(data)) {
			return [`${quote(key)}: [`, ...data.map((item, index) => `${quote(item.text)}${index === data.length - 1 ? '' : ','}`), `]${comma}`];
		}
		return [`${quote(key)}: {`, ...entries(data, shape), `}${comma}`];
	};
	const entries = (data: { [key: string]: ModelData }, shape: Shape): string[] => {
		const keys = Object.keys(data);
		return keys.flatMap((key, index) => {
			const isMap = typeof shape === 'object' && 'map' in shape;
			const sourceKey = isMap && shape.numbered ? `${shape.numbered}_${index + 1}_${key}` : key;
			const valueShape = typeof shape !== 'object' ? shape : 'map' in shape ? shape.map : (shape.fields[key] ?? 'text');
			return value(sourceKey, data[key] as ModelData, valueShape, index === keys.length - 1);
		});
	};
	const data = model.data;
	const body = typeof data === 'object' && !Array.isArray(data) ? entries(data, model.shape) : [];
	return [`${model.source} = {`, ...body, '}'];
}
