import type { PlaybookModels } from '../schemas/models';
import { blocks, bullets, frontmatter, href, inline, link, type RenderContext } from './markdown';
import { nextStepSection, qualitySections } from './sections';
import type { GeneratedPage } from './generated-page';

/** `/lifecycle/`: the diagram of the stages and a short list of them. */
export function lifecycleOverview(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { lifecycle, site } = models;
	const stageList = lifecycle.stages
		.map(
			(stage, index) =>
				`${index + 1}. ${link(stage.name, href(`lifecycle/${stage.id}`, context))}${site.labels.colon}${inline(stage.purpose, context)}`,
		)
		.join('\n');
	return {
		id: 'lifecycle',
		body: blocks(
			frontmatter({ title: lifecycle.page.title, description: lifecycle.page.description, sidebar: { order: 0 } }),
			"import LifecycleDiagram from '~/components/LifecycleDiagram.astro';",
			inline(lifecycle.intro, context),
			'<LifecycleDiagram />',
			`## ${site.labels.stages}`,
			stageList,
			nextStepSection(lifecycle.next_step, models, context),
		),
	};
}

/** `/lifecycle/<stage>/`: purpose, focus and the quality-check sections of one stage. */
export function stagePages(models: PlaybookModels, context: RenderContext): GeneratedPage[] {
	const { lifecycle, site } = models;
	const total = lifecycle.stages.length;
	return lifecycle.stages.map((stage, index) => ({
		id: `lifecycle/${stage.id}`,
		body: blocks(
			frontmatter({ title: stage.name, description: stage.description, sidebar: { order: index + 1 } }),
			`${site.labels.stage_of.replace('{n}', String(index + 1)).replace('{total}', String(total))} **${site.labels.purpose}${site.labels.colon.trim()}** ${inline(stage.purpose, context)}`,
			`## ${site.labels.focus}`,
			bullets(
				stage.focus.map((item) => item.text),
				context,
			),
			qualitySections(stage.sections, models, context),
		),
	}));
}
