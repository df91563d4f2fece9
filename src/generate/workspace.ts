import type { WorkspaceItem, WorkspaceView } from '../lib/workspace/view.ts';
import { allFields } from '../lib/templates/definition.ts';
import { resolveTemplate, sharedRoles } from '../lib/templates/resolve.ts';
import { buildSheet } from './checklist-sheets.ts';
import type { GeneratedPage } from './generated-page.ts';
import { blocks, frontmatter, md } from './markdown.ts';
import type { RenderContext } from './render-context.ts';

/**
 * What the workspace page lists for a locale: every template and checklist and what completes each, with the
 * template of the playbook's output format (its summary) on top.
 */
export function workspaceView(context: RenderContext): WorkspaceView {
	const { content, playbook } = context;
	const sources = content.templates?.templates ?? [];
	const defs = sources.map((t) => resolveTemplate(context, t));
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
	const checklists = (content.checklists?.checklists ?? []).map((checklist): WorkspaceItem => {
		const sheet = buildSheet(checklist, context);
		return {
			record: `checklist.${sheet.id}`,
			name: sheet.title,
			path: `checklists/${sheet.id}/`,
			boxes: sheet.groups.flatMap((g) => g.items).length,
		};
	});
	const summarySource = sources.find((t) => t.from === 'skill/output_format');
	const summary = summarySource && defs.find((def) => def.id === summarySource.id);
	const others = playbook.locales.filter((l) => l.code !== context.locale.code);
	return {
		locale: context.locale.code,
		nameField: sharedRoles(context.content.templates).nameField,
		...(summary && {
			summary: {
				record: `template.${summary.id}`,
				name: summary.name,
				path: `templates/${summary.id}/`,
				fields: summary.sections.flatMap((s) => s.fields).map((f) => ({ id: f.id, label: f.label })),
			},
		}),
		groups: [
			{ title: context.titleOf('templates'), items: templates },
			{ title: context.titleOf('checklists'), items: checklists },
		],
		locales: [context.locale, ...others].map((l) => ({
			id: l.code,
			lang: l.lang,
			label: l.label,
			base: `${context.base}${l.prefix ? `${l.prefix}/` : ''}`,
		})),
	};
}

/** `/workspace/`: the clients kept in this browser, the selected one's progress, export and import. */
export function workspacePage(context: RenderContext): GeneratedPage {
	return {
		id: 'workspace',
		// Markdown: its intro. `workspace` in its frontmatter has the override put the overview after it
		// (src/components/overrides/MarkdownContent.astro); as an MDX prop, the view took a big playbook seconds to compile.
		body: blocks(
			// A tool that names every template and checklist: search lists their own pages instead.
			frontmatter({
				title: context.t('pb.workspace.title'),
				description: context.t('pb.workspace.description'),
				tableOfContents: false,
				pagefind: false,
				workspace: workspaceView(context),
			}),
			md(context.t('pb.workspace.intro'), context),
		),
	};
}
