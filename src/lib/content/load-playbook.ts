import { join } from 'node:path';
import { LocalesSchema } from '../../schemas/locales.ts';
import { PlaybookStructureSchema } from '../../schemas/playbook.ts';
import type { QualityIds } from '../../schemas/sections.ts';
import { SkillSchema } from '../../schemas/skill.ts';
import { pageIdsOf } from '../page-registry.ts';
import { type ContentIssue, ContentError } from './content-error.ts';
import { defaultChecklists, defaultTemplates } from './defaults.ts';
import { applyFacts, checkFacts } from './facts.ts';
import { compareLocales } from './parity.ts';
import { parseData } from './parse-data.ts';
import { displayPath, isDraftBuild, localeFiles, playbookDir } from './playbook-folder.ts';
import type { LocaleContent, Playbook, PlaybookLocale } from './playbook.ts';
import { readLocale } from './read-locale.ts';
import { checkReferences, type LinkUse } from './references.ts';
import { readYaml, type SourceFile } from './yaml-file.ts';

export interface LoadOptions {
	/** The playbook folder; default `PLAYBOOK_DIR` or `content/`. */
	dir?: string;
	/** Draft build (`PLAYBOOK_DRAFT=1`). */
	draft?: boolean;
}

/** A loaded playbook with the page links its content makes, for checking their anchors once pages exist. */
export interface LoadedPlaybook {
	playbook: Playbook;
	links: LinkUse[];
}

/**
 * Reads a playbook folder (`locales.yaml`, `playbook.yaml`, each locale's files and interface strings) and
 * checks it: every file against its schema, model data against its declared shape, each locale against the
 * default one, every reference. Collects every problem before failing, causes before their consequences,
 * and throws a {@link ContentError} listing them all.
 */
export function loadPlaybook({ dir = playbookDir(), draft = isDraftBuild() }: LoadOptions = {}): LoadedPlaybook {
	const issues: ContentIssue[] = [];
	const top = <T>(rel: string, schema: Parameters<typeof parseData>[0], missing: string): T | undefined => {
		const shown = displayPath(join(dir, rel));
		const result = readYaml(join(dir, rel), shown);
		if (!result) {
			issues.push({ file: shown, path: '', message: 'is missing', fix: missing });
			return undefined;
		}
		if (!result.ok) return void issues.push(...result.issues);
		const parsed = parseData(schema, result.source);
		if (!parsed.ok) return void issues.push(...parsed.issues);
		return parsed.data as T;
	};
	const notAPlaybook = `is ${displayPath(dir)} a playbook folder? Set PLAYBOOK_DIR to one, or make one with: npm run import -- <skill.txt> <dir>`;
	const localesConfig = top<import('../../schemas/locales.ts').Locales>('locales.yaml', LocalesSchema, notAPlaybook);
	const structure = top<import('../../schemas/playbook.ts').PlaybookStructure>('playbook.yaml', PlaybookStructureSchema, notAPlaybook);
	if (!localesConfig || !structure) throw new ContentError(issues);

	const locales: PlaybookLocale[] = localesConfig.locales.map((l) => ({ ...l, isDefault: l.code === localesConfig.default, prefix: l.code === localesConfig.default ? '' : l.code }));
	const defaultLocale = locales.find((l) => l.isDefault)!;
	const ordered = [defaultLocale, ...locales.filter((l) => !l.isDefault)];

	// The quality check's items name the sections of every page, so the default locale's skill is read first;
	// readLocale reads it again and reports its problems with the rest.
	const quality = qualityIdsOf(dir, defaultLocale.code, structure.next_step);
	if (quality && !quality.ids.includes(structure.next_step))
		issues.push({ file: displayPath(join(dir, 'playbook.yaml')), path: 'next_step', message: `is "${structure.next_step}", which is not an item of the quality check`, fix: `use one of: ${quality.ids.join(', ')}` });

	const sourcesOf = new Map<string, Map<string, SourceFile>>();
	const byLocale: Record<string, LocaleContent> = {};
	for (const locale of ordered) {
		const sources = new Map<string, SourceFile>();
		sourcesOf.set(locale.code, sources);
		byLocale[locale.code] = readLocale(locale, { dir, structure, quality, issues, sources });
	}
	if (!quality) throw new ContentError(issues);

	fillDefaults(byLocale, defaultLocale.code, structure, quality.nextStep);
	for (const locale of locales.filter((l) => l.status === 'draft')) fillFromDefault(byLocale[locale.code]!, byLocale[defaultLocale.code]!);
	// A published locale has every file the default locale has (its own word lists aside): checklists, templates and
	// page prose included, which would otherwise fall back to the default locale's or be asked for only once the
	// content loads. All of them are named at once.
	const defaultFiles = [...byLocale[defaultLocale.code]!.files]
		.filter((file) => file.endsWith('.yaml') && file !== localeFiles.words(defaultLocale.code))
		.map((file) => file.slice(defaultLocale.code.length + 1));
	for (const locale of locales.filter((l) => l.status === 'published' && !l.isDefault))
		for (const file of defaultFiles)
			if (!byLocale[locale.code]!.files.has(`${locale.code}/${file}`)) {
				const shown = displayPath(join(dir, `${locale.code}/${file}`));
				if (issues.some((issue) => issue.file === shown && issue.message.startsWith('the file is missing'))) continue;
				issues.push({
					file: shown,
					locale: locale.code,
					path: '',
					message: 'the file is missing',
					fix: `copy ${defaultLocale.code}/${file} there and translate it: a published locale has every file of the default locale, with the same ids`,
				});
			}
	for (const locale of locales.filter((l) => l.status === 'published' && !byLocale[l.code]!.pages.quality))
		issues.push({
			file: displayPath(join(dir, localeFiles.page(locale.code, 'quality'))),
			locale: locale.code,
			path: '',
			message: `the file is missing, and the generator has no wording of its own for ${locale.lang}`,
			fix: `copy src/wording/en/pages/quality.yaml there and translate it: it is the /quality/ page, which explains the build's checks to editors`,
		});
	const playbook: Playbook = { dir, locales, defaultLocale, structure, quality, byLocale, draft };

	// Locales with a file that did not read: their references are checked once it is fixed, or every reference
	// into that file would be reported as broken.
	const unreadable = new Set(issues.map((issue) => issue.locale));
	const reference = sourcesOf.get(defaultLocale.code)!;
	const pageIds = pageIdsOf(playbook);
	for (const locale of ordered.slice(1)) {
		for (const [rel, source] of sourcesOf.get(locale.code)!) {
			const main = reference.get(rel.replace(`${locale.code}/`, `${defaultLocale.code}/`));
			if (!main || rel.endsWith('/words.yaml')) continue;
			issues.push(
				...compareLocales(main.data, source.data, { reference: { file: main.file, locale: defaultLocale.code }, other: source, draft: locale.status === 'draft', pageIds }).map(
					(issue) => ({ ...issue, order: 'consequence' as const }),
				),
			);
		}
	}

	for (const locale of ordered) {
		const content = byLocale[locale.code]!;
		issues.push(...checkFacts(locale.code, content.facts, sourcesOf.get(locale.code)!));
		applyFacts(content, content.facts);
	}

	const links: LinkUse[] = [];
	// The pages themselves come from the default locale, so a broken default-locale file suspends every check.
	const checked = unreadable.has(defaultLocale.code) ? [] : ordered.filter((l) => !unreadable.has(l.code));
	for (const locale of checked) {
		const checked = checkReferences({ locale: locale.code, content: byLocale[locale.code]!, structure, sources: sourcesOf.get(locale.code)!, pageIds, qualityIds: quality.ids, nextStep: quality.nextStep });
		issues.push(...checked.issues);
		links.push(...checked.links);
	}
	if (issues.length > 0) throw new ContentError(issues);
	return { playbook, links };
}

/**
 * A draft locale borrows what it does not have yet from the default locale, so that its translated pages can
 * name and link items of untranslated models; its own files still decide which pages it gets.
 */
function fillFromDefault(draft: LocaleContent, main: LocaleContent): void {
	draft.skill ??= main.skill;
	draft.site ??= main.site;
	draft.checklists ??= main.checklists;
	draft.templates ??= main.templates;
	for (const [id, model] of Object.entries(main.models)) draft.models[id] ??= model;
	for (const [id, page] of Object.entries(main.pages.models)) draft.pages.models[id] ??= page;
	draft.pages.lifecycle ??= main.pages.lifecycle;
	draft.pages.quality ??= main.pages.quality;
}

/** The quality check's ids from the default locale's skill.yaml, or undefined when it does not read. */
function qualityIdsOf(dir: string, code: string, nextStep: string): QualityIds | undefined {
	const result = readYaml(join(dir, localeFiles.skill(code)), '');
	if (!result?.ok) return undefined;
	const parsed = parseData(SkillSchema, result.source);
	return parsed.ok ? { ids: parsed.data.quality_check.items.map((i) => i.id), nextStep } : undefined;
}

/**
 * A playbook whose default locale has no checklists.yaml or templates.yaml, or one without its list, gets the
 * defaults in every locale that can have them, keeping what each locale's file says around the list (index prose;
 * the generated template's intro and next step from `output`).
 */
function fillDefaults(byLocale: Record<string, LocaleContent>, main: string, structure: Playbook['structure'], nextStep: string): void {
	const mainContent = byLocale[main]!;
	const templateId = mainContent.skill?.output_format.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'output';
	const noChecklists = !mainContent.checklists?.checklists.length;
	const noTemplates = !mainContent.templates?.templates.length;
	for (const content of Object.values(byLocale)) {
		if (noChecklists) {
			const made = defaultChecklists(content, structure);
			content.checklists = made && { ...content.checklists, checklists: made.checklists };
		}
		if (noTemplates) {
			const made = defaultTemplates(content, nextStep, templateId);
			const { intro, next_step } = content.templates?.output ?? {};
			content.templates = made && {
				...content.templates,
				templates: made.templates.map((template) => ({ ...template, ...(intro ? { intro } : {}), ...(next_step ? { next_step } : {}) })),
				generated: true,
			};
		}
	}
}
