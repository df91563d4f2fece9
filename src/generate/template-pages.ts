import { type PlacedComponent, componentEnd, componentMarker } from '../schemas/page-shells.ts';
import type { TemplateDef } from '../lib/templates/definition.ts';
import { localeFiles } from '../lib/content/playbook-folder.ts';
import { resolveTemplate, templateName } from '../lib/templates/resolve.ts';
import { stageSlug } from '../lib/page-registry.ts';
import type { GeneratedPage } from './generated-page.ts';
import { blocks, frontmatter, heading, href, labelled, link, md, prose } from './markdown.ts';
import { type RenderContext, localeFile } from './render-context.ts';
import { nextStepSection } from './sections.ts';

/** `/templates/`: every template, documents first, then emails. */
export function templatesIndex(context: RenderContext): GeneratedPage {
	const templates = context.content.templates!;
	const file = localeFile(context, localeFiles.templates);
	const list = (kind: 'document' | 'email') =>
		templates.templates
			.filter((t) => t.kind === kind)
			.map(
				(t) =>
					`- ${context.t('pb.templates.indexItem', { template: link(templateName(context, t), href(`templates/${t.id}`, context)), description: md(t.page.description, context) })}`,
			)
			.join('\n');
	const emails = list('email');
	return {
		id: 'templates',
		body: blocks(
			frontmatter({
				title: templates.page?.title ?? context.t('pb.sidebar.templates'),
				description: templates.page?.description,
				sidebar: { order: 0 },
			}),
			prose(templates.intro, context, { file, field: 'intro', page: 'templates' }, (text) => md(text, context)),
			heading(2, md(context.t('pb.templates.groupDocuments'), context), 'documents'),
			list('document'),
			emails && heading(2, md(context.t('pb.templates.groupEmails'), context), 'emails'),
			emails,
			nextStepSection(templates.next_step, context, { file, field: 'next_step', page: 'templates' }),
		),
	};
}

/** The lifecycle stages a template serves, linked: where in the relationship it is used. */
function stagesServed(stages: readonly string[], context: RenderContext): string {
	const lifecycle = context.playbook.structure.lifecycle;
	const names: Record<string, string> = (lifecycle && context.content.models[lifecycle]?.names) || {};
	const links = stages.map((key) => link(names[key] ?? key, href(`${lifecycle}/${stageSlug(key)}`, context)));
	return labelled(context.t('pb.templates.stages'), links.join(' · '), context);
}

/** `/templates/<id>/`: the intro, the form (a component that reads the template by its id) and the closing next step. */
export function templatePages(context: RenderContext): GeneratedPage[] {
	const templates = context.content.templates!;
	const file = localeFile(context, localeFiles.templates);
	return templates.templates.map((template, index) => {
		// Where an editor writes this template's prose: the template made from the output format keeps it in `output`.
		const at = (field: string) => ({
			file,
			field: templates.generated ? `output.${field}` : `templates[${index}].${field}`,
			page: `templates/${template.id}`,
		});
		return {
			id: `templates/${template.id}`,
			body: blocks(
				frontmatter({
					title: templateName(context, template),
					description: template.page.description,
					sidebar: { order: index + 1 },
					components: [{ name: 'template-form', id: template.id }] satisfies PlacedComponent[],
				}),
				prose(template.intro, context, at('intro'), (text) => md(text, context)),
				template.stages && template.stages.length > 0 && stagesServed(template.stages, context),
				componentMarker,
				formOutline(resolveTemplate(context, template), context),
				componentEnd,
				nextStepSection(template.next_step, context, at('next_step')),
			),
		};
	});
}

/**
 * The form as Markdown, for where the page is read without its components (llms-full.txt renders the page's
 * Markdown as it is stored): each section's heading in bold, then its fields, each with its guidance and, for a
 * choice, its options as a list under it. On the site the form stands in its place (MarkdownContent.astro). No headings: the table of
 * contents is made from the Markdown's headings, and these are not on the page.
 */
function formOutline(template: TemplateDef, context: RenderContext): string {
	return template.sections
		.map((section) => {
			const fields = section.fields.map((field) => {
				// A choice's options as a list under it: no punctuation of one language around them.
				const options = (field.options ?? []).map((option) => `\n  - ${md(option, context)}`).join('');
				return `- ${labelled(md(field.label, context), md(field.guidance, context), context)}${options}`;
			});
			return [section.heading && `**${md(section.heading, context)}**`, fields.join('\n')].filter(Boolean).join('\n\n');
		})
		.join('\n\n');
}
