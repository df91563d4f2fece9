import type { PlaybookModels } from '../schemas/models';

/** What a page is for; the quality gate decides which checks apply by kind. */
export type PageKind = 'home' | 'overview' | 'stage' | 'framework' | 'reference' | 'quality' | 'checklist' | 'template' | 'workspace';

/** The sidebar group a page belongs to; labels come from `content/site`. */
export type PageGroup = 'playbook' | 'lifecycle' | 'frameworks' | 'reference' | 'checklists' | 'templates';

/** One page of the site, the same in every locale. */
export interface PageEntry {
	/** Locale-free id and path: `""` for home, `lifecycle/pre-close`. */
	id: string;
	kind: PageKind;
	group: PageGroup;
	/** Position in its sidebar group. */
	order: number;
}

/** Every page the playbook generates, in reading order. */
export function pagesOf(models: PlaybookModels): PageEntry[] {
	return [
		{ id: '', kind: 'home', group: 'playbook', order: 0 },
		{ id: 'principles', kind: 'reference', group: 'playbook', order: 1 },
		{ id: 'boundaries', kind: 'reference', group: 'playbook', order: 2 },
		{ id: 'lifecycle', kind: 'overview', group: 'lifecycle', order: 0 },
		...models.lifecycle.stages.map((stage, index): PageEntry => ({
			id: `lifecycle/${stage.id}`,
			kind: 'stage',
			group: 'lifecycle',
			order: index + 1,
		})),
		{ id: 'architecture', kind: 'framework', group: 'frameworks', order: 1 },
		{ id: 'onboarding', kind: 'framework', group: 'frameworks', order: 2 },
		{ id: 'failure-patterns', kind: 'framework', group: 'frameworks', order: 3 },
		{ id: 'communication', kind: 'framework', group: 'frameworks', order: 4 },
		{ id: 'templates', kind: 'overview', group: 'templates', order: 0 },
		{ id: 'workspace', kind: 'workspace', group: 'templates', order: 0.5 },
		...models.templates.templates.map((template, index): PageEntry => ({
			id: `templates/${template.id}`,
			kind: 'template',
			group: 'templates',
			order: index + 1,
		})),
		{ id: 'quality', kind: 'quality', group: 'reference', order: 1 },
		{ id: 'checklists', kind: 'overview', group: 'checklists', order: 0 },
		...models.checklists.checklists.map((checklist, index): PageEntry => ({
			id: `checklists/${checklist.id}`,
			kind: 'checklist',
			group: 'checklists',
			order: index + 1,
		})),
		{ id: 'checklists/print-all', kind: 'checklist', group: 'checklists', order: models.checklists.checklists.length + 1 },
	];
}

export const pageIdsOf = (models: PlaybookModels): Set<string> => new Set(pagesOf(models).map((page) => page.id));
