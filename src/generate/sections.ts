import type { NextStep } from '../schemas/common';
import type { PlaybookModels } from '../schemas/models';
import type { QualitySections } from '../schemas/sections';
import { anchorOf, blocks, bullets, href, inline, link, type RenderContext } from './markdown';

/** The closing "Next step" section: the action, its owner and the page that helps. */
export function nextStepSection(step: NextStep, models: PlaybookModels, context: RenderContext): string {
	const { sections, labels } = models.site;
	return blocks(
		`## ${sections.next_step}`,
		`**${inline(step.action, context)}**`,
		`${labels.owner}${labels.colon}${inline(step.owner, context)}`,
		`→ ${link(step.link_label, href(step.link, context))}`,
	).trimEnd();
}

/** The quality-check sections of a stage or framework page, in the source's order. */
export function qualitySections(sections: QualitySections, models: PlaybookModels, context: RenderContext): string {
	const { sections: headings, labels } = models.site;
	const patterns = models['failure-patterns'].patterns.items;
	const patternLinks = sections.risks.patterns.map((id) => {
		const pattern = patterns.find((p) => p.id === id);
		// References are checked when content loads, so a pattern is always found here.
		const text = pattern?.text ?? id;
		return `- ${link(text, href(`failure-patterns#${anchorOf(text)}`, context))}`;
	});
	return blocks(
		`## ${headings.context}`,
		inline(sections.context, context),
		`## ${headings.success}`,
		inline(sections.success, context),
		`## ${headings.scope}`,
		inline(sections.scope, context),
		`## ${headings.roles}`,
		inline(sections.roles, context),
		`## ${headings.risks}`,
		inline(sections.risks.text, context),
		`**${labels.risk_signals}**`,
		bullets(sections.risks.signals, context),
		`**${labels.patterns_apply}**`,
		patternLinks.join('\n'),
		`## ${headings.recommendations}`,
		bullets(sections.recommendations, context),
		nextStepSection(sections.next_step, models, context),
	).trimEnd();
}
