import { type PlacedComponent, componentMarker } from '../schemas/page-shells.ts';
import type { PlaybookModel } from '../schemas/playbook.ts';
import type { PlayHeader, Script } from '../schemas/pages.ts';
import type { Sections } from '../schemas/sections.ts';
import { itemLink } from './item-links.ts';
import { isMapShape, isRecordShape, type Shape } from '../schemas/shape.ts';
import { firstText } from '../lib/content/refs.ts';
import { stageSlug } from '../lib/page-registry.ts';
import type { GeneratedPage } from './generated-page.ts';
import { blocks, bullets, frontmatter, heading, href, labelled, link, md, prose, quote, sourceText } from './markdown.ts';
import { renderModelData } from './model-data.ts';
import { pageMeta } from './reference-pages.ts';
import { type RenderContext, pageFile } from './render-context.ts';
import { nextStepSection, qualitySections } from './sections.ts';

/** The lifecycle's stages in one locale: key, reader name and the stage's record. */
export function stagesOf(model: PlaybookModel, context: RenderContext): { key: string; name: string; value: Record<string, unknown> }[] {
	const content = context.content.models[model.id];
	return Object.entries((content?.data ?? {}) as Record<string, unknown>).map(([key, value]) => ({
		key,
		name: content?.names[key] ?? key,
		value: (typeof value === 'object' && value !== null ? value : { value }) as Record<string, unknown>,
	}));
}

/** The play header: length, people and time, then the signs of being in the stage and of being done with it. */
function playHeader(header: PlayHeader, context: RenderContext): string {
	const label = (key: string) => `**${context.t(key)}${context.t('pb.colon').trim()}**`;
	return blocks(
		bullets([
			labelled(context.t('pb.play.length'), md(header.length, context), context),
			labelled(context.t('pb.play.participants'), md(header.participants, context), context),
			labelled(context.t('pb.play.time'), md(header.time, context), context),
		]),
		label('pb.play.entry'),
		bullets(header.entry.map((s) => md(s, context))),
		label('pb.play.exit'),
		bullets(header.exit.map((s) => md(s, context))),
	).trimEnd();
}

/** What a stage page offers to act on: its checklist, the templates that serve it, the failure patterns to watch. */
function stageTools(key: string, sections: Sections | undefined, context: RenderContext): string | undefined {
	const sheets = (context.content.checklists?.checklists ?? []).filter((c) => c.stage === key);
	const checklists = sheets.filter((c) => c.kind !== 'agenda');
	const agendas = sheets.filter((c) => c.kind === 'agenda');
	const templates = (context.content.templates?.templates ?? []).filter((t) => t.stages?.includes(key));
	const related = Object.values(sections ?? {}).flatMap((s) => (s && 'related' in s && s.related ? s.related : []));
	if (sheets.length + templates.length + related.length === 0) return undefined;
	const label = (k: string, text: string) => labelled(context.t(k), text, context);
	const links = (pages: { id: string; title: string }[]) => pages.map((p) => link(p.title, href(p.id, context))).join(' · ');
	return blocks(
		heading(2, md(context.t('pb.page.stageTools'), context), 'tools'),
		bullets(
			[
				checklists.length > 0 && label('pb.page.checklist', links(checklists.map((c) => ({ id: `checklists/${c.id}`, title: c.title })))),
				agendas.length > 0 && label('pb.page.agenda', links(agendas.map((c) => ({ id: `checklists/${c.id}`, title: c.title })))),
				templates.length > 0 &&
					label(
						'pb.page.templates',
						links(templates.map((t) => ({ id: `templates/${t.id}`, title: context.titleOf(`templates/${t.id}`) }))),
					),
				related.length > 0 && label('pb.page.watch', related.map((ref) => itemLink(ref, context)).join(' · ')),
			].filter((line): line is string => Boolean(line)),
		),
	).trimEnd();
}

/** Sample wording for the stage's hard conversations. */
function scripts(list: readonly Script[], context: RenderContext): string {
	return blocks(
		heading(2, md(context.t('pb.page.scripts'), context), 'scripts'),
		...list.map((script) =>
			blocks(
				heading(3, md(script.title, context), script.id),
				`*${md(script.when, context)}*`,
				script.lines.map((line) => `> ${md(line, context)}`).join('\n>\n'),
			).trimEnd(),
		),
	).trimEnd();
}

/** `/<lifecycle>/`: why the stages matter, the diagram, the list of stages and the next step. */
export function lifecycleOverview(model: PlaybookModel, context: RenderContext): GeneratedPage {
	const page = context.content.pages.lifecycle;
	const file = pageFile(context, model.id);
	const heading2 = context.content.skill?.models.find((m) => m.id === model.id)?.heading ?? model.id;
	// Each stage with the signs that a client is in it: the readable form of the self-check, with or without JavaScript.
	const stageList = stagesOf(model, context)
		.map((stage, index) => {
			const purpose = firstText(stage.value);
			const entry = page?.stages?.[stage.key]?.header?.entry ?? [];
			const signs =
				entry.length > 0
					? `\n\n   ${context.t('pb.play.entry')}${context.t('pb.colon')}\n\n${entry.map((s) => `   - ${md(s, context)}`).join('\n')}`
					: '';
			return `${index + 1}. ${link(stage.name, href(`${model.id}/${stageSlug(stage.key)}`, context))}${purpose ? `${context.t('pb.colon')}${quote(purpose, context)}` : ''}${signs}`;
		})
		.join('\n\n');
	return {
		id: model.id,
		body: blocks(
			frontmatter({
				...pageMeta(page?.page, sourceText(heading2, context), context, model.id, file),
				sidebar: { order: 0 },
				components: [
					{ name: 'lifecycle-diagram' },
					...(page?.self_check ? [{ name: 'stage-check' } as const] : []),
				] satisfies PlacedComponent[],
			}),
			prose(page?.intro, context, { file, field: 'intro', page: model.id }, (text) => md(text, context)),
			componentMarker,
			page?.self_check && heading(2, md(page.self_check.heading, context), 'which-stage'),
			page?.self_check && md(page.self_check.intro, context),
			page?.self_check && componentMarker,
			heading(2, md(context.t('pb.page.stages'), context), 'stages'),
			stageList,
			nextStepSection(page?.next_step, context, { file, field: 'next_step', page: model.id }),
		),
	};
}

/**
 * `/<lifecycle>/<stage>/`: "Stage n of N", the stage's first text (its purpose) as its lead, its other
 * fields (focus items …) as sections, then the quality-check sections.
 */
export function stagePages(model: PlaybookModel, context: RenderContext): GeneratedPage[] {
	const stages = stagesOf(model, context);
	const file = pageFile(context, model.id);
	const names = context.content.models[model.id]?.names ?? {};
	const inner: Shape = isMapShape(model.shape) ? model.shape.map : 'text';
	return stages.map((stage, index) => {
		const id = `${model.id}/${stageSlug(stage.key)}`;
		const prosePage = context.content.pages.lifecycle?.stages?.[stage.key];
		const fields = isRecordShape(inner) ? Object.entries(inner.fields) : [];
		const [lead, ...rest] = fields;
		const leadLine =
			lead && lead[1] === 'text'
				? labelled(md(names[lead[0]] ?? lead[0], context), quote(String(stage.value[lead[0]]), context), context)
				: '';
		const stageOf = context.t('pb.page.stageOf', { n: index + 1, total: stages.length });
		// A sentence that ends in full-width punctuation is followed by no space (Chinese), any other by one.
		const gap = leadLine && !/[\u3000-\u303f\uff01-\uff5e]$/u.test(stageOf) ? ' ' : '';
		const shown = lead && lead[1] === 'text' ? rest : fields;
		const body = renderModelData(
			{
				model: { ...model, shape: { fields: Object.fromEntries(shown) } },
				content: { names, data: stage.value },
				notes: {},
				context,
			},
			2,
		);
		const description = prosePage?.description;
		if (!description) context.todos.push({ file, locale: context.locale.code, field: `stages.${stage.key}.description`, page: id });
		return {
			id,
			body: blocks(
				frontmatter({ title: stage.name, description: description || undefined, sidebar: { order: index + 1 } }),
				`${stageOf}${gap}${leadLine}`,
				prose(prosePage?.header, context, { file, field: `stages.${stage.key}.header`, page: id }, (header) => playHeader(header, context)),
				stageTools(stage.key, prosePage?.sections, context),
				body,
				prosePage?.scripts && scripts(prosePage.scripts, context),
				qualitySections(prosePage?.sections, context, { file, field: `stages.${stage.key}.sections`, page: id }),
			),
		};
	});
}
