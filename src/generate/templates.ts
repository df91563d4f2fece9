import type { PlaybookModels } from '../schemas/models';
import { resolveTemplate, templateName } from '../lib/templates/resolve';
import type { GeneratedPage } from './generated-page';
import { blocks, frontmatter, href, inline, link, type RenderContext } from './markdown';
import { nextStepSection } from './sections';

/** `/templates/`: every template, documents first, then emails. */
export function templatesIndex(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { templates } = models;
	const list = (kind: 'document' | 'email') =>
		templates.templates
			.filter((t) => t.kind === kind)
			.map((t) => {
				const parts = templates.index_item.split(/(\{template\}|\{description\})/).map((part) => {
					if (part === '{template}') return link(templateName(models, t), href(`templates/${t.id}`, context));
					return inline(part === '{description}' ? t.page.description : part, context);
				});
				return `- ${parts.join('')}`;
			})
			.join('\n');
	return {
		id: 'templates',
		body: blocks(
			frontmatter({ title: templates.page.title, description: templates.page.description, sidebar: { order: 0 } }),
			inline(templates.intro, context),
			`## ${templates.groups.documents}`,
			list('document'),
			`## ${templates.groups.emails}`,
			list('email'),
			nextStepSection(templates.next_step, models, context),
		),
	};
}

/**
 * `/templates/<id>/`: the intro, the form (an Astro component holding the fields, the preview and the
 * actions, given the resolved template as a prop) and the closing next step.
 */
export function templatePages(models: PlaybookModels, context: RenderContext): GeneratedPage[] {
	return models.templates.templates.map((template, index) => {
		const def = resolveTemplate(models, template, context.locale);
		return {
			id: `templates/${template.id}`,
			body: blocks(
				frontmatter({ title: def.name, description: template.page.description, sidebar: { order: index + 1 } }),
				"import TemplateForm from '~/components/templates/TemplateForm.astro';",
				inline(template.intro, context),
				// JSON is a valid JavaScript expression; MDX passes it to the component untouched.
				`<TemplateForm template={${JSON.stringify(def)}} />`,
				nextStepSection(template.next_step, models, context),
			),
		};
	});
}
