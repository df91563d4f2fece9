import type { Playbook } from '../lib/content/load-playbook';
import type { PlaybookModels } from '../schemas/models';
import type { GeneratedPage } from './generated-page';
import { blocks, bullets, frontmatter, href, inline, link, type RenderContext } from './markdown';
import { nextStepSection } from './sections';

/** The core principle: shown on the home page and at the top of the principles page. */
function corePrinciple({ principles }: PlaybookModels, context: RenderContext): string {
	const { heading, statement, paragraphs } = principles.core_principle;
	return blocks(`## ${heading}`, `**${inline(statement, context)}**`, ...paragraphs.map((p) => inline(p, context))).trimEnd();
}

/** `/`: what the playbook is for, the core principle, its outputs and where to start. */
export function homePage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { home, outputs } = models;
	const startList = (items: readonly { text: string; page: string }[]) =>
		items.map((item) => `- ${link(item.text, href(item.page, context))}`).join('\n');
	return {
		id: '',
		body: blocks(
			frontmatter({
				title: home.page.title,
				description: home.page.description,
				hero: {
					tagline: home.hero.tagline,
					actions: home.hero.actions.map((action, index) => ({
						text: action.text,
						link: href(action.link, context),
						variant: index === 0 ? 'primary' : 'secondary',
						icon: index === 0 ? 'right-arrow' : undefined,
					})),
				},
			}),
			`## ${home.about.heading}`,
			...home.about.paragraphs.map((p) => inline(p, context)),
			corePrinciple(models, context),
			`## ${home.does.heading}`,
			inline(home.does.lead, context),
			bullets(
				home.does.items.map((i) => i.text),
				context,
			),
			`## ${home.outputs_heading}`,
			inline(outputs.lead, context),
			outputs.defaults
				.map((o) => `${o.number}. **${inline(o.name, context)}**${models.site.labels.colon}${inline(o.text, context)}`)
				.join('\n'),
			`## ${home.start.heading}`,
			`### ${home.start.conditions.heading}`,
			inline(home.start.conditions.lead, context),
			startList(home.start.conditions.items),
			`### ${home.start.phrases.heading}`,
			inline(home.start.phrases.lead, context),
			startList(home.start.phrases.items),
			nextStepSection(home.next_step, models, context),
		),
	};
}

/** `/principles/`: core principle, response rules, the Client Summary format and the quality check. */
export function principlesPage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { principles, outputs, quality } = models;
	return {
		id: 'principles',
		body: blocks(
			frontmatter({ title: principles.page.title, description: principles.page.description, sidebar: { order: 1 } }),
			corePrinciple(models, context),
			`## ${principles.response_rules.heading}`,
			inline(principles.response_rules.lead, context),
			bullets(
				principles.response_rules.items.map((i) => i.text),
				context,
			),
			`## ${principles.output_format_heading}`,
			`**${inline(outputs.client_summary.title, context)}**`,
			bullets(
				outputs.client_summary.fields.map((f) => f.text),
				context,
			),
			`## ${quality.title}`,
			bullets(
				quality.items.map((i) => `☐ ${i.text}`),
				context,
			),
			nextStepSection(principles.next_step, models, context),
		),
	};
}

/** `/boundaries/`: what the playbook does not replace. */
export function boundariesPage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { boundaries } = models;
	return {
		id: 'boundaries',
		body: blocks(
			frontmatter({ title: boundaries.page.title, description: boundaries.page.description, sidebar: { order: 2 } }),
			...boundaries.paragraphs.map((p) => inline(p, context)),
			nextStepSection(boundaries.next_step, models, context),
		),
	};
}

/**
 * `404.html`: a mistyped address carries no language, so the page speaks every locale, each part
 * marked with its `lang` and linking to that locale's home page.
 */
export function notFoundPage(playbook: Playbook, base: string): string {
	const parts = playbook.locales.flatMap((locale) => {
		const notFound = playbook.byLocale[locale.id]?.site.not_found;
		if (!notFound) return [];
		const context = { locale, base };
		return [`<div lang="${locale.lang}">\n\n${inline(notFound.text, context)}\n\n${link(notFound.home, href('', context))}\n\n</div>`];
	});
	const titles = playbook.locales.map((locale) => playbook.byLocale[locale.id]?.site.not_found.title).filter(Boolean);
	return blocks(frontmatter({ title: titles.join(' · '), pagefind: false, template: 'splash' }), ...parts);
}
