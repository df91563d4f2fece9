import type { PlaybookModel } from '../schemas/playbook.ts';
import { isMapShape, isRecordShape, type Shape } from '../schemas/shape.ts';
import { firstText } from '../lib/content/refs.ts';
import { stageSlug } from '../lib/page-registry.ts';
import type { GeneratedPage } from './generated-page.ts';
import { blocks, frontmatter, heading, href, link, md, prose, sourceText } from './markdown.ts';
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

/** `/<lifecycle>/`: why the stages matter, the diagram, the list of stages and the next step. */
export function lifecycleOverview(model: PlaybookModel, context: RenderContext): GeneratedPage {
	const page = context.content.pages.lifecycle;
	const file = pageFile(context, model.id);
	const heading2 = context.content.skill?.models.find((m) => m.id === model.id)?.heading ?? model.id;
	const stageList = stagesOf(model, context)
		.map((stage, index) => {
			const purpose = firstText(stage.value);
			return `${index + 1}. ${link(stage.name, href(`${model.id}/${stageSlug(stage.key)}`, context))}${purpose ? `${context.t('pb.colon')}${md(sourceText(purpose, context), context)}` : ''}`;
		})
		.join('\n');
	return {
		id: model.id,
		mdx: true,
		body: blocks(
			frontmatter({ ...pageMeta(page?.page, sourceText(heading2, context), context, model.id, file), sidebar: { order: 0 } }),
			"import LifecycleDiagram from '~/components/LifecycleDiagram.astro';",
			prose(page?.intro, context, { file, field: 'intro', page: model.id }, (text) => md(text, context)),
			'<LifecycleDiagram />',
			heading(2, context.t('pb.page.stages'), 'stages'),
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
				? ` **${md(names[lead[0]] ?? lead[0], context)}${context.t('pb.colon').trim()}** ${md(sourceText(String(stage.value[lead[0]]), context), context)}`
				: '';
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
			mdx: false,
			body: blocks(
				frontmatter({ title: stage.name, description: description || undefined, sidebar: { order: index + 1 } }),
				`${context.t('pb.page.stageOf', { n: index + 1, total: stages.length })}${leadLine}`,
				body,
				qualitySections(prosePage?.sections, context, { file, field: `stages.${stage.key}.sections`, page: id }),
			),
		};
	});
}
