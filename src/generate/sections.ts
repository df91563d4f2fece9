import type { NextStep } from '../schemas/common.ts';
import type { Section, Sections } from '../schemas/sections.ts';
import { itemLink } from './item-links.ts';
import { blocks, bullets, heading, href, link, md, prose } from './markdown.ts';
import { type RenderContext, localeFile } from './render-context.ts';
import { localeFiles } from '../lib/content/playbook-folder.ts';

/** Where a page's prose lives, for "to be written" notes: the file, the field path up to the sections, the page. */
export interface ProseAt {
	file: string;
	/** Path of the sections (or next step) inside the file, e.g. `stages.pre_close.sections`. */
	field: string;
	page: string;
}

/** The heading of a quality-check section in the context's locale (site.yaml `sections`). */
export function sectionHeading(id: string, context: RenderContext, page: string): string {
	const text = context.content.site?.sections[id];
	if (text) return md(text, context);
	context.todos.push({ file: localeFile(context, localeFiles.site), locale: context.locale.code, field: `sections.${id}`, page });
	return md(context.content.skill?.quality_check.items.find((i) => i.id === id)?.text ?? id, context);
}

/** The closing "Next step" section: the action, its owner and the page that helps. */
export function nextStepSection(step: NextStep | undefined, context: RenderContext, at: ProseAt): string {
	const id = context.playbook.quality.nextStep;
	return blocks(
		heading(2, sectionHeading(id, context, at.page), id),
		prose(step, context, at, (s) =>
			blocks(
				`**${md(s.action, context)}**`,
				`${context.t('pb.page.owner')}${context.t('pb.colon')}${md(s.owner, context)}`,
				`→ ${link(s.link_label, href(s.link, context))}`,
			).trimEnd(),
		),
	).trimEnd();
}

/** One section's content: its text, its points, its warning signs and the items that apply. */
function sectionBody(section: Section, context: RenderContext): string {
	return blocks(
		section.text && md(section.text, context),
		section.items && bullets(section.items.map((i) => md(i, context))),
		section.signals && `**${context.t('pb.page.signals')}**`,
		section.signals && bullets(section.signals.map((s) => md(s, context))),
		section.related && `**${context.t('pb.page.related')}**`,
		section.related && bullets(section.related.map((ref) => itemLink(ref, context))),
	).trimEnd();
}

/** The quality-check sections of a stage or model page, in the quality check's order, the next step last. */
export function qualitySections(sections: Sections | undefined, context: RenderContext, at: ProseAt): string {
	const { ids, nextStep } = context.playbook.quality;
	const parts = ids
		.filter((id) => id !== nextStep)
		.map((id) =>
			blocks(
				heading(2, sectionHeading(id, context, at.page), id),
				prose(sections?.[id] as Section | undefined, context, { ...at, field: `${at.field}.${id}` }, (s) => sectionBody(s, context)),
			).trimEnd(),
		);
	return blocks(
		...parts,
		nextStepSection(sections?.[nextStep] as NextStep | undefined, context, { ...at, field: `${at.field}.${nextStep}` }),
	).trimEnd();
}
