import { stringify } from 'yaml';
import { LocalesSchema, type Locales } from '../schemas/locales.ts';
import { ModelFileSchema, modelDataSchema } from '../schemas/model-file.ts';
import { PlaybookStructureSchema, type PlaybookStructure } from '../schemas/playbook.ts';
import { SkillSchema } from '../schemas/skill.ts';
import { z } from 'zod';
import { TextSchema } from '../schemas/common.ts';
import { localeEntry } from './known-locales.ts';
import type { SkillDocument } from './skill-document.ts';

/** One file of a playbook folder: its path inside the folder (with `/`) and its text. */
export interface PlaybookFile {
	path: string;
	content: string;
}

/** The part of `<code>/site.yaml` the importer can fill in; the rest (section headings …) is written by hand. */
const ImportedSiteSchema = z.strictObject({ title: TextSchema, description: TextSchema });

/** Stage-like words: a numbered model keyed by one of them is the lifecycle. */
const stageWords = new Set(['stage', 'phase']);
/** How the quality check's closing item reads in the locales the importer knows. */
const nextStepWords = /\bnext steps?\b|下一步|次のステップ|다음 단계/i;

/**
 * The structure shared by every locale (`playbook.yaml`): the models with their shapes; the lifecycle is the
 * numbered model keyed by "stage" or "phase", else the first numbered model, else none; the next step is the
 * quality-check item that speaks of a next step in any locale, else the last one.
 */
export function playbookStructure(documents: readonly SkillDocument[]): PlaybookStructure {
	const [main] = documents as [SkillDocument];
	const numbered = main.models.filter((model) => typeof model.shape === 'object' && 'map' in model.shape && model.shape.numbered);
	const lifecycle =
		numbered.find((model) => typeof model.shape === 'object' && 'map' in model.shape && stageWords.has(model.shape.numbered ?? '')) ??
		numbered[0];
	const items = main.skill.quality_check.items;
	const nextStep = items.findIndex((_, index) =>
		documents.some((document) => nextStepWords.test(document.skill.quality_check.items[index]?.text ?? '')),
	);
	return {
		models: main.models.map(({ id, source, shape }) => ({ id, source, shape })),
		...(lifecycle ? { lifecycle: lifecycle.id } : {}),
		next_step: (items[nextStep] ?? items.at(-1))?.id ?? '',
	};
}

/** YAML with a comment header; long lines are never folded, so text stays greppable against the source. */
function yamlFile<S extends z.ZodType>(path: string, schema: S, value: z.input<S>, header: string[]): PlaybookFile {
	// Validating what is about to be written keeps an importer bug from producing a folder the build rejects.
	const checked = schema.safeParse(value);
	if (!checked.success) throw new Error(`the importer made an invalid ${path}: ${checked.error.message}`);
	const comments = header.map((line) => `# ${line}`).join('\n');
	return { path, content: `${comments}\n${stringify(value, { lineWidth: 0 })}` };
}

/**
 * Every file `npm run import` writes for a parsed skill text: `locales.yaml`, `playbook.yaml`, and per locale
 * `<code>/skill.yaml`, `<code>/models/<id>.yaml` and `<code>/site.yaml` (title and description only). Each is
 * checked against its schema first. `sourceName` is the skill text's file name, quoted in the headers.
 */
export function playbookFiles(documents: readonly SkillDocument[], sourceName: string): PlaybookFile[] {
	const [main] = documents as [SkillDocument];
	const locales: Locales = { default: main.locale, locales: documents.map((document) => localeEntry(document.locale)) };
	const label = (code: string): string => localeEntry(code).label;
	const files = [
		yamlFile('locales.yaml', LocalesSchema, locales, [
			`The locales of this playbook, imported from ${sourceName}. The default is served at /, the others under /<code>/.`,
			'label: the language picker; lang: the BCP-47 tag; status: published (full parity) or draft.',
		]),
		yamlFile('playbook.yaml', PlaybookStructureSchema, playbookStructure(documents), [
			`The structure every locale shares, imported from ${sourceName}: the models in source order and their shapes,`,
			'the lifecycle model (one page per stage) and the quality-check item that closes each page. See "Content format" in the README.',
		]),
	];
	for (const document of documents) {
		const code = document.locale;
		const isMain = document === main;
		files.push(
			yamlFile(`${code}/skill.yaml`, SkillSchema, document.skill, [
				`The skill text's standard sections in ${label(code)}, word for word, imported from ${sourceName}.`,
				'Ids are the same in every locale; translate only the text.',
			]),
			yamlFile(`${code}/site.yaml`, ImportedSiteSchema, { title: document.skill.name, description: document.skill.intro[0] ?? '' }, [
				`Site title and description in ${label(code)}: the skill's name and the first paragraph of its introduction.`,
			]),
		);
		for (const [index, model] of document.models.entries()) {
			const heading = document.skill.models[index]?.heading ?? model.id;
			const checked = ModelFileSchema.extend({ data: modelDataSchema(model.shape) });
			files.push(
				yamlFile(`${code}/models/${model.id}.yaml`, checked, { names: model.names, data: model.data }, [
					`${heading} (${model.source}) in ${label(code)}, imported from ${sourceName}: the dict, word for word, in the shape playbook.yaml declares.`,
					isMain
						? 'names: how pages call each key; made from the keys, edit them freely.'
						: `names: the source names keys in ${label(main.locale)} only, so these are copied from it: translate them.`,
				]),
			);
		}
	}
	return files;
}
