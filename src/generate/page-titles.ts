import type { PageEntry } from '../lib/page-registry.ts';
import { templateName } from '../lib/templates/resolve.ts';
import type { RenderContext } from './render-context.ts';

/** A page's title in the context's locale: the one its prose gives, or the source's own heading. */
export function pageTitle(entry: PageEntry, context: RenderContext): string {
	const { content } = context;
	const skill = content.skill;
	const heading = (model: string) => skill?.models.find((m) => m.id === model)?.heading ?? model;
	const source = entry.source;
	switch (source.type) {
		case 'home':
			return content.pages.home?.page?.title ?? content.site?.title ?? skill?.name ?? '';
		case 'principles':
			return content.pages.principles?.page?.title ?? skill?.core_principle.heading ?? '';
		case 'boundaries':
			return content.pages.boundaries?.page?.title ?? skill?.boundaries.heading ?? '';
		case 'quality':
			return content.pages.quality?.page.title ?? '';
		case 'responsibilities':
			return content.pages.responsibilities?.page.title ?? '';
		case 'example':
			return content.pages.example?.page.title ?? '';
		case 'lifecycle':
			return content.pages.lifecycle?.page?.title ?? heading(source.model);
		case 'stage':
			return content.models[source.model]?.names[source.key] ?? source.key;
		case 'model':
			return content.pages.models[source.model]?.page?.title ?? heading(source.model);
		case 'checklists':
			return content.checklists?.page?.title ?? context.t('pb.sidebar.checklists');
		case 'print-all':
			return content.checklists?.print_all?.title ?? context.t('pb.checklist.printAll');
		case 'checklist':
			return content.checklists?.checklists.find((c) => c.id === source.id)?.title ?? source.id;
		case 'workspace':
			return context.t('pb.workspace.title');
		case 'templates':
			return content.templates?.page?.title ?? context.t('pb.sidebar.templates');
		case 'template': {
			const template = content.templates?.templates.find((t) => t.id === source.id);
			return template ? templateName(context, template) : source.id;
		}
	}
}
