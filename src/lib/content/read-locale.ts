import { join } from 'node:path';
import type { z } from 'zod';
import { ChecklistsFileSchema } from '../../schemas/checklists.ts';
import { FactsSchema } from '../../schemas/facts.ts';
import { ModelFileSchema, modelDataSchema } from '../../schemas/model-file.ts';
import {
	BoundariesPageSchema,
	ExamplePageSchema,
	HomePageSchema,
	lifecyclePageSchema,
	modelPageSchema,
	PrinciplesPageSchema,
	ResponsibilitiesPageSchema,
} from '../../schemas/pages.ts';
import type { PlaybookStructure } from '../../schemas/playbook.ts';
import { QualityPageSchema } from '../../schemas/quality-page.ts';
import type { QualityIds } from '../../schemas/sections.ts';
import { SiteSchema } from '../../schemas/site.ts';
import { SkillSchema } from '../../schemas/skill.ts';
import { TemplatesFileSchema } from '../../schemas/templates.ts';
import { WordsSchema, type Words } from '../../schemas/words.ts';
import { closest, type ContentIssue } from './content-error.ts';
import { parseData } from './parse-data.ts';
import { displayPath, filesOfLocale, fixedPages, localeFiles, wordingDir } from './playbook-folder.ts';
import type { LocaleContent, PlaybookLocale } from './playbook.ts';
import { readUiStrings } from './ui-strings.ts';
import { readYaml, type SourceFile } from './yaml-file.ts';

/** What reading a locale needs to know of the playbook. */
export interface LocaleReadContext {
	dir: string;
	structure: PlaybookStructure;
	/** The quality check's ids, from the default locale's skill; undefined when that does not read. */
	quality: QualityIds | undefined;
	issues: ContentIssue[];
	/**
	 * Filled with every file that read and validated, by its path relative to the playbook folder, for the
	 * checks that compare and cross-reference files (a broken file would only make them report knock-on noise).
	 */
	sources: Map<string, SourceFile>;
}

/**
 * Reads and validates every content file of one locale. Problems go to `context.issues`; a file with a
 * problem is left out of the result. A published locale must have its skill, site and model files; a draft
 * locale may have any subset, and what it lacks falls back to the default locale's pages.
 */
export function readLocale(locale: PlaybookLocale, context: LocaleReadContext): LocaleContent {
	const { dir, structure, issues } = context;
	const required = locale.status === 'published';
	const record = (rel: string) => (source: SourceFile) => context.sources.set(rel, source);
	const read = <S extends z.ZodType>(rel: string, schema: S, mustExist: boolean, base?: string): z.output<S> | undefined =>
		readFile(join(base ?? dir, rel), base ? `src/wording/${rel}` : displayPath(join(dir, rel)), schema, locale.code, mustExist, issues, base ? undefined : record(rel));

	const code = locale.code;
	const skill = read(localeFiles.skill(code), SkillSchema, required);
	const quality = context.quality;
	const models: LocaleContent['models'] = {};
	for (const model of structure.models) {
		const rel = localeFiles.model(code, model.id);
		const file = readFile(join(dir, rel), displayPath(join(dir, rel)), ModelFileSchema, code, required, issues, record(rel), (source, parsed) =>
			parseData(modelDataSchema(model.shape), source, parsed.data, ['data']),
		);
		if (file) models[model.id] = file;
	}

	const pages: LocaleContent['pages'] = { models: {} };
	pages.home = read(localeFiles.page(code, 'home'), HomePageSchema, false);
	pages.principles = read(localeFiles.page(code, 'principles'), PrinciplesPageSchema, false);
	pages.boundaries = read(localeFiles.page(code, 'boundaries'), BoundariesPageSchema, false);
	pages.responsibilities = read(localeFiles.page(code, 'responsibilities'), ResponsibilitiesPageSchema, false);
	pages.example = read(localeFiles.page(code, 'example'), ExamplePageSchema, false);
	pages.quality =
		read(localeFiles.page(code, 'quality'), QualityPageSchema, false) ?? read(`${code}/pages/quality.yaml`, QualityPageSchema, false, wordingDir);
	if (quality) {
		for (const model of structure.models) {
			const rel = localeFiles.page(code, model.id);
			if (model.id === structure.lifecycle) pages.lifecycle = read(rel, lifecyclePageSchema(quality), false);
			else pages.models[model.id] = read(rel, modelPageSchema(quality), false);
		}
	}

	// A list left out of checklists.yaml or templates.yaml is empty here: the defaults fill it in (load-playbook.ts).
	const checklists = read(localeFiles.checklists(code), ChecklistsFileSchema, false);
	const templates = read(localeFiles.templates(code), TemplatesFileSchema, false);
	const ownWords = read(localeFiles.words(code), WordsSchema, false);
	const defaultWords = read(`${code}/words.yaml`, WordsSchema, false, wordingDir);
	checkFileNames(dir, code, structure, issues);

	return {
		skill,
		site: read(localeFiles.site(code), SiteSchema, required),
		models,
		pages,
		checklists: checklists && { ...checklists, checklists: checklists.checklists ?? [] },
		templates: templates && { ...templates, templates: templates.templates ?? [] },
		facts: read(localeFiles.facts(code), FactsSchema, false)?.facts ?? [],
		words: mergeWords(defaultWords, ownWords),
		ui: readUiStrings(dir, locale, issues),
		files: new Set(filesOfLocale(dir, code)),
	};
}

/**
 * Reads one YAML file and validates it; `then` validates further (a model's data against its shape).
 * A missing file is an issue only when it must exist.
 */
function readFile<S extends z.ZodType>(
	absolute: string,
	shown: string,
	schema: S,
	locale: string,
	mustExist: boolean,
	issues: ContentIssue[],
	onRead?: (source: SourceFile) => void,
	then?: (source: SourceFile, parsed: z.output<S>) => ReturnType<typeof parseData>,
): z.output<S> | undefined {
	const result = readYaml(absolute, shown, locale);
	if (!result) {
		if (mustExist)
			issues.push({ file: shown, locale, path: '', message: 'the file is missing', fix: `create it: every published locale has this file, with the same ids as the default locale's` });
		return undefined;
	}
	if (!result.ok) {
		issues.push(...result.issues);
		return undefined;
	}
	const parsed = parseData(schema, result.source);
	if (!parsed.ok) {
		issues.push(...parsed.issues);
		return undefined;
	}
	if (then) {
		const further = then(result.source, parsed.data);
		if (!further.ok) {
			issues.push(...further.issues);
			return undefined;
		}
		onRead?.(result.source);
		return { ...(parsed.data as object), data: further.data } as z.output<S>;
	}
	onRead?.(result.source);
	return parsed.data;
}

/** The generator's word lists for a language, with a playbook's own lists added. */
function mergeWords(base: Words | undefined, own: Words | undefined): Words {
	const empty: Words = { placeholders: [], vague: [], owners: [], when: [], who: [], not_names: [], proper_names: [], allow: [], glossary: [] };
	const a = base ?? empty;
	const b = own ?? empty;
	return {
		placeholders: [...a.placeholders, ...b.placeholders],
		vague: [...a.vague, ...b.vague],
		owners: [...a.owners, ...b.owners],
		when: [...a.when, ...b.when],
		who: [...a.who, ...b.who],
		not_names: [...a.not_names, ...b.not_names],
		proper_names: [...a.proper_names, ...b.proper_names],
		allow: [...a.allow, ...b.allow],
		glossary: [...a.glossary, ...b.glossary],
	};
}

/** A misspelled file name would silently leave a page unwritten: every file in a locale folder must be one the generator reads. */
function checkFileNames(dir: string, code: string, structure: PlaybookStructure, issues: ContentIssue[]): void {
	const known = [
		localeFiles.skill(code),
		localeFiles.site(code),
		localeFiles.words(code),
		localeFiles.checklists(code),
		localeFiles.templates(code),
		localeFiles.facts(code),
		...structure.models.map((m) => localeFiles.model(code, m.id)),
		...[...fixedPages, ...structure.models.map((m) => m.id)].map((page) => localeFiles.page(code, page)),
	];
	for (const file of filesOfLocale(dir, code)) {
		if (known.includes(file) || file.split('/').some((part) => part.startsWith('.')) || !/\.(ya?ml|json)$/.test(file)) continue;
		const guess = closest(file.replace(/\.yml$/, '.yaml'), known);
		issues.push({
			file: displayPath(join(dir, file)),
			locale: code,
			path: '',
			message: guess ? `is not a file the generator reads — did you mean ${guess}?` : 'is not a file the generator reads',
			fix: guess ? `rename it to ${guess}` : `remove it, or name it after a page: ${known.filter((k) => k.includes('/pages/')).join(', ')}`,
		});
	}
}
