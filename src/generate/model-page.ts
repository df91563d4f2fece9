import type { PlaybookModel } from '../schemas/playbook.ts';
import type { GeneratedPage } from './generated-page.ts';
import { blocks, frontmatter, md, prose, sourceText } from './markdown.ts';
import { renderModelData } from './model-data.ts';
import { pageMeta } from './reference-pages.ts';
import { type RenderContext, pageFile } from './render-context.ts';
import { qualitySections } from './sections.ts';

/** `/<model>/`: a framework model's page: what it is for, the model as the source has it, then the quality-check sections. */
export function modelPage(model: PlaybookModel, order: number, context: RenderContext): GeneratedPage {
	const page = context.content.pages.models[model.id];
	const file = pageFile(context, model.id);
	const heading = context.content.skill?.models.find((m) => m.id === model.id)?.heading ?? model.id;
	const content = context.content.models[model.id]!;
	return {
		id: model.id,
		body: blocks(
			frontmatter({ ...pageMeta(page?.page, sourceText(heading, context), context, model.id, file), sidebar: { order } }),
			prose(page?.intro, context, { file, field: 'intro', page: model.id }, (text) => md(text, context)),
			renderModelData({ model, content, notes: page?.notes ?? {}, context }),
			qualitySections(page?.sections, context, { file, field: 'sections', page: model.id }),
		),
	};
}
