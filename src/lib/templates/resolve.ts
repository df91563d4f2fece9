import type { ContentLocale } from '../../locales';
import type { PlaybookModels } from '../../schemas/models';
import type { Template, TemplateField } from '../../schemas/templates';
import type { FieldDef, TemplateDef } from './definition';

/** The wording a model reference (`onboarding-output:desired-outcome`) stands for, or undefined. */
export function lookupSource(models: PlaybookModels, ref: string): { label: string; text?: string } | undefined {
	const [source, id] = ref.split(':');
	switch (source) {
		case 'client-summary': {
			const field = models.outputs.client_summary.fields.find((f) => f.id === id);
			return field && { label: field.text };
		}
		case 'output': {
			if (id === 'client-summary') return { label: models.outputs.client_summary.title };
			const output = models.outputs.defaults.find((o) => o.id === id);
			return output && { label: output.name, text: output.text };
		}
		case 'onboarding-step': {
			const step = models.onboarding.steps.items.find((s) => s.id === id);
			return step && { label: step.name, text: step.purpose };
		}
		case 'onboarding-output': {
			const output = models.onboarding.steps.items.flatMap((s) => s.outputs).find((o) => o.id === id);
			return output && { label: output.text };
		}
		case 'architecture': {
			const element = models.architecture.core_elements.items.find((e) => e.id === id);
			return element && { label: element.name, text: element.text };
		}
		default:
			return undefined;
	}
}

/** The options of a select field, from its model. */
export function optionsOf(models: PlaybookModels, source: string): string[] {
	if (source === 'lifecycle-stages') return models.lifecycle.stages.map((s) => s.name);
	return models.communication.cadences.items.map((c) => c.name);
}

const labelOf = (models: PlaybookModels, item: { label?: string | undefined; from?: string | undefined }): string =>
	item.label ?? (item.from && lookupSource(models, item.from)?.label) ?? '';

function field(models: PlaybookModels, f: TemplateField): FieldDef {
	return {
		id: f.id,
		label: labelOf(models, f),
		guidance: f.guidance,
		control: f.control,
		...(f.options ? { options: optionsOf(models, f.options) } : {}),
		covers: f.covers,
	};
}

/** The page title of a template: its own, or the name of the output it produces. */
export const templateName = (models: PlaybookModels, t: Template): string =>
	t.page.title ?? (t.from && lookupSource(models, t.from)?.label) ?? t.id;

/** A template with every label resolved, ready for the page and its island. References are checked at load. */
export function resolveTemplate(models: PlaybookModels, t: Template, locale: ContentLocale): TemplateDef {
	const { templates, quality } = models;
	const sections = t.sections.map((s) => ({
		id: s.id,
		...(s.heading || s.from ? { heading: labelOf(models, { label: s.heading, from: s.from }) } : {}),
		fields: s.fields.map((f) => field(models, f)),
	}));
	const nextStep = sections.flatMap((s) => s.fields).find((f) => f.covers.includes('next-step'))?.id ?? '';
	const name = templateName(models, t);
	const base = {
		id: t.id,
		lang: locale.lang,
		locale: locale.id,
		name,
		blank: templates.blank,
		sharedHeading: templates.shared.heading,
		sharedNote: templates.shared.note,
		shared: templates.shared.fields.map((f) => field(models, f)),
		sections,
		nextStep,
		quality: quality.items.map(({ id, text }) => ({ id, text })),
	};
	if (t.kind === 'email') {
		return {
			...base,
			kind: 'email',
			title: t.subject,
			recipient: field(models, templates.email.recipient),
			greeting: templates.email.greeting,
			closing: templates.email.closing,
		};
	}
	const fp = models['failure-patterns'];
	const a = t.assessment;
	return {
		...base,
		kind: 'document',
		title: t.title ?? name,
		byline: templates.byline,
		...(a
			? {
					assessment: {
						heading: a.heading,
						guidance: a.guidance,
						likelihood: a.likelihood,
						impact: a.impact,
						levels: a.levels,
						notRated: a.not_rated,
						rating: a.rating,
						topRisks: a.top_risks,
						topCount: a.top_count,
						responsesFirst: a.responses_first,
						answers: a.answers,
						allRatings: a.all_ratings,
						empty: a.empty,
						covers: a.covers,
						patterns: fp.patterns.items.map((p) => ({ id: p.id, text: p.text, responses: p.responses })),
						responses: Object.fromEntries(fp.responses.items.map((r) => [r.id, r.text])),
					},
				}
			: {}),
	};
}
