import type { PlaybookStructure } from '../../schemas/playbook.ts';
import { hasUnreadPageLink, inlineLinks } from '../inline-markdown.ts';
import { closest, type ContentIssue, formatPath } from './content-error.ts';
import type { LocaleContent } from './playbook.ts';
import { resolveRef } from './refs.ts';
import { locate, type SourceFile } from './yaml-file.ts';

/** A link to a page (and maybe an anchor) found in content, remembered to check its anchor once pages are generated. */
export interface LinkUse {
	page: string;
	anchor?: string | undefined;
	locale: string;
	source: SourceFile;
	path: PropertyKey[];
}

/** What the reference checks need of one locale. */
export interface ReferenceContext {
	locale: string;
	content: LocaleContent;
	structure: PlaybookStructure;
	/** The locale's files as read, by path relative to the playbook folder. */
	sources: ReadonlyMap<string, SourceFile>;
	pageIds: ReadonlySet<string>;
	qualityIds: readonly string[];
	/** The quality-check item that is the closing next step. */
	nextStep: string;
}

/**
 * Checks what the schemas cannot see on their own, in one locale: ids unique in every list, every reference to
 * an item, a page or a quality-check item pointing at something that exists, and inline links using only
 * `page:`, `http(s):` and `mailto:`. Returns the problems and the page links found, for the anchor check.
 */
export function checkReferences(context: ReferenceContext): { issues: ContentIssue[]; links: LinkUse[] } {
	const issues: ContentIssue[] = [];
	const links: LinkUse[] = [];
	const { content, structure, pageIds, locale } = context;

	for (const [rel, source] of context.sources) {
		const add = (path: PropertyKey[], message: string, fix: string, order: ContentIssue['order'] = 'consequence') => {
			const at = locate(source, path);
			issues.push({ file: source.file, locale, line: at?.line, column: at?.column, path: formatPath(path, source.data), message, fix, order });
		};
		const page = (value: string, path: PropertyKey[]) => {
			const [id = '', anchor] = value.split('#');
			if (!pageIds.has(id)) {
				const guess = closest(id, pageIds);
				add(path, `links to the page "${value}", which does not exist`, guess !== undefined ? `did you mean "${guess}"? Pages: ${[...pageIds].filter(Boolean).slice(0, 6).join(', ')} …` : `use a page id such as ${[...pageIds].filter(Boolean).slice(0, 6).join(', ')}`);
			} else links.push({ page: id, anchor, locale, source, path });
		};
		const item = (value: string, path: PropertyKey[], want?: 'item' | 'list' | 'collection') => {
			const resolved = resolveRef(content, structure, value);
			if (!resolved) add(path, `points at "${value}", which does not exist in this locale`, 'write the path of an existing item: <model>/<key>/… or skill/<list>/<id>, with the ids of the default locale');
			else if (want === 'item' && resolved.kind !== 'item') add(path, `points at "${value}", which is a whole ${resolved.kind}, not one item`, 'add the id of one item to the path');
			else if (want !== undefined && want !== 'item' && resolved.kind === 'item') add(path, `points at "${value}", which is one item, not a list`, 'point at the list itself (leave out the last part of the path)');
		};

		walk(source.data, [], (value, path) => {
			const key = path.at(-1);
			const parent = path.at(-2);
			if (Array.isArray(value)) {
				const seen = new Set<string>();
				value.forEach((entry, index) => {
					const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String((entry as { id: unknown }).id) : undefined;
					if (id === undefined) return;
					if (seen.has(id)) add([...path, index, 'id'], `repeats the id "${id}" used earlier in this list`, 'give every item in a list its own id (ids are shared by all locales, so change it everywhere)', 'cause');
					seen.add(id);
				});
				return;
			}
			if (typeof value !== 'string') return;
			if (hasUnreadPageLink(value))
				add(path, 'has a page: link this playbook cannot read, so it would show as text', 'write the link as [words](page:id), with at most one pair of [ ] inside the words', 'cause');
			for (const { target } of inlineLinks(value)) {
				if (target.startsWith('page:')) page(target.slice('page:'.length), path);
				else if (!/^(?:https?:\/\/|mailto:)/.test(target))
					add(path, `has a link to "${target}", which is neither page:, http(s): nor mailto:`, 'link to another page of the playbook as (page:lifecycle/onboarding), or to the web with a full https:// address', 'cause');
			}
			const listed = typeof key === 'number';
			if (key === 'link' || (parent === 'tools' && listed) || (parent === 'links' && path.at(-4) === 'start')) page(value, path);
			if ((parent === 'related' || parent === 'links') && listed) item(value, path, 'item');
			if (key === 'ref' || key === 'see' || key === 'heading_ref') item(value, path, 'item');
			if (((key === 'options' || key === 'rates') && rel.endsWith('templates.yaml')) || (key === 'from' && rel.endsWith('checklists.yaml')))
				item(value, path, 'collection');
			if (key === 'from' && rel.endsWith('templates.yaml')) item(value, path);
			if (parent === 'covers' && !context.qualityIds.includes(value))
				add(path, `names the quality-check item "${value}", which does not exist`, `use one of: ${context.qualityIds.join(', ')}`);
		});
	}

	checkKeys(context, issues);
	return { issues, links };
}

/** Keys of prose that name things of the source: stages, trigger items, notes, quality items, checklist stages. */
function checkKeys({ content, structure, sources, locale, qualityIds, nextStep }: ReferenceContext, issues: ContentIssue[]): void {
	const find = (suffix: string) => [...sources].find(([rel]) => rel.endsWith(suffix))?.[1];
	const unknownKey = (source: SourceFile | undefined, path: PropertyKey[], key: string, known: readonly string[], what: string) => {
		if (!source || known.includes(key)) return;
		const at = locate(source, [...path, key], true);
		const guess = closest(key, known);
		issues.push({
			file: source.file,
			locale,
			line: at?.line,
			column: at?.column,
			path: formatPath([...path, key], source.data),
			message: `names the ${what} “${key}”, which does not exist${guess ? ` — did you mean “${guess}”?` : ''}`,
			fix: guess ? `rename it to “${guess}”` : known.length > 0 ? `use one of: ${known.join(', ')}` : 'remove it',
		});
	};

	const unknownValue = (source: SourceFile | undefined, path: PropertyKey[], value: string, known: readonly string[], what: string) => {
		if (!source || known.includes(value)) return;
		const at = locate(source, path);
		const guess = closest(value, known);
		issues.push({
			file: source.file,
			locale,
			line: at?.line,
			column: at?.column,
			path: formatPath(path, source.data),
			message: `names the ${what} “${value}”, which does not exist${guess ? ` — did you mean “${guess}”?` : ''}`,
			fix: guess ? `write “${guess}”` : known.length > 0 ? `use one of: ${known.join(', ')}` : 'remove it',
		});
	};
	const stages = structure.lifecycle ? Object.keys((content.models[structure.lifecycle]?.data ?? {})) : [];
	if (structure.lifecycle) {
		const file = find(`/pages/${structure.lifecycle}.yaml`);
		for (const key of Object.keys(content.pages.lifecycle?.stages ?? {})) unknownKey(file, ['stages'], key, stages, 'stage');
	}
	if (structure.lifecycle) {
		const file = find(`/pages/${structure.lifecycle}.yaml`);
		content.pages.lifecycle?.self_check?.questions.forEach((question, q) => {
			for (const answer of ['yes', 'no'] as const) {
				const stage = question[answer];
				if (stage) unknownValue(file, ['self_check', 'questions', q, answer], stage, stages, 'stage');
			}
		});
		const templatesFile = find('/templates.yaml');
		content.templates?.templates.forEach((template, t) =>
			template.stages?.forEach((stage, s) => unknownValue(templatesFile, ['templates', t, 'stages', s], stage, stages, 'stage')),
		);
	}
	const site = find('/site.yaml');
	for (const key of Object.keys(content.site?.sections ?? {})) unknownKey(site, ['sections'], key, qualityIds, 'quality-check item');

	const home = find('/pages/home.yaml');
	const triggerIds = content.skill?.triggers.items.map((i) => i.id) ?? [];
	const phraseIds = content.skill?.triggers.phrases.map((i) => i.id) ?? [];
	for (const key of Object.keys(content.pages.home?.start?.conditions?.links ?? {})) unknownKey(home, ['start', 'conditions', 'links'], key, triggerIds, 'trigger condition');
	for (const key of Object.keys(content.pages.home?.start?.phrases?.links ?? {})) unknownKey(home, ['start', 'phrases', 'links'], key, phraseIds, 'trigger phrase');

	for (const [model, page] of Object.entries(content.pages.models)) {
		const file = find(`/pages/${model}.yaml`);
		for (const [listPath, notes] of Object.entries(page?.notes ?? {})) {
			const resolved = resolveRef(content, structure, `${model}/${listPath.replaceAll('.', '/')}`);
			if (!resolved || resolved.kind === 'item') {
				unknownKey(file, ['notes'], listPath, listsOf(content.models[model]?.data), 'list or map');
				continue;
			}
			const ids = resolved.kind === 'list' ? resolved.items.map((i) => i.id) : resolved.entries.map((e) => e.key);
			for (const id of Object.keys(notes.items)) unknownKey(file, ['notes', listPath, 'items'], id, ids, 'item');
		}
	}

	const checklists = find('/checklists.yaml');
	content.checklists?.checklists.forEach((checklist, c) => {
		if (checklist.stage) unknownValue(checklists, ['checklists', c, 'stage'], checklist.stage, stages, 'stage');
		checklist.groups.forEach((group, g) => {
			if (group.signals_of) unknownValue(checklists, ['checklists', c, 'groups', g, 'signals_of'], group.signals_of, stages, 'stage');
		});
	});

	checkExample({ content, structure, sources, locale }, stages, issues);

	// Every template ends with a concrete next step (the quality meter and the copy warning look for it) and has a title.
	const templates = find('/templates.yaml');
	content.templates?.templates.forEach((template, t) => {
		const at = (path: PropertyKey[], message: string, fix: string) => {
			if (!templates) return;
			const position = locate(templates, path);
			issues.push({ file: templates.file, locale, line: position?.line, column: position?.column, path: formatPath(path, templates.data), message, fix });
		};
		if (!template.sections.some((s) => s.fields.some((f) => f.covers.includes(nextStep))))
			at(['templates', t, 'sections'], 'has no field for the next step', `add a field with covers: [${nextStep}]: every output ends with a concrete next step`);
		if (template.page.title === undefined && template.from === undefined)
			at(['templates', t, 'page'], 'has no title', 'give the template a page title, or a "from" reference to the source output it produces');
	});
}

/** The paths of every list and map inside a model's data, for suggestions. */
function listsOf(data: unknown, prefix = ''): string[] {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
	return Object.entries(data).flatMap(([key, value]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		if (Array.isArray(value)) return [path];
		return typeof value === 'object' && value !== null ? [path, ...listsOf(value, path)] : [];
	});
}

function walk(value: unknown, path: PropertyKey[], visit: (value: unknown, path: PropertyKey[]) => void): void {
	visit(value, path);
	if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
	else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
}

/**
 * The worked example (`pages/example.yaml`): its stages exist, the templates it names exist, and its values fill
 * fields those templates have (shared ones, the recipient and ratings included) with values a select offers.
 */
function checkExample(
	{ content, structure, sources, locale }: Pick<ReferenceContext, 'content' | 'structure' | 'sources' | 'locale'>,
	stages: readonly string[],
	issues: ContentIssue[],
): void {
	const example = content.pages.example;
	const source = [...sources].find(([rel]) => rel.endsWith('/pages/example.yaml'))?.[1];
	if (!example || !source) return;
	const add = (path: PropertyKey[], message: string, fix: string, keyOnly = false) => {
		const at = locate(source, path, keyOnly);
		issues.push({ file: source.file, locale, line: at?.line, column: at?.column, path: formatPath(path, source.data), message, fix });
	};
	const templates = content.templates?.templates ?? [];
	const ids = templates.map((t) => t.id);
	const unknownTemplate = (path: PropertyKey[], id: string, keyOnly = false) => {
		const guess = closest(id, ids);
		add(path, `names the template “${id}”, which does not exist${guess ? ` — did you mean “${guess}”?` : ''}`, `use one of: ${ids.join(', ')}`, keyOnly);
	};
	example.stages.forEach((stage, s) => {
		if (!stages.includes(stage.stage)) add(['stages', s, 'stage'], `names the stage “${stage.stage}”, which does not exist`, `use one of: ${stages.join(', ')}`);
		stage.templates.forEach((id, t) => ids.includes(id) || unknownTemplate(['stages', s, 'templates', t], id));
	});
	for (const [id, values] of Object.entries(example.values)) {
		const template = templates.find((t) => t.id === id);
		if (!template) {
			unknownTemplate(['values', id], id, true);
			continue;
		}
		const fields = [
			...(content.templates?.shared?.fields ?? []),
			...(template.kind === 'email' && content.templates?.email ? [content.templates.email.recipient] : []),
			...template.sections.flatMap((section) => section.fields),
		];
		const rated = template.kind === 'document' && template.assessment ? resolveRef(content, structure, template.assessment.rates) : undefined;
		const ratings = rated?.kind === 'list' ? rated.items.flatMap((item) => [`${item.id}.likelihood`, `${item.id}.impact`]) : [];
		const known = [...fields.map((f) => f.id), ...ratings];
		for (const [field, value] of Object.entries(values)) {
			const def = fields.find((f) => f.id === field);
			if (!def && !ratings.includes(field)) {
				const guess = closest(field, known);
				add(['values', id, field], `fills the field “${field}”, which the template “${id}” does not have${guess ? ` — did you mean “${guess}”?` : ''}`, `use one of: ${known.join(', ')}`, true);
				continue;
			}
			const options = ratings.includes(field) ? ['1', '2', '3'] : def?.options === undefined ? undefined : optionTexts(content, structure, def.options);
			if (options && !options.includes(value))
				add(['values', id, field], `is “${value}”, which the field “${field}” does not offer`, `write one of: ${options.join(', ')}`);
			if (def?.control === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
				add(['values', id, field], `is “${value}”, which is not a date`, 'write the date as YYYY-MM-DD, for example "2026-03-05", as a date field stores it');
		}
	}
}

/** The choices a select offers: written in the template, or the names of a model's entries or items. */
function optionTexts(content: LocaleContent, structure: PlaybookStructure, options: string | readonly string[]): string[] {
	if (typeof options !== 'string') return [...options];
	const resolved = resolveRef(content, structure, options);
	if (resolved?.kind === 'map') return resolved.entries.map((e) => e.name);
	if (resolved?.kind === 'list') return resolved.items.map((i) => i.text);
	return [];
}
