import { join, relative } from 'node:path';
import { type ContentLocale, contentLocales } from '../../locales';
import { type ModelName, modelNames, modelSchemas, type PlaybookModels } from '../../schemas/models';
import { type ContentIssue, ContentError } from './content-error';
import { compareLocales } from './parity';
import { checkReferences } from './references';
import { checkChecklists } from './checklist-references';
import { readModel } from './read-model';
import { pageIdsOf } from '../pages';
import { checkTemplateSources } from './template-sources';

export interface Playbook {
	/** The locales, the first one being the reference the others are compared with. */
	locales: ContentLocale[];
	/** Validated models of each locale, by locale id. */
	byLocale: Record<string, PlaybookModels>;
}

/** Where the content lives and which locales it must have. */
export interface LoadOptions {
	/** The project root; content is read from `<root>/content`. */
	root: string;
	locales?: ContentLocale[];
}

/**
 * Loads and validates every model in every locale. Collects all problems before failing, so that an
 * editor sees the whole list at once, and throws a {@link ContentError} if there is any.
 */
export function loadPlaybook({ root, locales = contentLocales() }: LoadOptions): Playbook {
	const issues: ContentIssue[] = [];
	const fileOf = (model: string, locale: string) => relative(root, join(root, 'content', model, `${locale}.yaml`)).replaceAll('\\', '/');
	const byLocale: Record<string, Partial<PlaybookModels>> = {};

	for (const locale of locales) {
		const models: Partial<Record<ModelName, unknown>> = {};
		for (const model of modelNames) {
			const file = fileOf(model, locale.id);
			const result = readModel(modelSchemas[model], join(root, file), file, locale.id);
			if (result.ok) models[model] = result.data;
			else issues.push(...result.issues);
		}
		byLocale[locale.id] = models as Partial<PlaybookModels>;
	}

	const [reference, ...others] = locales;
	if (reference) {
		for (const locale of others) {
			for (const model of modelNames) {
				const a = byLocale[reference.id]?.[model];
				const b = byLocale[locale.id]?.[model];
				if (a === undefined || b === undefined) continue;
				issues.push(
					...compareLocales(a, b, {
						file: fileOf(model, locale.id),
						locale: locale.id,
						referenceFile: fileOf(model, reference.id),
						referenceLocale: reference.id,
					}),
				);
			}
		}
	}

	for (const locale of locales) {
		const models = byLocale[locale.id];
		if (!models || !isComplete(models)) continue;
		issues.push(...checkReferences(models, pageIdsOf(models), { locale: locale.id, fileOf: (model) => fileOf(model, locale.id) }));
		issues.push(...checkTemplateSources(models, { locale: locale.id, file: fileOf('templates', locale.id) }));
		issues.push(...checkChecklists(models, { locale: locale.id, file: fileOf('checklists', locale.id) }));
	}

	if (issues.length > 0) throw new ContentError(issues);
	return { locales, byLocale: byLocale as Record<string, PlaybookModels> };
}

const isComplete = (models: Partial<PlaybookModels>): models is PlaybookModels =>
	modelNames.every((model) => models[model] !== undefined);
