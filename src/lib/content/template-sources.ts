import type { PlaybookModels } from '../../schemas/models';
import { lookupSource } from '../templates/resolve';
import type { ContentIssue } from './content-error';
import { formatPath } from './content-error';

/**
 * Checks the references of content/templates that the schema cannot see: every `from` names a model
 * item that exists, every `covers` names a quality-check item, and every template has a field for the
 * concrete next step (the quality meter warns when it is empty).
 */
export function checkTemplateSources(models: PlaybookModels, where: { locale: string; file: string }): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const add = (path: PropertyKey[], message: string, fix: string) =>
		issues.push({ file: where.file, locale: where.locale, path: formatPath(path), message, fix });
	const qualityIds = new Set(models.quality.items.map((item) => item.id));

	const checkFrom = (from: string | undefined, path: PropertyKey[]) => {
		if (from && !lookupSource(models, from))
			add([...path, 'from'], `names "${from}", which does not exist`, 'use the id of an existing item of that model, e.g. "onboarding-output:desired-outcome"');
	};
	const checkCovers = (covers: readonly string[], path: PropertyKey[]) =>
		covers.forEach((id, index) => {
			if (!qualityIds.has(id)) add([...path, 'covers', index], `names the quality item "${id}", which does not exist`, `use one of: ${[...qualityIds].join(', ')}`);
		});

	const { templates } = models;
	templates.shared.fields.forEach((field, index) => checkFrom(field.from, ['shared', 'fields', index]));
	templates.templates.forEach((template, t) => {
		const at = ['templates', t];
		checkFrom(template.from, at);
		if (template.page.title === undefined && template.from === undefined)
			add([...at, 'page', 'title'], 'is missing', 'give the template a page title, or a "from" reference to the output it produces');
		let hasNextStep = false;
		template.sections.forEach((section, s) => {
			checkFrom(section.from, [...at, 'sections', s]);
			section.fields.forEach((field, f) => {
				const path = [...at, 'sections', s, 'fields', f];
				checkFrom(field.from, path);
				checkCovers(field.covers, path);
				hasNextStep ||= field.covers.includes('next-step');
			});
		});
		if (template.kind === 'document' && template.assessment) checkCovers(template.assessment.covers, [...at, 'assessment']);
		if (!hasNextStep)
			add([...at, 'sections'], 'has no field for the next step', 'add a field with "covers: [next-step]": every output ends with a concrete next step');
	});
	return issues;
}
