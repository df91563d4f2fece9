import type { ListIntro } from '../schemas/common.ts';
import type { GeneratedPage } from './generated-page.ts';
import { blocks, bullets, frontmatter, heading, href, labelled, link, md, prose, quote, quoted, sourceText } from './markdown.ts';
import { type RenderContext, pageFile } from './render-context.ts';
import { nextStepSection } from './sections.ts';

/** The page's title and description, or notes saying they are to be written. */
function meta(
	page: { title?: string | undefined; description?: string | undefined } | undefined,
	fallbackTitle: string,
	context: RenderContext,
	id: string,
	file: string,
) {
	const description = page?.description ?? '';
	if (!description) context.todos.push({ file, locale: context.locale.code, field: 'page.description', page: id });
	return { title: page?.title ?? fallbackTitle, description: description || undefined };
}

/** Our heading (or other text) where the page has one, else the source's own, quoted as such. */
const ours = (text: string | undefined, source: string, context: RenderContext): string =>
	text ? md(text, context) : quote(source, context);

/** A source list under the reader's heading and a sentence of context (`ListIntro`), or the source's own heading. */
function introduced(
	intro: { [K in keyof ListIntro]?: string | undefined } | undefined,
	sourceHeading: string,
	id: string,
	context: RenderContext,
	at: { file: string; field: string; page: string },
): string {
	return blocks(
		heading(2, ours(intro?.heading, sourceHeading, context), id),
		prose(intro?.context, context, { ...at, field: `${at.field}.context` }, (text) => md(text, context)),
	).trimEnd();
}

/** `/`: where to start, what a client relationship needs, the core principle, what the playbook does and its outputs. */
export function homePage(context: RenderContext): GeneratedPage {
	const { content } = context;
	const skill = content.skill!;
	const home = content.pages.home;
	const file = pageFile(context, 'home');
	const at = (field: string) => ({ file, field, page: '' });
	const startList = (items: readonly { id: string; text: string }[], links: Record<string, string> | undefined, field: string) =>
		bullets(
			items.map((item) =>
				links?.[item.id]
					? quoted(link(sourceText(item.text, context), href(links[item.id]!, context)))
					: `${quote(item.text, context)} ${prose(undefined, context, at(`${field}.links.${item.id}`), String)}`,
			),
		);
	const principle = skill.core_principle.paragraphs;
	return {
		id: '',
		body: blocks(
			frontmatter({
				...meta(home?.page, content.site?.title ?? skill.name, context, '', file),
				hero: home?.hero && {
					tagline: home.hero.tagline,
					actions: home.hero.actions.map((action, index) => ({
						text: action.text,
						link: href(action.link, context),
						variant: index === 0 ? 'primary' : 'secondary',
						icon: index === 0 ? 'right-arrow' : undefined,
					})),
				},
			}),
			!home?.hero && prose(undefined, context, at('hero'), String),
			heading(2, ours(home?.start?.heading, skill.triggers.heading, context), 'start'),
			heading(3, ours(home?.start?.conditions?.heading, skill.triggers.heading, context), 'start-conditions'),
			prose(home?.start?.conditions?.context, context, at('start.conditions.context'), (text) => md(text, context)),
			startList(skill.triggers.items, home?.start?.conditions?.links, 'start.conditions'),
			heading(3, ours(home?.start?.phrases?.heading, skill.triggers.phrases_lead, context), 'start-phrases'),
			prose(home?.start?.phrases?.context, context, at('start.phrases.context'), (text) => md(text, context)),
			startList(skill.triggers.phrases, home?.start?.phrases?.links, 'start.phrases'),
			heading(2, ours(home?.about?.heading, skill.name, context), 'about'),
			home?.about?.context && md(home.about.context, context),
			...skill.intro.map((p) => quote(p, context)),
			heading(2, ours(home?.core_principle?.heading, skill.core_principle.heading, context), 'core-principle'),
			home?.core_principle?.context && md(home.core_principle.context, context),
			principle[0] && `**${quote(principle[0], context)}**`,
			...principle.slice(1).map((p) => quote(p, context)),
			introduced(home?.does, skill.does.heading, 'does', context, at('does')),
			bullets(skill.does.items.map((i) => quote(i.text, context))),
			introduced(home?.outputs, skill.outputs.heading, 'outputs', context, at('outputs')),
			skill.outputs.items
				.map((o) => `${o.number}. **${quote(o.name, context)}**${context.t('pb.colon')}${quote(o.text, context)}`)
				.join('\n'),
			nextStepSection(home?.next_step, context, at('next_step')),
		),
	};
}

/** `/principles/`: the core principle, the response rules, the output format and the quality check. */
export function principlesPage(context: RenderContext): GeneratedPage {
	const { content } = context;
	const skill = content.skill!;
	const page = content.pages.principles;
	const file = pageFile(context, 'principles');
	const at = (field: string) => ({ file, field, page: 'principles' });
	const [statement, ...paragraphs] = skill.core_principle.paragraphs;
	return {
		id: 'principles',
		body: blocks(
			frontmatter(meta(page?.page, sourceText(skill.core_principle.heading, context), context, 'principles', file)),
			heading(2, ours(page?.core_principle?.heading, skill.core_principle.heading, context), 'core-principle'),
			page?.core_principle?.context && md(page.core_principle.context, context),
			statement && `**${quote(statement, context)}**`,
			...paragraphs.map((p) => quote(p, context)),
			introduced(page?.rules, skill.rules.heading, 'rules', context, at('rules')),
			bullets(skill.rules.items.map((i) => quote(i.text, context))),
			introduced(page?.output_format, skill.output_format.heading, 'output-format', context, at('output_format')),
			`**${quote(skill.output_format.title, context)}**`,
			bullets(skill.output_format.fields.map((f) => quote(f.text, context))),
			introduced(page?.quality_check, skill.quality_check.heading, 'quality-check', context, at('quality_check')),
			bullets(skill.quality_check.items.map((i) => `☐ ${quote(i.text, context)}`)),
			nextStepSection(page?.next_step, context, at('next_step')),
		),
	};
}

/** `/boundaries/`: what the playbook does not replace. */
export function boundariesPage(context: RenderContext): GeneratedPage {
	const { content } = context;
	const skill = content.skill!;
	const page = content.pages.boundaries;
	const file = pageFile(context, 'boundaries');
	return {
		id: 'boundaries',
		body: blocks(
			frontmatter(meta(page?.page, sourceText(skill.boundaries.heading, context), context, 'boundaries', file)),
			page?.heading && heading(2, md(page.heading, context), 'covers'),
			page?.context && md(page.context, context),
			...skill.boundaries.paragraphs.map((p) => quote(p, context)),
			page?.involve && heading(2, md(page.involve.heading, context), 'involve'),
			page?.involve && md(page.involve.context, context),
			page?.involve &&
				page.involve.items
					.map((item) =>
						[`- **${md(item.who, context)}**${context.t('pb.colon').trimEnd()}`, ...item.when.map((w) => `  - ${md(w, context)}`)].join(
							'\n',
						),
					)
					.join('\n'),
			nextStepSection(page?.next_step, context, { file, field: 'next_step', page: 'boundaries' }),
		),
	};
}

export { meta as pageMeta };

/** `/responsibilities/`: who owns what, as one matrix of activities and roles. */
export function responsibilitiesPage(context: RenderContext): GeneratedPage | undefined {
	const page = context.content.pages.responsibilities;
	if (!page) return undefined;
	const cell = (text: string) => text.replace(/\|/g, '\\|');
	// The letters are the RACI notation, kept as they are in every language and marked as such, so that a page in
	// another script does not read them as untranslated text.
	const letter = (value: string) => `<strong lang="en">${value}</strong>`;
	const head = `| ${cell(md(context.t('pb.raci.activity'), context))} | ${page.roles.map((r) => cell(md(r.name, context))).join(' | ')} |`;
	const rule = `| --- | ${page.roles.map(() => ':---:').join(' | ')} |`;
	const rows = page.rows.map((row) => {
		const activity = row.link ? link(row.activity, href(row.link, context)) : md(row.activity, context);
		return `| <span id="${row.id}"></span>${cell(activity)} | ${page.roles.map((r) => (row.raci[r.id] ? letter(row.raci[r.id]!) : '–')).join(' | ')} |`;
	});
	const legend = ['R', 'A', 'C', 'I']
		.map((value) => `${letter(value)}${context.t('pb.colon')}${md(context.t(`pb.raci.${value}`), context)}`)
		.join(' · ');
	return {
		id: 'responsibilities',
		body: blocks(
			frontmatter({ title: page.page.title, description: page.page.description, sidebar: { order: 3 } }),
			md(page.intro, context),
			legend,
			// A wrapper that scrolls sideways on a phone, the activity column staying in view (custom.css).
			'<div class="pb-matrix">',
			[head, rule, ...rows].join('\n'),
			'</div>',
			nextStepSection(page.next_step, context, {
				file: pageFile(context, 'responsibilities'),
				field: 'next_step',
				page: 'responsibilities',
			}),
		),
	};
}

/** `/example/`: one fictional client through the stages, each with the templates used there, filled in. */
export function examplePage(context: RenderContext): GeneratedPage | undefined {
	const page = context.content.pages.example;
	const lifecycle = context.playbook.structure.lifecycle;
	if (!page || !lifecycle) return undefined;
	const names = context.content.models[lifecycle]?.names ?? {};
	const stages = page.stages.map((stage) =>
		blocks(
			heading(2, md(names[stage.stage] ?? stage.stage, context), stage.stage.replace(/_/g, '-')),
			...stage.story.map((p) => md(p, context)),
			stage.templates.length > 0 &&
				labelled(
					context.t('pb.page.templates'),
					stage.templates.map((id) => link(context.titleOf(`templates/${id}`), `${href(`templates/${id}`, context)}?example`)).join(' · '),
					context,
				),
		).trimEnd(),
	);
	return {
		id: 'example',
		body: blocks(
			frontmatter({ title: page.page.title, description: page.page.description, sidebar: { order: 4 } }),
			md(page.intro, context),
			`**${md(page.client.name, context)}**${context.t('pb.colon')}${md(page.client.context, context)}`,
			...stages,
			nextStepSection(page.next_step, context, { file: pageFile(context, 'example'), field: 'next_step', page: 'example' }),
		),
	};
}
