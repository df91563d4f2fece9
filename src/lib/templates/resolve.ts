import type { LocaleContent, Playbook, PlaybookLocale } from '../content/playbook.ts';
import { itemOf, resolveRef } from '../content/refs.ts';
import type { Template, TemplateField, Templates } from '../../schemas/templates.ts';
import type { FieldDef, TemplateDef } from './definition.ts';

/** What resolving a template needs: the playbook, the locale and its content, its interface strings. */
export interface TemplateSource {
	playbook: Pick<Playbook, 'structure' | 'quality'>;
	locale: Pick<PlaybookLocale, 'code' | 'lang'>;
	content: Omit<LocaleContent, 'files'>;
	t: (key: string) => string;
}

const labelOf = ({ content, playbook }: TemplateSource, item: { label?: string | undefined; from?: string | undefined }): string =>
	item.label ?? (item.from && itemOf(content, playbook.structure, item.from)?.label) ?? '';

/** The options of a select field: the names of a model's entries, or the items of a list. */
export function optionsOf({ content, playbook }: TemplateSource, ref: string): string[] {
	const resolved = resolveRef(content, playbook.structure, ref);
	if (resolved?.kind === 'map') return resolved.entries.map((e) => e.name);
	if (resolved?.kind === 'list') return resolved.items.map((i) => i.text);
	return [];
}

function field(source: TemplateSource, f: TemplateField): FieldDef {
	return {
		id: f.id,
		label: labelOf(source, f),
		guidance: f.guidance,
		control: f.control,
		...(f.options ? { options: Array.isArray(f.options) ? f.options : optionsOf(source, f.options) } : {}),
		covers: f.covers,
	};
}

/** The page title of a template: its own, or the name of the output it produces. */
export const templateName = (source: TemplateSource, t: Template): string =>
	t.page.title ?? (t.from && itemOf(source.content, source.playbook.structure, t.from)?.label) ?? t.id;

/**
 * Which shared field names who the drafts are about and which dates them (templates.yaml `shared.name_field` and
 * `shared.date_field`; by default the first field and the first date field). "" when the playbook has none.
 */
export function sharedRoles(templates: Templates | undefined): { nameField: string; dateField: string } {
	const shared = templates?.shared;
	const fields = shared?.fields ?? [];
	return {
		nameField: shared?.name_field ?? fields[0]?.id ?? '',
		dateField: shared?.date_field ?? fields.find((f) => f.control === 'date')?.id ?? '',
	};
}

/**
 * A template of `templates.yaml` with every label resolved in one locale, ready for the page and its island:
 * fields named after the source items they fill in, select options from the models, the rated items of an
 * assessment with the responses their notes link to. References were checked when the content loaded.
 */
export function resolveTemplate(source: TemplateSource, t: Template): TemplateDef {
	const { content, playbook } = source;
	const templates = content.templates;
	const sections = t.sections.map((s) => ({
		id: s.id,
		...(s.output ? {} : { inline: true as const }),
		...(s.heading || s.from ? { heading: labelOf(source, { label: s.heading, from: s.from }) } : {}),
		fields: s.fields.map((f) => field(source, f)),
	}));
	const nextStep = sections.flatMap((s) => s.fields).find((f) => f.covers.includes(playbook.quality.nextStep))?.id ?? '';
	const name = templateName(source, t);
	const sharedFields = templates?.shared?.fields ?? [];
	const { nameField, dateField } = sharedRoles(templates);
	const base = {
		id: t.id,
		lang: source.locale.lang,
		locale: source.locale.code,
		name,
		blank: source.t('pb.templates.blank'),
		sharedHeading: source.t('pb.templates.sharedHeading'),
		sharedNote: source.t('pb.templates.sharedNote'),
		shared: sharedFields.map((f) => field(source, f)),
		nameField,
		dateField,
		sections,
		nextStep,
		quality: (content.skill?.quality_check.items ?? []).map(({ id, text }) => ({ id, text })),
		...(t.audience === 'internal' ? { internal: source.t('pb.templates.internal') } : {}),
	};
	if (t.kind === 'email') {
		const email = templates?.email;
		return {
			...base,
			kind: 'email',
			title: t.subject,
			...(email
				? {
						recipient: field(source, email.recipient),
						greeting: email.greeting,
						closing: email.closing,
						signature: email.signature ?? sharedFields.filter((f) => f.id !== nameField && f.id !== dateField).map((f) => `{${f.id}}`),
					}
				: {}),
			...(t.opening ? { opening: t.opening } : {}),
			...(t.ending ? { ending: t.ending } : {}),
		};
	}
	const a = t.assessment;
	return {
		...base,
		kind: 'document',
		title: t.title ?? name,
		byline: source.t('pb.templates.byline'),
		...(a ? { assessment: assessmentOf(source, a) } : {}),
	};
}

function assessmentOf(
	source: TemplateSource,
	a: NonNullable<Extract<Template, { kind: 'document' }>['assessment']>,
): NonNullable<TemplateDef['assessment']> {
	const { content, playbook } = source;
	const rated = resolveRef(content, playbook.structure, a.rates);
	const items = rated?.kind === 'list' ? rated.items : [];
	const [model = '', ...path] = a.rates.split('/');
	const notes = content.pages.models[model]?.notes?.[path.join('.')];
	const responses: Record<string, string> = {};
	const patterns = items.map((item) => {
		const links = notes?.items[item.id]?.links ?? [];
		for (const ref of links) responses[ref] = itemOf(content, playbook.structure, ref)?.label ?? ref;
		return { id: item.id, text: item.text, responses: links };
	});
	return {
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
		patterns,
		responses,
	};
}
