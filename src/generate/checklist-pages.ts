import { pairedLocale } from '../lib/locale-pairs.ts';
import { type Sheet, type SheetGroup, buildSheet } from './checklist-sheets.ts';
import type { GeneratedPage } from './generated-page.ts';
import { blocks, frontmatter, heading, href, link, md, mdHtml, prose, quoted } from './markdown.ts';
import { type RenderContext, localeFile } from './render-context.ts';
import { localeFiles } from '../lib/content/playbook-folder.ts';
import { sheetMarker } from '../schemas/page-shells.ts';

/**
 * `/checklists/`, one page per checklist and `/checklists/print-all/`. `other` gives the context of the
 * paired locale, whose wording bilingual sheets print under every item.
 */
export function checklistPages(context: RenderContext, other: (code: string) => RenderContext | undefined): GeneratedPage[] {
	const checklists = context.content.checklists;
	if (!checklists) return [];
	const file = localeFile(context, localeFiles.checklists);
	const paired = pairedLocale(context.playbook, context.locale);
	const alt = paired && other(paired.code);
	const sheets = checklists.checklists.map((c) => buildSheet(c, context));
	const altSheets = alt?.content.checklists?.checklists.map((c) => buildSheet(c, alt));
	const printAll = checklists.print_all;
	// Meeting agendas are listed apart, after the checklists.
	const agendas = sheets.filter((s) => s.kind === 'agenda');
	const entries = (list: Sheet[]) =>
		list
			.map(
				(sheet) =>
					`- ${context.t('pb.named', { name: link(sheet.title, href(`checklists/${sheet.id}`, context)), text: md(sheet.description, context) })}`,
			)
			.join('\n');

	const index: GeneratedPage = {
		id: 'checklists',
		body: blocks(
			frontmatter({
				title: checklists.page?.title ?? context.t('pb.sidebar.checklists'),
				description: checklists.page?.description,
				sidebar: { order: 0 },
			}),
			prose(checklists.intro, context, { file, field: 'intro', page: 'checklists' }, (text) => md(text, context)),
			entries(sheets.filter((s) => s.kind !== 'agenda')),
			agendas.length > 0 && heading(2, md(context.t('pb.checklist.agendas'), context), 'agendas'),
			agendas.length > 0 && entries(agendas),
			`**→ ${link(printAll?.link_label ?? context.t('pb.checklist.printAll'), href('checklists/print-all', context))}**`,
		),
	};
	// A checklist's own page is plain Markdown, its boxes only: `checklist` in its frontmatter has
	// `src/components/overrides/MarkdownContent.astro` put the sheet and its tools around them. One MDX module
	// per checklist made the build compile and bundle each page apart (see "Build time" in the README).
	const single = sheets.map((sheet, n): GeneratedPage => ({
		id: `checklists/${sheet.id}`,
		body: blocks(
			frontmatter({
				title: sheet.title,
				description: sheet.description,
				tableOfContents: false,
				sidebar: { order: n + 1 },
				checklist: { id: sheet.id, ...(alt ? { alt: alt.locale.code } : {}), ...(isDense(sheet) ? { dense: true } : {}) },
			}),
			groupsMarkdown(sheet, altSheets?.[n], context, alt, 'h1'),
		),
	}));
	// Every sheet again, one after another, for printing. Markdown too: the sheets' boxes, each sheet after a
	// marker the override splits on, with the sheets listed in `checklists` (one MDX page holding every sheet was
	// the slowest module of a big playbook's build).
	const all: GeneratedPage = {
		id: 'checklists/print-all',
		body: blocks(
			frontmatter({
				title: printAll?.title ?? context.t('pb.checklist.printAll'),
				description: printAll?.description,
				tableOfContents: false,
				sidebar: { order: sheets.length + 1 },
				// Search lists each sheet's own page instead.
				pagefind: false,
				checklists: {
					...(alt ? { alt: alt.locale.code } : {}),
					sheets: sheets.map((sheet) => ({ id: sheet.id, ...(isDense(sheet) ? { dense: true } : {}) })),
				},
			}),
			printAll?.intro && `<p class="pb-screen-only">${mdHtml(printAll.intro, context)}</p>`,
			...sheets.flatMap((sheet, n) => [sheetMarker, groupsMarkdown(sheet, altSheets?.[n], context, alt, 'h2')]),
		),
	};
	return [index, ...single, all];
}

/** Boxes above which a sheet prints a size smaller. */
const denseFrom = 20;

/** A sheet with many boxes prints a size smaller, so that it keeps to one page with its follow-ups and notes. */
const isDense = (sheet: Sheet): boolean => sheet.groups.reduce((n, g) => n + g.items.length, 0) > denseFrom;

/** A sheet's groups of boxes: Markdown task lists in HTML wrappers. */
function groupsMarkdown(
	sheet: Sheet,
	alt: Sheet | undefined,
	context: RenderContext,
	altContext: RenderContext | undefined,
	level: 'h1' | 'h2',
): string {
	return blocks(
		...sheet.groups.map((group, g) =>
			groupMarkdown(group, alt?.groups[g], `${sheet.id}-${g + 1}`, level === 'h1' ? 2 : 3, context, altContext),
		),
	).trimEnd();
}

function groupMarkdown(
	group: SheetGroup,
	alt: SheetGroup | undefined,
	id: string,
	level: number,
	context: RenderContext,
	altContext: RenderContext | undefined,
): string {
	const lang = altContext?.locale.lang;
	const altText = (text: string | undefined) =>
		text && altContext ? ` <span class="pb-alt" lang="${lang}" data-pagefind-ignore>${md(text, altContext)}</span>` : '';
	const items = group.items.map((item, i) => {
		const refs = item.links?.length
			? ` <span class="pb-task-refs" data-task-note>→ ${context.t('pb.named', { name: context.t('pb.checklist.response'), text: item.links.map((l) => quoted(link(l.text, href(l.page, context)))).join(' · ') })}</span>`
			: '';
		// The item's id travels to its box (src/markdown/task-lists.ts), so a reworded item keeps its ticks.
		const key = item.id ? `<span data-task-id="${item.id}"></span>` : '';
		return `- [ ] ${key}${withQuote(md(item.text, context), item.quote && md(item.quote, context))}${altText(alt?.items[i]?.text)}${refs}`;
	});
	// The other language's heading follows the heading rather than sitting in it, so that anchors, the
	// table of contents and the heading's accessible name stay in the page's language.
	const altHeading =
		alt?.heading && altContext
			? `<p class="pb-alt pb-alt--heading" lang="${lang}" data-pagefind-ignore>${mdHtml(alt.heading, altContext)}</p>`
			: undefined;
	// The group's kind travels on a wrapper: the island counts warning signs apart from done actions.
	const list = group.compact ? `<div class="pb-compact">\n\n${items.join('\n')}\n\n</div>` : items.join('\n');
	return blocks(
		`<div class="pb-group" data-kind="${group.kind}">`,
		group.heading && heading(level, group.quoted ? quoted(md(group.heading, context)) : md(group.heading, context), id),
		altHeading,
		list,
		'</div>',
	).trimEnd();
}

/** An item's Markdown with the source's words in it (`quote`, rendered alike) marked as a quote. */
function withQuote(markdown: string, quote: string | undefined): string {
	const at = quote ? markdown.indexOf(quote) : -1;
	return at === -1 ? markdown : `${markdown.slice(0, at)}${quoted(quote!)}${markdown.slice(at + quote!.length)}`;
}
