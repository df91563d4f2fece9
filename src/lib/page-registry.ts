import type { PageKind } from '../playbook/page-kinds.ts';
import { isMapShape } from '../schemas/shape.ts';
import { localeFiles } from './content/playbook-folder.ts';
import { mainContent, type Playbook } from './content/playbook.ts';

/** The sidebar group a page belongs to; labels are interface strings (`pb.sidebar.<group>`). */
export type PageGroup = 'playbook' | 'lifecycle' | 'frameworks' | 'checklists' | 'templates' | 'reference';
export const pageGroups: readonly PageGroup[] = ['playbook', 'lifecycle', 'frameworks', 'checklists', 'templates', 'reference'];

/** One page of the site, the same in every locale. */
export interface PageEntry {
	/** Locale-free id and path: `""` for home, `lifecycle/pre-close`. */
	id: string;
	kind: PageKind;
	group: PageGroup;
	/** Position in its sidebar group. */
	order: number;
	/** What the page is generated from. */
	source:
		| {
				type:
					| 'home'
					| 'principles'
					| 'boundaries'
					| 'responsibilities'
					| 'example'
					| 'quality'
					| 'checklists'
					| 'print-all'
					| 'templates'
					| 'workspace';
		  }
		| { type: 'lifecycle'; model: string }
		| { type: 'stage'; model: string; key: string; index: number }
		| { type: 'model'; model: string }
		| { type: 'checklist'; id: string }
		| { type: 'template'; id: string };
	/** The content files of a locale the page is written from: a draft locale gets the page only when it has them all. */
	files: (code: string) => string[];
}

/** A stage's page id from its key: `pre_close` -> `pre-close`. */
export const stageSlug = (key: string): string => key.toLowerCase().replace(/_/g, '-');

/**
 * Every page a playbook has, in reading order, derived from the playbook folder: home, principles and
 * boundaries; the lifecycle overview and one page per stage; one page per other model; checklists;
 * templates; `/quality/`. The sidebar, the generator, the gate and the tests all read this list.
 */
export function pageRegistry(playbook: Playbook): PageEntry[] {
	const { structure } = playbook;
	const main = mainContent(playbook);
	const page = (name: string) => (code: string) => [localeFiles.skill(code), localeFiles.site(code), localeFiles.page(code, name)];
	const pages: PageEntry[] = [
		{ id: '', kind: 'content', group: 'playbook', order: 0, source: { type: 'home' }, files: page('home') },
		{ id: 'principles', kind: 'content', group: 'playbook', order: 1, source: { type: 'principles' }, files: page('principles') },
		{ id: 'boundaries', kind: 'content', group: 'playbook', order: 2, source: { type: 'boundaries' }, files: page('boundaries') },
	];
	// Optional pages: a playbook has them when its default locale writes them.
	if (main.pages.responsibilities)
		pages.push({
			id: 'responsibilities',
			kind: 'content',
			group: 'playbook',
			order: 3,
			source: { type: 'responsibilities' },
			files: page('responsibilities'),
		});
	if (main.pages.example)
		pages.push({ id: 'example', kind: 'content', group: 'playbook', order: 4, source: { type: 'example' }, files: page('example') });

	let frameworks = 0;
	for (const model of structure.models) {
		const modelFiles = (code: string) => [localeFiles.site(code), localeFiles.model(code, model.id), localeFiles.page(code, model.id)];
		if (model.id === structure.lifecycle && isMapShape(model.shape)) {
			pages.push({
				id: model.id,
				kind: 'overview',
				group: 'lifecycle',
				order: 0,
				source: { type: 'lifecycle', model: model.id },
				files: modelFiles,
			});
			const data = main.models[model.id]?.data as Record<string, unknown> | undefined;
			Object.keys(data ?? {}).forEach((key, index) =>
				pages.push({
					id: `${model.id}/${stageSlug(key)}`,
					kind: 'stage',
					group: 'lifecycle',
					order: index + 1,
					source: { type: 'stage', model: model.id, key, index },
					files: modelFiles,
				}),
			);
		} else {
			frameworks += 1;
			pages.push({
				id: model.id,
				kind: 'framework',
				group: 'frameworks',
				order: frameworks,
				source: { type: 'model', model: model.id },
				files: modelFiles,
			});
		}
	}

	const checklistFiles = (code: string) => [localeFiles.skill(code), localeFiles.checklists(code)];
	const checklists = main.checklists?.checklists ?? [];
	pages.push({ id: 'checklists', kind: 'checklist', group: 'checklists', order: 0, source: { type: 'checklists' }, files: checklistFiles });
	checklists.forEach((checklist, index) =>
		pages.push({
			id: `checklists/${checklist.id}`,
			kind: 'checklist',
			group: 'checklists',
			order: index + 1,
			source: { type: 'checklist', id: checklist.id },
			files: checklistFiles,
		}),
	);
	pages.push({
		id: 'checklists/print-all',
		kind: 'checklist',
		group: 'checklists',
		order: checklists.length + 1,
		source: { type: 'print-all' },
		files: checklistFiles,
	});

	const templateFiles = (code: string) => [localeFiles.skill(code), localeFiles.templates(code)];
	pages.push({ id: 'templates', kind: 'template', group: 'templates', order: 0, source: { type: 'templates' }, files: templateFiles });
	// The clients kept in this browser: beside the templates and checklists whose drafts and ticks it lists.
	pages.push({
		id: 'workspace',
		kind: 'workspace',
		group: 'templates',
		order: 0,
		source: { type: 'workspace' },
		files: (code) => [...templateFiles(code), ...checklistFiles(code)],
	});
	(main.templates?.templates ?? []).forEach((template, index) =>
		pages.push({
			id: `templates/${template.id}`,
			kind: 'template',
			group: 'templates',
			order: index + 1,
			source: { type: 'template', id: template.id },
			files: templateFiles,
		}),
	);

	pages.push({
		id: 'quality',
		kind: 'content',
		group: 'reference',
		order: 1,
		source: { type: 'quality' },
		files: (code) => [localeFiles.skill(code), localeFiles.site(code)],
	});
	return pages;
}

/** The page ids of a playbook, for checking links. */
export const pageIdsOf = (playbook: Playbook): Set<string> => new Set(pageRegistry(playbook).map((p) => p.id));
