import type { PlaybookModels } from '../schemas/models';
import type { QualitySections } from '../schemas/sections';
import type { PageMeta } from '../schemas/common';
import type { GeneratedPage } from './generated-page';
import { anchorOf, blocks, bullets, frontmatter, inline, link, type RenderContext } from './markdown';
import { qualitySections } from './sections';

interface Framework {
	page: PageMeta;
	intro: string;
	sections: QualitySections;
}

/** A framework page: intro, the model's own content, then the quality-check sections. */
function frameworkPage(
	id: string,
	order: number,
	framework: Framework,
	model: string,
	models: PlaybookModels,
	context: RenderContext,
): GeneratedPage {
	return {
		id,
		body: blocks(
			frontmatter({ title: framework.page.title, description: framework.page.description, sidebar: { order } }),
			inline(framework.intro, context),
			model,
			qualitySections(framework.sections, models, context),
		),
	};
}

const named = (items: readonly { name: string; text: string }[], colon: string, context: RenderContext) =>
	items.map((item) => `- **${inline(item.name, context)}**${colon}${inline(item.text, context)}`).join('\n');

export function architecturePage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { core_elements, guiding_questions } = models.architecture;
	return frameworkPage(
		'architecture',
		1,
		models.architecture,
		blocks(
			`## ${core_elements.heading}`,
			named(core_elements.items, models.site.labels.colon, context),
			`## ${guiding_questions.heading}`,
			bullets(
				guiding_questions.items.map((q) => q.text),
				context,
			),
		).trimEnd(),
		models,
		context,
	);
}

export function onboardingPage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { steps } = models.onboarding;
	const { labels } = models.site;
	const stepBlocks = steps.items.map((step, index) =>
		blocks(
			`### ${index + 1}. ${inline(step.name, context)}`,
			`**${labels.purpose}${labels.colon.trim()}** ${inline(step.purpose, context)}`,
			bullets(
				step.outputs.map((output) => output.text),
				context,
			),
		).trimEnd(),
	);
	return frameworkPage('onboarding', 2, models.onboarding, blocks(`## ${steps.heading}`, ...stepBlocks).trimEnd(), models, context);
}

export function failurePatternsPage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { patterns, responses } = models['failure-patterns'];
	const { labels } = models.site;
	const textOf = (id: string) => responses.items.find((r) => r.id === id)?.text ?? id;
	const toAnchor = (text: string) => link(text, `#${anchorOf(text)}`);
	const patternBlocks = patterns.items.map((pattern) =>
		blocks(
			`### ${inline(pattern.text, context)}`,
			`${labels.answered_by}${labels.colon}${pattern.responses.map((id) => toAnchor(textOf(id))).join(' · ')}`,
		).trimEnd(),
	);
	const responseBlocks = responses.items.map((response) => {
		const answered = patterns.items.filter((p) => p.responses.includes(response.id));
		return blocks(
			`### ${inline(response.text, context)}`,
			`${labels.answers}${labels.colon.trim()}`,
			answered.map((p) => `- ${toAnchor(p.text)}`).join('\n'),
		).trimEnd();
	});
	return frameworkPage(
		'failure-patterns',
		3,
		models['failure-patterns'],
		blocks(`## ${patterns.heading}`, ...patternBlocks, `## ${responses.heading}`, ...responseBlocks).trimEnd(),
		models,
		context,
	);
}

export function communicationPage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { principles, cadences } = models.communication;
	return frameworkPage(
		'communication',
		4,
		models.communication,
		blocks(
			`## ${principles.heading}`,
			bullets(
				principles.items.map((p) => p.text),
				context,
			),
			`## ${cadences.heading}`,
			named(cadences.items, models.site.labels.colon, context),
		).trimEnd(),
		models,
		context,
	);
}
