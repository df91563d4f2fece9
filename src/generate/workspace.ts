import { checklistSheets } from '../lib/checklists';
import { allFields } from '../lib/templates/definition';
import { resolveTemplate } from '../lib/templates/resolve';
import type { WorkspaceItem, WorkspaceView } from '../lib/workspace/view';
import { contentLocales, locales } from '../locales';
import type { PlaybookModels } from '../schemas/models';
import type { GeneratedPage } from './generated-page';
import { blocks, frontmatter, inline, type RenderContext } from './markdown';

/** The template whose fields head the overview: the playbook's Client Output Format. */
const SUMMARY = 'client-summary';

/** What the workspace page lists for a locale: every template and checklist and what completes each. */
export function workspaceView(models: PlaybookModels, context: RenderContext): WorkspaceView {
	const defs = models.templates.templates.map((t) => resolveTemplate(models, t, context.locale));
	const templates = defs.map((def): WorkspaceItem => ({
		record: `template.${def.id}`,
		name: def.name,
		path: `templates/${def.id}/`,
		// A template's own fields; its ratings count too (the risk audit). The shared details belong to the client.
		fields: allFields(def)
			.filter((f) => !def.shared.includes(f))
			.map((f) => f.id)
			.concat(def.assessment?.patterns.flatMap((p) => [`${p.id}.likelihood`, `${p.id}.impact`]) ?? []),
	}));
	const checklists = checklistSheets(models).map((sheet): WorkspaceItem => ({
		record: `checklist.${sheet.id}`,
		name: sheet.title,
		path: `checklists/${sheet.id}/`,
		boxes: sheet.groups.flatMap((g) => g.items).length,
	}));
	const summary = defs.find((def) => def.id === SUMMARY);
	const all = contentLocales();
	return {
		locale: context.locale.id,
		...(summary && {
			summary: {
				record: `template.${SUMMARY}`,
				name: summary.name,
				path: `templates/${SUMMARY}/`,
				fields: summary.sections.flatMap((s) => s.fields).map((f) => ({ id: f.id, label: f.label })),
			},
		}),
		groups: [
			{ title: models.templates.page.title, items: templates },
			{ title: models.checklists.page.title, items: checklists },
		],
		locales: [context.locale, ...all.filter((l) => l.id !== context.locale.id)].map((l) => ({
			id: l.id,
			lang: l.lang,
			// The language's own name, as the language picker shows it; its tag for a locale not configured there.
			label: (locales as Record<string, { label: string } | undefined>)[l.prefix || 'root']?.label ?? l.lang,
			base: `${context.base}${l.prefix ? `${l.prefix}/` : ''}`,
		})),
	};
}

/** `/workspace/`: the clients kept in this browser, the selected one's progress, export and import. */
export function workspacePage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const { page, intro } = models.site.workspace;
	return {
		id: 'workspace',
		body: blocks(
			frontmatter({ title: page.title, description: page.description, tableOfContents: false }),
			"import WorkspaceOverview from '~/components/workspace/WorkspaceOverview.astro';",
			inline(intro, context),
			// JSON is a valid JavaScript expression; MDX passes it to the component untouched.
			`<WorkspaceOverview view={${JSON.stringify(workspaceView(models, context))}} />`,
		),
	};
}
